"""An ipywidgets form to enter manual scores and comments, student by student, beside their work.

Pick a student: the left side shows their work as the grader read it (the
reflection, the questions with notes, the interview notes and the thank-you,
rendered from the report's embedded data by :mod:`infokit.grading.review`);
the right side has each manual criterion with every rubric level written out
in full, a choice of level (or whole points when it has none, or "not graded
yet") and a comment for that criterion, then the overall comments. *Save*
enters the values with :meth:`GradeRun.set_manual` and writes every output
again with :meth:`GradeRun.save`. The form holds no rules: the run checks
every value.
"""

from __future__ import annotations

from html import escape
from typing import Any

from infokit.errors import InfokitError
from infokit.grading.run import GradeRun
from infokit.settings import Criterion

NOT_GRADED = "not graded yet"


def _options(criterion: Criterion) -> list[tuple[str, float | None]]:
    """Short labels (the points); the full level text is shown above the choice, never cut."""
    if criterion.levels:
        choices = [(f"{level.points:g}", level.points) for level in criterion.levels]
        choices.sort(key=lambda choice: -choice[1])
    else:
        choices = [(f"{p:g}", float(p)) for p in range(int(criterion.points), -1, -1)]
    return [(NOT_GRADED, None), *choices]


def levels_html(criterion: Criterion) -> str:
    """The criterion's title and every level's description, in full."""
    rows = "".join(
        f"<tr><td style='padding-right:1em;vertical-align:top'><b>{level.points:g}</b></td>"
        f"<td style='white-space:normal'>{escape(level.description)}</td></tr>"
        for level in sorted(criterion.levels, key=lambda level: -level.points)
    )
    table = f"<table>{rows}</table>" if rows else f"<i>0 to {criterion.points:g} points</i>"
    return f"<h4>{escape(criterion.title)} (out of {criterion.points:g})</h4>{table}"


class ManualForm:
    """The widgets, kept as attributes so a test can set values and press Save."""

    def __init__(self, run: GradeRun) -> None:
        import ipywidgets as widgets

        self.run = run
        self.criteria = [c for c in run.settings.rubric if c.scoring == "manual"]
        people = sorted((r for r in run.rows if r.submitted), key=lambda r: (r.name.casefold(), r.key))
        self.student = widgets.Dropdown(
            options=[(f"{r.name or r.key} ({r.key})", r.key) for r in people],
            description="Student",
            layout=widgets.Layout(width="100%"),
        )
        self.work = widgets.HTML(layout=widgets.Layout(width="100%"))
        self.scores = {
            c.id: widgets.RadioButtons(options=_options(c), layout=widgets.Layout(width="auto"))
            for c in self.criteria
        }
        self.criterion_comments = {
            c.id: widgets.Textarea(
                placeholder=f"Comment on {c.title} (the student reads it beside the score)",
                layout=widgets.Layout(width="100%", height="4rem"),
            )
            for c in self.criteria
        }
        self.comments = widgets.Textarea(
            placeholder="Overall comments", layout=widgets.Layout(width="100%", height="6rem")
        )
        self.save = widgets.Button(description="Save", button_style="primary", icon="save")
        self.status = widgets.HTML()
        self.student.observe(lambda _change: self.load(), names="value")
        self.save.on_click(lambda _button: self.store())
        boxes = [
            widgets.VBox([widgets.HTML(levels_html(c)), self.scores[c.id], self.criterion_comments[c.id]])
            for c in self.criteria
        ]
        scoring = widgets.VBox(
            [*boxes, widgets.HTML("<h4>Comments</h4>"), self.comments, self.save, self.status],
            layout=widgets.Layout(width="50%", padding="0 0 0 1rem"),
        )
        work = widgets.Box(
            [self.work], layout=widgets.Layout(width="50%", max_height="40rem", overflow="auto")
        )
        self.widget = widgets.VBox([self.student, widgets.HBox([work, scoring])])
        self.load()

    def load(self) -> None:
        """Show the chosen student's work and current values."""
        if self.student.value is None:
            self.status.value = "No students in this batch."
            return
        key = self.student.value
        row = self.run.row(key)
        try:
            self.work.value = self.run.review(key)
        except InfokitError as exc:
            self.work.value = f"<i>The work cannot be shown: {escape(str(exc))}</i>"
        for criterion_id, box in self.scores.items():
            box.value = row.manual.get(criterion_id)
            self.criterion_comments[criterion_id].value = row.criterion_comments.get(criterion_id, "")
        self.comments.value = row.comments
        self.status.value = ""

    def store(self) -> None:
        """Enter the values and write the gradebook, Canvas file and feedback again."""
        key = self.student.value
        if key is None:
            return
        try:
            for criterion_id, box in self.scores.items():
                self.run.set_manual(key, criterion_id, box.value)
                self.run.set_criterion_comment(key, criterion_id, self.criterion_comments[criterion_id].value)
            row = self.run.set_comments(key, self.comments.value)
            self.run.save()
        except InfokitError as exc:
            self.status.value = f"<b>Not saved:</b> {escape(str(exc))}"
            return
        total = self.run.settings.total_points
        self.status.value = f"Saved {escape(row.name or key)}: total {row.total:g} of {total:g}."


def manual_form(run: GradeRun) -> Any:
    """The form as one widget to display in a notebook."""
    return ManualForm(run).widget
