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
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

from infokit import decode
from infokit.dates import EARLIEST, LATEST, outside_range
from infokit.errors import InfokitError, ReportError, show

if TYPE_CHECKING:  # pragma: no cover
    # Loaded where a payload is checked: the report exporter (which only writes the data
    # block) runs in a child process that never validates a project, and skips pydantic.
    from infokit.model import Project

PAYLOAD_FORMAT = "infokit-report-data"
PAYLOAD_VERSION = 2
"""The report data version: it follows the workspace format (``infokit.store.VERSION``,
which a test checks), since the payload's project is a workspace project. It is not
imported from the store so that the exporter's child process never loads pydantic."""
SCRIPT_ID = "infokit-data"
METADATA_KEY = "infokit"
PRIVATE_CONTACT_FIELDS = ("email", "phone")


def canonical(data: Any) -> str:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def digest(project_data: dict[str, Any], exported_at: str) -> str:
    sealed = {"exported_at": exported_at, "project": project_data}
    return "sha256:" + hashlib.sha256(canonical(sealed).encode("utf-8")).hexdigest()


def public_project_data(project: Project, include_contact_details: bool = False) -> dict[str, Any]:
    """The project as JSON data; unless asked for, without the contacts' email addresses and
    phone numbers, wherever they were typed (see :mod:`infokit.report.private`)."""
    if include_contact_details:
        return project.model_dump(mode="json")
    from infokit.report.private import left_out

    return left_out(project).model_dump(mode="json")


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
        """When the report was exported, if it says so in a form that can be a real date."""
        return _moment(self.payload.get("exported_at"))


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str) or len(value) > 40:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if outside_range(moment) is None else None


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
    if not text.strip():
        raise ReportError(f"{origin}: the embedded data is empty or cut short")
    try:
        return decode.json_value(text)
    except decode.Undecodable as exc:
        raise ReportError(f"{origin}: the embedded data {exc}") from None


def _looks_like_a_date(text: str) -> bool:
    return bool(re.match(r"[+-]?\d{4,6}-\d", text))


def check_payload(payload: Any, origin: str) -> tuple[Project, bool]:
    """Validate a payload; return the project and whether it was tampered with."""
    if not isinstance(payload, dict) or payload.get("format") != PAYLOAD_FORMAT:
        raise ReportError(f"{origin}: the embedded data is not infokit report data")
    version = payload.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ReportError(f"{origin}: the embedded data has a bad version {show(version)}".rstrip())
    if version > PAYLOAD_VERSION:
        raise ReportError(
            f"{origin} was exported by a newer infokit (data version {version}, this one reads up to"
            f" {PAYLOAD_VERSION}); upgrade with `pip install -U infokit`"
        )
    data = payload.get("project")
    if not isinstance(data, dict):
        raise ReportError(f"{origin}: the embedded data holds no project")
    exported_at = payload.get("exported_at")
    if isinstance(exported_at, str) and _moment(exported_at) is None and _looks_like_a_date(exported_at):
        raise ReportError(
            f"{origin}: the export date {show(exported_at)} cannot be right"
            f" (infokit takes years {EARLIEST.year} to {LATEST.year}); the report was edited by hand"
        )
    from infokit.model import validate_project
    from infokit.store import migrate

    try:
        project = validate_project(migrate(data, version))
    except InfokitError as exc:
        raise ReportError(f"{origin}: the embedded project is not valid ({exc})") from None
    return project, not _sealed(data, exported_at, payload.get("digest"))


def _sealed(data: dict[str, Any], exported_at: Any, seal: Any) -> bool:
    """Whether the digest written at export still matches (a broken character cannot)."""
    if not isinstance(exported_at, str) or not isinstance(seal, str):
        return False
    try:
        return seal == digest(data, exported_at)
    except UnicodeEncodeError:
        return False


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
    if not raw.strip():
        raise ReportError(f"{origin} is empty (the upload or the copy was cut short?)")
    try:
        text = decode.text(raw)
    except decode.Undecodable as exc:
        raise ReportError(f"{origin} is not a file infokit wrote: it {exc}") from None
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
    """Put back what a report left out (contacts' details, wherever typed) from the current
    workspace: see :func:`infokit.report.private.bring_back`."""
    from infokit.report.private import bring_back

    return bring_back(restored, current)
