"""Notebook 01: the people you could ask, their status, your choice, your research."""

from __future__ import annotations

from datetime import date
from typing import Any

from infokit.actions._base import (
    WorkspaceLike,
    _assign,
    _capital,
    _contact,
    _find,
    _ws,
    happened_on,
)
from infokit.dates import short_day
from infokit.errors import InvalidValue
from infokit.model import (
    Contact,
    ContactStatus,
    ResearchNote,
    make,
    set_field,
)


def add_contact(name: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Contact:
    """Add a person you could interview; fields as in :class:`~infokit.model.Contact`."""
    with _ws(workspace).update() as p:
        contact = make(Contact, "contact", name=name, **fields)
        p.contacts.append(contact)
        return contact


def edit_contact(contact: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Contact:
    """Change a contact's details (not its status: use :func:`set_status`)."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
        _assign(found, "contact", fields)
        return found


def remove_contact(contact: str, *, workspace: WorkspaceLike = None) -> None:
    """Delete a contact and every link to it (interviewee choice, referral, meeting)."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
        p.contacts.remove(found)
        if p.interviewee_id == found.id:
            p.interviewee_id = None
        if p.meeting is not None and p.meeting.contact_id == found.id:
            p.meeting.contact_id = None
        for item in [*p.referrals, *p.follow_ups]:
            if item.contact_id == found.id:
                item.contact_id = None


STEP_WORDS: dict[ContactStatus, str] = {
    ContactStatus.IDENTIFIED: "found",
    ContactStatus.REQUESTED: "asked",
    ContactStatus.SCHEDULED: "scheduled",
    ContactStatus.INTERVIEWED: "interviewed",
    ContactStatus.THANKED: "thanked",
    ContactStatus.FOLLOWED_UP: "followed up",
}
"""Each status as a student says it ("Sam Lee is already 'asked'")."""

STEP_DAYS: dict[ContactStatus, str] = {
    ContactStatus.IDENTIFIED: "the day you found this contact",
    ContactStatus.REQUESTED: "the day you sent the request",
    ContactStatus.SCHEDULED: "the day the meeting was agreed",
    ContactStatus.INTERVIEWED: "the day of the interview",
    ContactStatus.THANKED: "the day you sent the thank-you",
    ContactStatus.FOLLOWED_UP: "the day you followed up",
}


def set_status(
    contact: Any,
    status: str,
    *,
    on: date | None = None,
    note: str = "",
    date_required: bool = False,
    workspace: WorkspaceLike = None,
) -> Contact:
    """Move a contact on, e.g. ``set_status("Ana Ruiz", "requested", on=date(2026, 3, 2))``.

    ``on`` is the day it happened (today if None, unless ``date_required``: a form sets
    it so that an empty date box is refused, never taken for today); a day in the future
    is refused. Recording the status a contact already has on the same day changes
    nothing; on another day, the message says what is recorded.
    """
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
        try:
            new = ContactStatus(status)
        except ValueError:
            choices = ", ".join(s.value for s in ContactStatus)
            raise InvalidValue.says(
                "status", status, f"{status!r} is not a status (one of {choices})"
            ) from None
        day = happened_on(on, STEP_DAYS[new], "on", date_required=date_required)
        _move_on(found, new, day, note)
        return found


def _move_on(contact: Contact, status: ContactStatus, day: date, note: str = "") -> bool:
    """Record ``contact`` reaching ``status`` on ``day``; False if that is already recorded.

    Every refusal says in words what is recorded and what to do: the same step on
    another day, a step already passed, a day before the previous step's.
    """
    current = contact.status
    recorded = contact.status_date(status)
    if recorded == day or (status == current and not contact.history):
        return False
    if recorded is not None:
        raise InvalidValue.says(
            "status",
            status.value,
            f"{contact.name} is already '{STEP_WORDS[status]}' since {short_day(recorded)}:"
            f" to record {short_day(day)} instead, undo that step first",
        )
    if status.rank < current.rank:
        since = contact.status_date(current)
        raise InvalidValue.says(
            "status",
            status.value,
            f"{contact.name} is already past '{STEP_WORDS[status]}' (now '{STEP_WORDS[current]}'"
            + (f" since {short_day(since)}" if since else "")
            + "): undo the later steps first to go back",
        )
    last = contact.history[-1] if contact.history else None
    if last is not None and day < last.on:
        raise InvalidValue.says(
            "status",
            day,
            f"{_capital(STEP_DAYS[status])} ({short_day(day)}) cannot come before {contact.name}'s"
            f" previous step, '{STEP_WORDS[last.status]}' on {short_day(last.on)}",
        )
    change = {"status": status, "on": day, "note": note}
    set_field(contact, "history", [*contact.history, change], "contact")
    return True


def undo_status(contact: str, *, workspace: WorkspaceLike = None) -> Contact:
    """Take back a contact's last status move (for a click made by mistake)."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
        if not found.history:
            raise InvalidValue.says("status", None, f"{found.name} has no step to undo")
        found.history = found.history[:-1]
        return found


def choose_interviewee(contact: str | None, *, workspace: WorkspaceLike = None) -> Contact | None:
    """Say whom you will interview (None to undo the choice)."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact) if contact else None
        p.interviewee_id = found.id if found else None
        if found and p.meeting is not None and p.meeting.contact_id is None:
            p.meeting.contact_id = found.id
        return found


def add_research(
    text: str,
    source: str,
    *,
    about: str = "field",
    on: date | None = None,
    date_required: bool = False,
    workspace: WorkspaceLike = None,
) -> ResearchNote:
    """Keep something you learned before the interview, with where it came from
    (``on``: the day you read it, today if None; never in the future)."""
    day = happened_on(on, "the day you read it", "research_note.added_on", date_required=date_required)
    with _ws(workspace).update() as p:
        note = make(
            ResearchNote,
            "research_note",
            text=text,
            source=source,
            about=about,
            added_on=day,
        )
        p.research.append(note)
        return note


def remove_research(note_id: str, *, workspace: WorkspaceLike = None) -> None:
    with _ws(workspace).update() as p:
        p.research.remove(_find(p.research, note_id, "research note", "text"))
