"""What a learning platform's bulk download says about each file: who handed it in, and when.

Each platform's layout is read from what its own code writes:

* **Canvas** (``lib/content_zipper.rb``, ``get_filename``): flat names
  ``<sortable name>[_LATE]_<user id>_<attachment id>_<display name>``, the name
  lowercased with non-word characters removed (Unicode letters stay); older
  versions lowercased the marker too (``_late_``); anonymous grading writes
  ``[LATE_]anon_<anonymous id>`` instead of name and id; an online text entry is
  ``<name>_<user id>_text.html`` and a URL ``..._link.html``.
* **Moodle** (``mod/assign/classes/downloader.php``, before 4.1
  ``mod/assign/locallib.php``): ``<Full Name>_<participant id>_assignsubmission_file/<file>``
  (older: a trailing ``_`` on the folder; flat: ``..._assignsubmission_file_<file>``),
  ``Participant_<id>_...`` under blind marking, ``<Team>_<group id>_...`` (older:
  ``<Team>-<Full Name>_<id>_...``) for team submissions, and
  ``..._assignsubmission_onlinetext/onlinetext.html`` for typed text.
* **Blackboard** (Grade Center, *Assignment File Download*):
  ``<Assignment>_<user>_attempt_<YYYY-MM-DD-HH-MM-SS>_<file>`` plus a receipt
  ``<Assignment>_<user>_attempt_<...>.txt`` per attempt (``Name: Full Name (user)``,
  ``Date Submitted: ...``).
* **Gradescope** (*Export Submissions*): ``submission_<id>/<files>`` beside
  ``submission_metadata.yml``, which maps each ``submission_<id>`` to its
  ``:submitters:`` (``:name:``, ``:sid:``, ``:email:``) and ``:created_at:``.

The identity always comes from the part of the path the platform wrote (the
outermost folder or the name's prefix), never from a name the student chose
for the file inside it. Metadata files (receipts, ``submission_metadata.yml``)
are read here and never graded or listed as problems.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace
from datetime import UTC, datetime, tzinfo
from pathlib import PurePosixPath
from typing import Any

from infokit.grading.records import LmsHint

_CANVAS = re.compile(
    r"^(?P<name>.+?)(?:_(?P<late>LATE|late))?_(?P<uid>\d+)"
    r"(?:_(?P<sid>\d+)_(?P<rest>.+)|_(?P<entry>text|link)\.html)$"
)
_CANVAS_ANON = re.compile(
    r"^(?:(?P<late>LATE|late)_)?anon_(?P<uid>[A-Za-z0-9]+)"
    r"(?:_(?P<sid>\d+)_(?P<rest>.+)|_(?P<entry>text|link)\.html)$"
)
_MOODLE = re.compile(r"^(?P<prefix>.+?)_assignsubmission_(?P<plugin>[a-z]+)(?:_(?P<rest>.*))?$")
_MOODLE_PREFIX = re.compile(r"^(?P<name>.*)_(?P<uid>\d+)$")
_BLACKBOARD = re.compile(
    r"^(?P<attempt>(?P<assignment>.+?)_(?P<user>[^_]+(?:_[^_]+)*?)_attempt_"
    r"(?P<when>\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}))(?:_(?P<rest>.+)|(?P<receipt>\.txt))$"
)
_GRADESCOPE = re.compile(r"^submission_(?P<sid>\d+)$")
GRADESCOPE_METADATA = "submission_metadata.yml"
MAX_NAME = 255
"""Longer path parts are not a platform's names (file systems stop at 255): not parsed, so a
hostile name can never make the patterns above slow."""
BLIND = "Participant"
"""The name Moodle writes for every student under blind marking."""
MAX_METADATA_BYTES = 5 * 2**20


def zip_member_name(info: zipfile.ZipInfo) -> str:
    """A member's name as its writer meant it.

    A zip written without the UTF-8 flag (bit 11), as rubyzip writes Canvas's
    by default, holds UTF-8 bytes that Python decodes as cp437 ('Ã…'); undo
    that, and keep the cp437 reading when the bytes are not UTF-8.
    """
    if info.flag_bits & 0x800:
        return info.filename
    try:
        return info.filename.encode("cp437").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return info.filename


def lms_hint(path: str, teams: bool = False) -> LmsHint | None:
    """What the platform's part of ``path`` (relative to the batch's root) says, if anything."""
    parts = PurePosixPath(path.replace("\\", "/")).parts
    for depth, part in enumerate(parts):  # outermost first: that part the platform wrote
        if len(part) > MAX_NAME:
            return None
        last = depth == len(parts) - 1
        if match := _MOODLE.match(part):
            return _moodle(match, last, teams)
        if (match := _GRADESCOPE.match(part)) and not last:
            return LmsHint("gradescope", "", "", submission_id=match["sid"])
        if "_attempt_" in part and (match := _BLACKBOARD.match(part)):
            when = datetime.strptime(match["when"], "%Y-%m-%d-%H-%M-%S")
            kind = "receipt" if match["receipt"] else "file"
            return LmsHint(
                "blackboard", match["user"], match["user"], match["attempt"], kind=kind, local_time=when
            )
        if last and (match := _CANVAS_ANON.match(part) or _CANVAS.match(part)):
            anonymous = "name" not in match.groupdict()
            return LmsHint(
                "canvas",
                "" if anonymous else match["name"],
                ("anon_" if anonymous else "") + match["uid"],
                match["sid"] or "",
                late=bool(match["late"]),
                anonymous=anonymous,
                kind="text entry" if match["entry"] else "file",
            )
    return None


def _moodle(match: re.Match[str], flat: bool, teams: bool) -> LmsHint:
    prefix, plugin = match["prefix"], match["plugin"]
    kind = "file" if plugin == "file" else "text entry" if plugin == "onlinetext" else plugin
    if flat and match["rest"] is None:
        kind = "metadata"
    found = _MOODLE_PREFIX.match(prefix)
    name, uid = (found["name"], found["uid"]) if found else (prefix, "")
    name = name.strip()
    team = ""
    if teams:
        team, _, member = name.partition("-") if "-" in name else (name, "", "")
        name = member.strip()
    return LmsHint("moodle", name, uid, anonymous=name == BLIND, team=team.strip(), kind=kind)


def is_metadata(hint: LmsHint | None, name: str) -> bool:
    """A file the platform adds about the submissions (read for facts, never graded)."""
    return name == GRADESCOPE_METADATA or (hint is not None and hint.kind == "receipt")


def read_receipt(text: str) -> dict[str, str]:
    """The fields of a Blackboard receipt: ``name``, ``user`` and ``submitted`` (as written)."""
    out: dict[str, str] = {}
    text = text[:4096]  # the receipt's header: name, assignment and date come first
    if found := re.search(r"^Name:\s*(?P<name>.*?)\s*\((?P<user>[^()\n]*)\)\s*$", text, re.MULTILINE):
        out["name"], out["user"] = found["name"], found["user"]
    if found := re.search(r"^Date Submitted:\s*(?P<when>.+?)\s*$", text, re.MULTILINE):
        out["submitted"] = found["when"]
    return out


def read_gradescope(text: str) -> dict[str, dict[str, Any]]:
    """``submission_<id>`` to ``{"submitters": [(name, sid, email)...], "created_at": datetime|None}``.

    Gradescope's exporter is Ruby, so keys start with ``:`` and some exports tag
    values with Ruby classes; the tags are read as plain values.
    """
    import yaml

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
        pass

    def untagged(loader: yaml.SafeLoader, _suffix: str, node: yaml.Node) -> Any:
        if isinstance(node, yaml.MappingNode):
            return loader.construct_mapping(node)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node)
        return loader.construct_scalar(node)  # type: ignore[arg-type]

    Loader.add_multi_constructor("!", untagged)
    data = yaml.load(text, Loader=Loader)
    out: dict[str, dict[str, Any]] = {}
    if not isinstance(data, dict):
        return out
    for key, record in data.items():
        if not isinstance(record, dict):
            continue
        submitters = []
        for person in record.get(":submitters") or []:
            if isinstance(person, dict):
                submitters.append(
                    tuple(str(person.get(field) or "") for field in (":name", ":sid", ":email"))
                )
        out[str(key)] = {"submitters": submitters, "created_at": _moment(record.get(":created_at"))}
    return out


def _moment(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        text = re.sub(r"(\.\d{6})\d+", r"\1", value.strip())
        text = re.sub(r" ([+-]\d{2}):?(\d{2})$", r"\1:\2", text)
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            return None
    return None


def with_gradescope(hint: LmsHint, record: dict[str, Any]) -> LmsHint:
    """A Gradescope hint filled from the submission's metadata record."""
    submitters = record.get("submitters") or [("", "", "")]
    name, sid, email = submitters[0]
    created = record.get("created_at")
    if isinstance(created, datetime) and created.tzinfo is None:
        created = created.replace(tzinfo=UTC)  # PyYAML gives UTC when it drops the offset
    others = tuple(s[1] or s[2] or s[0] for s in submitters[1:])
    return replace(hint, name=name, user_id=sid or email or name, submitted_at=created, team_members=others)


def with_receipt(hint: LmsHint, receipt: dict[str, str], zone: tzinfo) -> LmsHint:
    """A Blackboard hint filled from its receipt; the attempt's time is the server's wall clock."""
    submitted = hint.local_time.replace(tzinfo=zone) if hint.local_time else None
    return replace(
        hint,
        name=receipt.get("name", hint.name),
        user_id=receipt.get("user", hint.user_id) or hint.user_id,
        submitted_at=submitted,
    )
