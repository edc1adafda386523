"""Find every file of a batch (files, folders searched recursively, zips) and what its platform says.

Nothing is extracted: a zip's directory is read once here, and its members
are read later, one at a time, by :mod:`infokit.grading.collect`. Each
source carries the :class:`~infokit.grading.records.LmsHint` the platform's
part of its path gives (see :mod:`infokit.grading.lms`); the platforms'
metadata files (Blackboard receipts, Gradescope's ``submission_metadata.yml``)
are read here to fill those hints and are not sources themselves.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo
from pathlib import Path, PurePosixPath
from zoneinfo import ZoneInfo

from infokit.errors import GradingError
from infokit.grading import lms
from infokit.grading.records import LmsHint

_JUNK = re.compile(
    r"(^|/)(__MACOSX|\.ipynb_checkpoints|\.DS_Store|Thumbs\.db|desktop\.ini)(/|$)|(^|/)\.[^./]"
)


@dataclass(frozen=True)
class Source:
    """One file to read: on disk, or a member of a zip read in memory."""

    label: str
    """How tables name it: a path, or ``archive.zip:member``."""
    path: Path
    """The file on disk, or the zip that holds the member."""
    member: str | None = None
    """The member's name exactly as the zip's directory holds it (for reading)."""
    hint: LmsHint | None = None
    broken: str = ""
    """Why this source cannot be read at all (a zip that does not open, a damaged metadata file)."""
    display: str = ""
    """The member's name as its writer meant it (UTF-8 names in zips without the UTF-8 flag)."""

    @property
    def name(self) -> str:
        if self.member is None:
            return self.path.name
        return PurePosixPath(self.display or self.member).name


def find_sources(
    paths: Sequence[str | os.PathLike[str]],
    exclude: Iterable[Path] = (),
    zone: tzinfo | None = None,
    teams: bool = False,
) -> list[Source]:
    """Every file to look at under ``paths``, with its platform's hint (metadata files read, not listed).

    ``zone`` is the time zone of wall-clock times in names (Blackboard's); ``teams``
    reads Moodle folder names as team submissions.
    """
    if not paths:
        raise GradingError("name at least one report, folder or zip to grade")
    zone = zone or ZoneInfo("UTC")
    skip = [Path(p).resolve() for p in exclude]
    out: list[Source] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            inside = [s for s in skip if path.resolve() in s.parents]
            found = []
            for file in sorted(p for p in path.rglob("*") if p.is_file()):
                relative = file.relative_to(path).as_posix()
                if _JUNK.search(relative) or (inside and _excluded(file, inside)):
                    continue
                if file.suffix.lower() == ".zip":
                    out.extend(_zip_sources(file, zone, teams))
                else:
                    found.append(Source(str(file), file, hint=lms.lms_hint(relative, teams)))
            out.extend(_annotate(found, _disk_reader, zone))
        elif path.is_file():
            if path.suffix.lower() == ".zip":
                out.extend(_zip_sources(path, zone, teams))
            else:
                out.append(Source(str(path), path, hint=lms.lms_hint(path.name, teams)))
        else:
            raise GradingError(f"{path}: no such file or folder")
    return out


def _excluded(file: Path, skip: list[Path]) -> bool:
    resolved = file.resolve()
    return any(resolved == s or s in resolved.parents for s in skip)


def _zip_sources(path: Path, zone: tzinfo, teams: bool) -> list[Source]:
    try:
        with zipfile.ZipFile(path) as archive:
            infos = [i for i in archive.infolist() if not i.is_dir()]
            sources = []
            for info in infos:
                shown = lms.zip_member_name(info)
                if not _JUNK.search(shown):
                    hint = lms.lms_hint(shown, teams)
                    sources.append(Source(f"{path}:{shown}", path, info.filename, hint, display=shown))
            return _annotate(sources, lambda s: _member_text(archive, s), zone)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        return [Source(str(path), path, broken=f"a zip that cannot be opened ({exc or type(exc).__name__})")]


def _member_text(archive: zipfile.ZipFile, source: Source) -> str:
    info = archive.getinfo(source.member or "")
    if info.file_size > lms.MAX_METADATA_BYTES:
        raise ValueError(f"larger than {lms.MAX_METADATA_BYTES // 2**20} MB")
    with archive.open(info) as handle:
        return handle.read(lms.MAX_METADATA_BYTES + 1).decode("utf-8-sig", errors="replace")


def _disk_reader(source: Source) -> str:
    if source.path.stat().st_size > lms.MAX_METADATA_BYTES:
        raise ValueError(f"larger than {lms.MAX_METADATA_BYTES // 2**20} MB")
    return source.path.read_text(encoding="utf-8-sig", errors="replace")


def _annotate(sources: list[Source], reader: Callable[[Source], str], zone: tzinfo) -> list[Source]:
    """Read the metadata files among ``sources`` into the others' hints; return the others."""
    gradescope: dict[str, dict[str, object]] = {}
    receipts: dict[str, dict[str, str]] = {}
    kept: list[Source] = []
    for source in sources:
        if not lms.is_metadata(source.hint, source.name):
            kept.append(source)
            continue
        try:
            text = reader(source)
            if source.name == lms.GRADESCOPE_METADATA:
                gradescope.update(lms.read_gradescope(text))
            elif source.hint is not None:
                receipts[source.hint.submission_id] = lms.read_receipt(text)
        except Exception as exc:  # a damaged metadata file is one problem row, not a stopped batch
            what = "Gradescope's metadata" if source.name == lms.GRADESCOPE_METADATA else "a receipt"
            detail = " ".join(str(exc).split())[:100]
            kept.append(replace(source, broken=f"{what} that cannot be read ({detail})", hint=None))
    out = []
    for source in kept:
        hint = source.hint
        if hint is not None and hint.lms == "gradescope":
            record = gradescope.get(f"submission_{hint.submission_id}")
            if record is not None:
                source = replace(source, hint=lms.with_gradescope(hint, record))
        elif hint is not None and hint.lms == "blackboard":
            source = replace(source, hint=lms.with_receipt(hint, receipts.get(hint.submission_id, {}), zone))
        out.append(source)
    return out
