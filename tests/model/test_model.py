"""Every validation rule of the model gives one line naming the field and the value."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from pydantic import ValidationError

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
    MessageCopy,
    Profile,
    Project,
    Question,
    Reflection,
    ResearchNote,
    StatusChange,
    ThankYou,
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
        (Contact, "contacts[0]", {"name": ""}, "Contact 1's name must not be empty"),
        (Contact, "contacts[0]", {"name": "   "}, "Contact 1's name must not be empty"),
        (
            Contact,
            "contact",
            {"name": "A", "email": "nope"},
            "The contact's email 'nope' is not an email address",
        ),
        (
            Contact,
            "contact",
            {"name": "A", "email": "a@b"},
            "The contact's email 'a@b' is not an email address",
        ),
        (
            Contact,
            "contact",
            {"name": "A", "phone": "call me"},
            "The contact's phone 'call me' is not a phone number",
        ),
        (Contact, "contact", {"name": "A", "phone": "12"}, "The contact's phone '12' is not a phone number"),
        (
            Contact,
            "contacts[2]",
            {"name": "A", "source": "tv"},
            "Contact 3's 'Where you found them' 'tv' must be one of",
        ),
        (
            Contact,
            "contact",
            {"name": "A", "relationship": "cousin"},
            "The contact's 'How you know them' 'cousin'",
        ),
        (Contact, "contact", {"name": "A\nB"}, "The contact's name 'A\\nB' must be a single line"),
        (
            Contact,
            "contact",
            {"name": "A", "id": "bad id!"},
            "The contact's id 'bad id!' is not an id infokit made",
        ),
        (Contact, "contact", {"name": "x" * (MAX_LINE + 1)}, f"is longer than {MAX_LINE} characters"),
        (Contact, "contact", {"name": "A", "notes": "x" * (MAX_TEXT + 1)}, f"is longer than {MAX_TEXT}"),
        (
            Contact,
            "contact",
            {"name": "A", "nickname": "Al"},
            "The contact's 'nickname' is not a field infokit knows",
        ),
        (Question, "question", {"text": ""}, "The question's wording must not be empty"),
        (
            Question,
            "questions[3]",
            {"text": "Why?", "priority": 4},
            "Question 4's priority 4 must be at most 3",
        ),
        (
            Question,
            "question",
            {"text": "Why?", "minutes": 0},
            "The question's minutes 0 must be more than 0",
        ),
        (
            Question,
            "question",
            {"text": "Why?", "minutes": 31},
            "The question's minutes 31 must be at most 30",
        ),
        (
            Question,
            "question",
            {"text": "Why?", "tiara": "tips"},
            "The question's TIARA area 'tips' must be one of",
        ),
        (
            Question,
            "question",
            {"text": "Why?", "phase": "middle"},
            "The question's phase 'middle' must be one of",
        ),
        (
            Question,
            "question",
            {"text": "Why?", "priority": "high"},
            "priority 'high' must be a whole number",
        ),
        (
            ResearchNote,
            "research_note",
            {"text": "Nurses work shifts."},
            "The research note's source is required",
        ),
        (
            ResearchNote,
            "research[0]",
            {"text": "", "source": "BLS"},
            "Research note 1's 'What you learned' must not",
        ),
        (
            ResearchNote,
            "research_note",
            {"text": "x", "source": "y", "about": "x"},
            "'About' 'x' must be one of",
        ),
        (
            Meeting,
            "meeting",
            {"starts": "soon"},
            "The meeting's day and time 'soon' is not a day and time like",
        ),
        (
            Meeting,
            "meeting",
            {"starts": "2026-12-01T10:00", "timezone": "Mars/Base"},
            "The meeting's time zone 'Mars/Base' is not a time zone name",
        ),
        (
            Meeting,
            "meeting",
            {"starts": "2026-12-01T10:00", "planned_minutes": 2},
            "planned minutes 2 must be at least 5",
        ),
        (
            Meeting,
            "meeting",
            {"starts": "2026-12-01T10:00", "format": "fax"},
            "The meeting's format 'fax' must be one",
        ),
        (
            Mention,
            "mention",
            {"text": "", "kind": "trend"},
            "The mention's 'Name or title' must not be empty",
        ),
        (
            InterviewNotes,
            "interview",
            {"actual_minutes": 0},
            "The interview's 'Minutes it lasted' 0 must be at least 1",
        ),
        (
            FollowUp,
            "follow_up",
            {"action": "", "due_on": "2026-10-01"},
            "The follow-up's 'To do' must not be empty",
        ),
        (
            FollowUp,
            "follow_up",
            {"action": "Write", "due_on": "tomorrow"},
            "The follow-up's 'Due on' date 'tomorrow' is not a date like 2026-03-14",
        ),
        (
            Reflection,
            "reflection",
            {"answers": {"mood": "ok"}},
            "Your reflection: prompt 'mood' is not one of",
        ),
        (
            Reflection,
            "reflection",
            {"framework": "swot"},
            "Your reflection's framework 'swot' must be one of",
        ),
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
    with pytest.raises(InvalidValue, match=r"^Your email 'x@' is not an email") as caught:
        set_field(profile, "email", "x@", "profile")
    assert (caught.value.field, caught.value.value) == ("profile.email", "x@")
    assert profile.email == ""
    set_field(profile, "email", "ana@example.org", "profile")
    assert profile.email == "ana@example.org"


def test_project_references_and_duplicates():
    with pytest.raises(InvalidValue, match=r"^The interviewee you chose is not one of your contacts$"):
        validate_project({"interviewee_id": "zz"})
    with pytest.raises(InvalidValue, match=r"^Two of your contacts share one id"):
        validate_project({"contacts": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]})
    with pytest.raises(InvalidValue, match=r"^The meeting is with someone who is not one of your contacts$"):
        validate_project(
            {
                "contacts": [{"id": "a", "name": "A"}],
                "meeting": {"starts": "2026-10-01T10:00", "contact_id": "b"},
            }
        )
    with pytest.raises(InvalidValue, match=r"^Referral 1 points at someone who is not one of your contacts$"):
        validate_project({"referrals": [{"name": "R", "contact_id": "b"}]})
    with pytest.raises(InvalidValue, match=r"^Follow-up 1 is with someone who is not one of your contacts$"):
        validate_project({"follow_ups": [{"action": "Call", "due_on": "2026-10-01", "contact_id": "b"}]})
    project = validate_project({"contacts": [{"id": "a", "name": "A"}], "interviewee_id": "a"})
    assert project.interviewee is not None and project.interviewee.name == "A"


def test_unknown_top_level_key_is_refused():
    with pytest.raises(InvalidValue, match=r"^'bogus' is not a field infokit knows$"):
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


# -- dates, zones, characters and lengths a real project never holds ---------------------------

DATED = [
    (StatusChange, "status change", {"status": "requested"}, "on"),
    (ResearchNote, "research note", {"text": "x", "source": "y"}, "added_on"),
    (Meeting, "meeting", {}, "starts"),
    (Meeting, "meeting", {"starts": "2026-03-09T14:00"}, "confirmed_on"),
    (InterviewNotes, "interview", {}, "held_on"),
    (InterviewNotes, "interview", {}, "started_at"),
    (ThankYou, "thank_you", {}, "sent_on"),
    (FollowUp, "follow_up", {"action": "Call"}, "due_on"),
    (FollowUp, "follow_up", {"action": "Call", "due_on": "2026-03-09"}, "done_on"),
    (MessageCopy, "messages.confirmation", {}, "sent_on"),
]


@pytest.mark.parametrize(("cls", "path", "values", "field"), DATED)
@pytest.mark.parametrize("year", [1, 1899, 2201, 9999])
def test_every_date_is_within_the_years_any_project_has(cls, path, values, field, year):
    moment = datetime(year, 12, 31, 23, 59) if year > 2000 else datetime(year, 1, 1)
    given = moment if field in ("starts", "started_at") else moment.date()
    with pytest.raises(InvalidValue) as caught:
        make(cls, path, **values, **{field: given})
    assert "is not a date infokit takes (years 1900 to 2200)" in one_line(caught.value)
    make(cls, path, **values, **{field: given.replace(year=2026)})


def test_an_aware_start_at_the_edge_of_time_is_refused_not_an_overflow():
    for edge in (datetime(1, 1, 1, tzinfo=UTC), datetime(9999, 12, 31, 23, 59, tzinfo=UTC)):
        with pytest.raises(InvalidValue, match="years 1900 to 2200"):
            make(Meeting, "meeting", starts=edge, timezone="Pacific/Kiritimati")
        with pytest.raises(InvalidValue, match="years 1900 to 2200"):
            make(Meeting, "meeting", starts=edge, timezone="America/Adak")


@pytest.mark.parametrize(
    "zone", ["America", "Europe", "", ".", "../UTC", "/etc/passwd", "UTC\x00", "a" * 280, "zone.tab"]
)
def test_a_time_zone_that_is_not_one_is_one_line_naming_the_field(zone):
    with pytest.raises(InvalidValue) as caught:
        make(Meeting, "meeting", starts="2026-03-09T14:00", timezone=zone)
    text = one_line(caught.value)
    assert text.startswith("The meeting's time zone") and "time zone name like Europe/London" in text
    assert "tzdata" not in text and "zoneinfo" not in text


@pytest.mark.parametrize("broken", ["\ud800", "ok \udfff ok", "\ud83d"])
def test_a_lone_surrogate_is_refused_in_lines_texts_and_lists(broken):
    for cls, path, values in (
        (Contact, "contact", {"name": broken}),
        (Contact, "contact", {"name": "A", "notes": broken}),
        (Profile, "profile", {"skills": ["Python", broken]}),
    ):
        with pytest.raises(InvalidValue, match="broken character") as caught:
            make(cls, path, **values)
        assert one_line(caught.value).isprintable()
    assert make(Contact, "contact", name="Zoë 😀").name == "Zoë 😀"


def _string_fields(record: type, path: str = "project"):
    """Every str-typed field of the model (also inside lists and optional records), by path."""
    import types
    import typing

    from pydantic import BaseModel

    for name, info in record.model_fields.items():
        annotation = info.annotation
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        inner = (
            args[0]
            if len(args) == 1 and typing.get_origin(annotation) in (typing.Union, types.UnionType)
            else None
        )
        target = inner or annotation
        if typing.get_origin(target) is list:
            target = typing.get_args(target)[0]
        if isinstance(target, type) and issubclass(target, BaseModel):
            yield from _string_fields(target, f"{path}.{name}")
        elif target is str or typing.get_origin(target) is typing.Literal:
            yield record, name, f"{path}.{name}"


def test_every_text_field_has_a_length_limit():
    """A 50 MB bank_id used to be accepted; now no string field takes a megabyte."""
    huge = "x" * 1_000_000
    fields = list(_string_fields(Project))
    assert len(fields) > 40
    unlimited = []
    for record, name, path in fields:
        required = {"text": "t", "source": "s", "name": "n", "action": "a", "due_on": "2026-03-09"}
        values = {k: v for k, v in required.items() if k in record.model_fields and k != name}
        if record is Meeting:
            values["starts"] = "2026-03-09T14:00"
        try:
            record(**values, **{name: huge})
        except ValidationError:
            continue
        unlimited.append(path)
    assert unlimited == []


def test_references_and_bank_ids_are_ids_not_free_text():
    with pytest.raises(InvalidValue, match="is not an id infokit made"):
        validate_project({"interviewee_id": "x" * 41})
    with pytest.raises(InvalidValue, match="The question's question-bank entry"):
        make(Question, "question", text="Why?", bank_id="not an id")
    assert make(Question, "question", text="Why?", bank_id="catch-all-02").bank_id == "catch-all-02"


@pytest.mark.parametrize("number", [float("nan"), float("inf"), -float("inf")])
def test_not_a_number_and_infinity_are_refused(number):
    with pytest.raises(InvalidValue, match="The question's minutes"):
        make(Question, "question", text="Why?", minutes=number)


# -- messages name the field in the student's words ---------------------------------------------


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("profile.email", "your email"),
        ("contacts[2].email", "contact 3's email"),
        ("contact.phone", "the contact's phone"),
        ("follow_ups[0].action", "follow-up 1's 'To do'"),
        ("follow_up.action", "the follow-up's 'To do'"),
        ("interview.mentions[1].text", "mention 2's 'Name or title'"),
        ("contacts[0].history[1].on", "contact 1's status change 2's date"),
        ("meeting.place", "the meeting's 'Place, link or number'"),
        ("messages.request-email.text", "your request email's text"),
        ("reflection.answers.learned", "your answer to 'What you learned'"),
        ("questions[3].bank_id", "question 4's question-bank entry"),
        ("profile.nickname", "your profile's 'nickname'"),
        ("bank_id", "the question-bank entry"),
    ],
)
def test_field_paths_become_the_students_words(path, words):
    from infokit.labels import label

    assert label(path) == words


def test_no_message_shows_a_record_a_list_none_or_a_path():
    cases = [
        (Project, "", {"profile": Profile(name="A"), "contacts": "oops"}),
        (Contact, "contacts[0]", {"name": None}),
        (Meeting, "meeting", {"starts": None}),
        (Project, "", {"meeting": {"contact_id": None}}),
        (Project, "", {"follow_ups": [{"action": "", "due_on": "2026-03-09"}]}),
        (Project, "", {"contacts": [{"name": "A", "history": [{"status": "asked", "on": "2026-03-09"}]}]}),
    ]
    for cls, path, values in cases:
        with pytest.raises(InvalidValue) as caught:
            make(cls, path, **values)
        text = one_line(caught.value)
        for internal in ("None", "Profile(", "Contact(", "[0]", "follow_ups", "contact_id", "Input should"):
            assert internal not in text, text
