"""Notebook 02: browse the bank, write your own, order and weigh the plan, see what the checker says."""

from __future__ import annotations

import html
from typing import Any, TypeVar

import ipywidgets as w

from infokit import actions
from infokit.errors import InfokitError
from infokit.forms import base, files
from infokit.model import PHASES, TIARA_AREAS, Project
from infokit.questions import PlanReport, check_plan, check_question
from infokit.questions.bank import browse, categories

ANY = "__any__"
PRIORITIES = [("1 · must ask", 1), ("2 · should ask", 2), ("3 · if time allows", 3)]
OWN = "Your own"


def category_labels() -> dict[str, str]:
    """Every category in the student's words, including the one for their own questions."""
    return {"custom": OWN, **categories()}


def notes(project: Project) -> list[str]:
    """The texts of the research notes, which the checker compares questions against."""
    return [note.text for note in project.research]


def _filters(label: str, values: list[tuple[str, str]], cls: str) -> w.Dropdown:
    return base.choice(label, [("(any)", ANY), *values], ANY, cls)


def _list_layout() -> w.Layout:
    return w.Layout(width="min(52em, 100%)")


class BankForm(base.Form):
    """Filter the bank and copy questions into your plan."""

    name = "bank"

    def build(self) -> None:
        labels = categories()
        self.category = _filters("Category", [(v, k) for k, v in labels.items()], "bank-category")
        self.tiara = _filters("TIARA area", [(a.capitalize(), a) for a in TIARA_AREAS], "bank-tiara")
        self.phase = _filters("Phase", [(p.capitalize(), p) for p in PHASES], "bank-phase")
        self.search = base.text("Words", cls="bank-search", placeholder="e.g. typical day")
        self.found = w.SelectMultiple(
            rows=10, description="Questions found", style=base.LABEL, layout=_list_layout()
        ).add_class("infokit-bank-list")
        self.priority = base.choice("Priority", PRIORITIES, 2, "bank-priority")
        for widget in (self.category, self.tiara, self.phase, self.search):
            widget.observe(lambda _change: self.refresh(), names="value")
        self.body = [
            self.category,
            self.tiara,
            self.phase,
            self.search,
            self.found,
            self.priority,
            base.button("Add the selected questions to my plan", self.add, "bank-add", "primary"),
        ]
        self.refresh()

    def refresh(self) -> None:
        pick = {
            k: None if v.value == ANY else v.value
            for k, v in (("category", self.category), ("tiara", self.tiara), ("phase", self.phase))
        }
        labels = categories()
        found = browse(**pick, text=self.search.value or None)
        self.found.options = [(f"[{labels.get(q.category, q.category)}] {q.text}", q.id) for q in found]

    def add(self) -> None:
        chosen = list(self.found.value)
        if not chosen:
            self.note("Select one or more questions in the list first (Ctrl/Cmd-click for several).")
            return
        planned = {q.bank_id for q in self.load().questions}
        new = [bank_id for bank_id in chosen if bank_id not in planned]
        if not new:
            self.note("Those questions are already in your plan.")
            return
        for bank_id in new:
            if not self.attempt(actions.add_bank_question, bank_id, priority=self.priority.value):
                return
        skipped = len(chosen) - len(new)
        more = f"; {skipped} already in your plan" if skipped else ""
        self.saved(f"Added {len(new)} question{'s' if len(new) > 1 else ''}{more}; saved")


class OwnQuestionForm(base.Form):
    """Write your own question; the checker's findings update as you type."""

    name = "own-question"

    def build(self) -> None:
        labels = categories()
        self.text = base.area("Your question", cls="question-text", rows=2)
        self.findings = base.html_box(cls="question-findings")
        self.fields: dict[str, Any] = {
            "category": base.choice(
                "Category",
                [(OWN, "custom"), *((v, k) for k, v in labels.items())],
                "custom",
                "question-category",
            ),
            "tiara": base.choice(
                "TIARA area",
                [("(none)", ""), *((a.capitalize(), a) for a in TIARA_AREAS)],
                "",
                "question-tiara",
            ),
            "phase": base.choice("Phase", [(p.capitalize(), p) for p in PHASES], "core", "question-phase"),
            "priority": base.choice("Priority", PRIORITIES, 2, "question-priority"),
            "minutes": base.number("Minutes", 2.0, "question-minutes"),
        }
        self.text.observe(lambda _change: self.check(), names="value")
        self.body = [
            self.field("text", self.text),
            self.findings,
            *(self.field(key, widget) for key, widget in self.fields.items()),
            base.button("Add to my plan", self.add, "question-add", "primary"),
        ]

    def check(self) -> None:
        text = self.text.value.strip()
        found = check_question(text, research=notes(self.load())) if text else []
        self.findings.value = base.findings_html(found)

    def add(self) -> None:
        if self.repeated("That question"):
            return
        values = {k: v.value for k, v in self.fields.items()}
        values["tiara"] = values["tiara"] or None
        if self.attempt(actions.add_question, self.text.value, **values):
            self.empty({self.text: ""})


def summary(plan: PlanReport) -> str:
    """The plan's time budget, what to drop first, its findings, and each question's findings."""
    parts = [
        f"<p><b>Time:</b> about {plan.total_minutes:g} minutes of questions for a "
        f"{plan.budget_minutes:g}-minute meeting.</p>"
    ]
    if plan.drop:
        dropped = "".join(f"<li>{html.escape(q.text)}</li>" for q in plan.drop)
        parts.append(f"<p>If time runs short, these go first:</p><ul>{dropped}</ul>")
    parts.append(base.findings_html(plan.findings, "infokit-plan-findings"))
    rows = "".join(
        f"<li>{html.escape(r.question)}{base.findings_html(r.findings)}</li>" for r in plan.results
    )
    parts.append(f"<ol class='infokit-plan-questions'>{rows}</ol>")
    return "".join(parts)


def coverage_alt(plan: PlanReport, labels: dict[str, str]) -> str:
    """The coverage chart in words, for a screen reader (and anyone the picture does not reach)."""
    cats = ", ".join(f"{labels.get(k, k)} {n}" for k, n in plan.coverage.get("category", {}).items())
    tiara = plan.coverage.get("tiara", {})
    areas = ", ".join(f"{a.capitalize()} {tiara.get(a, 0)}" for a in TIARA_AREAS)
    return f"Questions per category: {cats or 'none'}. Questions per TIARA area: {areas}."


class PlanForm(base.Form):
    """The plan in order: move, re-weigh, edit or remove questions; findings, time budget, coverage, guide."""

    name = "plan"

    def build(self) -> None:
        self.pick = w.Select(rows=12, description="Your plan", style=base.LABEL, layout=_list_layout())
        self.pick.add_class("infokit-plan-list")
        self.priority = base.choice("Priority", PRIORITIES, 2, "plan-priority")
        self.priority.layout.width = "22em"
        self.edit_text = base.area("Wording", cls="plan-edit-text", rows=2)
        self.edit_minutes = base.number("Minutes", 2.0, "plan-edit-minutes")
        self.report = base.html_box(cls="plan-report")
        self.chart = base.html_box(cls="plan-chart")
        self.link = base.html_box(cls="plan-guide")
        self.pick.observe(lambda _change: self.show(), names="value")
        self.body = [
            self.pick,
            base.row(
                [
                    base.button("▲ Move up", lambda: self.move(-1), "plan-up"),
                    base.button("▼ Move down", lambda: self.move(1), "plan-down"),
                    base.button("Remove question", self.remove, "plan-remove", "danger"),
                ]
            ),
            base.row([self.priority, base.button("Set priority", self.reweigh, "plan-priority-set")]),
            self.field("text", self.edit_text),
            self.field("minutes", self.edit_minutes),
            base.button("Save the new wording and minutes", self.edit, "plan-edit-save"),
            base.button("Check my plan again", self.refresh, "plan-refresh"),
            self.report,
            self.chart,
            base.button("Write my printable interview guide", self.guide, "plan-guide-write"),
            self.link,
        ]
        self.refresh()

    def refresh(self, keep: str | None = None) -> None:
        from infokit.plots._figure import to_png
        from infokit.plots.coverage import coverage_figure

        self.project = self.load()
        questions = self.project.questions
        keep = keep or self.pick.value
        self.pick.options = [(f"{n}. [{q.priority}] {q.text}", q.id) for n, q in enumerate(questions, 1)]
        self.pick.value = keep if any(q.id == keep for q in questions) else None
        self.show()
        p = self.project
        try:
            meeting = p.meeting.planned_minutes if p.meeting else None
            plan = check_plan(questions, settings=self.settings, meeting_minutes=meeting, research=notes(p))
        except InfokitError as exc:
            self.report.value = f"<i>{html.escape(str(exc))}</i>"
            return
        self.report.value = summary(plan)
        if not questions:
            self.chart.value = "<i>The chart of what your plan covers appears once it has questions.</i>"
            return
        labels = category_labels()
        self.chart.value = base.picture(
            to_png(coverage_figure(plan.coverage, labels)), coverage_alt(plan, labels)
        )

    def show(self) -> None:
        """Put the picked question's wording, minutes and priority in the boxes below the list."""
        found = next((q for q in self.project.questions if q.id == self.pick.value), None)
        if found is not None:
            self.edit_text.value = found.text
            self.edit_minutes.value = found.minutes
            self.priority.value = found.priority

    def _picked(self) -> str | None:
        if self.pick.value is None:
            self.note("Pick a question in the list first.")
        return self.pick.value

    def move(self, by: int) -> None:
        picked = self._picked()
        if picked and self.attempt(actions.move_question, picked, by):
            self.refresh(picked)

    def reweigh(self) -> None:
        picked = self._picked()
        if picked and self.attempt(actions.edit_question, picked, priority=self.priority.value):
            self.refresh(picked)

    def edit(self) -> None:
        picked = self._picked()
        if picked and self.attempt(
            actions.edit_question, picked, text=self.edit_text.value, minutes=self.edit_minutes.value
        ):
            self.refresh(picked)

    def remove(self) -> None:
        picked = self._picked()
        if not picked:
            return
        text = next(q.text for q in self.project.questions if q.id == picked)

        def delete() -> None:
            if self.undoable("Removed the question", actions.remove_question, picked):
                self.refresh()

        self.ask(f"Remove “{text}” from your plan?", "Yes, remove", delete)

    def guide(self) -> None:
        if not self.attempt(actions.write_guide):
            return
        path = self.result
        self.link.value = (
            f"{files.download_link(path)} (also kept at <code>{html.escape(str(path))}</code>;"
            " open it in a browser and print it)"
        )


F = TypeVar("F", bound=base.Form)


def _linked(form: F, plan: PlanForm | None) -> F:
    if plan is not None:
        form.listeners.append(plan.refresh)
    return form


def plan_form(workspace: actions.WorkspaceLike = None) -> PlanForm:
    return PlanForm(workspace)


def bank_form(plan: PlanForm | None = None, workspace: actions.WorkspaceLike = None) -> BankForm:
    """The bank browser; questions it adds show up at once in ``plan``."""
    return _linked(BankForm(plan.workspace if plan else workspace), plan)


def own_question_form(
    plan: PlanForm | None = None, workspace: actions.WorkspaceLike = None
) -> OwnQuestionForm:
    return _linked(OwnQuestionForm(plan.workspace if plan else workspace), plan)
