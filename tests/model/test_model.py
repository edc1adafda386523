"""Every validation rule of the model gives one line naming the field and the value."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from infokit.errors import InvalidValue
from infokit.model import (
    MAX_LINE,
    MAX_TEXT,
    Contact,
    ContactStatus,
    FollowUp,
    InterviewNotes,
    Meeting,
    Mention,
    Profile,
    Project,
    Question,
    Reflection,
    ResearchNote,
    make,
    set_field,
    validate_project,
)


def one_line(error: InvalidValue) -> str:
    text = str(error)
    assert "\n" not in text
    return text


@pytest.mark.parametrize(
    ("cls", "path", "values", "expected"),
    [
        (Contact, "contacts[0]", {"name": ""}, "contacts[0].name: '' must not be empty"),
        (Contact, "contacts[0]", {"name": "   "}, "contacts[0].name: '   ' must not be empty"),
        (Contact, "c", {"name": "A", "email": "nope"}, "c.email: 'nope' is not an email address"),
        (Contact, "c", {"name": "A", "email": "a@b"}, "c.email: 'a@b' is not an email address"),
        (Contact, "c", {"name": "A", "phone": "call me"}, "c.phone: 'call me' is not a phone number"),
        (Contact, "c", {"name": "A", "phone": "12"}, "c.phone: '12' is not a phone number"),
        (Contact, "c", {"name": "A", "source": "tv"}, "c.source: 'tv' is not valid"),
        (Contact, "c", {"name": "A", "relationship": "cousin"}, "c.relationship: 'cousin' is not valid"),
        (Contact, "c", {"name": "A\nB"}, "c.name: 'A\\nB' must be a single line"),
        (Contact, "c", {"name": "A", "id": "bad id!"}, "c.id: 'bad id!' is not valid"),
        (Contact, "c", {"name": "x" * (MAX_LINE + 1)}, f"is longer than {MAX_LINE} characters"),
        (Contact, "c", {"name": "A", "notes": "x" * (MAX_TEXT + 1)}, f"is longer than {MAX_TEXT}"),
        (Contact, "c", {"name": "A", "nickname": "Al"}, "c.nickname: 'Al' is not a field infokit knows"),
        (Question, "q", {"text": ""}, "q.text: '' must not be empty"),
        (Question, "q", {"text": "Why?", "priority": 4}, "q.priority: 4 is not valid"),
        (Question, "q", {"text": "Why?", "minutes": 0}, "q.minutes: 0 is not valid"),
        (Question, "q", {"text": "Why?", "tiara": "tips"}, "q.tiara: 'tips' is not valid"),
        (Question, "q", {"text": "Why?", "phase": "middle"}, "q.phase: 'middle' is not valid"),
        (ResearchNote, "r", {"text": "Nurses work shifts."}, "r.source: None is required"),
        (ResearchNote, "r", {"text": "", "source": "BLS"}, "r.text: '' must not be empty"),
        (ResearchNote, "r", {"text": "x", "source": "y", "about": "x"}, "r.about: 'x' is not valid"),
        (Meeting, "m", {"starts": "soon"}, "m.starts: 'soon' is not valid"),
        (Meeting, "m", {"starts": "2026-12-01T10:00", "timezone": "Mars/Base"}, "m.timezone: 'Mars/Base'"),
        (Meeting, "m", {"starts": "2026-12-01T10:00", "planned_minutes": 2}, "m.planned_minutes: 2"),
        (Meeting, "m", {"starts": "2026-12-01T10:00", "format": "fax"}, "m.format: 'fax' is not valid"),
        (Mention, "x", {"text": "", "kind": "trend"}, "x.text: '' must not be empty"),
        (InterviewNotes, "i", {"actual_minutes": 0}, "i.actual_minutes: 0 is not valid"),
        (FollowUp, "f", {"action": "Write", "due_on": "tomorrow"}, "f.due_on: 'tomorrow' is not valid"),
        (Reflection, "r", {"answers": {"mood": "ok"}}, "r: prompt 'mood' is not one of the 'prompts'"),
        (Reflection, "r", {"framework": "swot"}, "r.framework: 'swot' is not valid"),
    ],
)
def test_bad_values_name_field_and_value(cls, path, values, expected):
    with pytest.raises(InvalidValue) as caught:
        make(cls, path, **values)
    assert expected in one_line(caught.value)


def test_status_history_must_move_forward_in_order_and_time():
    day = date(2026, 10, 1)
    with pytest.raises(InvalidValue, match="cannot move from 'scheduled' back to 'requested'"):
        make(
            Contact,
            "contacts[0]",
            name="A",
            history=[{"status": "scheduled", "on": day}, {"status": "requested", "on": day}],
        )
    with pytest.raises(InvalidValue, match="'requested' on 2026-09-30 is before 'identified' on 2026-10-01"):
        make(
            Contact,
            "c",
            name="A",
            history=[{"status": "identified", "on": day}, {"status": "requested", "on": day - timedelta(1)}],
        )


def test_status_and_dates():
    contact = Contact(name="Ana", history=[{"status": "identified", "on": "2026-10-01"}])
    assert contact.status is ContactStatus.IDENTIFIED
    contact.history = [*contact.history, {"status": "scheduled", "on": "2026-10-03"}]
    assert contact.status is ContactStatus.SCHEDULED
    assert contact.status_date(ContactStatus.SCHEDULED) == date(2026, 10, 3)
    assert contact.status_date(ContactStatus.REQUESTED) is None
    assert Contact(name="B").status is ContactStatus.IDENTIFIED


def test_close_ties_are_flagged():
    assert Contact(name="Aunt May", relationship="relative").is_close_tie
    assert Contact(name="Sam", relationship="close-friend").is_close_tie
    assert not Contact(name="Dr Lee", relationship="acquaintance").is_close_tie


def test_assignment_is_validated_and_leaves_old_value():
    profile = Profile(name="Ana")
    with pytest.raises(InvalidValue, match=r"profile\.email: 'x@' is not an email"):
        set_field(profile, "email", "x@", "profile")
    assert profile.email == ""
    set_field(profile, "email", "ana@example.org", "profile")
    assert profile.email == "ana@example.org"


def test_project_references_and_duplicates():
    with pytest.raises(InvalidValue, match="project: interviewee_id 'zz' is not one of the contacts"):
        validate_project({"interviewee_id": "zz"})
    with pytest.raises(InvalidValue, match="two contacts share one id"):
        validate_project({"contacts": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]})
    with pytest.raises(InvalidValue, match=r"project: meeting\.contact_id 'b' is not one of the contacts"):
        validate_project(
            {
                "contacts": [{"id": "a", "name": "A"}],
                "meeting": {"starts": "2026-10-01T10:00", "contact_id": "b"},
            }
        )
    with pytest.raises(InvalidValue, match=r"referrals\[0\]\.contact_id 'b' is not one of the contacts"):
        validate_project({"referrals": [{"name": "R", "contact_id": "b"}]})
    with pytest.raises(InvalidValue, match=r"follow_ups\[0\]\.contact_id 'b' is not one of the contacts"):
        validate_project({"follow_ups": [{"action": "Call", "due_on": "2026-10-01", "contact_id": "b"}]})
    project = validate_project({"contacts": [{"id": "a", "name": "A"}], "interviewee_id": "a"})
    assert project.interviewee is not None and project.interviewee.name == "A"


def test_unknown_top_level_key_is_refused():
    with pytest.raises(InvalidValue, match=r"^bogus: 1 is not a field infokit knows$"):
        validate_project({"bogus": 1})


def test_lists_drop_blanks_and_duplicates():
    profile = Profile(values=["Autonomy", " autonomy ", "", "Helping people"])
    assert profile.values == ["Autonomy", "Helping people"]


def test_unicode_long_text_and_empty_optionals_round_trip():
    text = "Ça va? 你好，世界! مرحبا " * 700
    project = Project(
        profile=Profile(name="Zoë Åsa Nguyễn", career_interests=["Müllabfuhr-Logistik"]),
        contacts=[Contact(name="José Ørsted", notes=text[:MAX_TEXT])],
        questions=[Question(text="¿Cómo empezó usted en este campo?")],
    )
    again = Project.model_validate_json(project.model_dump_json())
    assert again == project
    assert again.contacts[0].email == "" and again.meeting is None


def test_meeting_keeps_wall_clock_and_zone():
    meeting = Meeting(starts="2026-11-01T01:30", timezone="America/Toronto", planned_minutes=30)
    assert meeting.starts_at.utcoffset() == timedelta(hours=-4)  # before the DST change that morning
    aware = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
    converted = Meeting(starts=aware, timezone="Europe/Berlin")
    assert converted.starts == datetime(2026, 12, 1, 16, 0)
    guessed = Meeting(starts=datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    assert guessed.timezone == "UTC"


def test_reflection_word_count():
    reflection = Reflection(framework="deal", answers={"describe": "one two three", "examine": "four"})
    assert reflection.word_count() == 4
