"""validate(): missing work blocks; lateness in the assignment zone, checker and timing notes; exit codes."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from infokit.cli import main
from infokit.model import (
    Contact,
    ContactStatus,
    FollowUp,
    InterviewNotes,
    Meeting,
    Profile,
    Project,
    Question,
    Reflection,
    ResearchNote,
    StatusChange,
    ThankYou,
)
from infokit.prompts import REFLECTION_PROMPTS
from infokit.questions.bank import get
from infokit.settings import parse_settings
from infokit.store import Workspace
from infokit.validate import ValidationReport, validate

PLAN = ["path-01", "day-01", "duties-02", "rewards-01", "reality-02", "education-01", "advice-01",
        "career-paths-01", "trends-01", "resources-01", "referrals-01", "catch-all-01"]  # fmt: skip
HELD = date(2026, 10, 12)


def complete(thanked: date | None = date(2026, 10, 13)) -> Project:
    questions = [get(bank_id).to_question() for bank_id in PLAN]
    for question in questions:
        question.answer_notes = "Noted."
        question.minutes = 2
    return Project(
        profile=Profile(
            name="Jane Smith",
            course="CAR 101",
            career_interests=["health"],
            learning_goals=["days"],
            values=["care"],
            interests=["people"],
            skills=["planning"],
        ),
        contacts=[
            Contact(
                id="m",
                name="Maria Lopez",
                history=[
                    StatusChange(status=ContactStatus.REQUESTED, on=date(2026, 10, 1)),
                    StatusChange(status=ContactStatus.SCHEDULED, on=date(2026, 10, 3)),
                ],
            )
        ],
        interviewee_id="m",
        research=[
            ResearchNote(text="Rotas.", source="BLS", about="field"),
            ResearchNote(text="Six clinics.", source="site", about="organization"),
        ],
        questions=questions,
        meeting=Meeting(starts=datetime(2026, 10, 12, 10)),
        interview=InterviewNotes(held_on=HELD, actual_minutes=30, observations="Calm and friendly."),
        thank_you=ThankYou(text="Thank you for the tour of the clinic.", sent_on=thanked),
        follow_ups=[FollowUp(action="Write to Sam", due_on=date(2026, 10, 20))],
        reflection=Reflection(
            answers={key: "I learned a lot. " * 30 for key in REFLECTION_PROMPTS["prompts"]}
        ),
    )


def kinds(report: ValidationReport, step: str | None = None) -> list[str]:
    return [item.kind for item in report.items if step is None or item.step == step]


def test_complete_project_is_ready():
    report = validate(complete(), parse_settings({}), today=date(2026, 10, 20))
    assert report.ready
    assert kinds(report) == []
    assert report.render_text().splitlines()[-1].startswith("Ready to submit")
    data = json.loads(json.dumps(report.to_dict()))
    assert data["ready"] is True and len(data["steps"]) == 7 and data["today"] == "2026-10-20"


def test_missing_work_blocks_and_is_listed_per_step():
    project = complete()
    project.questions = project.questions[:5]
    report = validate(project, parse_settings({}), today=date(2026, 10, 20))
    assert not report.ready
    (item,) = [i for i in report.items if i.blocking]
    assert item.step == "questions" and "at least 8 questions (you have 5)" in item.message
    assert "count" not in {i.rule for i in report.items}  # progress owns the count
    assert report.render_text().splitlines()[-1] == "Not ready: 1 thing to finish (marked -)."


def test_late_is_reported_in_the_assignment_time_zone_and_does_not_block_on_its_own():
    settings = parse_settings(
        {"assignment": {"timezone": "Pacific/Auckland"}, "due": {"reflection": date(2026, 10, 1)}}
    )
    project = complete()
    project.reflection = Reflection()
    report = validate(project, settings, today=date(2026, 10, 3))
    late = [i for i in report.items if i.kind == "late"]
    assert late and late[0].step == "reflection" and "(2 day(s) ago)" in late[0].message
    assert "LATE" in report.render_text()
    done_late = validate(complete(), settings, today=date(2026, 10, 3))
    assert done_late.ready and kinds(done_late) == []
    assert validate(complete(), settings).today == datetime.now(settings.zone).date()


def test_question_checker_findings_are_notes_not_blockers():
    project = complete()
    project.questions[3] = Question(text="Do you like your job?")
    project.questions = [project.questions[-1], *project.questions[:-1]]  # catch-all first: order warning
    report = validate(project, parse_settings({}), today=date(2026, 10, 20))
    limits = [i for i in report.items if i.kind == "limit"]
    assert {"closed", "order"} <= {i.rule for i in limits}
    assert any(i.message.startswith("question 5: ") for i in limits)
    assert report.ready


@pytest.mark.parametrize(
    ("thanked", "today", "expect"),
    [
        (None, date(2026, 10, 13), "Send your thank-you by"),
        (None, date(2026, 10, 16), "Send your thank-you today"),
        (None, date(2026, 10, 30), "send it now anyway"),
        (date(2026, 10, 16), date(2026, 10, 30), "after the recommended"),
    ],
)
def test_thank_you_timing(thanked, today, expect):
    report = validate(complete(thanked=thanked), parse_settings({}), today=today)
    timing = [i.message for i in report.items if i.kind == "timing"]
    assert timing and expect in timing[0]


def test_cli_exit_code_follows_ready(tmp_path, capsys):
    ready, unready = Workspace(tmp_path / "ready"), Workspace(tmp_path / "unready")
    ready.save(complete())
    project = complete()
    project.reflection = Reflection()
    unready.save(project)
    assert main(["validate", "--workspace", str(ready.path)]) == 0
    assert "Ready to submit" in capsys.readouterr().out
    assert main(["validate", "--workspace", str(unready.path), "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["ready"] is False


def test_a_thin_prompt_answer_blocks_readiness():
    project = Project(
        reflection=Reflection(
            framework="deal", answers={"describe": "w " * 500, "examine": "ok", "articulate": "w " * 50}
        )
    )
    report = validate(project, parse_settings({}))
    items = [i for i in report.for_step("reflection") if "prompt 'examine'" in i.message]
    assert items and items[0].blocking and not report.ready


def test_the_reports_own_due_date_and_penalty_in_the_assignments_zone(tmp_path):
    from datetime import UTC, datetime

    from infokit.progress import report_due
    from infokit.sample import sample_project

    settings = parse_settings(
        {
            "assignment": {"timezone": "America/Chicago"},
            "grading": {"submission_due": date(2026, 11, 3), "late_penalty_per_day": 5},
        }
    )
    project = sample_project(1)
    evening = datetime(2026, 11, 4, 3, 0, tzinfo=UTC)  # 9 pm on the 3rd in Chicago: on time
    due = report_due(project, settings, evening)
    assert due.late_days == 0 and "Tuesday 3 November 2026" in due.message
    assert "America/Chicago" in due.message and "5% of the marks per day" in due.message
    later = report_due(project, settings, datetime(2026, 11, 6, 12, tzinfo=UTC))
    assert later.late_days == 3 and "3 day(s) late now: 15% off" in later.message
    report = validate(project, settings, now=datetime(2026, 11, 6, 12, tzinfo=UTC))
    assert report.today == date(2026, 11, 6)
    assert later.message in report.render_text() and report.to_dict()["report_due"]["late_days"] == 3
    key = project.profile.student_id.casefold() or project.profile.name.casefold()
    extended = parse_settings(
        {**settings.model_dump(exclude={"source"}), "extensions": {key: date(2026, 11, 10)}}
    )
    mine = report_due(project, extended, datetime(2026, 11, 6, 12, tzinfo=UTC))
    assert mine.late_days == 0 and "your extension" in mine.message and "10 November" in mine.message
    assert report_due(project, parse_settings({})) is None


# --- the assignment's own reflection prompts (issue 13) ---

OWN = {
    "reflection": {
        "prompts": [
            {"id": "surprise", "text": "What surprised you most about the job?", "max_words": 300},
            {"id": "next", "text": "Your next step", "min_words": 40},
        ]
    }
}


def test_a_complete_project_on_the_kit_prompts_is_not_ready_when_the_assignment_sets_its_own():
    report = validate(complete(), parse_settings(OWN), today=date(2026, 10, 20))
    lines = [i.message for i in report.for_step("reflection") if i.blocking]
    assert not report.ready
    assert any("asks for The assignment's own prompts" in line for line in lines)
    assert any("“Your next step”" in line for line in lines)


def test_answers_to_the_assignments_prompts_make_it_ready_and_an_overlong_one_blocks():
    project = complete()
    project.reflection = Reflection(
        framework="assignment", answers={"surprise": "I learned a lot. " * 60, "next": "I will call. " * 60}
    )
    assert validate(project, parse_settings(OWN), today=date(2026, 10, 20)).ready
    project.reflection = Reflection(
        framework="assignment", answers={"surprise": "I learned a lot. " * 80, "next": "I will call. " * 60}
    )
    report = validate(project, parse_settings(OWN), today=date(2026, 10, 20))
    (item,) = [i for i in report.for_step("reflection") if i.blocking]
    assert (
        "cut the prompt “What surprised you most about the…” to at most 300 words (you have 320)"
        in item.message
    )


def test_answers_to_prompts_the_assignment_does_not_set_block_with_one_plain_line():
    project = complete()
    project.reflection = Reflection(
        framework="assignment", answers={"surprise": "I learned a lot. " * 60, "next": "I will call. " * 60}
    )
    report = validate(project, parse_settings({}), today=date(2026, 10, 20))
    lines = [i.message for i in report.for_step("reflection") if i.blocking]
    assert not report.ready
    assert any("answers prompts this assignment does not set (surprise, next)" in line for line in lines)
