"""The per-question rules as a whole: rule ids and severities, ``check_question``, ``check_questions``.

Runs the reading of :mod:`infokit.questions.text` and the rules of :mod:`infokit.questions.wording`
and :mod:`infokit.questions.topic` over one question and orders the findings, most severe
first. What each rule means is documented in :mod:`infokit.questions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from infokit.errors import InvalidValue
from infokit.findings import Finding, Severity
from infokit.questions import suggest
from infokit.questions.asks import about_a_job, about_pay, asks_for_job, personal_salary
from infokit.questions.leading import leading
from infokit.questions.learned import opinions
from infokit.questions.shorthand import spell_out
from infokit.questions.text import _capital, _is_english, _norm, _segments
from infokit.questions.topic import googleable, in_notes
from infokit.questions.wording import closed, double, short_answer, too_long

RULES: dict[str, Severity] = {
    "empty": "error",
    "asks-for-job": "error",
    "personal-salary": "error",
    "closed": "warning",
    "double-barreled": "warning",
    "leading": "warning",
    "googleable": "warning",
    "too-long": "warning",
    "short-answer": "info",
    "not-english": "info",
}
"""Per-question rule id to its severity."""

_ORDER = {"error": 0, "warning": 1, "info": 2}


def _finding(rule: str, message: str, suggestion: str | None = None) -> Finding:
    return Finding(rule, RULES[rule], message, suggestion)


def check_question(text: str, *, research: Sequence[str] = ()) -> list[Finding]:
    """Findings for one question, most severe first; [] when nothing was noticed.

    ``research`` holds the texts of the student's research notes: a question they
    already answer is flagged ``googleable``. Empty text gives one ``empty`` finding
    rather than an exception, so one blank line does not stop a whole list.
    """
    if not isinstance(text, str):
        raise InvalidValue("question", text, "is not text")
    reading = _read(text)
    found = list(reading.before_notes)
    if reading.notes_apply and research and (notes := in_notes(reading.norm, research)):
        found.append(_finding("googleable", f"Your research note {notes[0]} already covers this (shared "
                              f"words: {', '.join(notes[1])}).", "Ask what the notes cannot tell you: what "
                              "it is like in practice."))  # fmt: skip
    found += reading.after_notes
    return sorted(found, key=lambda f: _ORDER[f.severity])


@dataclass(frozen=True)
class _Reading:
    """What the text alone says about a question; only the research-note check depends on more."""

    norm: str
    before_notes: tuple[Finding, ...]
    after_notes: tuple[Finding, ...]
    notes_apply: bool
    """English, not empty, and not already flagged googleable by its own wording."""


@lru_cache(maxsize=8192)
def _read(text: str) -> _Reading:
    # Cached: a class's plans share most of their (bank) questions, and grading a
    # batch checks the same texts thousands of times. Findings are frozen.
    norm = _norm(text)
    if not any(c.isalnum() for c in norm):
        empty = _finding("empty", "The question is empty." if not norm else "The question has no words.")
        return _Reading(norm, (empty,), (), False)
    spelled = spell_out(norm)
    segments = _segments(spelled)
    english = _is_english(spelled)
    if english:
        before, after = _english_rules(spelled, segments)
        notes_apply = not any(f.rule == "googleable" for f in before)
    else:
        before, after = [_finding("not-english", "The checker reads English only; this was not checked.")], []
        notes_apply = False
    long = too_long(norm, _segments(norm))
    if long:
        why, tail = long
        tail = _capital(tail) if tail else None
        if tail and suggest.clean(tail):
            hint = f'Keep a short lead-in and ask just: "{tail}"'
        else:
            hint = "Split it: a short sentence of background, then one question of at most 25 words."
        after.append(_finding("too-long", f"Too long to follow when heard once ({why}).", hint))
    return _Reading(spelled, tuple(before), tuple(after), notes_apply)


def _english_rules(text: str, segments: list[str]) -> tuple[list[Finding], list[Finding]]:
    """The English-only findings, split where a research-note finding would go."""
    found: list[Finding] = []
    job = asks_for_job(text, segments)
    salary = personal_salary(text, segments)
    learned = {o.rule: o for o in opinions(text)} if not (job and salary) else {}
    why = "this conversation is for learning about the field, not for applying."
    if job:
        found.append(
            _finding(
                "asks-for-job", f"Asks for a job, an opening or a referral for one: {why}", suggest.job()
            )
        )
    elif (opinion := learned.get("asks-for-job")) and about_a_job(text):
        job = True
        message = f"Reads like a request for a job or an opening{_cues(opinion.words)}: {why}"
        found.append(_finding("asks-for-job", message, suggest.job()))
    private = "which is private; the field's typical pay is a fair question."
    if salary:
        found.append(_finding("personal-salary", f"Asks the person's own pay, {private}", suggest.salary()))
    elif (opinion := learned.get("personal-salary")) and about_pay(text):
        salary = True
        message = f"Reads like asking the person's own pay{_cues(opinion.words)}, {private}"
        found.append(_finding("personal-salary", message, suggest.salary()))
    head = closed(segments, text)
    if head:
        hint = suggest.job() if job else suggest.salary() if salary else suggest.for_closed(head)
        found.append(_finding("closed", "Can be answered with yes or no.", hint))
    parts = double(text, segments)
    if parts is not None:
        hint = suggest.job() if job else suggest.salary() if salary else suggest.for_double(parts, text)
        found.append(_finding("double-barreled", "Asks two questions in one.", hint))
    premise = leading(segments, text)
    if premise:
        hint = suggest.job() if job else suggest.salary() if salary else suggest.for_leading(premise, text)
        found.append(_finding("leading", "Suggests the answer or assumes a fact.", hint))
    if googleable(segments):
        found.append(_finding("googleable", "A web search answers this; look it up beforehand.",
                              suggest.googleable()))  # fmt: skip
    after: list[Finding] = []
    if short_answer(segments):
        after.append(_finding("short-answer", "Asks for a fact rather than a story; keep such questions few.",
                              'Follow it with "What was that like?" or ask "How..." instead.'))  # fmt: skip
    return found, after


def _cues(words: tuple[str, ...]) -> str:
    """The words that made the learned second opinion fire (as read, texting spelled out)."""
    if not words:
        return ""
    return f" (the word{'s' if len(words) > 1 else ''} {', '.join(f'“{w}”' for w in words)})"


@dataclass(frozen=True)
class QuestionResult:
    """One question as given and what the checker found in it."""

    question: str
    findings: list[Finding]

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "findings": [f.to_dict() for f in self.findings]}


def check_questions(texts: Sequence[str], *, research: Sequence[str] = ()) -> list[QuestionResult]:
    """Check each text; results keep the input order."""
    if isinstance(texts, str):
        raise InvalidValue("questions", texts, "must be a list of questions, not one string")
    return [QuestionResult(text, check_question(text, research=research)) for text in texts]
