"""Where a student stands: each step of the assignment, done or not, and what is missing.

This module owns the definition of "done" for every step; `infokit status`,
`infokit validate`, the report's checklist and the notebooks' progress
picture all read it from here. Numbers come from the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from infokit import essay
from infokit.dates import long_day
from infokit.model import STEPS, ContactStatus, Project
from infokit.settings import Settings, default_settings


@dataclass(frozen=True)
class StepStatus:
    """One step's state. ``missing`` lists what stops it being done, as short phrases."""

    id: str
    label: str
    done: bool
    missing: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    """Things worth a look that do not stop the step being done."""
    due: date | None = None
    late: bool = False

    @property
    def next_action(self) -> str | None:
        return self.missing[0] if self.missing else None

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["due"] = self.due.isoformat() if self.due else None
        data["next_action"] = self.next_action
        return data


def _profile(p: Project, s: Settings) -> tuple[list[str], list[str]]:
    prof = p.profile
    missing = [
        label
        for label, ok in [
            ("add your name", prof.name),
            ("add your course", prof.course),
            ("name at least one career you are curious about", prof.career_interests),
            ("say what you want to learn from the interview", prof.learning_goals),
            ("list some of your values", prof.values),
            ("list some of your interests", prof.interests),
            ("list some of your skills", prof.skills),
        ]
        if not ok
    ]
    return missing, []


def _research(p: Project, s: Settings) -> tuple[list[str], list[str]]:
    missing: list[str] = []
    warnings: list[str] = []
    if not p.contacts:
        missing.append("add at least one person you could interview")
    if p.interviewee is None:
        missing.append("choose whom you will interview")
    elif p.interviewee.is_close_tie:
        warnings.append(
            f"{p.interviewee.name} is a {p.interviewee.relationship.replace('-', ' ')}: "
            "a less familiar interviewee usually teaches you more"
        )
    abouts = {note.about for note in p.research}
    if "field" not in abouts:
        missing.append("add a research note about the field, with its source")
    if "organization" not in abouts:
        missing.append("add a research note about the interviewee's organisation, with its source")
    return missing, warnings


def _questions(p: Project, s: Settings) -> tuple[list[str], list[str]]:
    lo, hi = s.limits.question_min, s.limits.question_max
    count = len(p.questions)
    if count < lo:
        return [f"write at least {lo} questions (you have {count})"], []
    if count > hi:
        return [f"trim your plan to at most {hi} questions (you have {count})"], []
    return [], []


def _outreach(p: Project, s: Settings) -> tuple[list[str], list[str]]:
    person = p.interviewee
    missing: list[str] = []
    if person is None or person.status.rank < ContactStatus.REQUESTED.rank:
        missing.append("send your interview request and mark it as requested")
    if p.meeting is None:
        missing.append("schedule the meeting (date, time, format)")
    elif person is not None and person.status.rank < ContactStatus.SCHEDULED.rank:
        missing.append("mark the interviewee as scheduled")
    return missing, []


def _interview(p: Project, s: Settings) -> tuple[list[str], list[str]]:
    notes = p.interview
    missing: list[str] = []
    if notes.held_on is None:
        missing.append("record the day the interview took place")
    if notes.actual_minutes is None:
        missing.append("record how long the interview lasted")
    answered = sum(1 for q in p.questions if q.answer_notes)
    if p.questions and answered * 2 < len(p.questions):
        missing.append(f"add notes to at least half of your questions ({answered} of {len(p.questions)})")
    if not p.questions and not notes.free_notes:
        missing.append("write down what you learned")
    if not notes.observations:
        missing.append("describe the workplace or how the conversation felt")
    return missing, []


def _after(p: Project, s: Settings) -> tuple[list[str], list[str]]:
    missing: list[str] = []
    warnings: list[str] = []
    thanks = p.thank_you
    if not thanks.text:
        missing.append("write your thank-you note")
    if thanks.sent_on is None:
        missing.append("send the thank-you note and record the day")
    elif p.interview.held_on is not None:
        days = (thanks.sent_on - p.interview.held_on).days
        if days < 0:
            warnings.append("the thank-you is dated before the interview")
        elif days > s.limits.thank_you_days_max:
            warnings.append(f"the thank-you went {days} days after the interview")
    if not p.follow_ups:
        missing.append("plan at least one follow-up with a due date")
    return missing, warnings


def _reflection(p: Project, s: Settings) -> tuple[list[str], list[str]]:
    reflection = p.reflection
    missing = _prompt_gaps(reflection.framework, reflection.answers, s)
    words = reflection.word_count()
    if words < s.limits.reflection_min_words:
        missing.append(f"write at least {s.limits.reflection_min_words} words (you have {words})")
    elif words > s.limits.reflection_max_words:
        missing.append(f"cut to at most {s.limits.reflection_max_words} words (you have {words})")
    return missing, []


# --- the reflection's prompts under the assignment's settings (issue 13; see infokit.essay) ---


def _prompt_gaps(framework: str, answers: dict[str, str], s: Settings) -> list[str]:
    """Each prompt that applies left unanswered, under its minimum or over its maximum, in the
    student's words; first, a plain note when they answered another framework than required."""
    gaps: list[str] = []
    stray = essay.stray_answers(framework, answers, s)
    if stray:
        gaps.append(
            f"your reflection answers prompts this assignment does not set ({essay.named_ids(stray)}):"
            " ask your instructor which prompts to answer (your answers are kept)"
        )
    wrong = essay.wrong_framework(framework, s)
    if wrong and any(answers.values()) and not stray:  # an empty reflection has answered nothing yet
        gaps.append(f"{wrong}: answer the assignment's prompts (your other answers are kept)")
    for prompt in essay.applicable_prompts(framework, s):
        name = prompt.label if essay.own_prompts(s) else f"'{prompt.id}'"
        text = answers.get(prompt.id, "") if not wrong else ""
        answered = len(text.split())
        if not answered:
            gaps.append(f"answer the prompt {name}")
        elif answered < prompt.min_words:
            gaps.append(
                f"write at least {prompt.min_words} words for the prompt {name} (you have {answered})"
            )
        elif prompt.max_words is not None and answered > prompt.max_words:
            gaps.append(f"cut the prompt {name} to at most {prompt.max_words} words (you have {answered})")
    return gaps


# --- end of the reflection's prompts ---


_RULES: dict[str, Callable[[Project, Settings], tuple[list[str], list[str]]]] = {
    "profile": _profile,
    "research": _research,
    "questions": _questions,
    "outreach": _outreach,
    "interview": _interview,
    "after": _after,
    "reflection": _reflection,
}
assert list(_RULES) == list(STEPS), "every step needs exactly one rule, in order"


# --- Report sections and the title page (issue 13) -------------------------------------


def section_missing(p: Project, s: Settings) -> list[str]:
    """What the assignment's own report sections still lack: text, length, references."""
    missing: list[str] = []
    for spec in s.sections:
        written = p.sections.get(spec.id)
        words = written.word_count() if written else 0
        if not words:
            missing.append(f"write the section '{spec.title}'")
        elif spec.min_words is not None and words < spec.min_words:
            missing.append(f"write at least {spec.min_words} words for '{spec.title}' (you have {words})")
        elif spec.max_words is not None and words > spec.max_words:
            missing.append(f"cut '{spec.title}' to at most {spec.max_words} words (you have {words})")
        if spec.references and not (written and written.references):
            style = f" in {spec.citation_style}" if spec.citation_style else ""
            missing.append(f"add the references for '{spec.title}'{style}")
    return missing


TITLE_PAGE_DETAILS: tuple[tuple[str, str], ...] = (
    ("name", "name"),
    ("role", "job title"),
    ("organization", "organisation"),
    ("address", "mailing address"),
    ("phone", "phone number"),
    ("email", "email address"),
)
"""What a title page shows about the interviewee: contact field, and its name for the student."""


def title_page_missing(p: Project, s: Settings) -> list[str]:
    """The interviewee's details the title page needs and the project lacks (none unless asked)."""
    if not s.report.title_page:
        return []
    person = p.interviewee
    if person is None:
        return ["choose your interviewee: the report's title page shows their contact details"]
    gaps = [words for attr, words in TITLE_PAGE_DETAILS if not getattr(person, attr)]
    if not gaps:
        return []
    return [f"add {person.name}'s {', '.join(gaps)} for the report's title page"]


_EXTRA_RULES: dict[str, Callable[[Project, Settings], list[str]]] = {
    "reflection": lambda p, s: [*section_missing(p, s), *title_page_missing(p, s)],
}
"""Missing work the assignment's own settings add to a step (the last one: the report)."""


# --- end of report sections --------------------------------------------------------------


def progress(
    project: Project, settings: Settings | None = None, today: date | None = None
) -> list[StepStatus]:
    """Every step, in order, with what is missing and whether it is past its due date."""
    settings = settings or default_settings()
    today = today or datetime.now(settings.zone).date()  # the assignment's calendar, not UTC's
    out = []
    for step_id, rule in _RULES.items():
        missing, warnings = rule(project, settings)
        if step_id in _EXTRA_RULES:
            missing = [*missing, *_EXTRA_RULES[step_id](project, settings)]
        due = settings.due.get(step_id)
        done = not missing
        out.append(
            StepStatus(
                id=step_id,
                label=STEPS[step_id],
                done=done,
                missing=missing,
                warnings=warnings,
                due=due,
                late=bool(due and not done and today > due),
            )
        )
    return out


def next_step(steps: list[StepStatus]) -> StepStatus | None:
    """The first step that is not done, or None when everything is."""
    return next((step for step in steps if not step.done), None)


@dataclass(frozen=True)
class ReportDue:
    """When the report itself is due for this student, and what handing it in now would cost."""

    due: datetime
    """In the assignment's time zone (a date alone: the end of that day)."""
    late_days: int
    """If handed in now: days late after the grace days."""
    penalty_percent: float
    """If handed in now: percent of the total taken off."""
    message: str

    def to_dict(self) -> dict[str, object]:
        return {"due": self.due.isoformat(), "late_days": self.late_days,
                "penalty_percent": self.penalty_percent, "message": self.message}  # fmt: skip


def report_due(project: Project, settings: Settings, now: datetime | None = None) -> ReportDue | None:
    """The report's due date and late penalty, in the assignment's time zone, for this student
    (their extension counts: the key is the student id, else the name); None when no date is set."""
    key = (project.profile.student_id or project.profile.name).strip().casefold()
    due = settings.due_moment(key)
    if due is None:
        return None
    zone = settings.assignment.timezone
    now = (now or datetime.now(settings.zone)).astimezone(settings.zone)
    if settings.due_has_time(key):
        when = f"{long_day(due.date())} at {due:%H:%M} ({zone} time)"
    else:
        when = f"{long_day(due.date() - timedelta(days=1))} (by the end of the day, {zone} time)"
    grading = settings.grading
    raw = settings.late_days(now, key, grace=False)
    days = settings.late_days(now, key)
    percent = min(grading.late_penalty_per_day * days, grading.late_penalty_max)
    rule = (
        f"late reports lose {grading.late_penalty_per_day:g}% of the marks per day, at most"
        f" {grading.late_penalty_max:g}%"
        if grading.late_penalty_per_day
        else "late reports are not penalised, but your instructor sees the date"
    )
    if grading.grace_days:
        rule += f", after {grading.grace_days} grace day(s)"
    extended = " (your extension)" if key and key in settings.extensions else ""
    text = f"The report is due {when}{extended}; {rule}."
    if raw:
        cost = f": {percent:g}% off if you hand it in now" if percent else ""
        text += f" It is {raw} day(s) late now{cost}."
    return ReportDue(due, days, percent, text)
