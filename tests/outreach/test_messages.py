"""Message drafts: every kind renders from a realistic project, requests pass the checker,
missing data names its field, and student text (HTML, template syntax, unicode) is kept as typed."""

from __future__ import annotations

from typing import Any

import pytest

from infokit.errors import InvalidValue
from infokit.findings import worst
from infokit.model import SOURCES, Project
from infokit.outreach.check import check_message
from infokit.outreach.kinds import EMAIL_KINDS, KINDS
from infokit.outreach.messages import EDIT_MARK, render, render_all, split_subject
from infokit.settings import parse_settings


def _project(**over: Any) -> Project:
    """A student part-way through: interview held, notes taken, one referral."""
    data: dict[str, Any] = {
        "profile": {
            "name": "Jordan Lee",
            "course": "CAR 101 Career Planning",
            "email": "jordan.lee@example.edu",
            "phone": "+1 416 555 0100",
            "career_interests": ["user experience research"],
            "learning_goals": ["what a typical week looks like"],
        },
        "contacts": [
            {
                "id": "priya",
                "name": "Priya Natarajan",
                "role": "Senior UX Researcher",
                "organization": "Northwind Health",
                "source": "referral",
                "referred_by": "Maya Chen",
                "email": "priya@example.org",
                "phone": "416-555-0199",
                "history": [
                    {"status": "requested", "on": "2026-03-02"},
                    {"status": "scheduled", "on": "2026-03-04"},
                    {"status": "interviewed", "on": "2026-03-10"},
                ],
            },
            {"id": "sam", "name": "Sam Okafor", "role": "Design Lead", "organization": "Northwind Health"},
        ],
        "interviewee_id": "priya",
        "questions": [
            {"id": "q1", "text": "How did you get started in UX research?"},
            {
                "id": "q2",
                "text": "What does a typical week look like for you?",
                "answer_notes": "Recruiting participants and synthesis take half the week. Then workshops.",
            },
        ],
        "meeting": {
            "contact_id": "priya",
            "starts": "2026-03-10T14:00",
            "timezone": "America/Toronto",
            "planned_minutes": 25,
            "format": "in-person",
            "place": "200 Bay St, Toronto",
        },
        "interview": {
            "held_on": "2026-03-10",
            "mentions": [{"kind": "publication", "text": "Just Enough Research"}],
        },
        "referrals": [{"id": "r1", "name": "Sam Okafor", "may_use_name": True, "contact_id": "sam"}],
    }
    data.update(over)
    return Project.model_validate(data)


def _request_project(**over: Any) -> Project:
    """Before the meeting: only the request stage."""
    base = _project().model_dump()
    base["contacts"][0]["history"] = []
    base.update(meeting=None, questions=[], interview={}, referrals=[])
    base.update(over)
    return Project.model_validate(base)


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_renders(kind: str) -> None:
    text = render(kind, _project())
    assert text.endswith("\n") and "\n\n\n" not in text
    assert "Priya Natarajan" in text and "Jordan Lee" in text
    assert EDIT_MARK not in text  # the project has everything these drafts need
    subject, body = split_subject(text)
    assert (subject is not None) == (kind in EMAIL_KINDS)
    assert body.strip()
    assert not any(line != line.rstrip() for line in text.splitlines())


def test_request_passes_the_checker_with_the_default_limit() -> None:
    project = _request_project()
    text = render("request-email", project)
    assert check_message(text, "request", project=project) == []
    assert check_message(text) == []  # on its own too


@pytest.mark.parametrize("source", list(SOURCES))
def test_request_connection_for_every_source_passes_the_checker(source: str) -> None:
    project = _request_project()
    project.contacts[0].referred_by = ""
    project.contacts[0].source = source  # type: ignore[assignment]
    text = render("request-email", project)
    findings = check_message(text)
    assert findings == [], (source, text, findings)


def test_request_puts_the_connection_first() -> None:
    subject, body = split_subject(render("request-email", _request_project()))
    assert subject == "Maya Chen suggested I write to you"
    assert body.splitlines()[0] == "Dear Priya Natarajan,"
    assert body.splitlines()[2].startswith("Maya Chen suggested that I get in touch with you.")


def test_request_asks_for_the_settings_length_and_offers_formats() -> None:
    settings = parse_settings({"limits": {"meeting_minutes": 20}})
    text = render("request-email", _request_project(), settings=settings)
    assert "20 minutes" in text and "phone" in text and "?" in text


def test_extra_values_override_the_project() -> None:
    text = render("request-email", _request_project(), connection="We met at the spring careers fair.")
    assert "We met at the spring careers fair. I am Jordan Lee" in text


def test_confirmation_shows_the_meeting_in_its_zone() -> None:
    text = render("confirmation", _project())
    assert "Subject: Confirming our conversation on Tuesday 10 March 2026" in text
    assert "When: Tuesday 10 March 2026 at 2:00 PM EDT (America/Toronto time)" in text
    assert "Where: 200 Bay St, Toronto" in text
    assert "park" in text  # a site visit with no directions yet asks about parking


def test_confirmation_for_a_phone_meeting() -> None:
    project = _project()
    assert project.meeting is not None
    project.meeting.format = "phone"
    project.meeting.place = "416-555-0199"
    project.meeting.timezone = "Europe/London"
    text = render("confirmation", project)
    assert "Number: 416-555-0199" in text and "GMT (Europe/London time)" in text
    assert "I will call you" in text and "park" not in text


def test_thank_you_quotes_the_question_never_the_notes() -> None:
    """Issue 12 and 9: the notes are the student's third-person jottings; the letter is to the
    interviewee, so it names the question asked and what was suggested, in the second person."""
    project = _project()
    text = render("thank-you", project)
    assert '"What does a typical week look like for you?"' in text
    assert "recruiting participants" not in text.lower() and "synthesis" not in text
    assert "Sam Okafor" in text and "Just Enough Research" in text
    assert check_message(text, "thank-you", project=project, sent_on=project.interview.held_on) == []


def test_thank_you_without_answer_notes_leaves_a_spot_to_write() -> None:
    free = _project(
        questions=[], interview={"held_on": "2026-03-10", "free_notes": "Portfolios beat grades."}
    )
    text = render("thank-you", free)
    assert "portfolios" not in text.lower()
    spot = next(line for line in text.splitlines() if EDIT_MARK in line)
    assert "what a typical week looks like" in spot  # the student's own goal, not filler
    assert "unedited" in [f.rule for f in check_message(text, "thank-you")]
    bare = _project(questions=[], interview={"held_on": "2026-03-10"}, referrals=[])
    bare.profile.learning_goals = []
    assert EDIT_MARK in render("thank-you", bare)


def test_no_run_of_note_words_reaches_the_thank_you() -> None:
    note = "She started as a lab tech, says the night shifts are hard and the pay is fine."
    project = _project()
    project.questions[1].answer_notes = note
    project.interview.free_notes = note
    words = note.lower().replace(",", "").split()
    text = render("thank-you", project).lower()
    assert not any(" ".join(words[i : i + 4]) in text for i in range(len(words) - 3))


@pytest.mark.parametrize(
    ("allowed", "says"),
    [
        ((True, True), "; I will mention that you sent me."),
        ((False, False), "Sam Okafor and Kim Ng."),
        ((False, True), "; as you said I could, I will mention your name to Kim Ng."),
    ],
)
def test_thank_you_mentions_the_interviewee_only_where_allowed(allowed: tuple[bool, bool], says: str) -> None:
    project = _project(
        referrals=[
            {"id": "r1", "name": "Sam Okafor", "may_use_name": allowed[0]},
            {"id": "r2", "name": "Kim Ng", "may_use_name": allowed[1]},
        ]
    )
    text = render("thank-you", project)
    assert says in text
    if not any(allowed):
        assert "mention" not in text


@pytest.mark.parametrize(
    ("role", "reads"),
    [("Ecologist", "your work as an ecologist at Northwind Health"),
     ("Senior UX Researcher", "your work as a Senior UX Researcher at"),
     ("HR manager", "as an HR manager"), ("Urban planner", "as an urban planner"),
     ("University lecturer", "as a university lecturer")],
)  # fmt: skip
def test_request_gives_the_role_its_article(role: str, reads: str) -> None:
    project = _request_project()
    project.contacts[0].role = role
    assert reads in render("request-email", project)


def test_request_says_plainly_it_is_not_a_job_request() -> None:
    text = render("request-email", _request_project())
    assert "I am not looking for a job" in text
    assert "asks-for-job" not in [f.rule for f in check_message(text)]


@pytest.mark.parametrize("seed", range(0, 60, 3))
def test_the_kits_drafts_pass_the_kits_checker_for_every_sample(seed: int) -> None:
    from infokit.sample import sample_project

    project = sample_project(seed)
    for kind, checked_as in (
        ("request-email", "request"),
        ("follow-up", "request"),
        ("thank-you", "thank-you"),
    ):
        text = render(kind, project)
        assert check_message(text, checked_as, project=project, sent_on=project.interview.held_on) == [], (
            seed,
            kind,
            text,
        )


def test_follow_up_mentions_the_request_day() -> None:
    text = render("follow-up", _project())
    assert "Monday 2 March 2026" in text and "?" in text


def test_referrer_update_goes_to_the_referrer() -> None:
    text = render("referrer-update", _project())
    assert "Dear Maya Chen," in text and "recruiting participants" in text
    # Sam came from Priya's referral: the update goes to Priya.
    sam = render("referrer-update", _project(), contact_id="sam")
    assert "Dear Priya Natarajan," in sam and "Sam Okafor" in sam


def test_referrer_update_without_a_referrer_names_the_field() -> None:
    project = _project(referrals=[])
    with pytest.raises(InvalidValue, match=r"^The contact's 'Referred by' is required: say who referred Sam"):
        render("referrer-update", project, contact_id="sam")


def test_missing_interviewee_names_the_field() -> None:
    project = _project(interviewee_id=None)
    with pytest.raises(InvalidValue) as caught:
        render("request-email", project)
    assert str(caught.value) == "Choose whom you will interview first (notebook 01)"
    assert render_all(project) == {}


def test_missing_meeting_names_the_field_and_render_all_skips_it() -> None:
    project = _request_project()
    with pytest.raises(InvalidValue, match=r"^Schedule the meeting first \(notebook 03\)$"):
        render("confirmation", project)
    drafts = render_all(project)
    assert "confirmation" not in drafts and "request-email" in drafts
    assert list(drafts) == [k for k in KINDS if k in drafts]


def test_other_bad_input_names_the_field() -> None:
    with pytest.raises(InvalidValue, match=r"^The kind of message 'letter' is not one of request-email"):
        render("letter", _project())
    with pytest.raises(InvalidValue, match=r"^That contact is not one of your contacts any more"):
        render("request-email", _project(), contact_id="ghost")
    nameless = _project()
    nameless.profile.name = ""
    with pytest.raises(InvalidValue, match=r"^Your name is required"):
        render("thank-you", nameless)
    silent = _project()
    silent.profile.phone = ""
    silent.profile.email = ""
    with pytest.raises(InvalidValue, match=r"^Your phone is required for a voicemail"):
        render("voicemail", silent)
    with pytest.raises(InvalidValue, match=r"^The meeting you scheduled is not with Sam Okafor"):
        render("confirmation", _project(), contact_id="sam")


def test_another_contact_gets_a_draft_without_the_interviewee_meeting() -> None:
    text = render("request-email", _project(), contact_id="sam")
    assert "Dear Sam Okafor," in text and "a Design Lead at Northwind Health" in text


HOSTILE = '<b>Zoë</b> {{ 7*7 }} {% if x %}&amp; "quotes" \\ 東京'


@pytest.mark.parametrize("kind", list(KINDS))
def test_student_text_is_kept_exactly_as_typed(kind: str) -> None:
    project = _project()
    project.profile.name = HOSTILE
    project.profile.course = "<script>alert(1)</script>"
    project.profile.career_interests = ["R&D <i>design</i> {# not a comment #}"]
    project.profile.learning_goals = ["{{ goal }}"]
    contact = project.contacts[0]
    contact.name = "Ana <María> Núñez"
    contact.role = "Head of {{ role }}"
    contact.organization = "Smith & Sons <Ltd>"
    contact.referred_by = "Dr. O'Brien & co"
    project.questions[1].text = "What is <em>hard</em>?"
    project.questions[1].answer_notes = "Stakeholders {{ ignore }} & <deadlines>."
    assert project.meeting is not None
    project.meeting.place = "<a href='x'>Room 5</a>"
    project.meeting.directions = "Use door B; park on level <2>."
    text = render(kind, project)
    assert "Ana <María> Núñez" in text
    assert HOSTILE in text  # the student's name, in the greeting or the signature
    if kind not in ("confirmation", "thank-you"):
        assert "Dr. O'Brien & co" in text  # the connection
    assert "49" not in text and "&lt;" not in text


def test_split_subject() -> None:
    assert split_subject("Subject: Hello\n\nBody\n") == ("Hello", "Body\n")
    assert split_subject("subject:   Hi there  \nBody") == ("Hi there", "Body")
    assert split_subject("No subject here\nBody") == (None, "No subject here\nBody")
    assert split_subject("") == (None, "")


def test_the_drafts_are_not_flagged_for_a_job() -> None:
    for kind in ("request-email", "follow-up"):
        findings = check_message(render(kind, _project()), "request")
        assert "asks-for-job" not in [f.rule for f in findings]
        assert worst(findings) in (None, "info", "warning")


def test_notes_of_the_interview_stay_with_the_interviewee() -> None:
    text = render("thank-you", _project(), contact_id="sam")
    assert "Just Enough Research" not in text and "recruiting" not in text
    assert EDIT_MARK in text  # nothing is known about a talk with Sam yet
