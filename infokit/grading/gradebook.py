"""Write the gradebook, the problems table and the Canvas import file; read a previous gradebook.

The gradebook opens in a spreadsheet (CSV, or ``.xlsx`` when ``-o`` names one)
with the columns an instructor fills first: one per manual criterion,
``adjustment`` and ``comments``. Re-grading reads those back by
``student_key`` and keeps them; :mod:`infokit.grading.sheets` deals with what
Excel does to the file in between (encodings, ``;``, leading zeros, formulas).
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from infokit.errors import GradingError
from infokit.grading.records import GradeRow, Problem
from infokit.grading.sheets import read_table, write_table
from infokit.settings import Settings

CANVAS_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
"""The identity columns of a Canvas gradebook export, in Canvas's order; the assignment's column follows."""
CANVAS_POINTS_ROW = "    Points Possible"
PROBLEM_COLUMNS = ("file", "problem", "reason", "student_key")


@dataclass(frozen=True)
class Entered:
    """What an instructor entered for one student in an earlier gradebook."""

    manual: dict[str, float | None]
    comments: str = ""
    adjustment: float = 0.0
    name: str = ""
    student_id: str = ""
    fingerprint: str = ""
    """What was graded when these were entered (empty in gradebooks before the column existed)."""
    exported_at: str = ""
    earlier: str = ""
    criterion_comments: dict[str, str] = field(default_factory=dict)

    @property
    def anything(self) -> bool:
        """Whether the instructor entered anything at all."""
        scored = any(v is not None for v in self.manual.values())
        noted = any(self.criterion_comments.values())
        return scored or noted or bool(self.comments or self.adjustment or self.earlier)

    @property
    def scores(self) -> bool:
        """Whether the instructor entered points (scores or an adjustment)."""
        return any(v is not None for v in self.manual.values()) or bool(self.adjustment)


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
        *(f"{c.id}_comment" for c in rubric if c.scoring == "manual"),
        "flags",
        *(f"{c.id}_why" for c in rubric if c.scoring == "auto"),
        "late_days",
        "handed_in",
        "exported_at",
        "kind",
        "file",
        "lms_user_id",
        "earlier",
        "fingerprint",
    ]


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
        "handed_in": row.handed_in.isoformat(timespec="seconds") if row.handed_in else "",
        "exported_at": row.exported_at.isoformat(timespec="seconds") if row.exported_at else "",
        "kind": row.kind,
        "file": row.file,
        "lms_user_id": row.lms.account if row.lms else "",
        "earlier": row.earlier,
        "fingerprint": row.fingerprint,
    }
    for criterion in settings.rubric:
        data[criterion.id] = row.score(criterion.id)
        if criterion.scoring == "manual":
            data[f"{criterion.id}_comment"] = row.criterion_comments.get(criterion.id, "")
        if criterion.id in row.auto:
            data[f"{criterion.id}_why"] = row.auto[criterion.id].why
    return data


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], bom: bool) -> Path:
    return write_table(path, header, rows, bom=bom)


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
    """A file for Canvas's gradebook import when there is no roster: identity columns, then points.

    Canvas's importer matches a row by its ``ID`` (the user id from the bulk-download
    names), then its SIS ids, then the exact name; scores have two decimals and lines end
    in LF, as Canvas's own export writes them. A student whose manual criteria are not all
    scored gets an empty cell (Canvas leaves it unchanged), so a half-graded total never
    reaches Canvas. With a roster, :func:`infokit.grading.roster.write_canvas` fills the
    instructor's own export instead.
    """
    header = [*CANVAS_COLUMNS, settings.canvas_column]
    points_row = [CANVAS_POINTS_ROW, "", "", "", "", f"{settings.total_points:.2f}"]
    body = [
        [
            row.name or row.key,
            row.lms.user_id if row.lms and row.lms.lms == "canvas" and not row.lms.anonymous else "",
            row.student_id,
            "",
            "",
            f"{row.total:.2f}" if row.complete else None,
        ]
        for row in sorted(rows, key=lambda r: (r.name.casefold(), r.key))
        if row.submitted
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
    """Manual scores, adjustments and comments from an earlier gradebook (CSV or .xlsx), by student key.

    A column for a manual criterion the rubric no longer has, holding scores, stops with an
    error rather than dropping them.
    """
    path = Path(path)
    if not path.exists():
        raise GradingError(f"{path}: no such gradebook")
    table = read_table(path)
    header = [h.strip() for h in table[0]] if table else []
    if "student_key" not in header:
        raise GradingError(
            f"{path}: not a gradebook infokit wrote (no student_key column); keep that column when"
            " you edit the file, or name another file with -o"
        )
    records = [dict(zip(header, row, strict=False)) for row in table[1:]]
    manual = [c for c in settings.rubric if c.scoring == "manual"]
    known = {c.id for c in settings.rubric}
    out: dict[str, Entered] = {}
    total = settings.total_points
    for number, record in enumerate(records, start=2):
        key = (record.get("student_key") or "").strip()
        if not key:
            continue
        where = f"{path.name}, line {number} ({key})"
        _orphans(record, _criteria_zone(header), known, where)
        scores = {c.id: _number(record.get(c.id) or "", f"{where}, {c.id}", 0, c.points) for c in manual}
        adjustment = _number(record.get("adjustment") or "", f"{where}, adjustment", -total, total)
        out[key] = Entered(
            scores,
            record.get("comments") or "",
            adjustment or 0.0,
            record.get("name") or "",
            record.get("student_id") or "",
            (record.get("fingerprint") or "").strip(),
            (record.get("exported_at") or "").strip(),
            record.get("earlier") or "",
            {c.id: record.get(f"{c.id}_comment") or "" for c in manual if record.get(f"{c.id}_comment")},
        )
    return out


_OUR_COLUMNS = {
    "student_key", "name", "student_id", "adjustment", "penalty", "total", "max_points", "complete",
    "comments", "flags", "late_days", "handed_in", "exported_at", "kind", "file", "lms_user_id",
    "earlier", "fingerprint",
}  # fmt: skip


def _criteria_zone(header: list[str]) -> list[str]:
    """The columns where the gradebook puts criteria: between student_id and adjustment."""
    if "student_id" in header and "adjustment" in header:
        return header[header.index("student_id") + 1 : header.index("adjustment")]
    return []


def _orphans(record: dict[str, str], columns: list[str], known: set[str], where: str) -> None:
    """Stop on scores in a criterion column the rubric no longer has (they would be lost)."""
    for column in columns:
        if column in _OUR_COLUMNS or column in known or not column or column.endswith("_comment"):
            continue
        value = (record.get(column) or "").strip()
        if value and _looks_like_points(value):
            raise GradingError(
                f"{where}: column {column!r} holds {value!r}, but the rubric has no criterion"
                f" {column!r}; put it back in [[rubric]] or move the scores out of that column"
            )


def _looks_like_points(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True
