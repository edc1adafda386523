"""Texting shorthand is spelled out for the rules only, and ordinary words are left alone."""

from __future__ import annotations

import pytest

from infokit.questions.shorthand import spell_out


@pytest.mark.parametrize(
    ("text", "read_as"),
    [
        ("r u guys hiring atm", "are you guys hiring at the moment"),
        ("wats the best n worst part of ur job", "what's the best and worst part of your job"),
        (
            "how did u know this was the right career 4 u",
            "how did you know this was the right career for you",
        ),
        ("whats the job really like day 2 day", "what's the job really like day to day"),
        ("its a really stressful job isnt it", "it's a really stressful job isn't it"),
        ("how do u deal w stressful days", "how do you deal with stressful days"),
        ("Wud u recommend it lol", "Would you recommend it"),
    ],
)
def test_shorthand_is_spelled_out(text: str, read_as: str) -> None:
    assert spell_out(text) == read_as


@pytest.mark.parametrize(
    "text",
    ["In 4 years, what changed?", "I have 2 dogs and a cat.", "Its fine", "What does the ID badge open?", ""],
)
def test_ordinary_words_and_numbers_stay(text: str) -> None:
    assert spell_out(text) == text
