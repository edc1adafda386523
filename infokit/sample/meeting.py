"""The meeting of a sample and what followed: referrals, interview notes, thank-you, follow-ups."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from infokit.model import FollowUp, InterviewNotes, Meeting, Mention, Referral, ThankYou
from infokit.sample.draw import _cap, _Draw
from infokit.sample.people import _person


def _make_referrals(draw: _Draw) -> list[Referral]:
    """One to three people to talk to next; the first is contacted (see people._make_contacts)."""
    rng = draw.rng
    roles = rng.sample(draw.field["referral_roles"], rng.choice([1, 2, 2, 3]))
    draw.referral_people = [_person(draw) for _ in roles]
    out = []
    for number, ((title, phrase, org), person) in enumerate(zip(roles, draw.referral_people, strict=True)):
        may_use = rng.random() < (0.75 if number == 0 else 0.5)
        if number == 0:
            draw.slots.update(referral=person.full, referral_first=person.given, referral_role=phrase)
            draw.flags.update(["ref_contacted"] + (["ref_may_use"] if may_use else []))
        draw.slots["ref_role"] = phrase
        out.append(
            Referral(
                id=draw.id(),
                name=person.full,
                role=title,
                may_use_name=may_use,
                organization=org.format(place=draw.places[number + 1]),
                contacted=number == 0,
                contact_id=draw.referral_contact_id if number == 0 else None,
                note=draw.say(draw.texts["referral_notes"]),
            )
        )
    if len(out) > 1:
        draw.flags.add("two_refs")
        draw.slots["referral2"] = out[1].name
    return out


# -- the meeting and after -------------------------------------------------------------
def _make_meeting(draw: _Draw) -> Meeting:
    rng, texts = draw.rng, draw.texts
    draw.planned = max(20, min(60, 5 * math.ceil(sum(q.minutes for q in draw.questions) / 5)))
    draw.actual = max(15, draw.planned + rng.randint(-3, 12))
    if draw.actual > draw.planned + 3:
        draw.flags.add("overran")
    draw.interviewee_phone = draw.digits(draw.region["phone"])
    draw.student_phone = draw.digits(draw.region["phone"])
    code = "-".join("".join(rng.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(n)) for n in (3, 4, 3))
    draw.slots.update(
        planned=f"{draw.planned} minutes",
        minutes=f"{draw.actual} minutes",
        minutes_n=str(draw.actual),
        street=rng.choice(draw.c.common["streets"]),
        number=str(rng.randint(12, 480)),
        code=code,
        student_phone=draw.student_phone,
    )
    place = draw.fill(
        {
            "in-person": texts["in_person_place"],
            "video": texts["video_link"],
            "phone": texts["phone_place"],
        }[draw.format]
    )
    directions = draw.say(texts["directions"]) if draw.format == "in-person" else ""
    starts = datetime(
        draw.held.year,
        draw.held.month,
        draw.held.day,
        rng.choice([8, 9, 10, 11, 13, 14, 15, 16]),
        rng.choice([0, 0, 15, 30]),
    )
    return Meeting(
        contact_id=draw.interviewee_id,
        starts=starts,
        timezone=draw.region["zone"],
        planned_minutes=draw.planned,
        format=draw.format,
        place=place,
        directions=directions,
        confirmed_on=draw.confirmed,
    )


def _make_interview(draw: _Draw) -> InterviewNotes:
    rng, f, texts = draw.rng, draw.field, draw.texts
    takeaways = rng.sample(f["takeaways"], 2)
    draw.slots.update(takeaway=takeaways[0], takeaway2=takeaways[1])
    notes = texts["free_notes"]
    points = [_cap(t) + "." for t in takeaways] + [draw.fill(p) for p in notes["points"]]
    free = [draw.say(notes["opening"]), draw.say(notes["flow"]), "", notes["heading"]]
    free += [f"- {point}" for point in points] + ["", draw.say(notes["extras"])]
    seen = texts["observations"]
    observations = [draw.say(seen[draw.format])]
    if draw.format == "in-person":
        observations.append(rng.choice(f["observations"]))
    observations += [draw.say(seen["mood"]), draw.say(seen["verdict"])]
    draw.slots.update(
        interests=". ".join(rng.sample(f["their_interests"], rng.randint(1, 2))),
        hobby=rng.choice(draw.c.common["interviewee_hobbies"]),
    )
    return InterviewNotes(
        held_on=draw.held,
        actual_minutes=draw.actual,
        free_notes="\n".join(free),
        observations=" ".join(observations),
        interviewee_interests=draw.fill(texts["interviewee_interests"]),
        mentions=_make_mentions(draw),
    )


def _make_mentions(draw: _Draw) -> list[Mention]:
    """Three to six names: publications, organisations, trends and perhaps a person, in talk order."""
    rng, picks = draw.rng, draw.mention_picks
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
            Mention(kind="person", text=_person(draw).full, note=draw.say(draw.texts["mention_person_notes"]))
        )
    rng.shuffle(out)
    return out


def _make_thank_you(draw: _Draw) -> ThankYou:
    rng, parts = draw.rng, draw.texts["thank_you"]
    days = str((draw.thanked - draw.held).days)
    channel = rng.choices(["email", "card"], weights=[6, 1])[0]
    draw.slots.update(
        when_rel=draw.fill(draw.texts["when_rel"][days]),
        thank_days=draw.texts["thank_days"][days],
        channel_phrase=parts["channels"][channel][0],
        thanks_word=parts["channels"][channel][1],
    )
    draw.slots["next_action"], draw.slots["next_action2"] = rng.sample(draw.field["next_actions"], 2)
    body = [f"Subject: {draw.say(parts['subject'])}"] if channel == "email" else []
    body += [
        draw.say(parts["greeting"]),
        f"{draw.say(parts['thanks'])} {draw.say(parts['specific'])}",
        f"{draw.say(parts['action'])} {draw.say(parts['closing'])}",
        f"{draw.say(parts['signoff'])}\n{draw.student.full}",
    ]
    return ThankYou(text="\n\n".join(body), sent_on=draw.thanked, channel=channel)


def _make_follow_ups(draw: _Draw) -> list[FollowUp]:
    """Write to the referral, report back to the interviewee (both done), and 0-2 more."""
    rng, pools, held = draw.rng, draw.texts["follow_ups"], draw.held
    draw.referral_done = held + timedelta(days=rng.randint(2, 6))
    draw.update_done = draw.referral_done + timedelta(days=rng.randint(4, 9))
    out = [
        FollowUp(
            id=draw.id(),
            action=draw.say(pools["referral"]),
            due_on=held + timedelta(days=7),
            done_on=draw.referral_done,
            contact_id=draw.referral_contact_id,
        ),
        FollowUp(
            id=draw.id(),
            action=draw.say(pools["update"]),
            done_on=draw.update_done,
            due_on=draw.update_done + timedelta(days=rng.randint(0, 4)),
            contact_id=draw.interviewee_id,
        ),
    ]
    for key in rng.sample(["reading", "join", "career_centre", "next"], rng.randint(0, 2)):
        action = _cap(draw.slots["next_action2"]) if key == "next" else draw.say(pools[key])
        due = held + timedelta(days=rng.randint(10, 45))
        done = due - timedelta(days=rng.randint(0, 3)) if rng.random() < 0.4 else None
        out.append(FollowUp(id=draw.id(), action=action, due_on=due, done_on=done))
    return out
