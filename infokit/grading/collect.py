"""Read each submission (found by :mod:`infokit.grading.sources`) in memory, whatever it holds.

Nothing is executed and nothing is extracted: a zip's members are read into
memory one at a time (at most :data:`MAX_FILE_BYTES` each, and never one that
inflates like a zip bomb), so a member named ``../../.bashrc`` is only ever a
label. Each submission is matched to a student by the data embedded in it; what
the platform wrote (:class:`~infokit.grading.records.LmsHint`) is the cross-check.

Every way a file can fail to be read becomes :class:`Skip` with a reason in
words, and then a :class:`~infokit.grading.records.Problem` row: the batch goes on.
"""

from __future__ import annotations

import json
import os
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from infokit.errors import InfokitError
from infokit.findings import Finding
from infokit.grading.lms import lms_hint
from infokit.grading.records import Problem
from infokit.grading.review import visible_mismatch
from infokit.grading.sources import Source, find_sources
from infokit.report import embed
from infokit.store import FORMAT as WORKSPACE_FORMAT
from infokit.store import from_envelope

REPORT_SUFFIXES = (".html", ".htm", ".ipynb", ".json")
__all__ = [
    "Found",
    "Skip",
    "Source",
    "collect",
    "find_sources",
    "lms_hint",
    "parse_submission",
    "read_found",
    "read_source",
]

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger files (or zip members claiming or turning out to be larger) are not read: a real report
is well under 1 MB, and decoding 20 MB of JSON already takes a few hundred MB of memory."""
MAX_RATIO = 200
"""A zip member that inflates more than this many times its packed size (and past 1 MB) is a
decompression bomb, not a report: real reports pack about 3 to 10 times."""


class Skip(InfokitError):
    """A file that is not graded: ``kind`` is one of PROBLEM_KINDS."""

    def __init__(self, kind: str, reason: str) -> None:
        super().__init__(reason)
        self.kind = kind


@dataclass(frozen=True)
class Found:
    """A submission that was read, with where it came from."""

    source: Source
    submission: embed.Submission
    notes: tuple[Finding, ...] = ()
    """What reading the file showed beyond its data (a visible page that differs from it)."""


def read_found(source: Source, archives: dict[Path, zipfile.ZipFile]) -> Found:
    """Read one source, with the notes reading it gave, or raise :class:`Skip` saying why not."""
    raw = source_bytes(source, archives)
    submission = parse_submission(raw, source.name, source.label)
    notes: tuple[Finding, ...] = ()
    if submission.kind == "html":
        differs = visible_mismatch(raw.decode("utf-8-sig", errors="replace"), submission.project)
        if differs:
            notes = (
                Finding(
                    "visible-differs",
                    "warning",
                    f"the report's visible page does not show {differs} its data holds (edited by hand?):"
                    " what was graded is the data; read it in the review view",
                ),
            )
    return Found(source, submission, notes)


def read_source(source: Source, archives: dict[Path, zipfile.ZipFile]) -> embed.Submission:
    """Read one source into a Submission, or raise :class:`Skip` saying why not."""
    return parse_submission(source_bytes(source, archives), source.name, source.label)


def source_bytes(source: Source, archives: dict[Path, zipfile.ZipFile]) -> bytes:
    """The bytes of a source that may be a report, or :class:`Skip` saying why it is not read."""
    suffix = PurePosixPath(source.name).suffix.lower()
    hint = source.hint
    if source.broken:
        raise Skip("unreadable", source.broken)
    if suffix == ".zip":
        raise Skip("ignored", "a zip inside a zip is not opened; unzip the outer one and grade the folder")
    if hint is not None and hint.kind == "text entry":
        raise Skip("ignored", f"text typed into {hint.lms.title()}, not a report; ask for the report file")
    if suffix not in REPORT_SUFFIXES:
        raise Skip("ignored", f"not a report ({suffix or 'no extension'}); expected .html, .ipynb or .json")
    raw = _read_bytes(source, archives)
    if not raw.strip():
        raise Skip("empty", "the file is empty")
    return raw


def _read_bytes(source: Source, archives: dict[Path, zipfile.ZipFile]) -> bytes:
    limit = f"larger than {MAX_FILE_BYTES / 2**20:g} MB, far more than any report; not read"
    try:
        if source.member is None:
            if source.path.stat().st_size > MAX_FILE_BYTES:
                raise Skip("unreadable", limit)
            return source.path.read_bytes()
        archive = archives.get(source.path)
        if archive is None:
            archive = archives[source.path] = zipfile.ZipFile(source.path)
        info = archive.getinfo(source.member)
        if info.flag_bits & 0x1:
            raise Skip("unreadable", "the zip member is encrypted")
        if info.file_size > MAX_FILE_BYTES:
            raise Skip("unreadable", limit)
        if info.file_size > 2**20 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise Skip("unreadable", f"inflates over {MAX_RATIO} times its packed size (a zip bomb?)")
        with archive.open(info) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise Skip("unreadable", limit)
        return data
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError, EOFError) as exc:
        raise Skip("unreadable", f"cannot be read ({exc})") from None
    except zlib.error as exc:
        raise Skip("unreadable", f"damaged inside the zip ({exc})") from None


def parse_submission(raw: bytes, name: str, label: str) -> embed.Submission:
    """A Submission from a file's bytes (HTML, notebook, or workspace backup); runs nothing.

    Whatever the bytes hold, this returns or raises :class:`Skip`: JSON nested
    past the decoder's depth limit, numbers past Python's digit limit, text
    that is not valid Unicode and data of the wrong shape each become a reason.
    """
    try:
        return _parse(raw, name, label)
    except Skip:
        raise
    except InfokitError as exc:
        raise Skip("unreadable", str(exc).removeprefix(f"{label}: ").removeprefix(label).strip()) from None
    except Exception as exc:  # one hostile file must never stop a batch
        raise Skip("unreadable", unreadable_reason(exc)) from None


def unreadable_reason(exc: BaseException) -> str:
    """Why a file could not be read, in words, for an exception no reader meant to raise."""
    if isinstance(exc, RecursionError):
        return "its data is nested too deeply to be a report"
    if isinstance(exc, UnicodeError):
        return "its data holds text that is not valid Unicode (a broken character)"
    if isinstance(exc, OverflowError):
        return "its data holds a date or number out of range"
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return "its data holds a number too long to be real"
    if isinstance(exc, MemoryError):
        return "too large to read in memory"
    if isinstance(exc, TimeLimit):
        return str(exc)
    if isinstance(exc, OSError) and "zoneinfo" in str(exc):
        return "its data holds a time zone that is not a zone name (such as America/Chicago)"
    detail = " ".join(str(exc).split())[:120]
    return f"its data cannot be used ({detail or type(exc).__name__})"


class TimeLimit(Exception):
    """Reading or scoring one file took longer than its budget."""


def _parse(raw: bytes, name: str, label: str) -> embed.Submission:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise Skip("unreadable", "not UTF-8 text, so not a file infokit wrote") from None
    suffix = PurePosixPath(name).suffix.lower()
    kind = "html" if suffix in (".html", ".htm") else suffix.lstrip(".")
    try:
        if kind == "html":
            if embed.SCRIPT_ID not in text:
                raise Skip("foreign", "holds no infokit data (not a report exported by infokit)")
            payload = embed.payload_from_html(text, label)
        else:
            document = json.loads(text)
            if not isinstance(document, dict):
                raise Skip("foreign", "JSON, but not an infokit report or backup")
            if kind == "json":
                return _backup(document, label)
            metadata = document.get("metadata")
            payload = metadata.get(embed.METADATA_KEY) if isinstance(metadata, dict) else None
            if not isinstance(payload, dict):
                raise Skip("foreign", "a notebook without infokit data in its metadata")
        if not isinstance(payload, dict):
            raise Skip("unreadable", "its data block is not an object of infokit data")
        if payload.get("format") != embed.PAYLOAD_FORMAT:
            raise Skip("foreign", "the embedded data is not infokit report data")
        project, tampered = embed.check_payload(payload, label)
    except json.JSONDecodeError as exc:
        raise Skip("unreadable", f"damaged JSON (line {exc.lineno})") from None
    # Dates out of range (year 1, 9999) are refused by the model and embed, which own that rule.
    return embed.Submission(Path(label), kind, project, payload, tampered)


def _backup(document: dict[str, object], label: str) -> embed.Submission:
    if document.get("format") == embed.PAYLOAD_FORMAT:
        project, tampered = embed.check_payload(document, label)
        return embed.Submission(Path(label), "backup", project, document, tampered)
    if document.get("format") != WORKSPACE_FORMAT:
        raise Skip("foreign", "JSON, but not an infokit report or backup")
    project = from_envelope(document, label)
    saved = document.get("saved_at")
    payload = {"format": embed.PAYLOAD_FORMAT, "exported_at": saved if isinstance(saved, str) else ""}
    return embed.Submission(Path(label), "backup", project, payload, tampered=False)


def collect(
    paths: Sequence[str | os.PathLike[str]], exclude: Iterable[Path] = ()
) -> Iterator[Found | Problem]:
    """Read every source under ``paths`` in order, yielding a submission or a problem for each.

    (:func:`infokit.grading.grade` goes through :mod:`infokit.grading.batch`
    instead, which scores as it reads and can use several processes.)
    """
    sources = find_sources(paths, exclude)
    archives: dict[Path, zipfile.ZipFile] = {}
    try:
        for source in sources:
            try:
                yield Found(source, read_source(source, archives))
            except Skip as skip:
                yield Problem(source.label, skip.kind, str(skip))
    finally:
        for archive in archives.values():
            archive.close()


def exported_moment(submission: embed.Submission) -> datetime:
    """When the submission was exported, for picking the newest of a student's files."""
    moment = submission.exported_at
    if moment is None:
        return datetime.min.replace(tzinfo=UTC)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
