"""Carry the instructor's entries from the previous gradebook into this run, losing none of them.

Entries are matched to rows by ``student_key``, allowing for the leading zeros
Excel strips from numeric ids. Scores entered for a copy of a report are
carried only to that same copy: when the student handed in a changed report
since (its fingerprint, or in older gradebooks its export time, differs), the
row is flagged ``changed-since-graded`` and the earlier scores are kept in the
``earlier`` column, never silently applied to work the instructor has not
read. Entries for a student with no submission this time stay as a row of
their own (never complete) and a ``missing`` problem.
"""

from __future__ import annotations

import os
from pathlib import Path

from infokit.errors import GradingError
from infokit.findings import Finding
from infokit.grading.gradebook import Entered, read_previous
from infokit.grading.records import GradeRow, Problem
from infokit.grading.sheets import id_form
from infokit.settings import Settings


def _changed(row: GradeRow, values: Entered) -> bool:
    if values.fingerprint:
        return values.fingerprint != row.fingerprint
    if values.exported_at and row.exported_at is not None:
        return values.exported_at != row.exported_at.isoformat(timespec="seconds")
    return False


def _summary(values: Entered) -> str:
    parts = [f"{k}={v:g}" for k, v in values.manual.items() if v is not None]
    if values.adjustment:
        parts.append(f"adjustment={values.adjustment:g}")
    return "; ".join(parts)


def carry_over(
    rows: list[GradeRow], entered: dict[str, Entered], source: Path | None, settings: Settings
) -> list[Problem]:
    """Apply ``entered`` to ``rows`` (adding rows for students with no submission); return problems."""
    where = source.name if source else "the previous gradebook"
    exact = {row.key: row for row in rows}
    loose = {id_form(row.key): row for row in rows}
    problems: list[Problem] = []
    for key, values in entered.items():
        row = exact.get(key) or exact.get(key.casefold()) or loose.get(id_form(key))
        if row is None:
            if not values.anything:
                continue
            row = GradeRow(
                key=key, name=values.name, student_id=values.student_id, file="", kind="", submitted=False
            )
            row.manual = {c.id: None for c in settings.rubric if c.scoring == "manual"}
            row.flags.append(
                Finding("no-submission", "warning", f"no submission in this batch; kept from {where}")
            )
            rows.append(row)
            exact[key] = row
            problems.append(
                Problem(str(source or ""), "missing", f"scores entered in {where}, no submission now", key)
            )
        elif values.scores and _changed(row, values):
            earlier = _summary(values)
            row.earlier = earlier
            row.comments = values.comments
            row.criterion_comments = dict(values.criterion_comments)
            row.flags.append(
                Finding(
                    "changed-since-graded",
                    "warning",
                    f"changed since you graded it: a new copy was handed in; your scores for the earlier"
                    f" copy ({earlier}) are kept in the 'earlier' column, not applied: score this copy",
                )
            )
            continue
        for criterion_id, value in values.manual.items():
            if criterion_id in row.manual:
                row.manual[criterion_id] = value
        row.comments = values.comments
        row.criterion_comments = dict(values.criterion_comments)
        row.adjustment = values.adjustment
        if values.earlier and not values.scores:
            row.earlier = values.earlier  # still waiting for the instructor to score the new copy
    return problems


def previous_entries(
    output: Path, previous: str | os.PathLike[str] | None, settings: Settings
) -> tuple[dict[str, Entered], Path | None]:
    """The instructor's entries: from ``previous``, else ``output``, else its twin in the other format
    (``grades.xlsx`` beside ``-o grades.csv``), so no choice of ``-o`` leaves them behind."""
    if previous is not None:
        return read_previous(previous, settings), Path(previous)
    twins = [output.with_suffix(s) for s in (".csv", ".xlsx") if output.with_suffix(s) != output]
    for candidate in (output, *twins):
        if candidate.exists():
            try:
                return read_previous(candidate, settings), candidate
            except GradingError as exc:
                raise GradingError(
                    f"{candidate} exists and cannot be re-graded over ({exc}); fix it, or choose another -o"
                ) from None
    return {}, None
