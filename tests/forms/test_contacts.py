"""Notebook 01's forms: contacts, statuses, the interviewee, research notes."""

from __future__ import annotations

from datetime import date

from infokit import actions as ik
from infokit.forms import contacts, research


def test_add_edit_choose_and_move(find, status) -> None:
    form = contacts.contacts_form()
    find(form, "contact-name").value = "Sam Lee"
    find(form, "contact-organization").value = "City <Planning>"
    find(form, "contact-save").click()
    assert "Saved at" in status(form)
    sam = ik.project().contacts[0]
    assert find(form, "contact-pick").value == sam.id
    find(form, "contact-role").value = "Planner"
    find(form, "contact-save").click()
    assert ik.project().contacts[0].role == "Planner"
    assert len(ik.project().contacts) == 1
    find(form, "contact-choose").click()
    assert ik.project().interviewee_id == sam.id
    find(form, "contact-status").value = "requested"
    find(form, "contact-status-on").value = date(2026, 3, 2)
    find(form, "contact-move").click()
    assert ik.project().contacts[0].status.value == "requested"
    tracker = find(form, "contact-tracker").value
    assert "City &lt;Planning&gt;" in tracker and "★ Sam Lee" in tracker
    assert "requested" not in find(form, "contact-status").options


def test_bad_email_keeps_values(find, status) -> None:
    form = contacts.contacts_form()
    find(form, "contact-name").value = "Sam Lee"
    find(form, "contact-email").value = "sam@"
    find(form, "contact-save").click()
    assert "email" in status(form)
    assert find(form, "contact-name").value == "Sam Lee"
    assert ik.project().contacts == []


def test_reload_and_close_tie_warning(find) -> None:
    ik.add_contact("Aunt May", relationship="relative")
    form = contacts.contacts_form()
    assert "a relative" in find(form, "contact-tracker").value
    ids = [value for _label, value in find(form, "contact-pick").options]
    find(form, "contact-pick").value = ids[1]
    assert find(form, "contact-name").value == "Aunt May"


def test_research_notes(find, status) -> None:
    form = research.research_form()
    find(form, "research-text").value = "Planners spend much of the week in meetings."
    find(form, "research-save").click()
    assert "Source" in find(form, "research-error-source").value  # beside the field, in its label
    assert find(form, "research-text").value.startswith("Planners")
    find(form, "research-source").value = "https://example.org/careers"
    find(form, "research-save").click()
    assert "Saved at" in status(form)
    assert "example.org" in find(form, "research-list").value
    again = research.research_form()
    note = ik.project().research[0]
    find(again, "research-pick").value = note.id
    find(again, "research-delete").click()
    assert len(ik.project().research) == 1  # asks first
    find(again, "ask-yes").click()
    assert ik.project().research == []
    find(again, "undo").click()
    assert [n.source for n in ik.project().research] == ["https://example.org/careers"]


def test_unanswered_request_warns() -> None:
    from infokit.model import Project

    ik.add_contact("Sam Lee")
    ik.set_status("Sam Lee", "requested", on=date(2026, 3, 2))
    project: Project = ik.project()
    quiet = contacts.tracker_rows(project, today=date(2026, 3, 3))
    late = contacts.tracker_rows(project, today=date(2026, 3, 20))
    assert quiet[0][-1] == ""
    assert late[0][-1]


def test_recording_a_status_keeps_notes_typed_but_not_saved(find, status) -> None:
    ik.add_contact("Sam Lee")
    form = contacts.contacts_form()
    find(form, "contact-pick").value = ik.project().contacts[0].id
    find(form, "contact-notes").value = "Met at the careers fair."
    find(form, "contact-status").value = "requested"
    find(form, "contact-move").click()
    assert ik.project().contacts[0].status.value == "requested"
    assert find(form, "contact-notes").value == "Met at the careers fair."
    assert "Notes" in status(form) and "not saved yet" in status(form)
    find(form, "contact-save").click()
    assert ik.project().contacts[0].notes == "Met at the careers fair."


def test_a_nonsense_date_is_refused_beside_the_field(find, status) -> None:
    ik.add_contact("Sam Lee")
    form = contacts.contacts_form()
    find(form, "contact-pick").value = ik.project().contacts[0].id
    find(form, "contact-status-on").value = None  # what the browser sends for 31/02 or "soon"
    find(form, "contact-move").click()
    assert "On:" in find(form, "contacts-error-on").value and "not a date" in status(form)
    assert ik.project().contacts[0].history == []


def test_delete_asks_first_and_can_be_undone(find, status) -> None:
    sam = ik.add_contact("Sam Lee")
    ik.choose_interviewee(sam.id)
    form = contacts.contacts_form()
    find(form, "contact-pick").value = sam.id
    find(form, "contact-delete").click()
    assert "Delete Sam Lee" in find(form, "ask-question").value
    assert len(ik.project().contacts) == 1
    find(form, "ask-no").click()
    assert len(ik.project().contacts) == 1
    find(form, "contact-delete").click()
    find(form, "ask-yes").click()
    assert ik.project().contacts == [] and ik.project().interviewee_id is None
    find(form, "undo").click()
    assert ik.project().interviewee_id == sam.id
    assert "Sam Lee" in find(form, "contact-tracker").value


def test_tables_show_the_students_words_not_stored_values(find) -> None:
    sam = ik.add_contact("Sam Lee")
    ik.set_status(sam.id, "requested", on=date(2026, 3, 2))
    tracker = find(contacts.contacts_form(), "contact-tracker").value
    assert "Request sent" in tracker and ">requested<" not in tracker
    ik.add_research("Planners meet a lot.", "a book", about="organization")
    listing = find(research.research_form(), "research-list").value
    assert "Their organisation" in listing and ">organization<" not in listing


def test_a_double_click_on_save_note_adds_one_note_without_an_error(find, status) -> None:
    form = research.research_form()
    find(form, "research-text").value = "Planners meet a lot."
    find(form, "research-source").value = "a book"
    find(form, "research-save").click()
    find(form, "research-save").click()  # the second click of a double click
    assert len(ik.project().research) == 1 and "already added" in status(form)


def test_a_request_dated_years_ahead_is_refused_beside_the_field(find, status) -> None:
    from datetime import date

    ik.add_contact("Sam Lee")
    form = contacts.contacts_form()
    find(form, "contact-pick").value = ik.project().contacts[0].id
    find(form, "contact-status-on").value = date(2031, 3, 2)
    find(form, "contact-move").click()
    beside = find(form, "contacts-error-on").value
    assert "2031" in beside and "future" in beside.lower(), beside
    assert "Saved" not in status(form)
    assert ik.project().contacts[0].history == []
