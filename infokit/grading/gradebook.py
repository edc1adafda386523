"""Write the gradebook, the problems table and the Canvas import file; read a previous gradebook.

Plain ``csv`` (no pandas), written atomically. The gradebook opens in a
spreadsheet with the columns an instructor fills first: one per manual
criterion, ``adjustment`` and ``comments``. Re-grading reads those back by
``student_key`` and keeps them. Text cells that a spreadsheet would take for a
formula (``=``, ``+``, ``-``, ``@``) are written with a leading apostrophe,
and read back without it.
"""

from __future__ import annotations

import csv
import io
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from infokit.errors import GradingError
from infokit.grading.records import GradeRow, Problem
from infokit.settings import Settings

CANVAS_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
"""The identity columns of a Canvas gradebook export, in Canvas's order; the assignment's column follows."""
CANVAS_POINTS_ROW = "    Points Possible"
PROBLEM_COLUMNS = ("file", "problem", "reason", "student_key")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Entered:
    """What an instructor entered for one student in an earlier gradebook."""

    manual: dict[str, float | None]
    comments: str = ""
    adjustment: float = 0.0
    name: str = ""
    student_id: str = ""

    @property
    def anything(self) -> bool:
        """Whether the instructor entered anything at all."""
        return any(v is not None for v in self.manual.values()) or bool(self.comments or self.adjustment)


def columns(settings: Settings) -> list[str]:
    """The gradebook's header, manual columns first."""
    rubric = settings.rubric
    return [
        "student_key",
        "name",
        "student_id",
        *(c.id for c in rubric),
        "adjustment",
        "penalty",
        "total",
        "max_points",
        "complete",
        "comments",
        "flags",
        *(f"{c.id}_why" for c in rubric if c.scoring == "auto"),
        "late_days",
        "exported_at",
        "kind",
        "file",
        "lms_user_id",
    ]


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def _uncell(text: str) -> str:
    return text[1:] if text.startswith("'") and text[1:].startswith(_FORMULA) else text


def row_dict(row: GradeRow, settings: Settings) -> dict[str, object]:
    """One gradebook row as column name to value (before CSV quoting)."""
    data: dict[str, object] = {
        "student_key": row.key,
        "name": row.name,
        "student_id": row.student_id,
        "adjustment": row.adjustment or None,
        "penalty": row.penalty or None,
        "total": row.total,
        "max_points": settings.total_points,
        "complete": row.complete,
        "comments": row.comments,
        "flags": "; ".join(f"{f.rule}: {f.message}" for f in row.flags),
        "late_days": row.late_days,
        "exported_at": row.exported_at.isoformat(timespec="seconds") if row.exported_at else "",
        "kind": row.kind,
        "file": row.file,
        "lms_user_id": row.lms.user_id if row.lms else "",
    }
    for criterion in settings.rubric:
        data[criterion.id] = row.score(criterion.id)
        if criterion.id in row.auto:
            data[f"{criterion.id}_why"] = row.auto[criterion.id].why
    return data


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], bom: bool) -> Path:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[_cell(v) for v in row] for row in rows])
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        tmp.write_text(buffer.getvalue(), encoding="utf-8-sig" if bom else "utf-8", newline="")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GradingError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    return path


def write_gradebook(path: Path, rows: Sequence[GradeRow], settings: Settings) -> Path:
    """The gradebook: one row per student, sorted by name."""
    header = columns(settings)
    ordered = sorted(rows, key=lambda r: (r.name.casefold(), r.key))
    data = [row_dict(row, settings) for row in ordered]
    return _write(path, header, ([d.get(c) for c in header] for d in data), bom=True)


def write_problems(path: Path, problems: Sequence[Problem]) -> Path:
    """The problems table: every file not graded as it stands, with the reason."""
    return _write(
        path, PROBLEM_COLUMNS, ([p.file, p.kind, p.reason, p.student_key] for p in problems), bom=True
    )


def write_canvas(path: Path, rows: Sequence[GradeRow], settings: Settings) -> Path:
    """A file for Canvas's gradebook import: identity columns, then the assignment's points.

    A student whose manual criteria are not all scored gets an empty cell, so a
    half-graded total never reaches Canvas.
    """
    header = [*CANVAS_COLUMNS, settings.canvas_column]
    points_row = [CANVAS_POINTS_ROW, "", "", "", "", settings.total_points]
    body = [
        [
            row.name or row.key,
            row.lms.user_id if row.lms and row.lms.lms == "canvas" else "",
            row.student_id,
            "",
            "",
            row.total if row.complete else None,
        ]
        for row in sorted(rows, key=lambda r: (r.name.casefold(), r.key))
    ]
    return _write(path, header, [points_row, *body], bom=False)


def _number(text: str, where: str, low: float, high: float) -> float | None:
    text = text.strip()
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise GradingError(f"{where}: {text!r} is not a number") from None
    if not math.isfinite(value) or not low <= value <= high:
        raise GradingError(f"{where}: {text!r} is not between {low:g} and {high:g}")
    return value


def read_previous(path: str | os.PathLike[str], settings: Settings) -> dict[str, Entered]:
    """Manual scores, adjustments and comments from an earlier gradebook, by student key."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise GradingError(f"{path}: no such gradebook") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise GradingError(f"{path}: cannot be read ({exc})") from None
    reader = csv.DictReader(io.StringIO(text))
    if "student_key" not in (reader.fieldnames or []):
        raise GradingError(f"{path}: not a gradebook infokit wrote (no student_key column)")
    manual = [c for c in settings.rubric if c.scoring == "manual"]
    out: dict[str, Entered] = {}
    total = settings.total_points
    for number, record in enumerate(reader, start=2):
        key = _uncell(record.get("student_key") or "").strip()
        if not key:
            continue
        where = f"{path.name}, line {number} ({key})"
        scores = {c.id: _number(record.get(c.id) or "", f"{where}, {c.id}", 0, c.points) for c in manual}
        adjustment = _number(record.get("adjustment") or "", f"{where}, adjustment", -total, total)
        out[key] = Entered(
            scores,
            _uncell(record.get("comments") or ""),
            adjustment or 0.0,
            _uncell(record.get("name") or ""),
            _uncell(record.get("student_id") or ""),
        )
    return out
