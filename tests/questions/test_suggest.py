"""Suggestions: a bank question first, a careful rewrite second, never a broken or job-seeking one."""

from __future__ import annotations

import re

import pytest

from infokit.questions import check_question, load_bank, suggest
from infokit.questions.bank import get

FLAWED = [
    "Do you like your job?", "Is the work stressful?", "Have you always wanted to be a vet?",
    "Is there a lot of travel involved?", "r u guys hiring atm", "Are there many jobs in this area?",
    "Do you ever regret it?", "Would you recommend this career to someone like me?", "is it worth it tbh",
    "Don't you think the field is overcrowded?", "Surely you must have thought about quitting?",
    "The training is tough, isn't it?", "Why are lawyers so stressed all the time?",
    "How amazing was it to work on that launch?", "What do you like and dislike about it?",
    "Do you like your job and would you recommend it?", "How you start your career and what you do now?",
    "what r the pros n cons", "Is it hard to get promoted?", "Did your degree help you get this job?",
    "Can you work from home in this job?", "Any reading you'd recommend?", "Anyone else I should meet?",
    "Is it a good time to enter the industry?", "Should I learn to code?", "u enjoy it?",
]  # fmt: skip
ADVICE = {suggest.GENERIC_CLOSED, suggest.GENERIC_LEADING, suggest.GENERIC_DOUBLE}


def _offered(suggestion: str) -> list[str]:
    """The questions a suggestion offers: quoted ones, or the suggestion itself when it is a question."""
    quoted = re.findall(r'"([^"]+)"', suggestion)
    return quoted or ([suggestion] if suggestion.endswith("?") else [])


@pytest.mark.parametrize("text", FLAWED)
def test_every_suggested_question_is_a_clean_question(text: str) -> None:
    bank = {q.text for q in load_bank()}
    for finding in check_question(text):
        if finding.rule in ("short-answer", "too-long") or finding.suggestion in ADVICE:
            continue
        assert finding.suggestion, (text, finding)
        assert "to what extent" not in finding.suggestion.lower()
        for question in _offered(finding.suggestion):
            if "..." in question:
                continue
            assert question in bank or suggest.clean(question) or suggest._simple(question), (text, question)
            assert not re.search(r"\b(?:u|ur|r|atm|tbh|n)\b", question), question


def test_a_yes_no_part_of_a_split_is_asked_openly() -> None:
    found = next(f for f in check_question("How did the company train you, and was it useful?")
                 if f.rule == "double-barreled")  # fmt: skip
    assert found.suggestion == 'Ask one at a time: "How did the company train you?" then "How useful was it?"'
    texting = next(f for f in check_question("how did u get started and wat do u do now")
                   if f.rule == "double-barreled")  # fmt: skip
    assert texting.suggestion == 'Ask one at a time: "How did you get started?" then "What do you do now?"'


def test_the_bank_is_preferred_and_topics_decide() -> None:
    assert suggest.from_bank("Would you say the hours are long?") == get("lifestyle-01").text
    assert suggest.from_bank("Is there anyone else I could ask?") == get("referrals-01").text
    assert suggest.from_bank("Do you like the colour blue?") == get("rewards-01").text
    assert suggest.from_bank("Is the sky blue?") is None


def test_clean_refuses_broken_rewrites() -> None:
    assert suggest.clean("What do you enjoy most about your job?")
    for broken in ("What can you tell me about lot of travel involved", "what do u like?",
                   "To what extent are you hiring at the moment?", "Do you like it?",
                   "What do you like and dislike about it?", "What is your salary?"):  # fmt: skip
        assert not suggest.clean(broken), broken


def test_a_split_never_offers_a_yes_no_part_as_it_is() -> None:
    """A part the careful rewrites cannot open is not offered closed: the whole advice falls back."""
    asked = "Do you enjoy the work, and do you see yourself doing it in ten years?"
    found = next(f for f in check_question(asked) if f.rule == "double-barreled")
    assert found.suggestion.endswith('then "How do you picture your work ten years from now?"')
    blocked = next(f for f in check_question("How did you start, and do you own a car for site visits?")
                   if f.rule == "double-barreled")  # fmt: skip
    for question in _offered(blocked.suggestion):
        assert suggest.closed(suggest._segments(question), question) is None, question
