"""One draw of a sample project: the content pools, the seeded choices and the story's state.

Everything a sample holds comes from one :class:`_Draw`: its ``random.Random(seed)``
makes every choice, in the fixed order of :func:`infokit.sample.build._build`, and its
``slots`` and ``flags`` fill and filter the sentence templates (see the developer
note in :mod:`infokit.sample.build`). The modules of :mod:`infokit.sample` each draw one part of the
project; their underscore names are shared between them and are not public API.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from infokit.dates import day_month
from infokit.questions.bank import BankQuestion, load_bank

if TYPE_CHECKING:
    from infokit.model import Question, Referral

DATA_DIR = "data/sample"


@dataclass(frozen=True)
class _Person:
    given: str
    family: str
    pronoun: str
    clan: str
    """The family name as the data file writes it (``"Novotný|Novotná"``), shared by relatives."""

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


# -- content ---------------------------------------------------------------------------
@dataclass(frozen=True)
class _Content:
    people: list[dict[str, Any]]
    common: dict[str, Any]
    texts: dict[str, Any]
    reflection: dict[str, Any]
    plan: dict[str, Any]
    fields: tuple[dict[str, Any], ...]
    bank: dict[str, BankQuestion]
    """The bank questions a sample may use (those ``plan.json`` maps to an answer topic)."""
    shelves: dict[tuple[str, bool], list[BankQuestion]]
    """Those questions by category and sensitivity."""


@cache
def _content() -> _Content:
    root = resources.files("infokit").joinpath(DATA_DIR)

    def read(name: str) -> Any:
        return json.loads(root.joinpath(name).read_text("utf-8"))

    names = sorted(f.name for f in root.joinpath("fields").iterdir() if f.name.endswith(".json"))
    plan = read("plan.json")
    bank = {q.id: q for q in load_bank() if q.id in plan["topics"]}
    shelves: dict[tuple[str, bool], list[BankQuestion]] = {}
    for question in bank.values():
        shelves.setdefault((question.category, question.sensitive), []).append(question)
    return _Content(
        people=read("people.json")["groups"],
        common=read("common.json"),
        texts=read("texts.json"),
        reflection=read("reflection.json"),
        plan=plan,
        fields=tuple(read(f"fields/{name}") for name in names),
        bank=bank,
        shelves=shelves,
    )


# -- small helpers -----------------------------------------------------------------------
class _Slots(dict[str, str]):
    """Template values; ``{Name}`` gives the value of ``{name}`` with a capital first letter."""

    def __missing__(self, key: str) -> str:
        lower = key[:1].lower() + key[1:]
        if lower != key and lower in self:
            return _cap(self[lower])
        raise KeyError(key)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _day(on: date) -> str:
    return day_month(on)


# -- the draw --------------------------------------------------------------------------------
class _Draw:
    """The state of one project being drawn; every choice comes from ``self.rng``.

    The annotated attributes are the facts of the story, set by the step that draws
    them (named in the comments) and read by later steps.
    """

    # sample._build
    field: dict[str, Any]
    region: dict[str, Any]
    places: list[str]
    student: _Person
    interviewee: _Person
    role_title: str
    org: str
    interviewee_id: str
    referral_contact_id: str
    questions: list[Question]
    referrals: list[Referral]
    # people._draw_dates
    term_start: date
    identified: date
    requested: date
    reply_days: int
    scheduled: date
    held: date
    confirmed: date
    thanked: date
    # sample._draw_slots
    years: int
    mention_picks: dict[str, list[Any]]
    format: str
    goals: list[str]
    values: list[str]
    course: str
    source_key: str
    # meeting
    referral_people: list[_Person]
    planned: int
    actual: int
    interviewee_phone: str
    student_phone: str
    referral_done: date
    update_done: date

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.c = _content()
        self.texts = self.c.texts
        self.flags: set[str] = set()
        self.names: set[str] = set()
        self.slots = _Slots()
        self.answer_pools: dict[str, list[str]] = {}

    def id(self) -> str:
        return f"{self.rng.getrandbits(40):010x}"

    def fill(self, template: str) -> str:
        return template.format_map(self.slots)

    def usable(self, pool: list[Any]) -> list[str]:
        """The variants of ``pool`` whose condition holds."""
        out = []
        for item in pool:
            if isinstance(item, str):
                out.append(item)
            elif (item["if"].lstrip("!") in self.flags) != item["if"].startswith("!"):
                out.append(item["t"])
        return out

    def say(self, pool: list[Any]) -> str:
        return self.fill(self.rng.choice(self.usable(pool)))

    def digits(self, template: str) -> str:
        return "".join(str(self.rng.randrange(10)) if ch == "#" else ch for ch in template)
