"""Notebook 03's forms: the request, the meeting, the calendar file, the checklist."""

from __future__ import annotations

from datetime import date, datetime, time

from infokit import actions as ik
from infokit.forms import outreach
from infokit.model import ContactStatus


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


def test_confirmation_before_a_meeting_leaves_no_other_message_in_the_box(find, status) -> None:
    _interviewee()
    form = outreach.request_drafts()
    find(form, "draft-kind").value = "phone-script"
    assert find(form, "draft-text").value
    find(form, "draft-kind").value = "confirmation"
    assert find(form, "draft-text").value == ""
    find(form, "draft-save").click()
    assert "empty" in status(form) and "confirmation" not in ik.drafts()


def test_switching_message_kind_and_back_keeps_the_edit(find, status) -> None:
    _interviewee()
    form = outreach.request_drafts()
    find(form, "draft-text").value = "Dear Sam, my own words."
    find(form, "draft-kind").value = "phone-script"
    assert "unsaved edit" in status(form)
    find(form, "draft-kind").value = "request-email"
    assert find(form, "draft-text").value == "Dear Sam, my own words."


def test_the_day_a_message_went_out_is_recorded(find) -> None:
    _interviewee()
    form = outreach.request_drafts()
    find(form, "draft-sent-on").value = date(2026, 3, 2)
    find(form, "draft-sent").click()
    assert ik.project().messages["request-email"].sent_on == date(2026, 3, 2)


def test_request_already_recorded_in_01_is_not_an_error(find, status) -> None:
    person = _interviewee()
    ik.set_status(person, "requested", on=date(2026, 3, 2))
    form = outreach.request_form()
    find(form, "request-sent").click()
    assert "Already recorded" in status(form) and "infokit-error" not in status(form)


def test_marking_scheduled_for_a_past_meeting_uses_the_meeting_day(find) -> None:
    person = _interviewee()
    ik.set_status(person, "requested", on=date(2026, 3, 2))
    form = outreach.meeting_form()
    find(form, "meeting-day").value = date(2026, 3, 9)
    find(form, "meeting-time").value = time(15, 30)
    find(form, "meeting-timezone").value = "Europe/London"
    find(form, "meeting-save").click()
    assert ik.project().interviewee.status_date(ContactStatus.SCHEDULED) == date(2026, 3, 9)


def test_confirming_marks_the_saved_confirmation_email_sent(find) -> None:
    _interviewee()
    ik.schedule_meeting(datetime(2026, 3, 9, 14, 0), timezone="Europe/London")
    ik.save_draft("confirmation", "Dear Sam, see you Monday.")
    form = outreach.meeting_form()
    find(form, "meeting-confirmed").value = date(2026, 3, 5)
    find(form, "meeting-confirm").click()
    project = ik.project()
    assert project.meeting.confirmed_on == date(2026, 3, 5)
    assert project.messages["confirmation"].sent_on == date(2026, 3, 5)
