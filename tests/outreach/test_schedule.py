"""Business days, the follow-up plan, the thank-you window and the meeting's calendar file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from infokit.errors import InvalidValue
from infokit.model import Project
from infokit.outreach.schedule import (
    ThankYouStatus,
    add_business_days,
    business_days_between,
    contact_plan,
    describe_when,
    follow_up_plan,
    meeting_end,
    meeting_ics,
    thank_you_deadline,
    thank_you_status,
    write_ics,
)
from infokit.settings import parse_settings

STAMP = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def _project(meeting: dict[str, Any] | None = None, **over: Any) -> Project:
    data: dict[str, Any] = {
        "profile": {"name": "Jordan Lee", "course": "CAR 101", "email": "jordan@example.edu"},
        "contacts": [
            {
                "id": "priya",
                "name": "Priya Natarajan",
                "role": "Senior UX Researcher",
                "organization": "Northwind Health",
                "history": [{"status": "requested", "on": "2026-03-02"}],
            },
            {"id": "sam", "name": "Sam Okafor"},
        ],
        "interviewee_id": "priya",
        "meeting": {
            "contact_id": "priya",
            "starts": "2026-03-10T14:00",
            "timezone": "America/Toronto",
            "planned_minutes": 25,
            "format": "in-person",
            "place": "200 Bay St, Suite 4; Toronto",
            **(meeting or {}),
        },
    }
    data.update(over)
    return Project.model_validate(data)


def _event(data: bytes) -> Any:
    return Calendar.from_ical(data).walk("VEVENT")[0]


# -- business days ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 3, 6), 1, date(2026, 3, 9)),  # Friday + 1 -> Monday
        (date(2026, 3, 7), 3, date(2026, 3, 11)),  # Saturday + 3 -> Wednesday
        (date(2026, 3, 2), 5, date(2026, 3, 9)),  # a whole week
        (date(2026, 3, 2), 0, date(2026, 3, 2)),
        (date(2026, 3, 9), -1, date(2026, 3, 6)),  # Monday - 1 -> Friday
        (date(2026, 12, 31), 2, date(2027, 1, 4)),  # across the year
    ],
)
def test_add_business_days_skips_weekends(start: date, days: int, expected: date) -> None:
    assert add_business_days(start, days) == expected


def test_add_business_days_skips_holidays() -> None:
    holidays = {date(2026, 2, 16), date(2026, 2, 17)}  # a long weekend and one more day off
    assert add_business_days(date(2026, 2, 13), 1, holidays) == date(2026, 2, 18)
    assert add_business_days(date(2026, 2, 18), -1, holidays) == date(2026, 2, 13)


def test_business_days_between_inverts_add() -> None:
    start = date(2026, 3, 5)
    holidays = {date(2026, 3, 16)}
    for n in range(-12, 13):
        end = add_business_days(start, n, holidays)
        assert business_days_between(start, end, holidays) == n
    assert business_days_between(date(2026, 3, 6), date(2026, 3, 8)) == 0  # Friday to Sunday
    assert business_days_between(date(2026, 3, 6), date(2026, 3, 6)) == 0


# -- follow-up plan ---------------------------------------------------------------
def test_follow_up_plan_dates_follow_3b7() -> None:
    plan = follow_up_plan(date(2026, 3, 2), today=date(2026, 3, 2))  # a Monday
    assert [(s.key, s.on) for s in plan] == [
        ("second-contact", date(2026, 3, 5)),
        ("nudge", date(2026, 3, 11)),
        ("move-on", date(2026, 3, 16)),
    ]
    assert not any(s.due or s.overdue for s in plan)
    assert all(s.action for s in plan)


@pytest.mark.parametrize(
    ("today", "due", "overdue"),
    [
        (date(2026, 3, 4), [False, False, False], [False, False, False]),
        (date(2026, 3, 5), [True, False, False], [False, False, False]),
        (date(2026, 3, 6), [True, False, False], [True, False, False]),
        (date(2026, 3, 11), [True, True, False], [True, False, False]),
        (date(2026, 3, 20), [True, True, True], [True, True, True]),
    ],
)
def test_follow_up_plan_due_flags(today: date, due: list[bool], overdue: list[bool]) -> None:
    plan = follow_up_plan(date(2026, 3, 2), today=today)
    assert [s.due for s in plan] == due
    assert [s.overdue for s in plan] == overdue


def test_follow_up_plan_reads_settings_and_holidays() -> None:
    settings = parse_settings({"limits": {"follow_up_second_contact_days": 2, "follow_up_nudge_days": 5}})
    plan = follow_up_plan(date(2026, 3, 2), settings, today=date(2026, 3, 2))
    assert [s.on for s in plan] == [date(2026, 3, 4), date(2026, 3, 9), date(2026, 3, 11)]
    held = follow_up_plan(date(2026, 3, 2), today=date(2026, 3, 2), holidays={date(2026, 3, 3)})
    assert held[0].on == date(2026, 3, 6)
    assert "(overdue)" in str(follow_up_plan(date(2026, 3, 2), today=date(2026, 3, 30))[0])


def test_contact_plan_only_while_waiting() -> None:
    project = _project()
    waiting = project.contact("priya")
    assert waiting is not None
    assert contact_plan(waiting, today=date(2026, 3, 6))[0].on == date(2026, 3, 5)
    other = project.contact("sam")
    assert other is not None and contact_plan(other) == []


# -- thank-you window -------------------------------------------------------------------
def test_thank_you_deadline_defaults_and_settings() -> None:
    assert thank_you_deadline(date(2026, 3, 10)) == (date(2026, 3, 12), date(2026, 3, 17))
    custom = parse_settings({"limits": {"thank_you_hours": 30, "thank_you_days_max": 3}})
    assert thank_you_deadline(date(2026, 3, 10), custom) == (date(2026, 3, 12), date(2026, 3, 13))
    day = parse_settings({"limits": {"thank_you_hours": 24}})
    assert thank_you_deadline(date(2026, 3, 10), day)[0] == date(2026, 3, 11)


@pytest.mark.parametrize(
    ("today", "sent", "status"),
    [
        (date(2026, 3, 1), None, ThankYouStatus.NO_INTERVIEW),
        (date(2026, 3, 11), None, ThankYouStatus.DUE),
        (date(2026, 3, 14), None, ThankYouStatus.LATE),
        (date(2026, 3, 20), None, ThankYouStatus.OVERDUE),
        (date(2026, 3, 20), "2026-03-11", ThankYouStatus.SENT),
        (date(2026, 3, 20), "2026-03-15", ThankYouStatus.SENT_LATE),
    ],
)
def test_thank_you_status(today: date, sent: str | None, status: ThankYouStatus) -> None:
    project = _project(thank_you={"sent_on": sent})
    state = thank_you_status(project, today)
    assert state.status is status
    assert str(state) and state.latest == date(2026, 3, 17)


def test_thank_you_status_prefers_recorded_interview_day_and_handles_no_meeting() -> None:
    moved = _project(interview={"held_on": "2026-03-12"})
    assert thank_you_status(moved, date(2026, 3, 14)).status is ThankYouStatus.DUE
    none = _project(meeting=None)
    none.meeting = None
    state = thank_you_status(none, date(2026, 3, 14))
    assert state.status is ThankYouStatus.NO_INTERVIEW and state.recommended is None


# -- the calendar file --------------------------------------------------------------------
def test_ics_carries_the_zone_and_the_planned_length() -> None:
    data = meeting_ics(_project(), stamp=STAMP)
    calendar = Calendar.from_ical(data)
    names = [c.name for c in calendar.subcomponents]
    assert names == ["VTIMEZONE", "VEVENT"]
    assert str(calendar.walk("VTIMEZONE")[0]["TZID"]) == "America/Toronto"
    event = _event(data)
    assert event["DTSTART"].params["TZID"] == "America/Toronto"
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == datetime(2026, 3, 10, 14, 0, tzinfo=ZoneInfo("America/Toronto"))
    assert start.utcoffset() == timedelta(hours=-4)  # EDT: two days after the change
    assert end - start == timedelta(minutes=25)
    assert str(event["SUMMARY"]) == "Informational interview with Priya Natarajan"
    assert event.decoded("DTSTAMP") == STAMP
    assert b"DTSTART;TZID=America/Toronto:20260310T140000" in data


def test_ics_meeting_across_the_clock_change_lasts_its_planned_minutes() -> None:
    # 01:45 EST on 8 March 2026; clocks jump from 02:00 to 03:00.
    project = _project({"starts": "2026-03-08T01:45", "planned_minutes": 30})
    event = _event(meeting_ics(project, stamp=STAMP))
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start.utcoffset() == timedelta(hours=-5)
    assert (end.hour, end.minute, end.utcoffset()) == (3, 15, timedelta(hours=-4))
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(minutes=30)
    assert meeting_end(project.meeting) == end  # type: ignore[arg-type]


def test_ics_winter_meeting_has_standard_offset_and_utc_meeting_has_no_zone_block() -> None:
    winter = _event(meeting_ics(_project({"starts": "2026-01-15T09:30"}), stamp=STAMP))
    assert winter.decoded("DTSTART").utcoffset() == timedelta(hours=-5)
    utc = meeting_ics(_project({"timezone": "UTC"}), stamp=STAMP)
    assert b"DTSTART:20260310T140000Z" in utc
    assert _event(utc).decoded("DTSTART") == datetime(2026, 3, 10, 14, 0, tzinfo=UTC)


def test_ics_text_round_trips_escaping_unicode_and_html() -> None:
    place = 'Café "Zoë", 5 Rue; Back\\Room <b>2F</b>'
    directions = "Line one, with comma;\nline two: <script>alert(1)</script>\n\\ backslash — ünïcödé 東京"
    project = _project({"place": place, "directions": directions})
    project.contacts[0].organization = "R&D <Lab>, Inc.; Toronto"
    data = meeting_ics(project, stamp=STAMP)
    event = _event(data)
    assert str(event["LOCATION"]) == place
    description = str(event["DESCRIPTION"])
    assert directions in description
    assert "Senior UX Researcher at R&D <Lab>, Inc.; Toronto" in description
    assert "Format: in person, about 25 minutes" in description
    assert b"\\;" in data and b"\\," in data  # icalendar escaped them on the way out


def test_ics_uid_is_stable_per_meeting() -> None:
    first = _event(meeting_ics(_project(), stamp=STAMP))["UID"]
    again = _event(meeting_ics(_project({"starts": "2026-03-12T10:00"})))["UID"]
    assert first == again  # rescheduled: same event
    other = _project({"contact_id": "sam"}, interviewee_id="sam")
    assert _event(meeting_ics(other, stamp=STAMP))["UID"] != first
    assert meeting_ics(_project(), stamp=STAMP) == meeting_ics(_project(), stamp=STAMP)


def test_ics_errors_name_the_field() -> None:
    project = _project()
    project.meeting = None
    with pytest.raises(InvalidValue, match=r"^Schedule the meeting first \(notebook 03\)$"):
        meeting_ics(project)
    with pytest.raises(InvalidValue, match=r"^The meeting you scheduled is not with Sam Okafor"):
        meeting_ics(_project(), contact_id="sam")
    with pytest.raises(InvalidValue, match=r"^That contact is not one of your contacts any more"):
        meeting_ics(_project(), contact_id="nobody")


def test_ics_without_a_contact_still_has_a_summary() -> None:
    project = _project({"contact_id": None}, interviewee_id=None)
    assert str(_event(meeting_ics(project, stamp=STAMP))["SUMMARY"]) == "Informational interview"


def test_write_ics_creates_folders(tmp_path: Any) -> None:
    target = write_ics(_project(), tmp_path / "deep" / "folder" / "meeting.ics")
    assert target.is_file()
    assert _event(target.read_bytes())["DTSTART"].params["TZID"] == "America/Toronto"
    assert target.read_bytes().count(b"\r\n") > 10  # CRLF line ends kept


def test_describe_when_names_the_zone() -> None:
    meeting = _project().meeting
    assert meeting is not None
    assert describe_when(meeting) == "Tuesday 10 March 2026 at 2:00 PM EDT (America/Toronto time)"
    london = _project({"timezone": "Europe/London", "starts": "2026-01-05T09:05"}).meeting
    assert london is not None
    assert describe_when(london) == "Monday 5 January 2026 at 9:05 AM GMT (Europe/London time)"
    utc = _project({"timezone": "UTC", "starts": "2026-01-05T00:00"}).meeting
    assert utc is not None and describe_when(utc) == "Monday 5 January 2026 at 12:00 AM UTC"
