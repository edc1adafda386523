"""The people of a sample and their timeline: names, emails, dates, contacts and the profile.

Names come from ``people.json`` and are unique within a project; the interviewee's
contact history runs through every status on the term's dates drawn here.
"""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

from infokit.model import Contact, ContactStatus, Profile, StatusChange
from infokit.sample.draw import _cap, _Draw, _Person

TERM_START = date(2026, 9, 1)
"""The earliest first day of the fictional term; each seed starts within ten days of it."""
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


def _ascii(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_ASCII))
    return "".join(c for c in text if c.isascii() and c.isalnum()).lower()


def _history(*moves: tuple[ContactStatus, date, str]) -> list[StatusChange]:
    return [StatusChange(status=status, on=on, note=note) for status, on, note in moves]


def _person(draw: _Draw, family: str | None = None) -> _Person:
    """A new fictional person whose full and first names are unique in this project."""
    while True:
        group = draw.rng.choice(draw.c.people)
        given, pronoun = draw.rng.choice(group["given"])
        families = group if draw.rng.random() < 0.8 else draw.rng.choice(draw.c.people)
        clan = family or draw.rng.choice(families["family"])
        name = clan.split("|")[1 if pronoun == "she" else 0] if "|" in clan else clan
        found = _Person(given, name, pronoun, clan)
        if given not in {n.split(" ")[0] for n in draw.names} and found.full not in draw.names:
            draw.names.add(found.full)
            return found


def _email(draw: _Draw, person: _Person, domain: str) -> str:
    given, family = _ascii(person.given), _ascii(person.family)
    local = draw.rng.choice(draw.texts["email_formats"]).format(
        given=given, family=family, g=given[0], f=family[0]
    )
    return f"{local}@{domain}"


def _org_domain(draw: _Draw, org: str) -> str:
    words = [w for w in map(_ascii, org.split()) if w and w not in _SLUG_SKIP]
    return "-".join(words[:2]) + "." + draw.rng.choice(draw.texts["reserved_domains"])


def _draw_dates(draw: _Draw) -> None:
    """The term's timeline: found, asked, scheduled, met (a weekday), thanked."""
    rng = draw.rng
    draw.term_start = TERM_START + timedelta(days=rng.randrange(10))
    draw.identified = draw.term_start + timedelta(days=rng.randint(7, 16))
    draw.requested = draw.identified + timedelta(days=rng.randint(3, 8))
    draw.reply_days = rng.choice([1, 1, 2, 2, 3, 4, 5, 6])
    draw.flags.add("slow_reply" if draw.reply_days >= 4 else "quick_reply")
    draw.scheduled = draw.requested + timedelta(days=draw.reply_days)
    held = draw.scheduled + timedelta(days=rng.randint(6, 18))
    while held.weekday() >= 5:
        held += timedelta(days=1)
    draw.held = held
    draw.confirmed = max(draw.scheduled, held - timedelta(days=rng.randint(1, 2)))
    draw.thanked = held + timedelta(days=rng.choice([1, 1, 2]))


def _make_contacts(draw: _Draw) -> list[Contact]:
    """The interviewee (all six statuses), the referral made a contact, and maybe a
    contact who never answered, a relative (never the interviewee) and one for later."""
    rng, f, texts = draw.rng, draw.field, draw.texts
    notes, status = texts["contact_notes"], texts["status_notes"]
    person, referral = draw.interviewee, draw.referrals[0]
    channel = rng.choice(["email", "email", "any", "phone"])
    draw.slots.update(
        pref={"email": "email", "any": "email or phone", "phone": "a phone call"}[channel],
        other=person.full,
        ref_note=referral.note,
    )
    close = draw.source_key in ("friend", "neighbour", "former-employer", "colleague")
    S = ContactStatus
    contacts = [
        Contact(
            id=draw.interviewee_id,
            name=person.full,
            role=draw.role_title,
            organization=draw.org,
            source=draw.source_key,
            relationship="acquaintance" if close else "none",
            preferred_channel=channel,
            email=_email(draw, person, _org_domain(draw, draw.org)),
            phone=draw.interviewee_phone,
            notes=draw.say(notes["interviewee"]),
            history=_history(
                (S.IDENTIFIED, draw.identified, ""),
                (S.REQUESTED, draw.requested, draw.say(status["requested"])),
                (S.SCHEDULED, draw.scheduled, draw.say(status["scheduled"])),
                (S.INTERVIEWED, draw.held, draw.say(status["interviewed"])),
                (S.THANKED, draw.thanked, draw.say(status["thanked"])),
                (S.FOLLOWED_UP, draw.update_done, draw.say(status["followed-up"])),
            ),
        ),
        Contact(
            id=draw.referral_contact_id,
            name=referral.name,
            role=referral.role,
            organization=referral.organization,
            source="referral",
            referred_by=person.full,
            email=_email(draw, draw.referral_people[0], _org_domain(draw, referral.organization)),
            notes=draw.say(notes["referral"]),
            history=_history(
                (S.IDENTIFIED, draw.held, ""),
                (S.REQUESTED, draw.referral_done, draw.say(status["requested"])),
            ),
        ),
    ]
    if rng.random() < 0.6:  # asked first, no answer: the student moved on (3B7)
        other = _person(draw)
        title = rng.choice([r for r in f["roles"] if r[0] != draw.role_title])[0]
        org = rng.choice(f["orgs"]).format(place=draw.places[3])
        contacts.insert(
            0,
            Contact(
                id=draw.id(),
                name=other.full,
                role=title,
                organization=org,
                source="online-network",
                email=_email(draw, other, _org_domain(draw, org)),
                notes=draw.say(notes["no_reply"]),
                history=_history(
                    (S.IDENTIFIED, draw.identified - timedelta(days=2), ""),
                    (
                        S.REQUESTED,
                        draw.requested - timedelta(days=3),
                        draw.say(status["other_requested"]),
                    ),
                ),
            ),
        )
    if rng.random() < 0.45:
        relative = _person(draw, family=draw.student.clan if rng.random() < 0.5 else None)
        draw.flags.add("had_relative")
        draw.slots.update(
            relative=rng.choice(draw.c.common["relatives"][relative.pronoun]),
            relative_role=rng.choice(f["relative_roles"]),
        )
        contacts.insert(
            0,
            Contact(
                id=draw.id(),
                name=relative.full,
                role=_cap(draw.slots["relative_role"].split(" ", 1)[1]),
                source="family",
                relationship="relative",
                preferred_channel="message",
                phone=draw.digits(draw.region["phone"]),
                notes=draw.say(notes["relative"]),
                history=_history((S.IDENTIFIED, draw.term_start + timedelta(days=5), "")),
            ),
        )
    if rng.random() < 0.35:
        later = _person(draw)
        org = rng.choice(f["orgs"]).format(place=draw.places[2])
        contacts.append(
            Contact(
                id=draw.id(),
                name=later.full,
                role=rng.choice(f["roles"])[0],
                organization=org,
                source="association",
                email=_email(draw, later, _org_domain(draw, org)),
                notes=draw.say(notes["later"]),
                history=_history((S.IDENTIFIED, draw.requested, "")),
            )
        )
    return contacts


def _make_profile(draw: _Draw) -> Profile:
    rng, f, common, student = draw.rng, draw.field, draw.c.common, draw.student
    return Profile(
        name=student.full,
        student_id=draw.digits(rng.choice(common["student_id_formats"])),
        course=draw.course,
        email=_email(draw, student, rng.choice(common["student_email_domains"])),
        phone=draw.student_phone,
        career_interests=[_cap(f["field"]), _cap(draw.slots["related"])],
        learning_goals=[_cap(g) for g in draw.goals],
        values=[_cap(v) for v in draw.values],
        interests=[_cap(i) for i in rng.sample(f["interests"], 2) + rng.sample(common["hobbies"], 2)],
        skills=[_cap(s) for s in rng.sample(f["skills"], 2) + rng.sample(common["general_skills"], 2)],
    )
