"""Grade a class's submission reports: read (never run), score, flag, write.

Modules, each one concept:

* ``lms``: what each platform's bulk download says (Canvas, Moodle, Blackboard, Gradescope);
* ``sources``: find every file (files, folders, zips) and read the platforms' metadata files;
* ``collect``: read a report in memory, whatever it holds; ``review``: the work as the grader read it;
* ``timing``: when it was handed in (the platform's clock first) and how late;
* ``score``: the automatic rubric checks, each score with its reasons and a level that agrees;
* ``flags``: similar reflections, dates that do not add up, close ties, LMS mismatches;
  ``passages``: a paragraph copied word for word;
* ``owners``: one row per student, conflicts graded and flagged, the copy that counts;
* ``sheets``: spreadsheets as Excel leaves them (CSV in any encoding or delimiter, .xlsx);
* ``gradebook``: the gradebook and problems table; ``carry``: the instructor's entries carried over;
* ``roster``: the class list; ``imports``: the files Canvas and Moodle import back;
* ``feedback``: one escaped HTML page per student; ``dashboard``: the class figures (matplotlib);
* ``manual``: an ipywidgets form for manual scores beside the work; ``demo``: a made-up class;
* ``records``: the dataclasses they share; ``batch``: one source to one row, on one core or several;
* ``run``: :func:`grade` and :class:`GradeRun`, which tie them together.

``import infokit.grading`` loads nothing heavy; names load on first use.
Nothing here imports a notebook executor (nbclient, papermill, jupyter_client).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from infokit._lazy import lazy_exports

_LAZY: dict[str, str] = {
    "PROBLEM_KINDS": "infokit.grading.records",
    "CriterionScore": "infokit.grading.records",
    "GradeRow": "infokit.grading.records",
    "GradeRun": "infokit.grading.run",
    "Problem": "infokit.grading.records",
    "grade": "infokit.grading.run",
}

__all__ = ["PROBLEM_KINDS", "CriterionScore", "GradeRow", "GradeRun", "Problem", "grade"]


__getattr__, __dir__ = lazy_exports(__name__, _LAZY)


if TYPE_CHECKING:  # pragma: no cover
    from infokit.grading.records import PROBLEM_KINDS, CriterionScore, GradeRow, Problem
    from infokit.grading.run import GradeRun, grade
