"""The kit's question bank: questions a student can copy into an interview plan.

The bank is a data file shipped in the package (``infokit/data/question_bank.json``)
so instructors and translators can read and review it without reading code. Every
question is written for infokit and is clean under :mod:`infokit.questions` (a test
keeps it so). Ids such as ``path-01`` are stable: a student's plan stores the id
in ``Question.bank_id``, so an id is never reused for a different question.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, cast

from infokit.errors import InvalidValue
from infokit.model import PHASES, TIARA_AREAS, Phase, Question, Tiara

BANK_FILE = "data/question_bank.json"
MINUTES_RANGE = (0.5, 10.0)
"""Plausible speaking time for one question and its answer; outside it is a typo."""


@dataclass(frozen=True)
class BankQuestion:
    """One question of the bank; ``minutes`` is the time its answer usually takes."""

    id: str
    text: str
    category: str
    tiara: Tiara
    phase: Phase
    minutes: float
    sensitive: bool

    def to_question(self, priority: int = 2) -> Question:
        """A new plan question copied from this entry (``bank_id`` links it back)."""
        return Question(
            text=self.text,
            category=self.category,
            tiara=self.tiara,
            phase=self.phase,
            priority=priority,
            minutes=self.minutes,
            sensitive=self.sensitive,
            bank_id=self.id,
        )


@dataclass(frozen=True)
class Bank:
    version: int
    categories: dict[str, str]
    key: tuple[str, ...]
    questions: tuple[BankQuestion, ...]


def _field(data: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
        raise InvalidValue(f"{where}.{key}", value, f"must be a {kind.__name__}")
    return value


def parse_bank(data: Any) -> Bank:
    """Check decoded bank JSON and build the bank; one InvalidValue names the bad field."""
    if not isinstance(data, dict):
        raise InvalidValue("question_bank", data, "must be a JSON object")
    version = _field(data, "version", int, "question_bank")
    raw_categories = _field(data, "categories", list, "question_bank")
    categories: dict[str, str] = {}
    key: list[str] = []
    for number, entry in enumerate(raw_categories):
        where = f"categories[{number}]"
        if not isinstance(entry, dict):
            raise InvalidValue(where, entry, "must be an object with id and label")
        slug = _field(entry, "id", str, where)
        if slug in categories:
            raise InvalidValue(f"{where}.id", slug, "appears twice")
        categories[slug] = _field(entry, "label", str, where)
        if "key" in entry and _field(entry, "key", bool, where):
            key.append(slug)
    questions: list[BankQuestion] = []
    seen: set[str] = set()
    for number, entry in enumerate(_field(data, "questions", list, "question_bank")):
        where = f"questions[{number}]"
        if not isinstance(entry, dict):
            raise InvalidValue(where, entry, "must be an object")
        qid = _field(entry, "id", str, where)
        if qid in seen:
            raise InvalidValue(f"{where}.id", qid, "appears twice")
        seen.add(qid)
        text = _field(entry, "text", str, where).strip()
        if not text:
            raise InvalidValue(f"{where}.text", text, "must not be empty")
        category = _field(entry, "category", str, where)
        if category not in categories:
            raise InvalidValue(f"{where}.category", category, "is not one of the bank's categories")
        tiara = _field(entry, "tiara", str, where)
        if tiara not in TIARA_AREAS:
            raise InvalidValue(f"{where}.tiara", tiara, f"is not one of {', '.join(TIARA_AREAS)}")
        phase = _field(entry, "phase", str, where)
        if phase not in PHASES:
            raise InvalidValue(f"{where}.phase", phase, f"is not one of {', '.join(PHASES)}")
        minutes = entry.get("minutes")
        low, high = MINUTES_RANGE
        if isinstance(minutes, bool) or not isinstance(minutes, int | float) or not low <= minutes <= high:
            raise InvalidValue(f"{where}.minutes", minutes, f"must be a number from {low:g} to {high:g}")
        sensitive = _field(entry, "sensitive", bool, where)
        questions.append(
            BankQuestion(
                qid, text, category, cast(Tiara, tiara), cast(Phase, phase), float(minutes), sensitive
            )
        )
    return Bank(version, categories, tuple(key), tuple(questions))


@cache
def _bank() -> Bank:
    text = resources.files("infokit").joinpath(BANK_FILE).read_text("utf-8")
    return parse_bank(json.loads(text))


def load_bank() -> tuple[BankQuestion, ...]:
    """Every bank question, in the bank's order (read once, then cached)."""
    return _bank().questions


def bank_version() -> int:
    return _bank().version


def categories() -> dict[str, str]:
    """Category slug (stored in plans) to the label shown to students, in bank order."""
    return dict(_bank().categories)


def key_categories() -> tuple[str, ...]:
    """The categories every plan should touch (marked ``key`` in the data file)."""
    return _bank().key


def get(bank_id: str) -> BankQuestion:
    """The bank question with this id, or InvalidValue."""
    for question in load_bank():
        if question.id == bank_id:
            return question
    raise InvalidValue("bank_id", bank_id, "is not a question in the bank")


def _choice(field: str, value: str | None, allowed: tuple[str, ...] | list[str]) -> None:
    if value is not None and value not in allowed:
        raise InvalidValue(field, value, f"is not one of {', '.join(allowed)}")


def browse(
    category: str | None = None,
    tiara: str | None = None,
    phase: str | None = None,
    text: str | None = None,
) -> list[BankQuestion]:
    """Bank questions matching every filter given; ``text`` matches words, ignoring case.

    An unknown category, TIARA area or phase raises InvalidValue (a typo should not
    look like an empty result); a ``text`` with no match simply returns nothing.
    """
    _choice("category", category, list(categories()))
    _choice("tiara", tiara, TIARA_AREAS)
    _choice("phase", phase, PHASES)
    needle = " ".join((text or "").split()).casefold()
    return [
        q
        for q in load_bank()
        if (category is None or q.category == category)
        and (tiara is None or q.tiara == tiara)
        and (phase is None or q.phase == phase)
        and (not needle or needle in q.text.casefold())
    ]


def __getattr__(name: str) -> Any:
    # CATEGORIES is read from the data file on first use, not at import.
    if name == "CATEGORIES":
        return categories()
    raise AttributeError(f"module 'infokit.questions.bank' has no attribute {name!r}")
