"""Before submitting: what is missing, late, below the limits, or off in the thank-you timing.

:func:`validate` gathers, for each step, what :func:`infokit.progress.progress`
says is missing (these block readiness), whether the step is past its due date
in the assignment's time zone, what the question checker finds in the plan,
and where the thank-you stands. Only missing work blocks ``ready``: lateness,
checker findings and timing are reported so the student can act, but none of
them can be undone by more work, and the checker's rules are rules of thumb.

``infokit validate`` prints :meth:`ValidationReport.render_text` (or
:meth:`~ValidationReport.to_dict` as JSON) and exits 0 when ``ready``, else 1.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

from infokit.model import Project
from infokit.outreach.schedule import ThankYouStatus, thank_you_status
from infokit.progress import ReportDue, StepStatus, progress, report_due
from infokit.questions import check_plan
from infokit.settings import Settings, load_settings

ItemKind = Literal["missing", "late", "limit", "timing", "warning"]


@dataclass(frozen=True)
class Item:
    """One thing to look at before submitting."""

    step: str
    kind: ItemKind
    message: str
    blocking: bool = False
    """Missing work: the report is not ready until it is done."""
    rule: str = ""
    """The checker's rule id, for ``limit`` items."""

    def to_dict(self) -> dict[str, Any]:
        return {"step": self.step, "kind": self.kind, "message": self.message, "blocking": self.blocking,
                "rule": self.rule}  # fmt: skip


@dataclass(frozen=True)
class ValidationReport:
    """Everything :func:`validate` found, step by step."""

    steps: list[StepStatus]
    items: list[Item] = field(default_factory=list)
    today: date | None = None
    timezone: str = "UTC"
    settings_source: str = "defaults"
    report: ReportDue | None = None
    """When the report is due and what handing it in now would cost (None: no due date set)."""

    @property
    def ready(self) -> bool:
        """Nothing is missing: the report can be submitted."""
        return not any(item.blocking for item in self.items)

    def for_step(self, step_id: str) -> list[Item]:
        return [item for item in self.items if item.step == step_id]

    def to_dict(self) -> dict[str, Any]:
        return {
            "ready": self.ready,
            "today": self.today.isoformat() if self.today else None,
            "timezone": self.timezone,
            "settings": self.settings_source,
            "report_due": self.report.to_dict() if self.report else None,
            "steps": [
                {**step.to_dict(), "items": [item.to_dict() for item in self.for_step(step.id)]}
                for step in self.steps
            ],
            "items": [item.to_dict() for item in self.items],
        }

    def render_text(self) -> str:
        marks = {"missing": "-", "late": "!", "limit": "~", "timing": "!", "warning": "!"}
        lines = [f"Checked on {self.today} ({self.timezone}); settings: {self.settings_source}"]
        if self.report is not None:
            lines.append(("! " if self.report.late_days else "") + self.report.message)
        for step in self.steps:
            due = f"  (due {step.due.isoformat()})" if step.due else ""
            late = "  LATE" if step.late else ""
            lines.append(f"[{'x' if step.done else ' '}] {step.label}{due}{late}")
            lines += [f"      {marks[item.kind]} {item.message}" for item in self.for_step(step.id)]
        blocking = sum(item.blocking for item in self.items)
        if blocking:
            lines.append(f"Not ready: {blocking} thing{'s' if blocking != 1 else ''} to finish (marked -).")
        else:
            others = len(self.items)
            note = f" ({others} note{'s' if others != 1 else ''} above worth a look)" if others else ""
            lines.append(f"Ready to submit{note}: export your report with `infokit export`.")
        return "\n".join(lines)


def _today(settings: Settings, today: date | None) -> date:
    return today if today is not None else datetime.now(settings.zone).date()


def _question_items(project: Project, settings: Settings) -> list[Item]:
    """The question checker's findings; the count is left to progress(), which owns it."""
    if not project.questions:
        return []
    research = [note.text for note in project.research]
    plan = check_plan(project.questions, settings=settings, research=research)
    items = [
        Item("questions", "limit", finding.message, rule=finding.rule)
        for finding in plan.findings
        if finding.severity in ("error", "warning") and finding.rule != "count"
    ]
    for number, result in enumerate(plan.results, 1):
        items += [
            Item("questions", "limit", f"question {number}: {finding.message}", rule=finding.rule)
            for finding in result.findings
            if finding.severity in ("error", "warning")
        ]
    return items


def _thank_you_items(project: Project, settings: Settings, today: date, warned: bool) -> list[Item]:
    state = thank_you_status(project, today=today, settings=settings)
    if state.status is ThankYouStatus.SENT_LATE and warned:
        return []  # progress already said how late it went
    if state.status in (
        ThankYouStatus.DUE,
        ThankYouStatus.LATE,
        ThankYouStatus.OVERDUE,
        ThankYouStatus.SENT_LATE,
    ):
        return [Item("after", "timing", state.message)]
    return []


def validate(
    project: Project, settings: Settings | None = None, today: date | None = None, now: datetime | None = None
) -> ValidationReport:
    """What stands between ``project`` and a complete, on-time submission (``now``: the moment the
    report's own due date is checked against, default the real now)."""
    settings = settings or load_settings()
    if now is not None and today is None:
        today = now.astimezone(settings.zone).date()
    today = _today(settings, today)
    steps = progress(project, settings, today=today)
    items: list[Item] = []
    for step in steps:
        items += [Item(step.id, "missing", text, blocking=True) for text in step.missing]
        items += [Item(step.id, "warning", text) for text in step.warnings]
        if step.late and step.due is not None:
            days = (today - step.due).days
            items.append(Item(step.id, "late", f"was due {step.due.isoformat()} ({days} day(s) ago)"))
    items += _question_items(project, settings)
    warned = any(step.warnings for step in steps if step.id == "after")
    items += _thank_you_items(project, settings, today, warned)
    order = {step.id: number for number, step in enumerate(steps)}
    items.sort(key=lambda item: order.get(item.step, len(order)))
    due = report_due(project, settings, now)
    return ValidationReport(steps, items, today, settings.assignment.timezone, settings.source, due)
