"""A small ipywidgets form to enter manual scores and comments, student by student.

Pick a student; each manual criterion offers its rubric levels (or whole
points when it has none) and "not graded yet"; the comments box is free
text. *Save* enters the values with :meth:`GradeRun.set_manual` and writes
every output again with :meth:`GradeRun.save`. The form holds no rules: the
run checks every value.
"""

from __future__ import annotations

from typing import Any

from infokit.errors import InfokitError
from infokit.grading.run import GradeRun
from infokit.settings import Criterion

NOT_GRADED = "not graded yet"


def _options(criterion: Criterion) -> list[tuple[str, float | None]]:
    if criterion.levels:
        points = sorted((level.points, level.description) for level in criterion.levels)[::-1]
        choices = [(f"{p:g}: {text[:70]}" if text else f"{p:g}", p) for p, text in points]
    else:
        choices = [(f"{p:g}", float(p)) for p in range(int(criterion.points), -1, -1)]
    return [(NOT_GRADED, None), *choices]


class ManualForm:
    """The widgets, kept as attributes so a test can set values and press Save."""

    def __init__(self, run: GradeRun) -> None:
        import ipywidgets as widgets

        self.run = run
        self.criteria = [c for c in run.settings.rubric if c.scoring == "manual"]
        people = sorted(run.rows, key=lambda r: (r.name.casefold(), r.key))
        self.student = widgets.Dropdown(
            options=[(f"{r.name or r.key} ({r.key})", r.key) for r in people],
            description="Student",
            layout=widgets.Layout(width="32rem"),
        )
        self.scores = {
            c.id: widgets.Dropdown(
                options=_options(c),
                description=c.title[:18],
                layout=widgets.Layout(width="40rem"),
                style={"description_width": "10rem"},
            )
            for c in self.criteria
        }
        self.comments = widgets.Textarea(
            description="Comments", layout=widgets.Layout(width="40rem", height="6rem")
        )
        self.save = widgets.Button(description="Save", button_style="primary", icon="save")
        self.status = widgets.HTML()
        self.student.observe(lambda _change: self.load(), names="value")
        self.save.on_click(lambda _button: self.store())
        self.widget = widgets.VBox(
            [self.student, *self.scores.values(), self.comments, self.save, self.status]
        )
        self.load()

    def load(self) -> None:
        """Show the chosen student's current values."""
        if self.student.value is None:
            self.status.value = "No students in this batch."
            return
        row = self.run.row(self.student.value)
        for criterion_id, box in self.scores.items():
            box.value = row.manual.get(criterion_id)
        self.comments.value = row.comments
        self.status.value = ""

    def store(self) -> None:
        """Enter the values and write the gradebook, Canvas file and feedback again."""
        from html import escape

        key = self.student.value
        if key is None:
            return
        try:
            for criterion_id, box in self.scores.items():
                self.run.set_manual(key, criterion_id, box.value)
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
