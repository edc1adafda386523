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

This module is the public face and the order of the draw (``_build``); the parts
are drawn by :mod:`infokit.sample.draw` (content pools, the seeded state),
:mod:`infokit.sample.people` (people, dates, contacts, profile),
:mod:`infokit.sample.questions` (research and the question plan),
:mod:`infokit.sample.meeting` (referrals, meeting, interview, thank-you, follow-ups)
and :mod:`infokit.sample.reflection`; :mod:`infokit.sample.partial` cuts a
project back for ``complete=False``. Reordering any call changes every later draw.
"""

from __future__ import annotations

import random
from pathlib import Path

from infokit.dates import WEEKDAYS
from infokit.model import STEPS, Project
from infokit.sample.draw import _content, _day, _Draw
from infokit.sample.meeting import (
    _make_follow_ups,
    _make_interview,
    _make_meeting,
    _make_referrals,
    _make_thank_you,
)
from infokit.sample.partial import _stop_at
from infokit.sample.people import TERM_START, _draw_dates, _make_contacts, _make_profile, _person
from infokit.sample.questions import QUESTIONS, _make_questions, _make_research
from infokit.sample.reflection import REFLECTION_WORDS, _make_reflection
from infokit.store import Workspace, ensure_empty

__all__ = [
    "QUESTIONS",
    "REFLECTION_WORDS",
    "TERM_START",
    "partial_steps",
    "sample_fields",
    "sample_project",
    "write_sample",
]

NUMBERS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
PRONOUNS = {"she": ("she", "her", "her"), "he": ("he", "him", "his"), "they": ("they", "them", "their")}


def sample_fields() -> list[str]:
    """The careers samples are drawn from (keys such as ``"urban-planning"``)."""
    return [field["key"] for field in _content().fields]


# -- the draw, in order ----------------------------------------------------------------------
def _build(draw: _Draw) -> Project:
    """The complete project; each step draws from ``draw.rng`` in this fixed order."""
    rng, common = draw.rng, draw.c.common
    draw.field = f = rng.choice(draw.c.fields)
    draw.flags.update(f["flags"])
    draw.region = rng.choice(common["regions"])
    draw.places = rng.sample(common["places"], 4)
    draw.student = _person(draw)
    draw.interviewee = _person(draw)
    draw.role_title, role_phrase = rng.choice(f["roles"])
    draw.org = rng.choice(f["orgs"]).format(place=draw.places[0])
    draw.interviewee_id, draw.referral_contact_id = draw.id(), draw.id()
    _draw_dates(draw)
    _draw_slots(draw, role_phrase)
    draw.referrals = _make_referrals(draw)
    draw.questions = _make_questions(draw)
    meeting = _make_meeting(draw)
    interview = _make_interview(draw)
    thank_you = _make_thank_you(draw)
    follow_ups = _make_follow_ups(draw)
    return Project(
        contacts=_make_contacts(draw),
        interviewee_id=draw.interviewee_id,
        research=_make_research(draw),
        profile=_make_profile(draw),
        questions=draw.questions,
        meeting=meeting,
        interview=interview,
        referrals=draw.referrals,
        thank_you=thank_you,
        follow_ups=follow_ups,
        reflection=_make_reflection(draw),
    )


def _draw_slots(draw: _Draw, role_phrase: str) -> None:
    """The facts of this student's story that sentences refer to."""
    f, rng, person, texts = draw.field, draw.rng, draw.interviewee, draw.texts
    they, them, their = PRONOUNS[person.pronoun]
    draw.years = rng.randint(4, 24)
    draw.mention_picks = {
        key: rng.sample(f[key], len(f[key])) for key in ("publications", "organizations", "trends")
    }
    draw.format = rng.choices(["video", "in-person", "phone"], weights=[45, 35, 20])[0]
    draw.flags.add(draw.format.replace("-", "_"))
    draw.goals = rng.sample(f["goals"], rng.randint(2, 3))
    values = rng.sample(f["values"], 2) + rng.sample(draw.c.common["values"], rng.randint(1, 3))
    draw.values = list(dict.fromkeys(values))
    draw.course = rng.choice(draw.c.common["courses"])
    picks = draw.mention_picks
    draw.slots.update(
        first=person.given,
        full=person.full,
        they=they,
        them=them,
        their=their,
        org=draw.org,
        role=role_phrase,
        role_title=draw.role_title,
        field=f["field"],
        career=f["career"],
        a_career=f["a_career"],
        city=draw.region["city"],
        years=str(draw.years),
        years_org=str(rng.randint(1, min(draw.years, 12))),
        publication=picks["publications"][0][0],
        association=picks["organizations"][0][0],
        trend=picks["trends"][0][0],
        trend_note=picks["trends"][0][1],
        related=rng.choice(f["related"]),
        skill=rng.choice(f["skills"]),
        goal=draw.goals[0],
        goal2=draw.goals[1],
        value=draw.values[0],
        value2=draw.values[-1],
        downside=rng.choice(f["downsides"]),
        course_link=rng.choice(f["course_links"]),
        surprise=rng.choice(f["surprises"]),
        gap=rng.choice(f["gaps"]),
        course=draw.course.split(":")[0],
        held_weekday=WEEKDAYS[draw.held.weekday()],
        meeting_day=f"{WEEKDAYS[draw.held.weekday()]} {_day(draw.held)}",
        when=f"on {_day(draw.held)}",
        date=_day(draw.held),
        requested_on=_day(draw.requested),
        reply_days=f"{NUMBERS[draw.reply_days]} day{'s' if draw.reply_days > 1 else ''}",
        channel=rng.choice(["email", "email", "email and a follow-up call"]),
    )
    form = texts["formats"][draw.format]
    draw.slots.update(
        format_phrase=draw.fill(form["phrase"]),
        format_adv=draw.fill(form["adv"]),
        format_short=form["short"],
    )
    draw.source_key = rng.choice(texts["interviewee_sources"])
    draw.slots["source"] = draw.say(texts["source_phrases"][draw.source_key])


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
    project = _build(_Draw(seed))
    return project if steps_done == len(STEPS) else _stop_at(project, steps_done, seed)


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
