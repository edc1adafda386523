"""One feedback page per student: score per criterion, the reasons, the instructor's comments.

Rendered with Jinja2 with autoescaping on, from the template shipped in
``infokit/grading/templates/``; every piece of student text is escaped, and
the page allows no scripts (a Content-Security-Policy meta tag). Flags are
for the instructor and are not shown to the student.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from infokit.errors import GradingError
from infokit.grading.records import GradeRow
from infokit.settings import Settings

TEMPLATE = "feedback.html.j2"


@cache
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("infokit.grading", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _points(value: float) -> str:
    return f"{value:g}"


def render_feedback(row: GradeRow, settings: Settings) -> str:
    """The feedback page of one student, as HTML text."""
    criteria = []
    for criterion in settings.rubric:
        auto = row.auto.get(criterion.id)
        criteria.append(
            {
                "title": criterion.title,
                "max": criterion.points,
                "points": row.score(criterion.id),
                "level": auto.level if auto else "",
                "reasons": list(auto.reasons) if auto else [],
                "manual": criterion.scoring == "manual",
            }
        )
    return (
        _environment()
        .get_template(TEMPLATE)
        .render(
            row=row,
            criteria=criteria,
            title=settings.assignment.title,
            course=settings.assignment.course,
            max_points=settings.total_points,
            points=_points,
        )
    )


def file_name(key: str, taken: set[str]) -> str:
    """A safe, readable file name for a student's page, unique among ``taken``."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", key).strip(".-")[:60] or "student"
    name = f"{slug}.html"
    if name.casefold() in taken:
        name = f"{slug}-{hashlib.sha256(key.encode()).hexdigest()[:8]}.html"
    taken.add(name.casefold())
    return name


def write_feedback(
    folder: str | os.PathLike[str], rows: Sequence[GradeRow], settings: Settings
) -> list[Path]:
    """Write the page of every student who submitted into ``folder``; return the paths written."""
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise GradingError(f"{target}: cannot make the feedback folder ({exc.strerror or exc})") from None
    taken: set[str] = set()
    written = []
    for row in sorted((r for r in rows if r.submitted), key=lambda r: r.key):
        path = target / file_name(row.key, taken)
        try:
            path.write_text(render_feedback(row, settings), encoding="utf-8")
        except OSError as exc:
            raise GradingError(f"{path}: cannot be written ({exc.strerror or exc})") from None
        written.append(path)
    return written
