"""The files a platform imports back: Canvas's gradebook CSV and Moodle's grading worksheet.

Both fill the instructor's own export when the roster is one (every identity
cell kept exactly as the platform wrote it), with totals in two decimals and
LF line ends as the platforms write them; a student whose manual criteria are
not all scored gets an empty cell, which both platforms leave unchanged.
Formats: ``lib/gradebook_exporter.rb`` and ``lib/gradebook_importer.rb``
(Canvas), ``mod/assign/gradingtable.php`` and
``mod/assign/feedback/offline/importgradeslib.php`` (Moodle).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from infokit.grading.records import GradeRow
from infokit.grading.roster import MOODLE_ID, MOODLE_PARTICIPANT, POINTS_POSSIBLE, TITLE_ID, Roster
from infokit.grading.sheets import write_table
from infokit.settings import Settings


def canvas_header(roster: Roster | None, settings: Settings) -> tuple[str, list[str]]:
    """The assignment's column header for Canvas, and warnings about it.

    ``canvas_column`` as set when it ends with the assignment id; else the roster's column
    whose title it names; a header without an id is a warning: Canvas then matches by
    title only, and makes a new assignment when the title differs at all.
    """
    column = settings.canvas_column
    warnings: list[str] = []
    if TITLE_ID.match(column):
        if roster is not None and roster.kind == "canvas" and column not in roster.header:
            warnings.append(f"canvas_column {column!r} is not a column of {roster.path.name}")
        return column, warnings
    if roster is not None and roster.kind == "canvas":
        for header in roster.header:
            found = TITLE_ID.match(header)
            if found and found["title"].casefold() == column.casefold():
                warnings.append(
                    f"canvas_column {column!r} has no assignment id; using {header!r} from {roster.path.name}"
                )
                return header, warnings
    warnings.append(
        f"canvas_column {column!r} has no assignment id, e.g. '{column} (123456)': Canvas matches it by"
        " title only; copy the header from a gradebook export of your course"
    )
    return column, warnings


def write_canvas(path: Path, rows: list[GradeRow], roster: Roster, settings: Settings) -> Path:
    """The instructor's Canvas export with the assignment's column filled (LF, two decimals).

    Only the identity columns and the assignment's column are written, so no other
    column can change in Canvas; students without a complete score keep an empty cell.
    """
    column, _ = canvas_header(roster, settings)
    end = roster.header.index("Section") + 1 if "Section" in roster.header else 2
    keep = roster.header[:end]
    index = list(range(end))
    scores = {id(entry): row for row in rows if (entry := roster.match(row)) is not None}
    points = f"{settings.total_points:.2f}"
    body = [[("    " + POINTS_POSSIBLE) if n == 0 else "" for n in range(len(keep))] + [points]]
    for entry in roster.entries:
        row = scores.get(id(entry))
        total = f"{row.total:.2f}" if row is not None and row.complete else None
        body.append([entry.cells[i] for i in index] + [total])
    return write_table(path, [*keep, column], body, bom=False)


def write_moodle(path: Path, rows: list[GradeRow], roster: Roster | None, settings: Settings) -> Path:
    """Moodle's offline grading worksheet with grades (and comments) filled, for *Upload grading worksheet*.

    From a worksheet roster every column is kept and only ``Grade`` and ``Feedback
    comments`` change, so ``Last modified (grade)`` still protects grades changed in
    Moodle since; without one, the worksheet is built from the Moodle folder names.
    """
    if roster is not None and roster.kind == "moodle":
        header = list(roster.header)
        at = {h: i for i, h in enumerate(header)}
        scores = {id(entry): row for row in rows if (entry := roster.match(row)) is not None}
        body = []
        for entry in roster.entries:
            cells = list(entry.cells)
            row = scores.get(id(entry))
            if row is not None and row.complete and "Grade" in at:
                cells[at["Grade"]] = f"{row.total:.2f}"
                if row.comments and "Feedback comments" in at:
                    cells[at["Feedback comments"]] = row.comments
            body.append(cells)
        return write_table(path, header, body, bom=False)
    now = datetime.now(settings.zone).strftime("%Y-%m-%d %H:%M:%S")
    header = [MOODLE_ID, "Full name", "Grade", "Maximum grade", "Last modified (grade)", "Feedback comments"]
    body = [
        [
            f"{MOODLE_PARTICIPANT}{row.lms.user_id}",
            row.name,
            f"{row.total:.2f}" if row.complete else "",
            f"{settings.total_points:.2f}",
            now,
            row.comments,
        ]
        for row in sorted(rows, key=lambda r: (r.name.casefold(), r.key))
        if row.submitted and row.lms is not None and row.lms.lms == "moodle" and row.lms.user_id
    ]
    return write_table(path, header, body, bom=False)
