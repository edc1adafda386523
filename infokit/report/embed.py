"""The student's data inside an exported report: write it, find it, check it.

A report carries a *payload*, a versioned JSON object holding the project and
a digest of it. In HTML it sits in ``<script type="application/json"
id="infokit-data">`` with ``<``, ``>`` and ``&`` written as ``\\u003c`` etc.,
so no student text can close the tag; in an ``.ipynb`` it sits in the
notebook's metadata under ``"infokit"``. A workspace backup file (``.json``)
is read too. Reading never executes anything: it parses text.

The digest is a SHA-256 of the canonical JSON of the project and the export
time. It catches a report whose data or date was edited by hand after export
(the grader lists it as tampered, and a back-dated report cannot dodge a late
penalty unnoticed); it is not a signature and is not meant to stop a
determined forger.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from infokit.errors import InfokitError, ReportError
from infokit.model import Project, validate_project

PAYLOAD_FORMAT = "infokit-report-data"
PAYLOAD_VERSION = 1
SCRIPT_ID = "infokit-data"
METADATA_KEY = "infokit"
PRIVATE_CONTACT_FIELDS = ("email", "phone")


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(project_data: dict[str, Any], exported_at: str) -> str:
    sealed = {"exported_at": exported_at, "project": project_data}
    return "sha256:" + hashlib.sha256(canonical(sealed).encode("utf-8")).hexdigest()


def public_project_data(project: Project, include_contact_details: bool = False) -> dict[str, Any]:
    """The project as JSON data, with contacts' email and phone removed unless asked for."""
    data = project.model_dump(mode="json")
    if not include_contact_details:
        for contact in data["contacts"]:
            for field in PRIVATE_CONTACT_FIELDS:
                contact[field] = ""
    return data


def make_payload(
    project: Project,
    *,
    include_contact_details: bool = False,
    course: str = "",
    title: str = "",
    exported_at: datetime | None = None,
) -> dict[str, Any]:
    """The payload to embed in a report."""
    from infokit._version import __version__

    data = public_project_data(project, include_contact_details)
    moment = (exported_at or datetime.now(UTC)).isoformat(timespec="seconds")
    return {
        "format": PAYLOAD_FORMAT,
        "version": PAYLOAD_VERSION,
        "infokit": __version__,
        "exported_at": moment,
        "contact_details": include_contact_details,
        "assignment": {"course": course, "title": title},
        "digest": digest(data, moment),
        "project": data,
    }


def script_tag(payload: dict[str, Any]) -> str:
    """The HTML element that carries ``payload``, safe against any student text."""
    text = canonical(payload)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f'<script type="application/json" id="{SCRIPT_ID}">{text}</script>'


@dataclass(frozen=True)
class Submission:
    """What a report or backup file holds, as read without running anything."""

    path: Path
    kind: str
    """'html', 'ipynb' or 'backup'."""
    project: Project
    payload: dict[str, Any]
    """The raw payload (for a backup: a payload-shaped dict built from it)."""
    tampered: bool
    """The data no longer matches the digest written at export."""

    @property
    def student_key(self) -> str:
        """What identifies the student across files: id if given, else name."""
        profile = self.project.profile
        return (profile.student_id or profile.name).strip().casefold()

    @property
    def exported_at(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.payload.get("exported_at", ""))
        except (TypeError, ValueError):
            return None


class _ScriptFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._inside = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script" and dict(attrs).get("id") == SCRIPT_ID:
            self._inside = True
            self.found.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._inside = False

    def handle_data(self, data: str) -> None:
        if self._inside:
            self.found[-1] += data


_OPENING = f'<script type="application/json" id="{SCRIPT_ID}">'


def payload_from_html(text: str, origin: str = "the report") -> dict[str, Any]:
    # Fast path for what script_tag() writes: the JSON inside has no "<", so the
    # first "</script>" after the opening tag closes it. Anything else (a file
    # re-saved by a browser or an editor) goes through the real HTML parser.
    start = text.find(_OPENING)
    if start >= 0 and text.find(_OPENING, start + 1) < 0:
        body_start = start + len(_OPENING)
        end = text.find("</script>", body_start)
        if end >= 0:
            return _decode(text[body_start:end], origin)
    finder = _ScriptFinder()
    finder.feed(text)
    finder.close()
    if not finder.found:
        raise ReportError(f"{origin} holds no infokit data (not exported by infokit?)")
    if len(finder.found) > 1:
        raise ReportError(f"{origin} holds {len(finder.found)} infokit data blocks; expected one")
    return _decode(finder.found[0], origin)


def payload_from_notebook(text: str, origin: str = "the notebook") -> dict[str, Any]:
    notebook = _decode(text, origin)
    payload = notebook.get("metadata", {}).get(METADATA_KEY) if isinstance(notebook, dict) else None
    if not isinstance(payload, dict):
        raise ReportError(f"{origin} holds no infokit data in its metadata (not exported by infokit?)")
    return payload


def _decode(text: str, origin: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise ReportError(f"{origin}: the embedded data is damaged (bad JSON at line {exc.lineno})") from None


def check_payload(payload: Any, origin: str) -> tuple[Project, bool]:
    """Validate a payload; return the project and whether it was tampered with."""
    if not isinstance(payload, dict) or payload.get("format") != PAYLOAD_FORMAT:
        raise ReportError(f"{origin}: the embedded data is not infokit report data")
    version = payload.get("version")
    if not isinstance(version, int) or version < 1:
        raise ReportError(f"{origin}: the embedded data has a bad version {version!r}")
    if version > PAYLOAD_VERSION:
        raise ReportError(f"{origin} was exported by a newer infokit (data version {version}); upgrade")
    data = payload.get("project")
    if not isinstance(data, dict):
        raise ReportError(f"{origin}: the embedded data holds no project")
    exported_at = payload.get("exported_at")
    tampered = not isinstance(exported_at, str) or payload.get("digest") != digest(data, exported_at)
    try:
        project = validate_project(data)
    except InfokitError as exc:
        raise ReportError(f"{origin}: the embedded project is not valid ({exc})") from None
    return project, tampered


def read_submission(path: str | os.PathLike[str]) -> Submission:
    """Read a report (.html, .ipynb) or a workspace backup (.json) without running anything."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ReportError(f"{path}: no such file") from None
    except OSError as exc:
        raise ReportError(f"{path}: cannot be read ({exc.strerror})") from None
    return submission_from_bytes(raw, str(path))


def submission_from_bytes(raw: bytes, name: str) -> Submission:
    """A report or backup from its bytes (a file, an upload); ``name`` gives its kind by suffix."""
    from infokit.store import parse

    path = Path(name)
    origin = name
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ReportError(f"{origin} is not a text file infokit wrote") from None
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        payload, kind = payload_from_html(text, origin), "html"
    elif suffix == ".ipynb":
        payload, kind = payload_from_notebook(text, origin), "ipynb"
    elif suffix == ".json":
        try:
            project = parse(text, origin)
        except InfokitError as exc:
            raise ReportError(str(exc)) from None
        payload = make_payload(project, include_contact_details=True)
        return Submission(path, "backup", project, payload, tampered=False)
    else:
        raise ReportError(f"{origin}: not a report or backup (expected .html, .ipynb or .json)")
    project, tampered = check_payload(payload, origin)
    return Submission(path, kind, project, payload, tampered)


def merge_private_details(restored: Project, current: Project) -> Project:
    """Keep contact details a report left out: take them from the current workspace by contact id."""
    known = {c.id: c for c in current.contacts}
    contacts = []
    for contact in restored.contacts:
        old = known.get(contact.id)
        updates = {}
        if old is not None:
            for field in PRIVATE_CONTACT_FIELDS:
                if not getattr(contact, field) and getattr(old, field):
                    updates[field] = getattr(old, field)
        contacts.append(contact.model_copy(update=updates) if updates else contact)
    return restored.model_copy(update={"contacts": contacts})
