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
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from infokit.errors import GradingError
from infokit.grading.records import CriterionScore, GradeRow
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


PRAISE = frozenset({"outreach", "on-time", "answers"})
"""Reasons that say what went well (shown as praise); other notes are neutral, gaps are gaps."""


def _reasons(score: CriterionScore | None) -> list[dict[str, str]]:
    """The reasons to show, each with its kind: 'good', 'note' or 'gap' (never a gap on a full score)."""
    if score is None:
        return []
    out = []
    for reason in score.reasons:
        if reason.severity == "info":
            kind = "good" if reason.rule in PRAISE else "note"
        elif score.full:
            continue  # nothing cost points: say nothing that suggests it did
        else:
            kind = "gap"
        out.append({"kind": kind, "message": reason.message})
    return out


def render_feedback(row: GradeRow, settings: Settings) -> str:
    """The feedback page of one student, as HTML text."""
    criteria = []
    for criterion in settings.rubric:
        auto = row.auto.get(criterion.id)
        points = row.score(criterion.id)
        if auto is not None:
            level = auto.level
        else:
            reached = criterion.level_for(points) if points is not None else None
            level = reached.description if reached is not None else ""
        criteria.append(
            {
                "title": criterion.title,
                "max": criterion.points,
                "points": points,
                "level": level,
                "reasons": _reasons(auto),
                "manual": criterion.scoring == "manual",
                "comment": row.criterion_comments.get(criterion.id, ""),
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


def file_name(key: str, taken: set[str], name: str = "") -> str:
    """A safe, readable file name for a student's page (their name and key, letters kept as
    written: Łukasz stays Łukasz), unique among ``taken``."""
    text = unicodedata.normalize("NFC", f"{name} {key}" if name and name.casefold() != key else key)
    slug = re.sub(r"[^\w]+", "-", text).strip("-_")[:60].strip("-_") or "student"
    candidate = f"{slug}.html"
    if candidate.casefold() in taken:
        candidate = f"{slug}-{hashlib.sha256(key.encode()).hexdigest()[:8]}.html"
    taken.add(candidate.casefold())
    return candidate


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
        path = target / file_name(row.key, taken, row.name)
        try:
            path.write_text(render_feedback(row, settings), encoding="utf-8")
        except OSError as exc:
            raise GradingError(f"{path}: cannot be written ({exc.strerror or exc})") from None
        written.append(path)
    return written
