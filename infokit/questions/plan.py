"""Checks of a whole interview plan: count, resources and catch-all, coverage, order, time.

:func:`check_plan` runs the per-question rules of :mod:`infokit.questions.rules` on every
question too, and chooses what to keep and what to drop when the plan does not fit
the meeting; :class:`PlanReport` holds the result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from infokit.errors import InvalidValue
from infokit.findings import Finding, Severity
from infokit.model import TIARA_AREAS, Question
from infokit.questions.rules import QuestionResult, check_questions
from infokit.questions.text import _any, _norm
from infokit.settings import Settings, load_settings

UNDERFILL = 0.6
"""A plan filling less than this share of the meeting gets an info finding (8 questions of about two
minutes fill 25 minutes once the introductions and the thanks are counted)."""


_CATCH_ALL = _any(
    r"\banything (?:else )?(?:(?:that )?i (?:haven't|have not|didn't|did not|should have|ought to have|"
    r"forgot to) ask|you(?:'d| would) (?:like|want) to add|(?:else )?i should know|(?:else )?(?:to add|"
    r"we haven't covered|we have not covered))",
    r"\bwhat else (?:should i|would (?:be|you)|do you think i|might i|could i|"
    r"is (?:there|worth|important))\b",
    r"\bquestions? (?:should i have|i should have|i (?:haven't|have not|didn't|did not)) asked\b",
    r"\bwhat (?:have|haven't) (?:we|i) (?:not )?(?:covered|asked|talked about|discussed)",
    r"\bnot thought to ask\b|\bwould you like to add\b",
)
_REFERRAL = _any(
    r"\b(?:who else|anyone else|someone else|other people|others|colleagues?|contacts?)\b.{0,60}"
    r"\b(?:talk|speak|contact|reach|meet|approach|ask|chat|interview)",
    r"\b(?:suggest|recommend|refer me to|introduce me to)\b.{0,40}\b(?:someone|anyone|people|person|"
    r"colleagues?|others)\b",
    r"\b(?:mention|use) your name\b",
)
_RESOURCE = re.compile(
    r"\b(?:journals?|magazines?|newsletters?|publications?|books?|podcasts?|websites?|blogs?|associations?|"
    r"societies|professional bodies|conferences?|events?|meetups?|communities|resources?)\b"
)
_SENSITIVE = re.compile(
    r"\b(?:salary|salaries|pay|paid|earn\w*|income|money|turnover|quit|fired|laid off|layoffs?|hardest|worst|"
    r"burn(?:ing)? ?out|leav(?:e|ing) (?:the|this|your))\b"
)
_ENDING = ("catch-all", "referral")


def is_catch_all(text: str) -> bool:
    """Whether a question invites whatever the student did not think to ask."""
    return _CATCH_ALL.search(_norm(text).lower()) is not None


def _kind(question: Question) -> str:
    """'catch-all', 'referral', 'resources', 'opening' or 'core', from category, TIARA area or wording."""
    low = _norm(question.text).lower()
    if question.category == "catch-all" or is_catch_all(low):
        return "catch-all"
    if question.category == "referrals" or _REFERRAL.search(low):
        return "referral"
    if question.tiara == "resources" or question.category == "resources" or _RESOURCE.search(low):
        return "resources"
    return "opening" if question.phase == "opening" or question.category == "path" else "core"


def _tiara(question: Question) -> str:
    """The TIARA area given, else the bank entry's, else the commonest in its bank category."""
    from infokit.questions.bank import load_bank

    if question.tiara:
        return question.tiara
    bank = load_bank()
    entry = next((b for b in bank if b.id == question.bank_id), None)
    if entry:
        return entry.tiara
    areas = [b.tiara for b in bank if b.category == question.category]
    return max(TIARA_AREAS, key=areas.count) if areas else "unassigned"


@dataclass(frozen=True)
class PlanReport:
    """What :func:`check_plan` found; ``keep`` and ``drop`` hold the plan's own Question objects."""

    findings: list[Finding]
    """Findings about the plan as a whole (per-question ones are in ``results``)."""
    results: list[QuestionResult]
    total_minutes: float
    budget_minutes: int
    keep: list[Question] = field(default_factory=list)
    """The questions that fit the meeting, chosen by priority, shown in plan order."""
    drop: list[Question] = field(default_factory=list)
    """What to skip if time runs short: lowest priority first, later before earlier."""
    coverage: dict[str, dict[str, int]] = field(default_factory=dict)
    """{"category": {slug: count}, "tiara": {area: count}} for the notebooks' charts."""

    @property
    def over_budget(self) -> bool:
        return self.total_minutes > self.budget_minutes

    def to_dict(self) -> dict[str, Any]:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "questions": [r.to_dict() for r in self.results],
            "total_minutes": self.total_minutes,
            "budget_minutes": self.budget_minutes,
            "keep": [q.id for q in self.keep],
            "drop": [q.id for q in self.drop],
            "coverage": self.coverage,
        }


def _numbers(indexes: Sequence[int]) -> str:
    return ", ".join(str(i + 1) for i in indexes)


def check_plan(
    questions: Sequence[Question],
    *,
    settings: Settings | None = None,
    meeting_minutes: int | None = None,
    research: Sequence[str] = (),
) -> PlanReport:
    """Check a whole interview plan: count, resources and catch-all, coverage, order, time.

    The limits come from ``settings`` (the assignment's settings file when None);
    ``meeting_minutes`` overrides the meeting length, e.g. when the interviewee
    offered a different slot.
    """
    from infokit.questions.bank import categories, key_categories, load_bank

    limits = (settings or load_settings()).limits
    budget = limits.meeting_minutes if meeting_minutes is None else meeting_minutes
    if isinstance(budget, bool) or not isinstance(budget, int) or budget <= 0:
        raise InvalidValue("meeting_minutes", meeting_minutes, "must be a whole number of minutes above 0")
    plan = list(questions)
    n, bank = len(plan), load_bank()
    kinds = [_kind(q) for q in plan]
    tiaras = [_tiara(q) for q in plan]
    findings: list[Finding] = []

    def add(rule: str, severity: Severity, message: str, suggestion: str | None = None) -> None:
        findings.append(Finding(rule, severity, message, suggestion))

    low, high = limits.question_min, limits.question_max
    if n == 0:
        add("count", "error", f"The plan has no questions; write {low} to {high}.")
    elif not low <= n <= high:
        add("count", "warning", f"The plan has {n} questions; the assignment asks for {low} to {high}.",
            "Add questions from the bank." if n < low else "Keep the ones you most need.")  # fmt: skip
    if n and not any(k in ("referral", "resources") for k in kinds) and "resources" not in tiaras:
        add("no-resources", "warning", "No resources or referral question (whom to talk to, what to read).",
            next(b.text for b in bank if b.category == "referrals"))  # fmt: skip
    if n and "catch-all" not in kinds:
        add("no-catch-all", "warning", "No catch-all question to close with.",
            next(b.text for b in bank if b.category == "catch-all"))  # fmt: skip

    by_tiara = {area: tiaras.count(area) for area in TIARA_AREAS}
    if "unassigned" in tiaras:
        by_tiara["unassigned"] = tiaras.count("unassigned")
    labels = categories()
    rank = {slug: i for i, slug in enumerate(labels)}
    by_category = {
        c: sum(q.category == c for q in plan)
        for c in sorted({q.category for q in plan}, key=lambda c: (rank.get(c, len(rank)), c))
    }
    missing = [area for area in TIARA_AREAS if not by_tiara[area]]
    if n and missing:
        tip = next((b for b in bank if b.tiara == b.category == missing[0]), None)
        tip = tip or next(b for b in bank if b.tiara == missing[0])
        add("coverage", "warning" if len(missing) > 1 else "info",
            f"No questions on the TIARA area(s): {', '.join(missing)}.",
            f'For {missing[0]}: "{tip.text}"')  # fmt: skip
    gaps = [labels[c] for c in key_categories() if c not in by_category]
    if n and gaps:
        add("coverage", "info", f"No questions on: {', '.join(gaps)}.", "Browse the bank by category.")

    if n and kinds[0] != "opening":
        add("order", "warning", "Start with an opening question that builds rapport.",
            next(b.text for b in bank if b.phase == "opening"))  # fmt: skip
    early = [i for i, q in enumerate(plan[: n // 3]) if q.sensitive or _SENSITIVE.search(q.text.lower())]
    if early:
        add("order", "warning", f"Sensitive question(s) {_numbers(early)} come in the first third.",
            "Move pay, turnover and hard-parts questions later, once there is rapport.")  # fmt: skip
    closing = [kinds[i] in _ENDING or q.phase == "closing" for i, q in enumerate(plan)]
    last_core = max((i for i in range(n) if not closing[i]), default=-1)
    late = [i for i in range(last_core) if closing[i]]
    if late:
        add("order", "warning", f"Closing question(s) {_numbers(late)} come before core questions.",
            "Move referral, catch-all and other closing questions to the end.")  # fmt: skip

    total = round(sum(q.minutes for q in plan), 2)
    # Drop lowest priority first and, at equal priority, later questions first; the
    # referral and catch-all go last because they lead to the next conversation.
    drop_order = sorted(range(n), key=lambda i: (-plan[i].priority, kinds[i] in _ENDING, -i))
    kept: set[int] = set()
    used = 0.0
    for i in reversed(drop_order):
        if used + plan[i].minutes <= budget:
            kept.add(i)
            used += plan[i].minutes
    dropped = [i for i in drop_order if i not in kept]
    if total > budget:
        add("time-budget", "warning", f"The questions need about {total:g} minutes; the meeting is {budget}.",
            f"If time runs short, skip question(s) {_numbers(dropped)} (in that order).")  # fmt: skip
    elif n and total < UNDERFILL * budget:
        add("time-budget", "info", f"The questions fill about {total:g} of the meeting's {budget} minutes.",
            "Add a few questions or plan follow-ups.")  # fmt: skip
    return PlanReport(
        findings=findings,
        results=check_questions([q.text for q in plan], research=research),
        total_minutes=total,
        budget_minutes=budget,
        keep=[plan[i] for i in sorted(kept)],
        drop=[plan[i] for i in dropped],
        coverage={"category": by_category, "tiara": by_tiara},
    )
