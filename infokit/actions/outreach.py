"""Notebook 03: drafts, the meeting, its confirmation, the checklist and the calendar file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from infokit.actions._base import (
    CALENDAR_FILE,
    CHECKLIST,
    WorkspaceLike,
    _contact,
    _ws,
    happened_on,
)
from infokit.actions.after import set_thank_you
from infokit.errors import InvalidValue
from infokit.model import (
    Meeting,
    MessageCopy,
    make,
    set_field,
)


def schedule_meeting(
    starts: datetime, *, workspace: WorkspaceLike = None, contact: str | None = None, **fields: Any
) -> Meeting:
    """Record the meeting: ``schedule_meeting(datetime(2026, 3, 9, 14, 0), timezone="Europe/London",
    planned_minutes=25, format="in-person", place="...", directions="...")``."""
    with _ws(workspace).update() as p:
        who = _contact(p, contact).id if contact else p.interviewee_id
        old = p.meeting.model_dump() if p.meeting else {}
        values = {**old, "contact_id": who, **fields, "starts": starts}
        p.meeting = make(Meeting, "meeting", **values)
        return p.meeting


def confirm_meeting(
    on: date | None = None, *, date_required: bool = False, workspace: WorkspaceLike = None
) -> Meeting:
    """Record the day you sent (or got) the confirmation email (today if None; never in the future)."""
    day = happened_on(
        on, "the day the meeting was confirmed", "meeting.confirmed_on", date_required=date_required
    )
    with _ws(workspace).update() as p:
        if p.meeting is None:
            raise InvalidValue.says("meeting", None, NO_MEETING)
        set_field(p.meeting, "confirmed_on", day, "meeting")
        return p.meeting


NO_MEETING = "Schedule the meeting first (notebook 03)"


def checklist(*, workspace: WorkspaceLike = None) -> dict[str, bool]:
    """The preparation checklist as ticked so far."""
    ticks = _ws(workspace).load().preparation
    return {key: ticks.get(key, False) for key in CHECKLIST}


def tick(item: str, done: bool = True, *, workspace: WorkspaceLike = None) -> dict[str, bool]:
    """Tick (or untick) one preparation item, e.g. ``tick("dress")``."""
    if item not in CHECKLIST:
        raise InvalidValue.says(
            "checklist item", item, f"{item!r} is not a checklist item (one of {', '.join(CHECKLIST)})"
        )
    with _ws(workspace).update() as p:
        set_field(p, "preparation", {**p.preparation, item: bool(done)})
        ticks = dict(p.preparation)
    return {key: ticks.get(key, False) for key in CHECKLIST}


def drafts(*, workspace: WorkspaceLike = None) -> dict[str, str]:
    """Your saved message drafts by kind (request-email, phone-script...)."""
    return {kind: copy.text for kind, copy in _ws(workspace).load().messages.items() if copy.text}


def save_draft(kind: str, text: str, *, sent_on: date | None = None, workspace: WorkspaceLike = None) -> str:
    """Keep your edited version of a message (and the day you sent it); the thank-you goes
    into the project's thank-you record."""
    from infokit.outreach.messages import KINDS

    if kind not in KINDS:
        raise InvalidValue.says(
            "kind", kind, f"{kind!r} is not a kind of message infokit keeps (one of {', '.join(KINDS)})"
        )
    if sent_on is not None:
        sent_on = happened_on(sent_on, "the day you sent it", f"messages.{kind}.sent_on")
    if kind == "thank-you":
        set_thank_you(text=text, workspace=workspace)
        return text
    with _ws(workspace).update() as p:
        old = p.messages.get(kind)  # type: ignore[call-overload]
        sent = sent_on or (old.sent_on if old else None)
        copy = make(MessageCopy, f"messages.{kind}", text=text, sent_on=sent)
        set_field(p, "messages", {**p.messages, kind: copy})
    return text


def write_calendar(*, workspace: WorkspaceLike = None) -> Path:
    """Write the meeting as ``meeting.ics`` into the workspace folder, for a calendar app."""
    from infokit.outreach.schedule import write_ics

    ws = _ws(workspace)
    return write_ics(ws.load(), ws.path / CALENDAR_FILE)
