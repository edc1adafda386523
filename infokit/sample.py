"""Realistic fictional projects, for ``infokit sample``, demos, tests and the grader.

A sample is the whole project of a fictional student exploring one of the
careers in ``infokit/data/sample/fields/``. Every sentence comes from the
content pools in ``infokit/data/sample/``; this module only picks and fills
them. Everything is drawn from one ``random.Random(seed)``: the same seed
gives the same project, ids included, and nothing reads the clock. Dates fall
in the autumn 2026 term (September to December).

``sample_project(seed, complete=False)`` is the same student stopped partway;
:func:`sample_project` says exactly which steps are then done.

Developer note: templates are ``str.format`` strings over one dict of slots
(``{first}``, ``{org}``, ``{takeaway}``...; ``{First}`` gives the value with a
capital). A variant written ``{"if": "flag", "t": text}`` is used only when the
flag holds (``"!flag"`` when it does not), which keeps, say, a sentence about
parking out of a video call. Pronoun slots are only ever followed by verbs
that agree with he, she and they alike ("{they} said", never "{they} says").
"""

from __future__ import annotations

import json
import math
import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from infokit.bank import BankQuestion, key_categories, load_bank
from infokit.model import (
    STEPS,
    Contact,
    ContactStatus,
    FollowUp,
    InterviewNotes,
    Meeting,
    Mention,
    Profile,
    Project,
    Question,
    Referral,
    Reflection,
    ResearchNote,
    StatusChange,
    ThankYou,
)
from infokit.prompts import REFLECTION_PROMPTS
from infokit.settings import default_settings
from infokit.store import Workspace, ensure_empty

DATA_DIR = "data/sample"
TERM_START = date(2026, 9, 1)
"""The earliest first day of the fictional term; each seed starts within ten days of it."""
QUESTIONS = (12, 16)
"""How many questions a sample plan holds."""
REFLECTION_WORDS = (470, 880)
"""The length a sample reflection aims for (inside the kit's default 400 to 1200)."""

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
PRONOUNS = {"she": ("she", "her", "her"), "he": ("he", "him", "his"), "they": ("they", "them", "their")}
_ASCII = str.maketrans(
    {
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "ı": "i",
        "œ": "oe",
    }
)
_SLUG_SKIP = {"the", "of", "and", "co", "ltd", "llp", "city", "group", "services", "department"}


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


def sample_fields() -> list[str]:
    """The careers samples are drawn from (keys such as ``"urban-planning"``)."""
    return [field["key"] for field in _content().fields]


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
    return f"{on.day} {MONTHS[on.month - 1]}"


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(c for c in text if c.isascii() and c.isalnum()).lower()


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _words(text: str) -> int:
    return len(text.split())


def _history(*moves: tuple[ContactStatus, date, str]) -> list[StatusChange]:
    return [StatusChange(status=status, on=on, note=note) for status, on, note in moves]


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


# -- the builder -----------------------------------------------------------------------------
class _Builder:
    """Draws one complete project; every choice comes from ``self.rng``, in a fixed order."""

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

    def person(self, family: str | None = None) -> _Person:
        """A new fictional person whose full and first names are unique in this project."""
        while True:
            group = self.rng.choice(self.c.people)
            given, pronoun = self.rng.choice(group["given"])
            families = group if self.rng.random() < 0.8 else self.rng.choice(self.c.people)
            clan = family or self.rng.choice(families["family"])
            name = clan.split("|")[1 if pronoun == "she" else 0] if "|" in clan else clan
            found = _Person(given, name, pronoun, clan)
            if given not in {n.split(" ")[0] for n in self.names} and found.full not in self.names:
                self.names.add(found.full)
                return found

    def email(self, person: _Person, domain: str) -> str:
        given, family = _ascii(person.given), _ascii(person.family)
        local = self.rng.choice(self.texts["email_formats"]).format(
            given=given, family=family, g=given[0], f=family[0]
        )
        return f"{local}@{domain}"

    def org_domain(self, org: str) -> str:
        words = [w for w in map(_ascii, org.split()) if w and w not in _SLUG_SKIP]
        return "-".join(words[:2]) + "." + self.rng.choice(self.texts["reserved_domains"])

    # -- the project -------------------------------------------------------------------
    def build(self) -> Project:
        rng, common = self.rng, self.c.common
        self.field = f = rng.choice(self.c.fields)
        self.flags.update(f["flags"])
        self.region = rng.choice(common["regions"])
        self.places = rng.sample(common["places"], 4)
        self.student = self.person()
        self.interviewee = self.person()
        self.role_title, role_phrase = rng.choice(f["roles"])
        self.org = rng.choice(f["orgs"]).format(place=self.places[0])
        self.interviewee_id, self.referral_contact_id = self.id(), self.id()
        self.draw_dates()
        self.draw_slots(role_phrase)
        self.referrals = self.make_referrals()
        self.questions = self.make_questions()
        meeting = self.make_meeting()
        interview = self.make_interview()
        thank_you = self.make_thank_you()
        follow_ups = self.make_follow_ups()
        return Project(
            contacts=self.make_contacts(),
            interviewee_id=self.interviewee_id,
            research=self.make_research(),
            profile=self.make_profile(),
            questions=self.questions,
            meeting=meeting,
            interview=interview,
            referrals=self.referrals,
            thank_you=thank_you,
            follow_ups=follow_ups,
            reflection=self.make_reflection(),
        )

    def draw_dates(self) -> None:
        """The term's timeline: found, asked, scheduled, met (a weekday), thanked."""
        rng = self.rng
        self.term_start = TERM_START + timedelta(days=rng.randrange(10))
        self.identified = self.term_start + timedelta(days=rng.randint(7, 16))
        self.requested = self.identified + timedelta(days=rng.randint(3, 8))
        self.reply_days = rng.choice([1, 1, 2, 2, 3, 4, 5, 6])
        self.flags.add("slow_reply" if self.reply_days >= 4 else "quick_reply")
        self.scheduled = self.requested + timedelta(days=self.reply_days)
        held = self.scheduled + timedelta(days=rng.randint(6, 18))
        while held.weekday() >= 5:
            held += timedelta(days=1)
        self.held = held
        self.confirmed = max(self.scheduled, held - timedelta(days=rng.randint(1, 2)))
        self.thanked = held + timedelta(days=rng.choice([1, 1, 2]))

    def draw_slots(self, role_phrase: str) -> None:
        """The facts of this student's story that sentences refer to."""
        f, rng, person, texts = self.field, self.rng, self.interviewee, self.texts
        they, them, their = PRONOUNS[person.pronoun]
        self.years = rng.randint(4, 24)
        self.mention_picks = {
            key: rng.sample(f[key], len(f[key])) for key in ("publications", "organizations", "trends")
        }
        self.format = rng.choices(["video", "in-person", "phone"], weights=[45, 35, 20])[0]
        self.flags.add(self.format.replace("-", "_"))
        self.goals = rng.sample(f["goals"], rng.randint(2, 3))
        values = rng.sample(f["values"], 2) + rng.sample(self.c.common["values"], rng.randint(1, 3))
        self.values = list(dict.fromkeys(values))
        self.course = rng.choice(self.c.common["courses"])
        picks = self.mention_picks
        self.slots.update(
            first=person.given,
            full=person.full,
            they=they,
            them=them,
            their=their,
            org=self.org,
            role=role_phrase,
            role_title=self.role_title,
            field=f["field"],
            career=f["career"],
            a_career=f["a_career"],
            city=self.region["city"],
            years=str(self.years),
            years_org=str(rng.randint(1, min(self.years, 12))),
            publication=picks["publications"][0][0],
            association=picks["organizations"][0][0],
            trend=picks["trends"][0][0],
            trend_note=picks["trends"][0][1],
            related=rng.choice(f["related"]),
            skill=rng.choice(f["skills"]),
            goal=self.goals[0],
            goal2=self.goals[1],
            value=self.values[0],
            value2=self.values[-1],
            downside=rng.choice(f["downsides"]),
            course_link=rng.choice(f["course_links"]),
            surprise=rng.choice(f["surprises"]),
            gap=rng.choice(f["gaps"]),
            course=self.course.split(":")[0],
            held_weekday=WEEKDAYS[self.held.weekday()],
            meeting_day=f"{WEEKDAYS[self.held.weekday()]} {_day(self.held)}",
            when=f"on {_day(self.held)}",
            date=_day(self.held),
            requested_on=_day(self.requested),
            reply_days=f"{NUMBERS[self.reply_days]} day{'s' if self.reply_days > 1 else ''}",
            channel=rng.choice(["email", "email", "email and a follow-up call"]),
        )
        form = texts["formats"][self.format]
        self.slots.update(
            format_phrase=self.fill(form["phrase"]),
            format_adv=self.fill(form["adv"]),
            format_short=form["short"],
        )
        self.source_key = rng.choice(texts["interviewee_sources"])
        self.slots["source"] = self.say(texts["source_phrases"][self.source_key])

    def make_referrals(self) -> list[Referral]:
        """One to three people to talk to next; the first is contacted (see make_contacts)."""
        rng = self.rng
        roles = rng.sample(self.field["referral_roles"], rng.choice([1, 2, 2, 3]))
        self.referral_people = [self.person() for _ in roles]
        out = []
        for number, ((title, phrase, org), person) in enumerate(
            zip(roles, self.referral_people, strict=True)
        ):
            may_use = rng.random() < (0.75 if number == 0 else 0.5)
            if number == 0:
                self.slots.update(referral=person.full, referral_first=person.given, referral_role=phrase)
                self.flags.update(["ref_contacted"] + (["ref_may_use"] if may_use else []))
            self.slots["ref_role"] = phrase
            out.append(
                Referral(
                    id=self.id(),
                    name=person.full,
                    role=title,
                    may_use_name=may_use,
                    organization=org.format(place=self.places[number + 1]),
                    contacted=number == 0,
                    contact_id=self.referral_contact_id if number == 0 else None,
                    note=self.say(self.texts["referral_notes"]),
                )
            )
        if len(out) > 1:
            self.flags.add("two_refs")
            self.slots["referral2"] = out[1].name
        return out

    # -- questions and answers -----------------------------------------------------------
    def make_questions(self) -> list[Question]:
        """Opening, core (every key category and TIARA area), sensitive, then closing questions."""
        rng, plan, bank = self.rng, self.c.plan, self.c.bank
        total = rng.randint(*QUESTIONS)
        n_open, n_sensitive = rng.choice([1, 1, 2]), rng.randint(1, 3)
        closing = ["resources", "referrals", "catch-all"]
        if rng.random() < 0.4:
            closing.remove("resources")
        own = rng.sample(self.field["questions"], rng.randint(1, 3))

        def pick(category: str, sensitive: bool) -> BankQuestion:
            return rng.choice(self.c.shelves[category, sensitive])

        covered = {q["category"] for q in own}
        required = [cat for cat in key_categories() if cat in plan["core_order"] and cat not in covered]
        if not any(q["tiara"] == "assignments" for q in own):
            required.append("projects")
        n_core = max(len(required), total - n_open - len(own) - n_sensitive - len(closing))
        while n_open + len(own) + n_sensitive + len(closing) + n_core > QUESTIONS[1]:
            if n_sensitive > 1:
                n_sensitive -= 1
            elif "resources" in closing:
                closing.remove("resources")
            else:
                n_open = 1
                break
        others = [cat for cat in plan["core_order"] if cat not in covered and cat not in required]
        order = plan["core_order"].index
        core = [
            (order(cat), pick(cat, False)) for cat in required + rng.sample(others, n_core - len(required))
        ]
        core += [(order(q["category"]), q) for q in own]
        sensitive_order = [cat for cat in plan["sensitive_order"] if (cat, True) in self.c.shelves]
        chosen = set(rng.sample(sensitive_order, n_sensitive))
        entries: list[Any] = [bank[qid] for qid in sorted(rng.sample(plan["opening"], n_open))]
        entries += [entry for _, entry in sorted(core, key=lambda pair: pair[0])]
        entries += [pick(cat, True) for cat in sensitive_order if cat in chosen]
        entries += [pick(cat, False) for cat in closing]

        core_bank = [n for n, e in enumerate(entries) if isinstance(e, BankQuestion) and e.phase == "core"]
        skipped = set(rng.sample(core_bank, rng.choice([0, 0, 0, 1, 2])))
        questions = []
        for number, entry in enumerate(entries):
            if isinstance(entry, BankQuestion):
                priority = self.priority(entry)
                answer = self.answer(plan["topics"][entry.id])
                fields = {
                    "text": entry.text,
                    "category": entry.category,
                    "tiara": entry.tiara,
                    "phase": entry.phase,
                    "minutes": entry.minutes,
                    "sensitive": entry.sensitive,
                    "bank_id": entry.id,
                }
            else:  # one of the field's own questions
                priority = 1
                answer = self.fill(rng.choice(entry["answers"]))
                fields = {key: entry[key] for key in ("text", "category", "tiara", "minutes")}
            asked = answer is not None and not (number in skipped and priority == 3)
            if not asked:
                self.flags.add("skipped")
            questions.append(
                Question(
                    id=self.id(),
                    priority=priority,
                    asked=asked,
                    answer_notes=answer if asked and answer else "",
                    **fields,
                )
            )
        return questions

    def priority(self, question: BankQuestion) -> int:
        if question.phase == "opening" or question.category in ("referrals", "catch-all"):
            return 1
        if question.category == "resources":
            return 2
        return self.rng.choice([2, 3] if question.sensitive else [1, 1, 2, 2, 3])

    def answer(self, topic: str) -> str | None:
        """A note for a question on ``topic``: the field's own answers first, then generic ones."""
        pool = self.answer_pools.get(topic)
        if pool is None:
            own = list(self.field["answers"].get(topic, []))
            generic = self.usable(self.texts["generic_answers"].get(topic, []))
            self.rng.shuffle(own)
            self.rng.shuffle(generic)
            pool = self.answer_pools[topic] = own + generic
        return self.fill(pool.pop(0)) if pool else None

    # -- the meeting and after -------------------------------------------------------------
    def make_meeting(self) -> Meeting:
        rng, texts = self.rng, self.texts
        self.planned = max(20, min(60, 5 * math.ceil(sum(q.minutes for q in self.questions) / 5)))
        self.actual = max(15, self.planned + rng.randint(-3, 12))
        if self.actual > self.planned + 3:
            self.flags.add("overran")
        self.interviewee_phone = self.digits(self.region["phone"])
        self.student_phone = self.digits(self.region["phone"])
        code = "-".join("".join(rng.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(n)) for n in (3, 4, 3))
        self.slots.update(
            planned=f"{self.planned} minutes",
            minutes=f"{self.actual} minutes",
            minutes_n=str(self.actual),
            street=rng.choice(self.c.common["streets"]),
            number=str(rng.randint(12, 480)),
            code=code,
            student_phone=self.student_phone,
        )
        place = self.fill(
            {
                "in-person": texts["in_person_place"],
                "video": texts["video_link"],
                "phone": texts["phone_place"],
            }[self.format]
        )
        directions = self.say(texts["directions"]) if self.format == "in-person" else ""
        starts = datetime(
            self.held.year,
            self.held.month,
            self.held.day,
            rng.choice([8, 9, 10, 11, 13, 14, 15, 16]),
            rng.choice([0, 0, 15, 30]),
        )
        return Meeting(
            contact_id=self.interviewee_id,
            starts=starts,
            timezone=self.region["zone"],
            planned_minutes=self.planned,
            format=self.format,
            place=place,
            directions=directions,
            confirmed_on=self.confirmed,
        )

    def make_interview(self) -> InterviewNotes:
        rng, f, texts = self.rng, self.field, self.texts
        takeaways = rng.sample(f["takeaways"], 2)
        self.slots.update(takeaway=takeaways[0], takeaway2=takeaways[1])
        notes = texts["free_notes"]
        points = [_cap(t) + "." for t in takeaways] + [self.fill(p) for p in notes["points"]]
        free = [self.say(notes["opening"]), self.say(notes["flow"]), "", notes["heading"]]
        free += [f"- {point}" for point in points] + ["", self.say(notes["extras"])]
        seen = texts["observations"]
        observations = [self.say(seen[self.format])]
        if self.format == "in-person":
            observations.append(rng.choice(f["observations"]))
        observations += [self.say(seen["mood"]), self.say(seen["verdict"])]
        self.slots.update(
            interests=". ".join(rng.sample(f["their_interests"], rng.randint(1, 2))),
            hobby=rng.choice(self.c.common["interviewee_hobbies"]),
        )
        return InterviewNotes(
            held_on=self.held,
            actual_minutes=self.actual,
            free_notes="\n".join(free),
            observations=" ".join(observations),
            interviewee_interests=self.fill(texts["interviewee_interests"]),
            mentions=self.make_mentions(),
        )

    def make_mentions(self) -> list[Mention]:
        """Three to six names: publications, organisations, trends and perhaps a person, in talk order."""
        rng, picks = self.rng, self.mention_picks
        out = []
        for kind, key in (
            ("publication", "publications"),
            ("organization", "organizations"),
            ("trend", "trends"),
        ):
            out += [
                Mention(kind=kind, text=name, note=note) for name, note in picks[key][: rng.choice([1, 1, 2])]
            ]
        if len(out) < 6 and rng.random() < 0.6:
            out.append(
                Mention(
                    kind="person", text=self.person().full, note=self.say(self.texts["mention_person_notes"])
                )
            )
        rng.shuffle(out)
        return out

    def make_thank_you(self) -> ThankYou:
        rng, parts = self.rng, self.texts["thank_you"]
        days = str((self.thanked - self.held).days)
        channel = rng.choices(["email", "card"], weights=[6, 1])[0]
        self.slots.update(
            when_rel=self.fill(self.texts["when_rel"][days]),
            thank_days=self.texts["thank_days"][days],
            channel_phrase=parts["channels"][channel][0],
            thanks_word=parts["channels"][channel][1],
        )
        self.slots["next_action"], self.slots["next_action2"] = rng.sample(self.field["next_actions"], 2)
        body = [
            self.say(parts["greeting"]),
            f"{self.say(parts['thanks'])} {self.say(parts['specific'])}",
            f"{self.say(parts['action'])} {self.say(parts['closing'])}",
            f"{self.say(parts['signoff'])}\n{self.student.full}",
        ]
        return ThankYou(text="\n\n".join(body), sent_on=self.thanked, channel=channel)

    def make_follow_ups(self) -> list[FollowUp]:
        """Write to the referral, report back to the interviewee (both done), and 0-2 more."""
        rng, pools, held = self.rng, self.texts["follow_ups"], self.held
        self.referral_done = held + timedelta(days=rng.randint(2, 6))
        self.update_done = self.referral_done + timedelta(days=rng.randint(4, 9))
        out = [
            FollowUp(
                id=self.id(),
                action=self.say(pools["referral"]),
                due_on=held + timedelta(days=7),
                done_on=self.referral_done,
                contact_id=self.referral_contact_id,
            ),
            FollowUp(
                id=self.id(),
                action=self.say(pools["update"]),
                done_on=self.update_done,
                due_on=self.update_done + timedelta(days=rng.randint(0, 4)),
                contact_id=self.interviewee_id,
            ),
        ]
        for key in rng.sample(["reading", "join", "career_centre", "next"], rng.randint(0, 2)):
            action = _cap(self.slots["next_action2"]) if key == "next" else self.say(pools[key])
            due = held + timedelta(days=rng.randint(10, 45))
            done = due - timedelta(days=rng.randint(0, 3)) if rng.random() < 0.4 else None
            out.append(FollowUp(id=self.id(), action=action, due_on=due, done_on=done))
        return out

    # -- contacts and research -------------------------------------------------------------
    def make_contacts(self) -> list[Contact]:
        """The interviewee (all six statuses), the referral made a contact, and maybe a
        contact who never answered, a relative (never the interviewee) and one for later."""
        rng, f, texts = self.rng, self.field, self.texts
        notes, status = texts["contact_notes"], texts["status_notes"]
        person, referral = self.interviewee, self.referrals[0]
        channel = rng.choice(["email", "email", "any", "phone"])
        self.slots.update(
            pref={"email": "email", "any": "email or phone", "phone": "a phone call"}[channel],
            other=person.full,
            ref_note=referral.note,
        )
        close = self.source_key in ("friend", "neighbour", "former-employer", "colleague")
        S = ContactStatus
        contacts = [
            Contact(
                id=self.interviewee_id,
                name=person.full,
                role=self.role_title,
                organization=self.org,
                source=self.source_key,
                relationship="acquaintance" if close else "none",
                preferred_channel=channel,
                email=self.email(person, self.org_domain(self.org)),
                phone=self.interviewee_phone,
                notes=self.say(notes["interviewee"]),
                history=_history(
                    (S.IDENTIFIED, self.identified, ""),
                    (S.REQUESTED, self.requested, self.say(status["requested"])),
                    (S.SCHEDULED, self.scheduled, self.say(status["scheduled"])),
                    (S.INTERVIEWED, self.held, self.say(status["interviewed"])),
                    (S.THANKED, self.thanked, self.say(status["thanked"])),
                    (S.FOLLOWED_UP, self.update_done, self.say(status["followed-up"])),
                ),
            ),
            Contact(
                id=self.referral_contact_id,
                name=referral.name,
                role=referral.role,
                organization=referral.organization,
                source="referral",
                referred_by=person.full,
                email=self.email(self.referral_people[0], self.org_domain(referral.organization)),
                notes=self.say(notes["referral"]),
                history=_history(
                    (S.IDENTIFIED, self.held, ""),
                    (S.REQUESTED, self.referral_done, self.say(status["requested"])),
                ),
            ),
        ]
        if rng.random() < 0.6:  # asked first, no answer: the student moved on (3B7)
            other = self.person()
            title = rng.choice([r for r in f["roles"] if r[0] != self.role_title])[0]
            org = rng.choice(f["orgs"]).format(place=self.places[3])
            contacts.insert(
                0,
                Contact(
                    id=self.id(),
                    name=other.full,
                    role=title,
                    organization=org,
                    source="online-network",
                    email=self.email(other, self.org_domain(org)),
                    notes=self.say(notes["no_reply"]),
                    history=_history(
                        (S.IDENTIFIED, self.identified - timedelta(days=2), ""),
                        (
                            S.REQUESTED,
                            self.requested - timedelta(days=3),
                            self.say(status["other_requested"]),
                        ),
                    ),
                ),
            )
        if rng.random() < 0.45:
            relative = self.person(family=self.student.clan if rng.random() < 0.5 else None)
            self.flags.add("had_relative")
            self.slots.update(
                relative=rng.choice(self.c.common["relatives"][relative.pronoun]),
                relative_role=rng.choice(f["relative_roles"]),
            )
            contacts.insert(
                0,
                Contact(
                    id=self.id(),
                    name=relative.full,
                    role=_cap(self.slots["relative_role"].split(" ", 1)[1]),
                    source="family",
                    relationship="relative",
                    preferred_channel="message",
                    phone=self.digits(self.region["phone"]),
                    notes=self.say(notes["relative"]),
                    history=_history((S.IDENTIFIED, self.term_start + timedelta(days=5), "")),
                ),
            )
        if rng.random() < 0.35:
            later = self.person()
            org = rng.choice(f["orgs"]).format(place=self.places[2])
            contacts.append(
                Contact(
                    id=self.id(),
                    name=later.full,
                    role=rng.choice(f["roles"])[0],
                    organization=org,
                    source="association",
                    email=self.email(later, self.org_domain(org)),
                    notes=self.say(notes["later"]),
                    history=_history((S.IDENTIFIED, self.requested, "")),
                )
            )
        return contacts

    def make_research(self) -> list[ResearchNote]:
        """One or two notes on the field, one or two on the interviewee's organisation."""
        rng, f = self.rng, self.field
        read = rng.sample(f["field_notes"], rng.choice([1, 2, 2]))
        self.slots["research_source"] = read[0]["as_read"]
        notes = [
            ResearchNote(
                id=self.id(),
                about="field",
                text=note["text"],
                source=note["source"],
                added_on=self.identified + timedelta(days=rng.randint(0, 4)),
            )
            for note in read
        ]
        notes += [
            ResearchNote(
                id=self.id(),
                about="organization",
                text=self.fill(template),
                source=_cap(self.fill(rng.choice(f["org_sources"]))),
                added_on=self.requested + timedelta(days=rng.randint(0, 3)),
            )
            for template in rng.sample(f["org_notes"], rng.choice([1, 1, 2]))
        ]
        return notes

    def make_profile(self) -> Profile:
        rng, f, common, student = self.rng, self.field, self.c.common, self.student
        return Profile(
            name=student.full,
            student_id=self.digits(rng.choice(common["student_id_formats"])),
            course=self.course,
            email=self.email(student, rng.choice(common["student_email_domains"])),
            phone=self.student_phone,
            career_interests=[_cap(f["field"]), _cap(self.slots["related"])],
            learning_goals=[_cap(g) for g in self.goals],
            values=[_cap(v) for v in self.values],
            interests=[_cap(i) for i in rng.sample(f["interests"], 2) + rng.sample(common["hobbies"], 2)],
            skills=[_cap(s) for s in rng.sample(f["skills"], 2) + rng.sample(common["general_skills"], 2)],
        )

    # -- reflection -------------------------------------------------------------------------
    def make_reflection(self) -> Reflection:
        """Core moves for every prompt of a framework, then extra moves until the target length."""
        rng, spec = self.rng, self.c.reflection
        asked = [q for q in self.questions if q.asked]
        topics = [self.c.plan["topics"].get(q.bank_id or "", "field") for q in asked if q.phase == "core"]
        labels = list(dict.fromkeys(self.texts["topic_labels"][t] for t in topics))
        self.slots.update(
            n_questions=str(len(self.questions)),
            n_asked=str(len(asked)),
            topics=self.fill(_join(rng.sample(labels, min(3, len(labels))))),
        )
        framework = rng.choice(list(REFLECTION_PROMPTS))
        prompts = spec["frameworks"][framework]
        used: set[str] = set()
        parts = {
            key: [(move, self.move(move, used)) for move in moves["core"]] for key, moves in prompts.items()
        }
        words = sum(_words(s) for sentences in parts.values() for _, s in sentences)
        target = rng.randint(REFLECTION_WORDS[0] + 50, REFLECTION_WORDS[1] - 80)
        extras = [(key, move) for key, moves in prompts.items() for move in moves["extra"]]
        rng.shuffle(extras)
        once = set(spec["once"])
        for key, move in extras:
            if words >= target:
                break
            if move in once and any(move == name for moves in parts.values() for name, _ in moves):
                continue
            sentence = self.move(move, used)
            if sentence and words + _words(sentence) <= REFLECTION_WORDS[1]:
                anchor = prompts[key]["before"].get(move)
                names = [name for name, _ in parts[key]]
                at = names.index(anchor) if anchor in names else len(names)
                parts[key].insert(at, (move, sentence))
                words += _words(sentence)
        answers = {}
        for key, moves in parts.items():
            sentences = [sentence for _, sentence in moves]
            half = (len(sentences) + 1) // 2 if len(sentences) > 3 else len(sentences)
            answers[key] = "\n\n".join(" ".join(p) for p in (sentences[:half], sentences[half:]) if p)
        return Reflection(framework=framework, answers=answers)

    def move(self, name: str, used: set[str]) -> str:
        """A sentence from pool ``name`` not yet used in this reflection ("" when none is left)."""
        fresh = [v for v in self.usable(self.c.reflection["moves"][name]) if v not in used]
        if not fresh:
            return ""
        choice = self.rng.choice(fresh)
        used.add(choice)
        return self.fill(choice)


# -- public API ------------------------------------------------------------------------------
def partial_steps(seed: int) -> int:
    """How many steps ``sample_project(seed, complete=False)`` has done: 0 to 6, fixed per seed."""
    return random.Random(f"infokit-sample-partial:{seed}").randrange(len(STEPS))


def sample_project(seed: int = 0, complete: bool = True, *, steps_done: int | None = None) -> Project:
    """A realistic project of a fictional student; the same seed always gives the same project.

    Complete (the default): every step of :func:`infokit.progress.progress` is
    done under the default settings, on any day after 2026-12-31.

    ``complete=False``: the same student stopped partway. Exactly the first
    ``n = partial_steps(seed)`` steps of :data:`~infokit.model.STEPS` are done
    (n from 0 to 6) and every later step is not; ``steps_done=n`` (0 to 7)
    chooses n instead, whatever ``complete`` says, and 7 is the complete
    project. What each n leaves in the project:

    0. a profile with name, id, course, email and careers only; one or two
       identified contacts, no interviewee chosen; nothing else;
    1. the profile done; contacts and the interviewee chosen (all "identified");
       field research notes but none about the organisation;
    2. research done; 3 to ``question_min - 1`` draft questions, none answered;
    3. the full question plan; the request sent (interviewee "requested"), no meeting;
    4. the meeting scheduled and confirmed (interviewee "scheduled"); no interview
       notes, no answers, no referrals;
    5. the interview recorded (answers, notes, referrals not yet contacted;
       interviewee "interviewed"); a thank-you drafted but not sent, no follow-ups;
    6. the thank-you sent and follow-ups planned; the reflection has one prompt
       partly answered, well below the word minimum.
    """
    if steps_done is None:
        steps_done = len(STEPS) if complete else partial_steps(seed)
    if isinstance(steps_done, bool) or not 0 <= steps_done <= len(STEPS):
        raise ValueError(f"steps_done must be a whole number from 0 to {len(STEPS)}, not {steps_done!r}")
    project = _Builder(seed).build()
    return project if steps_done == len(STEPS) else _stop_at(project, steps_done, seed)


def _stop_at(project: Project, steps_done: int, seed: int) -> Project:
    """The complete ``project`` cut back so that exactly ``steps_done`` steps are done."""
    rng = random.Random(f"infokit-sample-cut:{seed}")
    p = project.model_copy(deep=True)
    answers = project.reflection.answers
    if steps_done == 6:
        first = next(iter(answers))
        p.reflection = Reflection(
            framework=p.reflection.framework, answers={first: answers[first].split("\n\n")[0]}
        )
        return p
    p.reflection = Reflection(framework=p.reflection.framework)
    p.follow_ups = []
    p.thank_you = ThankYou(text=project.thank_you.text if steps_done == 5 else "")
    last = {5: ContactStatus.INTERVIEWED, 4: ContactStatus.SCHEDULED, 3: ContactStatus.REQUESTED}
    p.contacts = [
        _trim(
            c,
            last.get(steps_done, ContactStatus.IDENTIFIED)
            if c.id == p.interviewee_id
            else ContactStatus.REQUESTED,
        )
        for c in p.contacts
        if c.source != "referral"
    ]
    p.referrals = [r.model_copy(update={"contacted": False, "contact_id": None}) for r in p.referrals]
    if steps_done == 5:
        return p
    p.referrals = []
    p.interview = InterviewNotes()
    p.questions = [q.model_copy(update={"asked": False, "answer_notes": ""}) for q in p.questions]
    if steps_done == 4:
        return p
    p.meeting = None
    if steps_done == 3:
        return p
    p.contacts = [_trim(c, ContactStatus.IDENTIFIED) for c in p.contacts]
    if steps_done == 2:
        p.questions = p.questions[: rng.randint(3, default_settings().limits.question_min - 1)]
        return p
    p.questions = []
    p.research = [note for note in p.research if note.about == "field"]
    if steps_done == 1:
        return p
    p.research = []
    p.interviewee_id = None
    p.contacts = p.contacts[: rng.randint(1, 2)]
    prof = p.profile
    p.profile = Profile(
        name=prof.name,
        student_id=prof.student_id,
        course=prof.course,
        email=prof.email,
        career_interests=prof.career_interests,
    )
    return p


def _trim(contact: Contact, last: ContactStatus) -> Contact:
    history = [change for change in contact.history if change.status.rank <= last.rank]
    return contact.model_copy(update={"history": history})


def write_sample(workspace: Workspace | str | Path, seed: int = 0, force: bool = False) -> Workspace:
    """Save ``sample_project(seed)`` as the project of ``workspace`` (a Workspace or a folder).

    Refuses (:class:`~infokit.errors.WorkspaceExists`) when the folder already
    holds a project, unless ``force``; a replaced project is kept under
    ``backups/`` by :meth:`Workspace.save`. Writes nothing outside the folder.
    """
    target = workspace if isinstance(workspace, Workspace) else Workspace(workspace)
    ensure_empty(target, force)
    target.save(sample_project(seed))
    return target
