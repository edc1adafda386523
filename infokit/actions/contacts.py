"""Notebook 01: the people you could ask, their status, your choice, your research."""

from __future__ import annotations

from datetime import date
from typing import Any

from infokit.actions._base import (
    WorkspaceLike,
    _assign,
    _contact,
    _find,
    _ws,
)
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
        contact = make(Contact, f"contacts[{len(p.contacts)}]", name=name, **fields)
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


def set_status(
    contact: str, status: str, *, on: date | None = None, note: str = "", workspace: WorkspaceLike = None
) -> Contact:
    """Move a contact on, e.g. ``set_status("Ana Ruiz", "requested", on=date(2026, 3, 2))``."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
        try:
            new = ContactStatus(status)
        except ValueError:
            choices = ", ".join(s.value for s in ContactStatus)
            raise InvalidValue("status", status, f"is not one of {choices}") from None
        if new.rank <= found.status.rank:
            raise InvalidValue(
                "status", status, f"is not after {found.name}'s current status {found.status.value!r}"
            )
        change = {"status": new, "on": on or date.today(), "note": note}
        set_field(found, "history", [*found.history, change], "contact")
        return found


def undo_status(contact: str, *, workspace: WorkspaceLike = None) -> Contact:
    """Take back a contact's last status move (for a click made by mistake)."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
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
    text: str, source: str, *, about: str = "field", on: date | None = None, workspace: WorkspaceLike = None
) -> ResearchNote:
    """Keep something you learned before the interview, with where it came from."""
    with _ws(workspace).update() as p:
        note = make(
            ResearchNote,
            f"research[{len(p.research)}]",
            text=text,
            source=source,
            about=about,
            added_on=on or date.today(),
        )
        p.research.append(note)
        return note


def remove_research(note_id: str, *, workspace: WorkspaceLike = None) -> None:
    with _ws(workspace).update() as p:
        p.research.remove(_find(p.research, note_id, "research note", "text"))
