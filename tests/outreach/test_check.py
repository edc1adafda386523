"""The message checker: each rule on and off, limits from Settings, and awkward input."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

import infokit.outreach.check as mcheck
from infokit.errors import InvalidValue
from infokit.model import Project
from infokit.outreach.check import check_message, count_words, message_body
from infokit.settings import parse_settings

GOOD = """Subject: Maya Chen suggested I write to you

Dear Ms. Natarajan,

Maya Chen, my former manager, suggested I contact you. I am a second-year student exploring
user experience research, and your path into health-care design interests me.

Would you have 20 minutes in the next few weeks to share some advice? A phone or video call
would be perfect, at whatever time suits you.

Best regards,
Jordan Lee
CAR 101
jordan.lee@example.edu
"""

THANKS = """Subject: Thank you

Dear Priya,

Thank you for talking with me on Tuesday. Your point about recruiting participants early, and running
synthesis sessions with the product team, changed how I think about the role.

With thanks,
Jordan
"""


def _project(**over: Any) -> Project:
    data: dict[str, Any] = {
        "profile": {"name": "Jordan Lee", "course": "CAR 101"},
        "contacts": [
            {
                "id": "priya",
                "name": "Priya Natarajan",
                "organization": "Northwind Health",
                "referred_by": "Maya",
            }
        ],
        "interviewee_id": "priya",
        "questions": [
            {"id": "q1", "text": "What does a typical week look like?", "answer_notes": ""},
            {
                "id": "q2",
                "text": "What is hardest?",
                "answer_notes": "Recruiting participants is hard; synthesis sessions with product teams.",
            },
        ],
        "meeting": {"contact_id": "priya", "starts": "2026-03-10T14:00", "timezone": "America/Toronto"},
        "interview": {"mentions": [{"kind": "publication", "text": "Just Enough Research"}]},
    }
    data.update(over)
    return Project.model_validate(data)


def _rules(text: str, kind: str = "request", **kwargs: Any) -> list[str]:
    return [f.rule for f in check_message(text, kind, **kwargs)]  # type: ignore[arg-type]


def _words(n: int) -> str:
    """``n`` words of filler that still reads as English."""
    return " ".join((["the", "word"] * n)[:n])


# -- the rule table ---------------------------------------------------------------------
def test_a_good_request_has_no_findings() -> None:
    assert check_message(GOOD) == []


def test_every_rule_is_documented() -> None:
    doc = mcheck.__doc__ or ""
    for key in mcheck._RULES:
        assert key.partition(":")[0] in doc


# -- empty and non-text ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   \n\t ", "Subject: hello\n\n", "Subject: x\n\nBest regards,\nJo\n"])
def test_empty_text_is_one_finding(text: str) -> None:
    findings = check_message(text)
    assert [(f.rule, f.severity) for f in findings] == [("empty", "error")]
    assert _rules(text, "thank-you") == ["empty"]


def test_wrong_types_and_kinds_raise() -> None:
    with pytest.raises(InvalidValue, match=r"^The text is not text"):
        check_message(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match=r"^The kind of message 'letter' is not one of request, thank-you"):
        check_message("Hello", "letter")  # type: ignore[arg-type]
    assert check_message(GOOD, "request-email") == []  # type: ignore[arg-type]


# -- word-limit -----------------------------------------------------------------------------
def _request_of(words: int) -> str:
    """A request whose body has exactly ``words`` words and passes every other rule."""
    core = "Dear Priya,\n\nMaya Chen suggested I write. Would you have 20 minutes for a phone call?"
    body = core + " " + _words(words - count_words(core))
    return f"Subject: A question about your field and more\n\n{body}\n\nBest regards,\nJordan Lee\nCAR 101\n"


def test_word_limit_counts_the_body_only() -> None:
    assert count_words(message_body(_request_of(100))) == 100
    assert _rules(_request_of(100)) == []
    assert _rules(_request_of(101)) == ["word-limit"]
    finding = check_message(_request_of(101))[0]
    assert finding.severity == "error" and "101 words" in finding.message and "100" in finding.message


def test_word_limit_follows_settings_and_strict() -> None:
    assert _rules(_request_of(80)) == []
    assert _rules(_request_of(80), strict=True) == ["word-limit"]
    strict = parse_settings({"limits": {"strict_email": True}})
    assert _rules(_request_of(80), settings=strict) == ["word-limit"]
    assert _rules(_request_of(80), settings=strict, strict=False) == []
    roomy = parse_settings({"limits": {"email_words": 150}})
    assert _rules(_request_of(140), settings=roomy) == []
    assert "150" in check_message(_request_of(151), settings=roomy)[0].message
    tight = parse_settings({"limits": {"email_words_strict": 40}})
    assert _rules(_request_of(41), settings=tight, strict=True) == ["word-limit"]


def test_signature_detection() -> None:
    text = "Hi Sam,\n\nOne two three.\n\nThanks,\nJo Lee\nStudent, CAR 101\njo@example.edu\n+1 555 0100\n"
    assert message_body(text) == "Hi Sam,\n\nOne two three."
    assert message_body("Body text here.\n-- \nJo\n") == "Body text here."
    assert message_body("Thank you!") == "Thank you!"
    # A long paragraph after a short comma line is not a signature.
    tail = "Hi Sam,\n\nFirst,\n" + _words(30) + ".\n"
    assert message_body(tail) == tail.strip()


def test_count_words() -> None:
    assert count_words("Hello, world — 20-30 minutes!") == 4
    assert count_words("你好世界 hello") == 5
    assert count_words("<b>bold</b> &amp;") == 2


# -- connection-first -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "opening",
    [
        "Sam Lee suggested I contact you.",
        "I found your profile on the Northwind Health website.",
        "We met at the Women in Tech panel last month.",
        "I hope you are well. My professor, Dr. Ruiz, gave me your name.",
        "I am a student at Brock. I read your article on patient research.",
        "My name is Ana and we are neighbours on Elm Street.",
    ],
)
def test_connection_first_passes(opening: str) -> None:
    text = f"Dear Priya,\n\n{opening} Would you have 20 minutes for a call?\n"
    assert "connection-first" not in _rules(text)


@pytest.mark.parametrize(
    "opening",
    [
        "I am a student at Brock University. I am curious about nursing. Sam Lee suggested I contact you.",
        "My name is Ana. I study design.",
    ],
)
def test_connection_first_fires(opening: str) -> None:
    text = f"Dear Priya,\n\n{opening} Would you have 20 minutes for a call?\n"
    findings = [f for f in check_message(text) if f.rule == "connection-first"]
    assert [f.severity for f in findings] == ["warning"]


def test_connection_first_knows_the_referrer_from_the_project() -> None:
    text = "Dear Priya,\n\nMaya thinks highly of your work. Would you have 20 minutes for a call?\n"
    assert "connection-first" in _rules(text)
    assert "connection-first" not in _rules(text, project=_project())


# -- asks-for-job ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "I am looking for a job in UX.",
        "Are you hiring this summer?",
        "I have attached my resume for you.",
        "Could you refer me to your recruiter?",
        "I would love an internship at Northwind.",
        "Are there any openings on your team?",
        "I plan to apply for a position at your company.",
        "My CV is attached.",
    ],
)
def test_asks_for_job_fires(sentence: str) -> None:
    text = f"Sam Lee suggested I write. {sentence} Would you have 20 minutes for a call?"
    findings = [f for f in check_message(text) if f.rule == "asks-for-job"]
    assert [f.severity for f in findings] == ["error"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I am not looking for a job; I would value your advice.",
        "I would like to hear how you found your first job.",
        "If you are in a position to help, I would be grateful.",
        "This is not a request for an internship.",
        "I am curious about your role in research.",
    ],
)
def test_asks_for_job_stays_quiet(sentence: str) -> None:
    text = f"Sam Lee suggested I write. {sentence} Would you have 20 minutes for a call?"
    assert "asks-for-job" not in _rules(text)


# -- no-question, no-time, no-format ----------------------------------------------------------
def test_no_question() -> None:
    text = "Sam Lee suggested I write. I would like 20 minutes of your time by phone."
    assert "no-question" in _rules(text)
    assert "no-question" in _rules("Sam Lee suggested I write. How are you? I want 20 minutes by phone.")
    assert "no-question" not in _rules("Sam Lee suggested I write. Could we talk for 20 minutes by phone?")


@pytest.mark.parametrize(
    "phrase", ["20 minutes", "half an hour", "15-20 min", "a 20-minute", "twenty minutes"]
)
def test_no_time_quiet_when_time_named(phrase: str) -> None:
    text = f"Sam Lee suggested I write. Could we have {phrase} chat by phone?"
    assert "no-time" not in _rules(text)


def test_no_time_and_no_format_fire() -> None:
    text = "Sam Lee suggested I write. Could we talk sometime soon?"
    findings = {f.rule: f for f in check_message(text)}
    assert findings["no-time"].severity == "warning"
    assert "25 minutes" in (findings["no-time"].suggestion or "")  # from settings.limits.meeting_minutes
    assert findings["no-format"].severity == "info"
    custom = parse_settings({"limits": {"meeting_minutes": 15}})
    assert "15 minutes" in str(check_message(text, settings=custom))


@pytest.mark.parametrize("phrase", ["by phone", "on a video call", "in person", "over coffee", "on Zoom"])
def test_no_format_quiet_when_format_offered(phrase: str) -> None:
    text = f"Sam Lee suggested I write. Could we talk for 20 minutes {phrase}?"
    assert "no-format" not in _rules(text)


# -- unedited ------------------------------------------------------------------------------------
@pytest.mark.parametrize("spot", ["[[ EDIT: say what you learned ]]", "[Insert name]", "[your name]"])
def test_unedited_spots(spot: str) -> None:
    assert "unedited" in _rules(f"{GOOD}\n{spot}\n".replace("Best regards,", f"{spot}\n\nBest regards,"))


# -- thank-you: not-specific ------------------------------------------------------------------
def test_thank_you_specific_against_the_notes() -> None:
    project = _project()
    assert _rules(THANKS, "thank-you", project=project, sent_on=date(2026, 3, 11)) == []
    generic = (
        "Subject: Thank you\n\nDear Priya,\n\nThank you so much for your time and your helpful advice. "
        "It was great.\n\nBest wishes,\nJordan\n"
    )
    findings = check_message(generic, "thank-you", project=project, sent_on=date(2026, 3, 11))
    assert [(f.rule, f.severity) for f in findings] == [("not-specific", "warning")]
    named = generic.replace("It was great.", "It was great. I have ordered Just Enough Research.")
    assert _rules(named, "thank-you", project=project, sent_on=date(2026, 3, 11)) == []


def test_thank_you_names_do_not_count_as_specific() -> None:
    project = _project()
    text = (
        "Dear Priya Natarajan,\n\nThank you, from Jordan Lee of CAR 101, for the time at Northwind Health.\n"
    )
    assert "not-specific" in _rules(text, "thank-you", project=project, sent_on=date(2026, 3, 11))


def test_thank_you_without_notes_looks_for_reporting_cues() -> None:
    assert "not-specific" not in _rules(
        "Thank you! You mentioned that portfolios matter more than grades.", "thank-you"
    )
    assert "not-specific" not in _rules('Thanks. "Ship small and learn fast" is my new motto.', "thank-you")
    assert "not-specific" in _rules("Thank you for your time. I especially appreciated it.", "thank-you")
    bare = _project(questions=[], interview={})
    assert "not-specific" in _rules("Thank you for your time.", "thank-you", project=bare)


# -- thank-you: late -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sent", "expected"),
    [
        (date(2026, 3, 10), []),
        (date(2026, 3, 12), []),
        (date(2026, 3, 13), [("late", "warning")]),
        (date(2026, 3, 17), [("late", "warning")]),
        (date(2026, 3, 18), [("late", "error")]),
        (date(2026, 3, 1), []),  # drafted before the interview
    ],
)
def test_late(sent: date, expected: list[tuple[str, str]]) -> None:
    findings = check_message(THANKS, "thank-you", sent_on=sent, interview_on=date(2026, 3, 10))
    assert [(f.rule, f.severity) for f in findings] == expected


def test_late_reads_dates_from_the_project_and_limits_from_settings() -> None:
    project = _project(thank_you={"sent_on": "2026-03-14"})
    assert _rules(THANKS, "thank-you", project=project) == ["late"]  # meeting day 10 March
    project.interview.held_on = date(2026, 3, 13)
    assert _rules(THANKS, "thank-you", project=project) == []
    tight = parse_settings({"limits": {"thank_you_hours": 24, "thank_you_days_max": 2}})
    findings = check_message(
        THANKS, "thank-you", sent_on=date(2026, 3, 13), interview_on=date(2026, 3, 10), settings=tight
    )
    assert [(f.rule, f.severity) for f in findings] == [("late", "error")]
    assert "2-day" in findings[0].message
    assert _rules(THANKS, "thank-you") == []  # no interview day known: nothing to compare


def test_thank_you_has_no_word_limit() -> None:
    long = THANKS.replace("changed how", _words(400) + " changed how")
    assert "word-limit" not in _rules(
        long, "thank-you", sent_on=date(2026, 3, 11), interview_on=date(2026, 3, 10)
    )


# -- awkward input ----------------------------------------------------------------------------------
def test_ten_thousand_characters() -> None:
    text = ("Sam Lee suggested I write to you about your work. " * 200)[:10_000]
    # How the cost grows with the length is measured in benchmarks/bench_scaling.py.
    request = check_message(text + " Could we talk for 20 minutes by phone?")
    thanks = check_message(text, "thank-you", project=_project(), sent_on=date(2026, 3, 11))
    assert "word-limit" in [f.rule for f in request]
    assert all(f.rule != "empty" for f in thanks)
    assert _rules("x" * 10_000 + "?") == ["language"]
    run_on = "the work you do " * 2_500  # 10,000 characters, no punctuation, no line breaks
    assert _rules(run_on) == [
        "word-limit", "connection-first", "no-question", "no-time", "no-format", "subject", "greeting",
        "sign-off",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Estimada Sra. García: me llamo Ana y estudio diseño en la universidad. ¿Tendría veinte minutos "
        "para hablar conmigo sobre su trabajo la próxima semana?",
        "你好，我是一名大学生，想了解您的职业。请问您下周有二十分钟时间吗？",
        "Здравствуйте! Меня зовут Анна, я студентка. Не могли бы вы уделить мне двадцать минут?",
    ],
)
def test_non_english_only_gets_the_language_free_rules(text: str) -> None:
    assert _rules(text) == ["language"]
    assert _rules(text, "thank-you") == ["language"]
    settings = parse_settings({"limits": {"email_words": 20}})
    assert _rules(text * 3, settings=settings) == ["language", "word-limit"]
    late = check_message(text, "thank-you", sent_on=date(2026, 3, 30), interview_on=date(2026, 3, 10))
    assert [f.rule for f in late] == ["language", "late"]


def test_html_in_the_text_does_not_break_anything() -> None:
    html = GOOD.replace("Maya Chen, my former manager,", "<b>Maya Chen</b> <script>x()</script>, my manager,")
    assert check_message(html) == []
    assert "empty" not in _rules("<p>Thank you</p>", "thank-you")


# -- issue 12: the rules a counsellor applies ---------------------------------------------
def _letter(body: str, subject: str = "Maya Chen suggested I write", greeting: str = "Dear Priya,",
            closing: str = "Best regards,\nJordan Lee") -> str:  # fmt: skip
    head = f"Subject: {subject}\n\n" if subject else ""
    return f"{head}{greeting}\n\n{body}\n\n{closing}\n"


ASK = "Maya Chen suggested I write. Would you have 20 minutes for a phone call?"


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("I would like to hear what the job is really like.", "request"),
        ("I would love to hear how you found your first job.", "request"),
        ("I am applying to study for a master's next year.", "request"),
        ("My instructor in COOP 100 suggested I talk to someone in your field.", "request"),
        ("I am curious about ur job and how u got there.", "request"),
        ("I am not looking for a job; I would simply value your advice.", "request"),
        ("Your story about your first job at the radio station was eye-opening.", "thank-you"),
        ("I will ask for a community placement next year, as you suggested.", "thank-you"),
    ],
)
def test_asks_for_job_stays_quiet_on_fair_mentions(sentence: str, kind: str) -> None:
    assert "asks-for-job" not in _rules(_letter(f"{ASK} {sentence}"), kind)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "I'm not asking for a job, but if any junior roles come up in your lab, I would love to hear.",
            "request",
        ),
        ("I have attached my CV in case it is useful.", "request"),
        ("Please keep me in mind for any internships this summer.", "request"),
        ("I would love to work for your company one day.", "request"),
        ("Please keep me in mind if any junior positions open up on your team.", "thank-you"),
        ("I have attached my resume and would be glad to be considered.", "thank-you"),
    ],
)
def test_asks_for_job_catches_the_hidden_ask_in_both_kinds(sentence: str, kind: str) -> None:
    findings = [f for f in check_message(_letter(f"{ASK} {sentence}"), kind) if f.rule == "asks-for-job"]
    assert [f.severity for f in findings] == ["error"], sentence


@pytest.mark.parametrize(
    ("subject", "flagged"),
    [("", True), ("Hi", True), ("Question", True), ("Quick question", True),
     ("Maya Chen suggested I write", False), ("Advice on a career in audit", False)],
)  # fmt: skip
def test_subject_missing_or_vague(subject: str, flagged: bool) -> None:
    assert ("subject" in _rules(_letter(ASK, subject=subject))) is flagged
    assert "subject" not in _rules(_letter(THANKS.split("\n\n")[2], subject="Thank you"), "thank-you")


@pytest.mark.parametrize(
    ("greeting", "flagged"),
    [("Dear Priya,", False), ("Hello Ms. Natarajan,", False), ("Hey,", True), ("yo!", True),
     ("To whom it may concern,", True), ("Dear Sir or Madam,", True)],
)  # fmt: skip
def test_greeting(greeting: str, flagged: bool) -> None:
    assert ("greeting" in _rules(_letter(ASK, greeting=greeting))) is flagged
    no_greeting = "Subject: Maya Chen suggested I write\n\n" + ASK + "\n\nBest regards,\nJordan\n"
    assert "greeting" in _rules(no_greeting)


@pytest.mark.parametrize(
    ("closing", "flagged"),
    [("Best regards,\nJordan Lee", False), ("Thank you very much,\nJordan", False),
     ("Yours faithfully,\nJordan Lee", False), ("cya", True), ("xoxo\nJordan", True), ("", True)],
)  # fmt: skip
def test_sign_off(closing: str, flagged: bool) -> None:
    assert ("sign-off" in _rules(_letter(ASK, closing=closing))) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [("Please reply by Friday with a time that works.", True),
     ("I need an answer by Monday.", True),
     ("Call me on 555-0143 tomorrow at 10am.", True),
     ("Send me three times next week when you are free.", True),
     ("I expect a reply within two days.", True),
     ("Please confirm as soon as possible.", True),
     ("Please let me know what suits you.", False),
     ("I am happy to work around your schedule.", False),
     ("If now is not a good time, I understand completely.", False)],
)  # fmt: skip
def test_pushy(sentence: str, flagged: bool) -> None:
    assert ("pushy" in _rules(_letter(f"{ASK} {sentence}"))) is flagged


def test_thank_you_too_long_follows_settings() -> None:
    text = THANKS.replace("changed how", _words(150) + " changed how")
    assert "too-long" not in _rules(text, "thank-you")
    longer = THANKS.replace("changed how", _words(260) + " changed how")
    finding = next(f for f in check_message(longer, "thank-you") if f.rule == "too-long")
    assert finding.severity == "warning" and "200" in finding.message
    roomy = parse_settings({"limits": {"thank_you_words": 400}})
    assert "too-long" not in _rules(longer, "thank-you", settings=roomy)


@pytest.mark.parametrize(
    "body",
    ["Thank you for your time. I really appreciate all the insights you shared about your career.",
     "Thanks for the chat! You shared so many great insights about your work and your field.",
     "Your advice was very valuable and I enjoyed hearing about your experience in the industry."],
)  # fmt: skip
def test_stock_phrases_are_not_specific(body: str) -> None:
    assert "not-specific" in _rules(_letter(body, subject="Thank you"), "thank-you")


def test_a_reported_detail_is_specific_without_notes() -> None:
    body = (
        "Thank you for the call. Your tip about keeping a proper lab notebook from first year stayed with me."
    )
    assert "not-specific" not in _rules(_letter(body, subject="Thank you"), "thank-you")


@pytest.mark.parametrize(
    "sentence",
    [
        "I am not hunting for a job, though if your unit is ever short of hands in the field I would help.",
        "Should your team ever need an extra pair of hands, please remember me.",
        "I also wondered whether your firm might take someone like me on for a summer internship.",
        "If there is ever room for a student like me on one of your surveys, I would love to come along.",
    ],
)
def test_hidden_job_asks_in_messages(sentence: str) -> None:
    text = f"Subject: Our call\n\nDear Dr. Hale,\n\nThanks for the call. {sentence}\n\nBest wishes,\nRuth\n"
    for kind in ("request", "thank-you"):
        assert "asks-for-job" in {f.rule for f in check_message(text, kind)}


@pytest.mark.parametrize(
    "sentence",
    [
        "I really appreciated that you made room for a student you had never met before.",
        "I am not asking you to take someone like me on; I only want to learn about the work.",
        "Your story about the short-handed night shift made me see how hard the ward works.",
    ],
)
def test_near_misses_of_the_hidden_ask_stay_quiet(sentence: str) -> None:
    text = f"Subject: Our call\n\nDear Dr. Hale,\n\nThanks for the call. {sentence}\n\nBest wishes,\nRuth\n"
    assert "asks-for-job" not in {f.rule for f in check_message(text, "thank-you")}
