"""Score the automatic criteria of the rubric, each score with its reasons.

Each check measures a project and returns a fraction (0-1) and the findings
that explain it; :func:`to_points` turns the fraction into points on the
criterion's scale, rounded to one of its levels as ``[grading] rounding``
says. The weights below are the only place these measures are combined;
the numbers they compare against (question counts, windows, word limits)
come from the settings.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from infokit import essay
from infokit.findings import Finding, Severity
from infokit.grading.records import CriterionScore, Facts
from infokit.model import ContactStatus, Project
from infokit.outreach.check import check_message
from infokit.outreach.schedule import interview_date
from infokit.progress import progress
from infokit.questions import check_plan
from infokit.settings import Criterion, Settings

Measure = tuple[float, list[Finding]]

_FORWARD = re.compile(
    r"\b(I (learned|learnt|realized|realised|noticed|discovered|understand|expected|thought|felt|feel|"
    r"decided|plan|will|want|need|hope|would)|next|surpris\w*|changed? my|going forward|from now on)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _gap(rule: str, message: str, severity: Severity = "warning") -> Finding:
    return Finding(rule, severity, message)


def _good(rule: str, message: str) -> Finding:
    return Finding(rule, "info", message)


def check_questions(project: Project, settings: Settings) -> Measure:
    """Enough questions, few flagged, well ordered, a resources question and a catch-all.

    The rules are the question checker's (:func:`infokit.questions.check_plan`);
    this only weighs what it finds.
    """
    questions = project.questions
    if not questions:
        return 0.0, [_gap("no-questions", "No question plan.", "error")]
    research = [note.text for note in project.research]
    minutes = project.meeting.planned_minutes if project.meeting is not None else None
    plan = check_plan(questions, settings=settings, meeting_minutes=minutes, research=research)
    found = {f.rule: f for f in plan.findings}
    count, low = len(questions), settings.limits.question_min
    reasons: list[Finding] = []
    if "count" not in found:
        points = 0.4
    else:
        points = 0.4 * count / low if count < low else 0.3
        reasons.append(_gap("count", found["count"].message))
    flagged = [r for r in plan.results if any(f.severity in ("error", "warning") for f in r.findings)]
    points += 0.35 * max(0.0, 1.0 - 3 * len(flagged) / count)
    if flagged:
        names = sorted({f.rule for r in flagged for f in r.findings if f.severity != "info"})
        message = f"{len(flagged)} of {count} questions flagged by the checker ({', '.join(names)})"
        reasons.append(_gap("flagged-questions", message))
    for rule, weight in (("order", 0.05), ("no-resources", 0.1), ("no-catch-all", 0.1)):
        if rule in found and found[rule].severity != "info":
            reasons += [f for f in plan.findings if f.rule == rule]
        else:
            points += weight
    reasons += [
        Finding(f.rule, "info", f.message) for f in plan.findings if f.rule in ("coverage", "time-budget")
    ]
    return points, reasons


def check_outreach(project: Project, settings: Settings) -> Measure:
    """A suitable interviewee, a request sent, a meeting scheduled and confirmed."""
    person = project.interviewee
    requested = person is not None and person.status.rank >= ContactStatus.REQUESTED.rank
    if person is None and project.meeting is None:
        return 0.0, [_gap("no-outreach", "No interviewee chosen and no meeting recorded.", "error")]
    reasons: list[Finding] = []
    points = 0.0
    if person is None:
        reasons.append(_gap("no-interviewee", "no interviewee chosen"))
    elif person.is_close_tie:
        reasons.append(_gap("close-tie", f"the interviewee is a {person.relationship.replace('-', ' ')}"))
    else:
        points += 0.3
    if requested:
        points += 0.25
    else:
        reasons.append(_gap("no-request", "no interview request recorded"))
    if project.meeting is not None:
        points += 0.25
        if project.meeting.confirmed_on is not None:
            points += 0.2
        else:
            reasons.append(_gap("not-confirmed", "the meeting was not confirmed in writing"))
    else:
        reasons.append(_gap("no-meeting", "no meeting scheduled"))
    if points >= 1.0:
        reasons.append(_good("outreach", "request sent, meeting scheduled and confirmed"))
    return points, reasons


def check_documentation(project: Project, settings: Settings) -> Measure:
    """Notes on most questions, observations, names and resources mentioned, date and length."""
    notes = project.interview
    questions = project.questions
    answered = sum(1 for q in questions if q.answer_notes)
    mentioned = bool(notes.mentions or project.referrals)
    if not (answered or notes.free_notes or notes.observations or mentioned):
        return 0.0, [_gap("no-notes", "No interview notes.", "error")]
    reasons: list[Finding] = []
    if questions:
        coverage = answered / len(questions)
        points = 0.6 * min(1.0, coverage / 0.8)
        message = f"notes on {answered} of {len(questions)} questions"
        reasons.append(_good("answers", message) if coverage >= 0.8 else _gap("few-answers", message))
    else:
        words = len(notes.free_notes.split())
        points = 0.6 * min(1.0, words / 300)
        reasons.append(_gap("no-question-notes", f"no question plan; {words} words of free notes"))
    if len(notes.observations.split()) >= 20:
        points += 0.15
    else:
        reasons.append(_gap("few-observations", "little or nothing about the workplace or the conversation"))
    if mentioned:
        points += 0.15
    else:
        reasons.append(_gap("no-mentions", "no names, organisations, resources or referrals recorded"))
    points += 0.05 * (notes.held_on is not None) + 0.05 * (notes.actual_minutes is not None)
    if notes.held_on is None or notes.actual_minutes is None:
        reasons.append(_gap("no-date-or-length", "the interview's date or length is not recorded"))
    return points, reasons


def check_thank_you(project: Project, settings: Settings) -> Measure:
    """A specific thank-you sent within the window, and follow-ups planned with dates.

    Specificity and lateness are the message checker's rules (``infokit.outreach.check``).
    """
    thanks = project.thank_you
    if not thanks.text and thanks.sent_on is None:
        return 0.0, [_gap("no-thank-you", "No thank-you recorded.", "error")]
    found = check_message(
        thanks.text, "thank-you", project=project, settings=settings, sent_on=thanks.sent_on
    )
    rules = {f.rule: f for f in found}
    reasons = [f for f in found if f.rule != "late" or thanks.sent_on is not None]
    points = 0.0
    held = interview_date(project)
    if thanks.sent_on is None:
        reasons.append(_gap("not-sent", "the thank-you has no date sent"))
    else:
        points += 0.2
        if held is None:
            reasons.append(_gap("timing-unknown", "no interview date, so the timing cannot be checked"))
            points += 0.15
        elif thanks.sent_on < held:
            reasons.append(_gap("thanks-before-interview", "the thank-you is dated before the interview"))
        elif "late" not in rules:
            points += 0.35
            reasons.append(
                _good("on-time", f"sent {(thanks.sent_on - held).days} day(s) after the interview")
            )
        elif rules["late"].severity == "warning":
            points += 0.05
    if thanks.text and not rules.keys() & {"empty", "unedited", "not-specific"}:
        points += 0.3
    if any(f.due_on for f in project.follow_ups):
        points += 0.15
    else:
        reasons.append(_gap("no-follow-ups", "no follow-up planned with a date"))
    return points, reasons


def check_reflection(project: Project, settings: Settings) -> Measure:
    """Every prompt answered, within the word limits, looking forward more than retelling."""
    reflection = project.reflection
    words = reflection.word_count()
    if not words:
        return 0.0, [_gap("no-reflection", "No reflection.", "error")]
    reasons: list[Finding] = []
    points = 0.5 * _prompt_share(reflection.framework, reflection.answers, settings, reasons)
    lo, hi = settings.limits.reflection_min_words, settings.limits.reflection_max_words
    if words < lo:
        points += 0.3 * words / lo
        reasons.append(_gap("short-reflection", f"{words} words; at least {lo} asked for"))
    elif words > hi:
        points += 0.15
        reasons.append(_gap("long-reflection", f"{words} words; at most {hi} asked for"))
    else:
        points += 0.3
    sentences = [s for text in reflection.answers.values() for s in _SENTENCE.split(text) if s.strip()]
    forward = sum(1 for s in sentences if _FORWARD.search(s))
    share = forward / len(sentences) if sentences else 0.0
    points += 0.2 * min(1.0, share / 0.3)
    if share < 0.3:
        reasons.append(
            _gap("retelling", f"{forward} of {len(sentences)} sentences reflect on learning or plans")
        )
    return points, reasons


# --- Report sections (issue 13) --------------------------------------------------------


def check_sections(project: Project, settings: Settings) -> Measure:
    """Each report section the assignment defines: written, within its word limits, with
    references when it needs them; completeness only, each section weighing the same."""
    if not settings.sections:
        return 1.0, [_good("no-sections", "The assignment asks for no report sections of its own.")]
    total = 0.0
    reasons: list[Finding] = []
    for spec in settings.sections:
        written = project.sections.get(spec.id)
        words = written.word_count() if written else 0
        if not words:
            reasons.append(_gap("missing-section", f"'{spec.title}' is not written.", "error"))
            continue
        share = 0.6
        if spec.min_words is not None and words < spec.min_words:
            share += 0.2 * words / spec.min_words if spec.min_words else 0.2
            reasons.append(
                _gap("short-section", f"'{spec.title}': {words} words; at least {spec.min_words} asked for")
            )
        elif spec.max_words is not None and words > spec.max_words:
            share += 0.1
            reasons.append(
                _gap("long-section", f"'{spec.title}': {words} words; at most {spec.max_words} asked for")
            )
        else:
            share += 0.2
        if not spec.references or (written and written.references):
            share += 0.2
        else:
            reasons.append(_gap("no-references", f"'{spec.title}' cites no references."))
        total += share
    return total / len(settings.sections), reasons


# --- end of report sections --------------------------------------------------------------

# --- the reflection's prompts under the assignment's settings (issue 13; see infokit.essay) ---


def _prompt_share(
    framework: str, answers: dict[str, str], settings: Settings, reasons: list[Finding]
) -> float:
    """The share of the applicable prompts answered within their own word limits (0-1), with a
    finding for another framework than required, unanswered prompts and prompts off their limits."""
    prompts = essay.applicable_prompts(framework, settings)
    stray = essay.stray_answers(framework, answers, settings)
    if stray and not any(answers.get(p.id, "").split() for p in prompts):
        reasons.append(
            _gap(
                "unknown-prompts",
                f"Answers prompts this assignment does not set ({essay.named_ids(stray)}):"
                " check that you graded with the assignment's TOML",
                "error",
            )
        )
        return 0.0
    wrong = essay.wrong_framework(framework, settings)
    if wrong:
        reasons.append(_gap("wrong-framework", wrong[0].upper() + wrong[1:], "error"))
    if stray:
        reasons.append(
            _gap(
                "unknown-prompts",
                f"Also answers prompts this assignment does not set ({essay.named_ids(stray)})",
            )
        )
    if not prompts:
        return 0.0
    counts = {p.id: 0 if wrong else len(answers.get(p.id, "").split()) for p in prompts}
    answered = sum(1 for n in counts.values() if n)
    if answered < len(prompts):
        reasons.append(_gap("unanswered-prompts", f"{answered} of {len(prompts)} prompts answered"))
    off = [
        p
        for p in prompts
        if counts[p.id]
        and (counts[p.id] < p.min_words or (p.max_words is not None and counts[p.id] > p.max_words))
    ]
    if off and essay.own_prompts(settings):
        named = "; ".join(
            f"{p.label} {counts[p.id]} words"
            + (f", at least {p.min_words}" if counts[p.id] < p.min_words else f", at most {p.max_words}")
            for p in off
        )
        reasons.append(_gap("prompt-length", f"{len(off)} prompt(s) off their word limits: {named}"))
    within = answered - (len(off) if essay.own_prompts(settings) else 0)
    return within / len(prompts)


# --- end of the reflection's prompts ---

CHECKS: dict[str, Callable[[Project, Settings], Measure]] = {
    "questions": check_questions,
    "outreach": check_outreach,
    "documentation": check_documentation,
    "thank_you": check_thank_you,
    "reflection": check_reflection,
    "sections": check_sections,
}


CAPS: dict[str, float] = {
    "count": 0.5,  # too few (or too many) questions: never an "enough questions" level
    "no-meeting": 0.45,  # no meeting scheduled: never "interview arranged"
    "not-sent": 0.45,  # a thank-you never sent: never "sent late, or generic"
    "thanks-before-interview": 0.45,
    "short-reflection": 0.5,  # short is never a full reflection (and never "missing": see to_points)
}
"""A hard gap caps the level: the score cannot pass this share of the criterion's points, so the
level the student reads never claims what the reasons deny."""


def to_points(
    fraction: float, criterion: Criterion, rounding: str = "nearest", cap: float = 1.0
) -> tuple[float, str]:
    """Points on the criterion's scale for a measured fraction, and the level's description.

    Ties between two levels break downward; a zero-point level (e.g. "Missing") is reached only
    when nothing was measured, so work that exists but falls short earns the lowest level above
    it; ``cap`` (a share of the points) bounds the level from above and wins over both.
    """
    fraction = min(1.0, max(0.0, fraction))
    exact = fraction * criterion.points
    levels = sorted(criterion.levels, key=lambda level: level.points)
    ceiling = cap * criterion.points + 1e-9
    if rounding == "none" or not levels:
        return min(round(exact * 2) / 2, round(ceiling * 2 - 0.5) / 2), ""
    if fraction == 0.0:
        zero = criterion.level_for(0)
        return 0.0, zero.description if zero else ""
    allowed = [level for level in levels if level.points <= ceiling] or levels[:1]
    if any(level.points > 0 for level in allowed):
        allowed = [level for level in allowed if level.points > 0]
    if rounding == "down":
        below = [level for level in allowed if level.points <= exact + 1e-9]
        level = below[-1] if below else allowed[0]
    else:
        level = min(allowed, key=lambda lv: (round(abs(lv.points - exact), 6), lv.points))  # ties: down
    return level.points, level.description


def score_criterion(project: Project, criterion: Criterion, settings: Settings) -> CriterionScore:
    fraction, reasons = CHECKS[str(criterion.check)](project, settings)
    fraction = round(min(1.0, max(0.0, fraction)), 3)
    cap = min([CAPS[r.rule] for r in reasons if r.rule in CAPS and r.severity != "info"], default=1.0)
    points, level = to_points(fraction, criterion, settings.grading.rounding, cap)
    return CriterionScore(criterion.id, points, criterion.points, fraction, level, tuple(reasons))


def score_project(project: Project, settings: Settings) -> dict[str, CriterionScore]:
    """Every automatic criterion of the rubric, scored."""
    return {c.id: score_criterion(project, c, settings) for c in settings.rubric if c.scoring == "auto"}


def facts(project: Project, settings: Settings) -> Facts:
    """What the class dashboard shows about one project."""
    held, sent = project.interview.held_on, project.thank_you.sent_on
    return Facts(
        steps={step.id: step.done for step in progress(project, settings)},
        thank_you_days=(sent - held).days if held and sent else None,
        categories=tuple(sorted({q.category for q in project.questions})),
        question_count=len(project.questions),
    )


def late_days(
    handed_in: datetime | None, settings: Settings, student_key: str = "", grace: bool = True
) -> int:
    """Days late, in the assignment's zone (see :meth:`Settings.late_days`, which owns the rule)."""
    return settings.late_days(handed_in, student_key, grace)


def late_penalty(days: int, settings: Settings) -> float:
    """Points taken off for ``days`` late (see :meth:`Settings.late_penalty`)."""
    return settings.late_penalty(days)
