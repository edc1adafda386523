"""Notebook 03's forms: the request, the meeting, the calendar file, the checklist."""

from __future__ import annotations

from datetime import date, time

from infokit import actions as ik
from infokit.forms import outreach


def _interviewee() -> str:
    ik.set_profile(name="Ana Ruiz", email="ana@example.org")
    person = ik.add_contact("Sam Lee", role="Planner", organization="City Council")
    ik.choose_interviewee(person.id)
    return person.id


def test_request_sent_and_plan(find, status) -> None:
    form = outreach.request_form()
    find(form, "request-sent").click()
    assert "interviewee" in status(form)
    _interviewee()
    form = outreach.request_form()
    find(form, "request-on").value = date(2026, 3, 2)
    find(form, "request-sent").click()
    assert "Saved at" in status(form)
    assert ik.project().interviewee.status.value == "requested"
    assert "<li>" in find(form, "request-plan").value


def test_meeting_saves_marks_and_reloads(find, status, workspace_dir) -> None:
    _interviewee()
    form = outreach.meeting_form()
    find(form, "meeting-save").click()
    assert "Day and time: both are needed" in find(form, "meeting-error-starts").value
    find(form, "meeting-day").value = date(2026, 3, 9)
    find(form, "meeting-time").value = time(15, 30)
    find(form, "meeting-timezone").value = "Mars/Olympus"
    find(form, "meeting-place").value = "City Hall, room 2"
    find(form, "meeting-save").click()
    assert "time zone" in status(form)
    assert find(form, "meeting-place").value == "City Hall, room 2"
    find(form, "meeting-timezone").value = "Europe/London"
    find(form, "meeting-save").click()
    assert "Saved at" in status(form)
    project = ik.project()
    assert project.meeting.starts.hour == 15 and project.interviewee.status.value == "scheduled"
    find(form, "meeting-calendar").click()
    assert "data:text/calendar;base64," in find(form, "meeting-ics").value
    assert (workspace_dir / ik.CALENDAR_FILE).exists()
    again = outreach.meeting_form()
    assert find(again, "meeting-time").value == time(15, 30)
    assert find(again, "meeting-place").value == "City Hall, room 2"


def test_checklist_ticks_save_immediately(find, status) -> None:
    form = outreach.checklist_form()
    find(form, "checklist-dress").value = True
    assert "Saved at" in status(form)
    assert ik.checklist()["dress"]
    assert find(outreach.checklist_form(), "checklist-dress").value is True
