"""The one-line Python API: each action saves through Workspace.update or saves nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from infokit import actions as ik
from infokit.errors import InfokitError, InvalidValue
from infokit.store import Workspace


def test_import_stays_light() -> None:
    code = (
        "import sys, infokit.actions; heavy = [m for m in ('ipywidgets', 'pandas', 'matplotlib', 'nbconvert')"
        " if m in sys.modules]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_profile_lists_from_lines(workspace_dir: Path) -> None:
    ik.set_profile(name="Ana Ruiz", course="CAR 101", values="honesty\n\ncuriosity\nHonesty")
    profile = Workspace(workspace_dir).load().profile
    assert profile.name == "Ana Ruiz"
    assert profile.values == ["honesty", "curiosity"]


def test_bad_value_saves_nothing(workspace_dir: Path) -> None:
    ik.set_profile(name="Ana")
    with pytest.raises(InvalidValue, match=r"^Your email 'nope' is not an email address"):
        ik.set_profile(name="Changed", email="nope")
    assert ik.project().profile.name == "Ana"


def test_unknown_field_is_one_line() -> None:
    with pytest.raises(InvalidValue, match="is not a field you can set"):
        ik.set_profile(nickname="A")


def test_contact_status_moves_forward_only() -> None:
    ik.add_contact("Sam Lee", organization="City Planning", relationship="acquaintance")
    ik.set_status("sam lee", "requested", on=date(2026, 3, 2))
    with pytest.raises(
        InvalidValue, match=r"^Sam Lee is already past 'found' \(now 'asked' since 2 March 2026\)"
    ):
        ik.set_status("Sam Lee", "identified")
    with pytest.raises(
        InvalidValue, match="cannot come before Sam Lee's previous step, 'asked' on 2 March 2026"
    ):
        ik.set_status("Sam Lee", "scheduled", on=date(2026, 3, 1))
    contact = ik.set_status("Sam Lee", "scheduled", on=date(2026, 3, 4))
    assert contact.status.value == "scheduled"
    assert ik.undo_status("Sam Lee").status.value == "requested"


def test_unknown_contact() -> None:
    with pytest.raises(InvalidValue, match=r"^Nobody is not one of your contacts"):
        ik.set_status("Nobody", "requested")


def test_remove_contact_clears_links() -> None:
    c = ik.add_contact("Sam Lee")
    ik.choose_interviewee(c.id)
    ik.schedule_meeting(datetime(2026, 3, 9, 14), timezone="Europe/London")
    assert ik.project().meeting.contact_id == c.id
    ik.remove_contact("Sam Lee")
    project = ik.project()
    assert project.interviewee_id is None and project.meeting.contact_id is None


def test_research_needs_a_source() -> None:
    with pytest.raises(InvalidValue, match=r"^The research note's source must not be empty"):
        ik.add_research("Planners review permits.", "")
    note = ik.add_research("Planners review permits.", "city website", about="organization")
    ik.remove_research(note.id)
    assert ik.project().research == []


def test_questions_add_move_edit_remove() -> None:
    a = ik.add_question("How did you get started?")
    b = ik.add_question("What does a typical week look like?", priority=1, minutes=3)
    assert ik.move_question(b.id, -1) == 1
    assert [q.id for q in ik.project().questions] == [b.id, a.id]
    assert ik.move_question(b.id, -1) == 1  # stays at the top
    ik.note_answer(a.id, "Through an internship.")
    assert ik.project().questions[1].asked
    with pytest.raises(InvalidValue, match="priority"):
        ik.edit_question(a.id, priority=9)
    ik.remove_question(a.text)
    assert len(ik.project().questions) == 1


def test_meeting_and_confirmation() -> None:
    with pytest.raises(InvalidValue, match=r"^Schedule the meeting first \(notebook 03\)$"):
        ik.confirm_meeting()
    with pytest.raises(InvalidValue, match="time zone"):
        ik.schedule_meeting(datetime(2026, 3, 9, 14), timezone="Mars/Base")
    ik.schedule_meeting(datetime(2026, 3, 9, 14), timezone="Europe/London", planned_minutes=30)
    ik.schedule_meeting(datetime(2026, 3, 10, 9), place="Room 2")
    meeting = ik.confirm_meeting(date(2026, 3, 5))
    assert meeting.planned_minutes == 30 and meeting.place == "Room 2" and meeting.confirmed_on


def test_checklist_and_drafts_live_in_the_project_so_backups_carry_them(workspace_dir: Path) -> None:
    assert not any(ik.checklist().values())
    ik.tick("dress")
    ik.tick("route")
    ik.tick("route", False)
    ticks = ik.checklist()
    assert ticks["dress"] and not ticks["route"]
    saved = json.loads((workspace_dir / "infokit-project.json").read_text())["project"]
    assert saved["preparation"]["dress"] is True
    with pytest.raises(InvalidValue, match="checklist item"):
        ik.tick("hat")
    ik.save_draft("confirmation", "See you Tuesday at 10.", sent_on=date(2026, 3, 6))
    ik.save_draft("confirmation", "See you Tuesday at 10:00.")
    assert ik.drafts() == {"confirmation": "See you Tuesday at 10:00."}
    assert ik.project().messages["confirmation"].sent_on == date(2026, 3, 6)
    backup = ik.backup()
    assert (
        json.loads(Path(backup).read_text())["project"]["messages"]["confirmation"]["sent_on"] == "2026-03-06"
    )


def test_referral_becomes_contact() -> None:
    person = ik.add_contact("Sam Lee")
    ik.choose_interviewee(person.id)
    ik.add_referral("Kim Ng", organization="Transit Agency", may_use_name=True)
    contact = ik.referral_to_contact("Kim Ng")
    assert contact.source == "referral" and contact.referred_by == "Sam Lee"
    assert ik.project().referrals[0].contact_id == contact.id
    with pytest.raises(InvalidValue, match="already"):
        ik.referral_to_contact("Kim Ng")


def test_thanks_and_follow_ups() -> None:
    person = ik.add_contact("Sam Lee")
    ik.choose_interviewee(person.id)
    ik.set_status(person.id, "interviewed", on=date(2026, 3, 9))
    ik.set_thank_you(text="Thank you for your time.", channel="email")
    ik.mark_thanked(date(2026, 3, 10))
    project = ik.project()
    assert project.thank_you.sent_on == date(2026, 3, 10)
    assert project.interviewee.status.value == "thanked"
    item = ik.add_follow_up("Tell Sam how the call with Kim went", date(2026, 3, 20), contact="Sam Lee")
    assert ik.complete_follow_up(item.id, date(2026, 3, 18)).done_on == date(2026, 3, 18)


def test_reflection_keeps_answers_when_switching() -> None:
    ik.set_reflection(learned="A lot about permits.")
    with pytest.raises(InvalidValue, match="would drop your answers"):
        ik.set_reflection("deal")
    assert ik.project().reflection.answers["learned"]
    ik.set_reflection("deal", discard=True, describe="We met at her office.")
    assert ik.project().reflection.answers == {"describe": "We met at her office."}
    with pytest.raises(InvalidValue, match="prompt"):
        ik.set_reflection(learned="x")


def test_backup_and_restore_round_trip(tmp_path: Path) -> None:
    ik.set_profile(name="Ana", course="CAR 101")
    path = ik.backup(tmp_path / "b.json")
    ik.set_profile(course="Changed")
    restored = ik.restore(path.name, path.read_bytes())
    assert restored.profile.course == "CAR 101" and ik.project().profile.course == "CAR 101"
    with pytest.raises(InfokitError, match="not a report or backup"):
        ik.restore("notes.txt", b"hello")
    with pytest.raises(InfokitError):
        ik.restore("broken.json", b"{")
    assert ik.project().profile.name == "Ana"


def test_restore_from_report_html() -> None:
    from infokit.model import Profile, Project
    from infokit.report.embed import make_payload, script_tag

    page = "<html><body>" + script_tag(make_payload(Project(profile=Profile(name="Rep")))) + "</body></html>"
    assert ik.restore("report.html", page.encode()).profile.name == "Rep"


def test_backup_of_nothing_is_one_line() -> None:
    with pytest.raises(InfokitError, match="no work to back up"):
        ik.backup()


def test_drafts_and_calendar(workspace_dir: Path) -> None:
    ik.tick("dress")
    ik.save_draft("request-email", "Subject: Hello\r\n\r\nDear Sam,")
    ik.save_draft("thank-you", "Thank you, Sam.")
    assert ik.drafts() == {"request-email": "Subject: Hello\n\nDear Sam,"}
    assert ik.checklist()["dress"]
    assert ik.project().thank_you.text == "Thank you, Sam."
    with pytest.raises(InvalidValue, match="kind"):
        ik.save_draft("poem", "x")
    with pytest.raises(InfokitError, match="meeting"):
        ik.write_calendar()
    person = ik.add_contact("Sam Lee")
    ik.choose_interviewee(person.id)
    ik.schedule_meeting(datetime(2026, 3, 9, 14), timezone="Europe/London")
    path = ik.write_calendar()
    assert path.parent == workspace_dir and b"BEGIN:VCALENDAR" in path.read_bytes()


# -- dates that cannot be right -------------------------------------------------------------

FUTURE = date.today() + timedelta(days=30)


def _interviewed() -> str:
    person = ik.add_contact("Sam Lee")
    ik.choose_interviewee(person.id)
    ik.set_status(person.id, "interviewed", on=date.today() - timedelta(days=3))
    return person.id


def test_a_day_in_the_future_is_refused_where_something_already_happened(workspace_dir: Path) -> None:
    person = _interviewed()
    ik.add_follow_up("Tell Sam how it went", FUTURE)  # a due date may well be ahead
    ik.schedule_meeting(datetime.combine(FUTURE, datetime.min.time()), timezone="UTC")  # and a meeting
    attempts = {
        "the day you sent the thank-you": lambda: ik.mark_thanked(FUTURE),
        "the day you sent the thank-you ": lambda: ik.set_thank_you(sent_on=FUTURE),
        "the day you followed up": lambda: ik.set_status(person, "followed-up", on=FUTURE),
        "the day you did it": lambda: ik.complete_follow_up("Tell Sam how it went", FUTURE),
        "the day of the interview": lambda: ik.set_interview(held_on=FUTURE),
        "the day you sent it": lambda: ik.save_draft("request-email", "Hello", sent_on=FUTURE),
        "the day the meeting was confirmed": lambda: ik.confirm_meeting(FUTURE),
        "the day you read it": lambda: ik.add_research("Planners review permits.", "city site", on=FUTURE),
    }
    before = (workspace_dir / "infokit-project.json").read_bytes()
    for what, attempt in attempts.items():
        with pytest.raises(InvalidValue) as caught:
            attempt()
        text = str(caught.value)
        assert text.startswith(what.strip().capitalize()) and "cannot be in the future" in text, text
        assert "is after today" in text and "\n" not in text
    assert (workspace_dir / "infokit-project.json").read_bytes() == before


def test_a_request_sent_in_2031_is_refused_and_tomorrow_is_allowed() -> None:
    ik.add_contact("Ana Ruiz")
    with pytest.raises(
        InvalidValue, match=r"^The day you sent the request cannot be in the future: 2 March 2031"
    ):
        ik.set_status("Ana Ruiz", "requested", on=date(2031, 3, 2))
    tomorrow = date.today() + timedelta(days=1)  # the kernel's clock may be a time zone behind
    assert ik.set_status("Ana Ruiz", "requested", on=tomorrow).status_date("requested") == tomorrow


def test_the_status_already_recorded_on_that_day_is_not_an_error() -> None:
    ik.add_contact("Ana Ruiz")
    first = ik.set_status("Ana Ruiz", "requested", on=date(2026, 3, 2))
    again = ik.set_status("Ana Ruiz", "requested", on=date(2026, 3, 2))
    assert again.history == first.history and len(again.history) == 1
    ik.set_status("Ana Ruiz", "scheduled", on=date(2026, 3, 4))
    assert len(ik.set_status("Ana Ruiz", "requested", on=date(2026, 3, 2)).history) == 2  # still fine
    with pytest.raises(InvalidValue) as caught:
        ik.set_status("Ana Ruiz", "requested", on=date(2026, 3, 3))
    assert str(caught.value) == (
        "Ana Ruiz is already 'asked' since 2 March 2026: to record 3 March 2026 instead, undo that step first"
    )


def test_a_form_can_insist_on_a_date_instead_of_today() -> None:
    ik.add_contact("Ana Ruiz")
    with pytest.raises(InvalidValue, match=r"^Give the day you sent the request: the date box is empty"):
        ik.set_status("Ana Ruiz", "requested", date_required=True)
    assert ik.project().contacts[0].history == []
    assert ik.set_status("Ana Ruiz", "requested").status_date("requested") == date.today()  # code: today
    with pytest.raises(InvalidValue, match=r"^Give the day you sent the thank-you"):
        ik.mark_thanked(None, date_required=True)
    with pytest.raises(InvalidValue, match=r"^Give the day the meeting was confirmed"):
        ik.confirm_meeting(None, date_required=True)


def test_a_thank_you_dated_before_the_interview_says_so_in_words() -> None:
    _interviewed()
    with pytest.raises(InvalidValue) as caught:
        ik.mark_thanked(date.today() - timedelta(days=10))
    assert "cannot come before Sam Lee's previous step, 'interviewed' on" in str(caught.value)
    assert ik.project().thank_you.sent_on is None


def test_a_time_zone_that_names_a_folder_is_one_line() -> None:
    with pytest.raises(InvalidValue) as caught:
        ik.schedule_meeting(datetime(2026, 3, 9, 14), timezone="America")
    assert str(caught.value) == (
        "The meeting's time zone 'America' is not a time zone name like Europe/London"
    )


# -- messages in the student's words --------------------------------------------------------


def test_messages_name_things_as_the_student_knows_them() -> None:
    from infokit.questions.bank import load_bank

    entry = load_bank()[0]
    ik.add_bank_question(entry.id)
    with pytest.raises(InvalidValue) as caught:
        ik.add_bank_question(entry.id)
    assert str(caught.value).startswith("This question is already in your plan: “")
    own = ik.add_question("How did you get started?")
    with pytest.raises(InvalidValue, match=r"^This question is already in your plan"):
        ik.add_question("  how did you get STARTED? ")
    with pytest.raises(InvalidValue, match=r"^Schedule the meeting first \(notebook 03\)$"):
        ik.confirm_meeting()
    ana = ik.add_contact("Ana Ruiz")
    ik.remove_contact(ana.id)
    with pytest.raises(InvalidValue, match=r"^Ana Ruiz is not one of your contacts any more"):
        ik.set_status(ana, "requested")
    with pytest.raises(InvalidValue, match=r"^That contact is not one of your contacts any more"):
        ik.edit_contact(ana.id, notes="x")
    ik.remove_question(own.id)
    with pytest.raises(InvalidValue, match=r"^That question is not one of your questions any more"):
        ik.note_answer(own.id, "She started as an intern.")
    with pytest.raises(InvalidValue, match=r"^There is no mention number 3"):
        ik.remove_mention(2)
    with pytest.raises(InvalidValue, match=r"^The follow-up's 'To do' must not be empty"):
        ik.add_follow_up("", date(2026, 4, 1))
    with pytest.raises(InvalidValue, match=r"^'nickname' is not a field you can set on your profile"):
        ik.set_profile(nickname="A")


def test_no_action_message_shows_a_repr_none_an_id_or_a_field_path() -> None:
    sam = ik.add_contact("Sam Lee")
    gone = ik.add_contact("Ana Ruiz")
    ik.remove_contact(gone.id)
    question = ik.add_question("What does a typical week look like?")
    ik.remove_question(question.id)
    attempts = [
        lambda: ik.add_bank_question("no-such-entry"),
        lambda: ik.confirm_meeting(),
        lambda: ik.set_status(gone, "requested"),
        lambda: ik.set_status(gone.id, "requested"),
        lambda: ik.set_status(sam.id, "hired"),
        lambda: ik.note_answer(question.id, "x"),
        lambda: ik.add_follow_up("", date(2026, 4, 1)),
        lambda: ik.add_follow_up("Call", "soon"),
        lambda: ik.add_referral(""),
        lambda: ik.add_mention("", "person"),
        lambda: ik.add_contact("Kim", email="kim-at-work"),
        lambda: ik.edit_contact(sam.id, phone="call me"),
        lambda: ik.add_question("Why?", priority=9),
        lambda: ik.schedule_meeting(None),
        lambda: ik.write_calendar(),
        lambda: ik.undo_status(sam.id),
        lambda: ik.set_reflection(mood="fine"),
        lambda: ik.tick("hat"),
    ]
    for attempt in attempts:
        with pytest.raises(InfokitError) as caught:
            attempt()
        text = str(caught.value)
        for internal in ("None", "Contact(", "Question(", "[0]", "follow_ups", "contact_id", gone.id, sam.id):
            assert internal not in text, text
        assert "\n" not in text and (text[:1].isupper() or text[:1] in "'“"), text
