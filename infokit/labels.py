"""Field paths in the student's words: the one place that says what ``follow_ups[0].action`` is called.

A path is how code names a field (``contacts[2].email``, ``meeting.timezone``,
``follow_up.action``); :func:`label` turns it into what a student reads
beside the form ("contact 3's email", "the meeting's time zone", "the
follow-up's 'To do'"). A list item is numbered from 1 as the student sees
it; a record named without a number (``follow_up``) is "the follow-up", the
one being added or edited. Quoted words are the forms' own labels. A name
the kit does not know (a key typed by hand into a file) is shown quoted, with
anything unprintable escaped, so the message stays one printable line.

Ground floor (it reads only :mod:`infokit.prompts`), so :class:`~infokit.errors.InvalidValue`
can word every message with it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from infokit.prompts import REFLECTION_PROMPTS

RECORDS: dict[str, str] = {
    "contacts": "contact",
    "contact": "contact",
    "history": "status change",
    "research": "research note",
    "research_note": "research note",
    "questions": "question",
    "question": "question",
    "referrals": "referral",
    "referral": "referral",
    "follow_ups": "follow-up",
    "follow_up": "follow-up",
    "mentions": "mention",
    "mention": "mention",
    "question_bank": "question-bank entry",
    "rubric": "rubric criterion",
    "levels": "level",
}
"""A list (or one record of it) to the noun for one of its items."""

PARTS: dict[str, str] = {
    "project": "your project",
    "profile": "your profile",
    "contacts": "your contacts",
    "interviewee_id": "your interviewee",
    "interviewee": "your interviewee",
    "research": "your research notes",
    "questions": "your questions",
    "meeting": "the meeting",
    "interview": "the interview",
    "referrals": "your referrals",
    "thank_you": "the thank-you",
    "follow_ups": "your follow-ups",
    "reflection": "your reflection",
    "preparation": "the preparation checklist",
    "messages": "your messages",
    "status": "the status",
    "kind": "the kind of message",
    "checklist item": "the checklist item",
    "bank_id": "the question-bank entry",
    "meeting_minutes": "the meeting's minutes",
    "contact_id": "the contact",
    "text": "the text",
}
"""Top-level parts of a project, and names actions use on their own."""

MESSAGE_KINDS: dict[str, str] = {
    "request-email": "your request email",
    "phone-script": "your phone script",
    "voicemail": "your voicemail message",
    "confirmation": "your confirmation email",
    "follow-up": "your follow-up message",
    "referrer-update": "your update for the referrer",
    "thank-you": "your thank-you note",
}

_PROFILE: dict[str, str] = {
    "name": "your name",
    "student_id": "your student id",
    "course": "your course",
    "email": "your email",
    "phone": "your phone",
    "career_interests": "your 'Careers of interest'",
    "learning_goals": "your 'What to learn'",
    "values": "your values",
    "interests": "your interests",
    "skills": "your skills",
}

FIELDS: dict[str, dict[str, str]] = {
    "contact": {
        "id": "id",
        "name": "name",
        "role": "'Role or job title'",
        "organization": "organisation",
        "source": "'Where you found them'",
        "relationship": "'How you know them'",
        "referred_by": "'Referred by'",
        "preferred_channel": "'They prefer'",
        "email": "email",
        "phone": "phone",
        "notes": "notes",
        "history": "status history",
    },
    "status change": {"status": "status", "on": "date", "note": "note"},
    "research note": {
        "id": "id",
        "about": "'About'",
        "text": "'What you learned'",
        "source": "source",
        "added_on": "'Read on' date",
    },
    "question": {
        "id": "id",
        "text": "wording",
        "category": "category",
        "tiara": "TIARA area",
        "phase": "phase",
        "priority": "priority",
        "minutes": "minutes",
        "sensitive": "'sensitive' mark",
        "bank_id": "question-bank entry",
        "asked": "'asked' tick",
        "answer_notes": "answer notes",
    },
    "referral": {
        "id": "id",
        "name": "name",
        "role": "role",
        "organization": "organisation",
        "may_use_name": "'I may say who referred me'",
        "contacted": "'contacted' mark",
        "contact_id": "contact",
        "note": "note",
    },
    "follow-up": {
        "id": "id",
        "action": "'To do'",
        "due_on": "'Due on' date",
        "done_on": "'Done on' date",
        "contact_id": "'With'",
    },
    "mention": {"kind": "kind", "text": "'Name or title'", "note": "note"},
    "the meeting": {
        "contact_id": "person",
        "starts": "day and time",
        "timezone": "time zone",
        "planned_minutes": "planned minutes",
        "format": "format",
        "place": "'Place, link or number'",
        "directions": "directions",
        "confirmed_on": "'Confirmed on' date",
    },
    "the interview": {
        "held_on": "'Held on' date",
        "started_at": "start time",
        "actual_minutes": "'Minutes it lasted'",
        "free_notes": "quick notes",
        "observations": "observations",
        "interviewee_interests": "notes on the interviewee's interests",
        "mentions": "mentions",
    },
    "the thank-you": {"text": "text", "sent_on": "'Sent on' date", "channel": "'Sent as'"},
    "your reflection": {"framework": "framework", "answers": "answers"},
    "message": {"text": "text", "sent_on": "'sent on' date"},
}
"""Each record's fields as the forms call them."""

_SEGMENT = re.compile(r"([^.\[\]]+)|\[([^\]]*)\]")


def label(path: str, prompts: Mapping[str, str] | None = None) -> str:
    """``contacts[2].email`` -> "contact 3's email"; lower case, to start or end a sentence.

    ``prompts`` (id to text) are the assignment's own reflection prompts, when the caller has
    the settings at hand: an answer to one of them is named by the start of its text."""
    parts = _split(path)
    phrase: str | None = None
    kind: str | None = None
    """The kind of record ``phrase`` names, to find its fields' words in FIELDS."""
    index = 0
    while index < len(parts):
        part = parts[index]
        following = parts[index + 1] if index + 1 < len(parts) else None
        if isinstance(part, str) and part in RECORDS and isinstance(following, int):
            kind = RECORDS[part]
            item = f"{kind} {following + 1}"
            phrase = item if phrase is None or phrase in PARTS.values() else f"{_owner(phrase)} {item}"
            index += 2
            continue
        if isinstance(part, int):
            phrase = f"{_owner(phrase)} entry {part + 1}" if phrase else f"entry {part + 1}"
            kind = None
        elif phrase is None:
            if part == "profile":
                phrase, kind = PARTS[part], "profile"
            elif part in PARTS:
                phrase = kind = PARTS[part]
            elif part in RECORDS:
                kind = RECORDS[part]
                phrase = f"the {kind}"
            else:
                phrase = _quoted(part)
        elif kind == "profile" and part in _PROFILE:
            phrase, kind = _PROFILE[part], None
        elif kind == "your messages" and part in MESSAGE_KINDS:
            phrase, kind = MESSAGE_KINDS[part], "message"
        elif kind == "your reflection" and part == "answers" and isinstance(following, str):
            phrase, kind = f"your answer to {prompt_label(following, prompts)}", None
            index += 1
        else:
            phrase = f"{_owner(phrase)} {_field_words(part, kind)}"
            kind = None
        index += 1
    return phrase or "this value"


def _split(path: str) -> list[str | int]:
    out: list[str | int] = []
    for name, number in _SEGMENT.findall(path):
        if name:
            out.append(name)
        elif number.isdigit():
            out.append(int(number))
        else:
            out.append(number)
    return out


def _owner(phrase: str) -> str:
    """The possessive: "the follow-up's", "your interests'"."""
    return phrase + ("'" if phrase.endswith("s") and not phrase.endswith("'s") else "'s")


def _field_words(part: str, kind: str | None) -> str:
    known = FIELDS.get(kind or "", {})
    if part in known:
        return known[part]
    return _quoted(part)


LABEL_WORDS = 6
"""How many words of an assignment prompt's text make its short label."""


def opening(text: str, words: int = LABEL_WORDS) -> str:
    """The start of a prompt's text in quotation marks: “Which step will you take…”."""
    split = text.split()
    head = "".join(c if c.isprintable() else " " for c in " ".join(split[:words]))
    return f"“{head}…”" if len(split) > words else f"“{head}”"


def prompt_label(key: str, prompts: Mapping[str, str] | None = None) -> str:
    """A reflection prompt by the words it opens with: the assignment's own (``prompts``, id to
    text, when the settings are at hand), else the kit's ("'What you learned'"), else its id quoted."""
    if prompts and key in prompts and prompts[key].strip():
        return opening(prompts[key])
    for kit in REFLECTION_PROMPTS.values():
        if key in kit:
            return "'" + kit[key].split(":", 1)[0] + "'"
    return _quoted(key)


def _quoted(text: str, limit: int = 40) -> str:
    """A name the kit does not know, quoted and printable, shortened to stay on one line."""
    shown = "".join(c if c.isprintable() else repr(c)[1:-1] for c in text[:limit])
    return f"'{shown}...'" if len(text) > limit else f"'{shown}'"
