"""Draft messages for each step of the outreach, filled in from the student's project.

Each kind is a plain-text Jinja2 template in ``infokit/outreach/templates/``.
Emails (every kind but ``phone-script`` and ``voicemail``) start with a
``Subject: ...`` line and a blank line; :func:`split_subject` takes them apart.

The Python side gathers the data and raises :class:`~infokit.errors.InvalidValue`
naming the missing field (``interviewee``, ``meeting``, ``profile.name``...)
before any template runs, so a student never sees a Jinja traceback. Student
text is data, never template source, so ``{{`` or HTML in a field comes out
exactly as typed.

Where a draft needs something only the student knows, it leaves a spot marked
with :data:`EDIT_MARK` (``[[ ... ]]``) that names what to write; the message
checker reports any such spot left in a message (rule ``unedited``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from infokit.errors import InvalidValue
from infokit.model import Contact, ContactStatus, Meeting, Project
from infokit.outreach.kinds import KINDS
from infokit.outreach.schedule import (
    FORMAT_LABELS,
    describe_when,
    format_day,
    resolve_contact,
    resolve_meeting,
)
from infokit.settings import Settings, default_settings

EDIT_MARK = "[["
"""Opens a spot the student must fill in; ``]]`` closes it."""

_NEEDS_MEETING = frozenset({"confirmation"})

_CONNECTIONS: dict[str, str] = {
    "family": "My family suggested that I get in touch with you.",
    "friend": "A friend we have in common suggested that I get in touch with you.",
    "neighbour": "We are neighbours, and I have been curious about your work for a while.",
    "colleague": "We know each other as colleagues, and I hope you do not mind a note from me.",
    "former-employer": "You may remember me from my time working {with_org}.",
    "faculty": "A faculty member at my university gave me your name.",
    "career-centre": "I found your name among my career centre's employer contacts.",
    "association": "I came across your name through a professional association in your field.",
    "chamber": "I found your name through the local chamber of commerce.",
    "community": "I came across your name through a community organisation we both belong to.",
    "company-website": "I found your profile on {org_site} website.",
    "article": "I recently read an article about your work{at_org}.",
    "online-network": "I found your profile on a professional networking site.",
    "referral": "Someone I spoke with about my career plans suggested that I contact you.",
    "other": "I came across your work{at_org} while researching the field.",
}


def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("infokit.outreach", "templates"),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


_ENV = _environment()


def render(
    kind: str,
    project: Project,
    *,
    contact_id: str | None = None,
    settings: Settings | None = None,
    **extra: Any,
) -> str:
    """One message as plain text, ending in a newline.

    ``contact_id`` picks the contact (default: the interviewee). ``extra``
    overrides any value handed to the template, e.g. ``connection="We met at
    the spring careers fair."`` or ``minutes=20``.
    """
    if kind not in KINDS:
        raise InvalidValue("kind", kind, f"is not one of {', '.join(KINDS)}")
    context = {**_context(kind, project, contact_id, settings or default_settings()), **extra}
    text = _ENV.get_template(f"{kind}.j2").render(context)
    return _tidy(text)


def render_all(
    project: Project, *, contact_id: str | None = None, settings: Settings | None = None
) -> dict[str, str]:
    """Every kind the project has the data for, in :data:`KINDS` order.

    Kinds whose data is missing (no meeting yet, nobody referred the contact)
    are left out rather than failing the lot; call :func:`render` for one kind
    to get the InvalidValue that says what is missing.
    """
    drafts: dict[str, str] = {}
    for kind in KINDS:
        try:
            drafts[kind] = render(kind, project, contact_id=contact_id, settings=settings)
        except InvalidValue:
            continue
    return drafts


def split_subject(text: str) -> tuple[str | None, str]:
    """``(subject, body)``: the ``Subject:`` first line, if there is one, and the rest."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    if first.lower().startswith("subject:"):
        return first[len("subject:") :].strip(), rest.lstrip("\n")
    return None, text


# -- gathering the data -------------------------------------------------------
def _context(kind: str, project: Project, contact_id: str | None, settings: Settings) -> dict[str, Any]:
    profile = project.profile
    if not profile.name:
        raise InvalidValue("profile.name", profile.name, "is required: add your name to your profile first")
    contact = resolve_contact(project, contact_id)
    meeting = (
        project.meeting if project.meeting and project.meeting.contact_id in (None, contact.id) else None
    )
    if kind in _NEEDS_MEETING:
        meeting = resolve_meeting(project, contact)
    if kind == "voicemail" and not (profile.phone or profile.email):
        raise InvalidValue(
            "profile.phone", profile.phone, "is required for a voicemail: add your phone or email"
        )
    interest = profile.career_interests[0] if profile.career_interests else ""
    # The interview notes, mentions and referrals belong to the interviewee's meeting.
    own = contact.id == project.interviewee_id
    referrals = project.referrals[:3] if own else []
    held = project.interview.held_on if own else None
    return {
        "student": {
            "name": profile.name,
            "course": profile.course,
            "email": profile.email,
            "phone": profile.phone,
            "signature": [line for line in (profile.course, profile.email, profile.phone) if line],
        },
        "contact": _contact_data(contact),
        "connection": _connection(contact),
        "exploring": f"a career in {_common(interest)}" if interest else "careers like yours",
        "interest": _common(interest) if interest else "your field",
        "referred_by": contact.referred_by,
        "goal": profile.learning_goals[0] if profile.learning_goals else "",
        "minutes": meeting.planned_minutes if meeting else settings.limits.meeting_minutes,
        "meeting": _meeting_data(meeting) if meeting else None,
        "requested_on": _day(contact.status_date(ContactStatus.REQUESTED)),
        "held_on": _day(held or (meeting.starts.date() if meeting else None)),
        "stage": _stage(contact),
        "highlight": _highlight(project) if own else None,
        "learned": _learned(project) if own else None,
        "resources": _join(
            [m.text for m in project.interview.mentions if m.kind != "trend"][:3] if own else []
        ),
        "referrals": _join([r.name for r in referrals]),
        "named": _join([r.name for r in referrals if r.may_use_name]),
        "named_all": bool(referrals) and all(r.may_use_name for r in referrals),
        "referrer": _referrer(project, contact) if kind == "referrer-update" else "",
        "edit": lambda what: f"{EDIT_MARK} EDIT: {what} ]]",
    }


def _contact_data(contact: Contact) -> dict[str, str]:
    work = "work" + (f" as {with_article(contact.role)}" if contact.role else "")
    work += f" at {contact.organization}" if contact.organization else ""
    as_role = with_article(contact.role) if contact.role else ""
    as_role += f" at {contact.organization}" if as_role and contact.organization else ""
    return {
        "name": contact.name,
        "role": contact.role,
        "organization": contact.organization,
        "work": work if work != "work" else "",
        "as_role": as_role,
        "phone": contact.phone,
        "email": contact.email,
    }


def _connection(contact: Contact) -> str:
    """The opening sentence that says how the student knows of the contact."""
    if contact.referred_by:
        return f"{contact.referred_by} suggested that I get in touch with you."
    org = contact.organization
    return _CONNECTIONS[contact.source].format(
        with_org=f"with you at {org}" if org else "with your team",
        org_site=f"the {org}" if org else "your organisation's",
        at_org=f" at {org}" if org else "",
    )


def _meeting_data(meeting: Meeting) -> dict[str, Any]:
    return {
        "when": describe_when(meeting),
        "day": format_day(meeting.starts.date()),
        "minutes": meeting.planned_minutes,
        "format": meeting.format,
        "how": FORMAT_LABELS[meeting.format],
        "place": meeting.place,
        "directions": meeting.directions,
    }


def _stage(contact: Contact) -> str:
    status = contact.status
    if status.rank >= ContactStatus.INTERVIEWED.rank:
        return "met"
    return {"scheduled": "scheduled", "requested": "requested"}.get(status.value, "planned")


def _referrer(project: Project, contact: Contact) -> str:
    """Who sent the student to ``contact``: ``referred_by``, else the interviewee whose referral it was."""
    if contact.referred_by:
        return contact.referred_by
    interviewee = project.interviewee
    if (
        interviewee is not None
        and interviewee.id != contact.id
        and any(r.contact_id == contact.id for r in project.referrals)
    ):
        return interviewee.name
    raise InvalidValue(
        "contact.referred_by", contact.referred_by, f"is required: say who referred {contact.name}"
    )


def _highlight(project: Project) -> dict[str, str] | None:
    """The first question with notes on its answer (the thank-you quotes the question, never the notes)."""
    for question in project.questions:
        if _excerpt(question.answer_notes):
            return {"question": question.text.strip(), "note": _excerpt(question.answer_notes)}
    return None


def _learned(project: Project) -> dict[str, str] | None:
    """The first note on an answer, else the first free note (for the update to a referrer)."""
    found = _highlight(project)
    if found:
        return found
    note = _excerpt(project.interview.free_notes)
    return {"question": "", "note": note} if note else None


_ACRONYM_VOWEL_SOUND = "AEFHILMNORSX"
"""Letters whose names start with a vowel sound: "an MRI technician", "an HR manager"."""
_CONSONANT_SOUND = ("uni", "use", "usu", "eu", "one", "once")
_SILENT_H = ("hour", "honest", "honou", "honor", "heir")


def with_article(role: str) -> str:
    """The role with "a" or "an": "Ecologist" -> "an ecologist", "UX designer" -> "a UX designer".

    A role typed with only its first letter capitalised ("Ecologist", "Urban planner")
    is lower-cased; other capitals are kept as typed (names, acronyms, titles).
    """
    role = " ".join(role.split())
    words = role.split()
    if not words or words[0].lower() in ("a", "an", "the"):
        return role
    first = words[0]
    if first[:1].isupper() and first[1:].islower() and all(w.islower() for w in words[1:]):
        role = first.lower() + role[len(first) :]  # "Ecologist", "Urban planner": typed with a capital
    if len(first) > 1 and first.isupper():
        vowel = first[0] in _ACRONYM_VOWEL_SOUND
    else:
        low = role.lower()
        vowel = low.startswith(_SILENT_H) or (low[:1] in "aeiou" and not low.startswith(_CONSONANT_SOUND))
    return ("an " if vowel else "a ") + role


def _common(phrase: str) -> str:
    """An interest as it reads mid-sentence: "Data journalism" -> "data journalism" (acronyms kept)."""
    words = phrase.split()
    if words and words[0][:1].isupper() and words[0][1:].islower() and not any(w.isupper() for w in words):
        return phrase[:1].lower() + phrase[1:]
    return phrase


def _excerpt(note: str, words: int = 25) -> str:
    """The note's first sentence, cut to ``words`` words, to follow a colon; ends in "." or "…"."""
    first = re.split(r"(?<=[.!?])\s|\n", note.strip(), maxsplit=1)[0].strip()
    parts = first.split()
    text = " ".join(parts[:words]).rstrip(" .;:,!?…")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text + ("…" if len(parts) > words else ".") if text else ""


def _join(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _day(day: date | None) -> str:
    return format_day(day) if day else ""


def _tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, one final newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return text + "\n"
