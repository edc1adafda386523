"""Timing and the calendar: business days, the follow-up plan, the thank-you window, .ics.

Every number (how many business days before a second contact or a nudge, the
thank-you window, the meeting length asked for) comes from
:class:`~infokit.settings.Settings`; nothing here writes one down.

Dates are plain :class:`datetime.date` values (the student's own calendar
days). The meeting is the one exception: it is a wall-clock time at the
meeting's place, carried with its IANA zone into the calendar file so that a
calendar app in another zone shows it at the right moment.
"""

from __future__ import annotations

import math
import os
import uuid
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from icalendar import Calendar, Event

from infokit.dates import long_day
from infokit.errors import InvalidValue
from infokit.model import Contact, ContactStatus, Meeting, Project
from infokit.settings import Settings, default_settings

FORMAT_LABELS: dict[str, str] = {"in-person": "in person", "phone": "phone call", "video": "video call"}


# -- business days -------------------------------------------------------------
def is_business_day(day: date, holidays: Collection[date] = ()) -> bool:
    return day.weekday() < 5 and day not in holidays


def add_business_days(start: date, days: int, holidays: Collection[date] = ()) -> date:
    """The day ``days`` business days after ``start`` (before it when negative).

    Weekends and ``holidays`` are skipped; ``start`` itself never counts, so a
    request sent on a Saturday plus 3 is the Wednesday. ``days == 0`` is ``start``.
    """
    step = 1 if days >= 0 else -1
    day, left = start, abs(days)
    while left:
        day += timedelta(days=step)
        if is_business_day(day, holidays):
            left -= 1
    return day


def business_days_between(a: date, b: date, holidays: Collection[date] = ()) -> int:
    """Business days after ``a`` up to and including ``b``; negative when ``b`` is before ``a``.

    The inverse of :func:`add_business_days` whenever ``b`` is a business day.
    """
    if b < a:
        return -business_days_between(b, a, holidays)
    return sum(is_business_day(a + timedelta(days=n), holidays) for n in range(1, (b - a).days + 1))


# -- follow-up plan for an unanswered request ----------------------------------
@dataclass(frozen=True)
class PlanStep:
    """One step of the plan for a request nobody has answered.

    ``due`` is true from ``on`` onwards; ``overdue`` once ``on`` has passed.
    """

    key: str
    """``second-contact``, ``nudge`` or ``move-on``."""
    action: str
    on: date
    due: bool
    overdue: bool

    def __str__(self) -> str:
        flag = " (overdue)" if self.overdue else " (due)" if self.due else ""
        return f"{format_day(self.on)}: {self.action}{flag}"


def follow_up_plan(
    requested_on: date,
    settings: Settings | None = None,
    today: date | None = None,
    *,
    holidays: Collection[date] = (),
) -> list[PlanStep]:
    """The "3B7" plan after a request sent on ``requested_on``, with nothing heard back.

    A second contact at the organisation after ``follow_up_second_contact_days``
    business days; one polite follow-up to the first person after
    ``follow_up_nudge_days``; then, after the nudge has had the same wait the
    first message had before the second contact, move on to other people.
    ``today`` defaults to the real today; ``holidays`` to the settings' ``[limits] holidays``.
    """
    limits = (settings or default_settings()).limits
    holidays = frozenset(holidays or limits.holidays)
    today = today or date.today()
    second = add_business_days(requested_on, limits.follow_up_second_contact_days, holidays)
    nudge = add_business_days(requested_on, limits.follow_up_nudge_days, holidays)
    move_on = add_business_days(nudge, limits.follow_up_second_contact_days, holidays)
    steps = [
        ("second-contact", "no reply yet: write to a second person at the same organisation", second),
        ("nudge", "send one short, polite follow-up to the first person", nudge),
        ("move-on", "still nothing: stop writing to them and put your effort into other contacts", move_on),
    ]
    return [PlanStep(key, action, on, today >= on, today > on) for key, action, on in steps]


def contact_plan(
    contact: Contact, settings: Settings | None = None, today: date | None = None
) -> list[PlanStep]:
    """:func:`follow_up_plan` for a contact still waiting on a reply; empty otherwise."""
    requested = contact.status_date(ContactStatus.REQUESTED)
    if contact.status != ContactStatus.REQUESTED or requested is None:
        return []
    return follow_up_plan(requested, settings, today)


# -- the thank-you window -------------------------------------------------------
def thank_you_deadline(interview_on: date, settings: Settings | None = None) -> tuple[date, date]:
    """``(recommended, latest)``: within ``thank_you_hours`` (rounded up to whole days)
    and never after ``thank_you_days_max`` days."""
    limits = (settings or default_settings()).limits
    recommended = interview_on + timedelta(days=math.ceil(limits.thank_you_hours / 24))
    return recommended, interview_on + timedelta(days=limits.thank_you_days_max)


class ThankYouStatus(StrEnum):
    NO_INTERVIEW = "no-interview"
    """No interview date yet, or the interview is still ahead."""
    DUE = "due"
    """Not sent, and still inside the recommended window."""
    LATE = "late"
    """Not sent, past the recommended window but not the latest day."""
    OVERDUE = "overdue"
    """Not sent, and past the latest day."""
    SENT = "sent"
    SENT_LATE = "sent-late"
    """Sent, but after the recommended window."""


@dataclass(frozen=True)
class ThankYouState:
    status: ThankYouStatus
    message: str
    """One short line for a notebook or the CLI."""
    recommended: date | None = None
    latest: date | None = None

    def __str__(self) -> str:
        return self.message


def interview_date(project: Project) -> date | None:
    """The day of the interview: as recorded in the notes, else the meeting's day."""
    if project.interview.held_on is not None:
        return project.interview.held_on
    return project.meeting.starts.date() if project.meeting else None


def thank_you_status(
    project: Project, today: date | None = None, settings: Settings | None = None
) -> ThankYouState:
    """Where the thank-you note stands on ``today`` (default: the real today)."""
    today = today or date.today()
    held = interview_date(project)
    if held is None:
        return ThankYouState(ThankYouStatus.NO_INTERVIEW, "No interview date yet.")
    recommended, latest = thank_you_deadline(held, settings)
    window = (recommended, latest)
    sent = project.thank_you.sent_on
    if sent is not None:
        if sent <= recommended:
            return ThankYouState(ThankYouStatus.SENT, f"Thank-you sent on {format_day(sent)}.", *window)
        return ThankYouState(
            ThankYouStatus.SENT_LATE,
            f"Thank-you sent on {format_day(sent)}, after the recommended {format_day(recommended)}.",
            *window,
        )
    if held > today:
        message = f"Interview on {format_day(held)}: send the thank-you by {format_day(recommended)}."
        return ThankYouState(ThankYouStatus.NO_INTERVIEW, message, *window)
    if today <= recommended:
        return ThankYouState(
            ThankYouStatus.DUE, f"Send your thank-you by {format_day(recommended)}.", *window
        )
    if today <= latest:
        message = f"Send your thank-you today: the last day is {format_day(latest)}."
        return ThankYouState(ThankYouStatus.LATE, message, *window)
    message = f"The thank-you was due by {format_day(latest)}: send it now anyway, with an apology."
    return ThankYouState(ThankYouStatus.OVERDUE, message, *window)


# -- finding the contact and the meeting (shared with infokit.outreach.messages) --------------
def resolve_contact(project: Project, contact_id: str | None = None) -> Contact:
    """The contact named by ``contact_id``, else the interviewee; InvalidValue if none."""
    if contact_id is not None:
        contact = project.contact(contact_id)
        if contact is None:
            raise InvalidValue.says(
                "contact_id", contact_id, "That contact is not one of your contacts any more (removed?)"
            )
        return contact
    if project.interviewee is None:
        raise InvalidValue.says("interviewee", None, "Choose whom you will interview first (notebook 01)")
    return project.interviewee


def resolve_meeting(project: Project, contact: Contact | None = None) -> Meeting:
    """The project's meeting, checked to be with ``contact`` when one is given."""
    meeting = project.meeting
    if meeting is None:
        raise InvalidValue.says("meeting", None, "Schedule the meeting first (notebook 03)")
    if contact is not None and meeting.contact_id and meeting.contact_id != contact.id:
        raise InvalidValue.says(
            "meeting.contact_id",
            meeting.contact_id,
            f"The meeting you scheduled is not with {contact.name}: schedule one with them first",
        )
    return meeting


# -- words for dates and times ----------------------------------------------------------
def format_day(day: date) -> str:
    """``Tuesday 10 March 2026``: English names whatever the machine's locale."""
    return long_day(day)


def format_time(moment: datetime) -> str:
    """``2:05 PM``."""
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'AM' if moment.hour < 12 else 'PM'}"


def describe_when(meeting: Meeting) -> str:
    """``Tuesday 10 March 2026 at 2:00 PM EDT (America/Toronto time)``, in the meeting's zone."""
    start = meeting.starts_at
    abbreviation = start.tzname() or meeting.timezone
    text = f"{format_day(start.date())} at {format_time(start)} {abbreviation}"
    return text if abbreviation == meeting.timezone else f"{text} ({meeting.timezone} time)"


def meeting_end(meeting: Meeting) -> datetime:
    """Start plus the planned minutes of elapsed time, right across a clock change."""
    start = meeting.starts_at
    return (start.astimezone(UTC) + timedelta(minutes=meeting.planned_minutes)).astimezone(start.tzinfo)


# -- the calendar file -----------------------------------------------------------------
def meeting_ics(project: Project, *, contact_id: str | None = None, stamp: datetime | None = None) -> bytes:
    """The meeting as an iCalendar file: one VEVENT in the meeting's zone plus its VTIMEZONE.

    The UID depends on the contact (not on the time), so a file exported again
    after rescheduling describes the same event. ``stamp`` (DTSTAMP, default
    now) is there so tests can compare whole files.
    """
    meeting = resolve_meeting(project)
    who = contact_id or meeting.contact_id or project.interviewee_id
    contact = resolve_contact(project, who) if who else None
    if contact is not None:
        resolve_meeting(project, contact)
    start = meeting.starts_at
    event = Event()
    key = f"infokit:meeting:{contact.id if contact else project.profile.name}"
    event.add("uid", f"{uuid.uuid5(uuid.NAMESPACE_URL, key)}@infokit")
    event.add("dtstamp", (stamp or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", start)
    event.add("dtend", meeting_end(meeting))
    event.add(
        "summary", f"Informational interview with {contact.name}" if contact else "Informational interview"
    )
    if meeting.place:
        event.add("location", meeting.place)
    event.add("description", _description(meeting, contact))
    calendar = Calendar()
    calendar.add("prodid", "-//infokit//Informational interview//EN")
    calendar.add("version", "2.0")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    # Some older calendar apps want the zone defined before the event that uses it.
    calendar.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")
    return calendar.to_ical()


def _description(meeting: Meeting, contact: Contact | None) -> str:
    lines = [f"Format: {FORMAT_LABELS[meeting.format]}, about {meeting.planned_minutes} minutes"]
    if contact is not None:
        where = " at ".join(part for part in (contact.role, contact.organization) if part)
        lines.append(f"With: {contact.name}" + (f", {where}" if where else ""))
    if meeting.place:
        lines.append(f"Where: {meeting.place}")
    if meeting.directions:
        lines.append(f"Directions and parking: {meeting.directions}")
    return "\n".join(lines)


def write_ics(project: Project, path: str | os.PathLike[str], *, contact_id: str | None = None) -> Path:
    """Write :func:`meeting_ics` to ``path`` (atomically, creating folders); returns the path."""
    from infokit.store import write_atomic

    target = Path(path).expanduser()
    data = meeting_ics(project, contact_id=contact_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(target, data.decode("utf-8"))
    return target
