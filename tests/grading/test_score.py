"""Each automatic criterion: measured facts to points, with the reasons named."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from infokit.grading.score import (
    CHECKS,
    facts,
    late_days,
    late_penalty,
    score_criterion,
    score_project,
    to_points,
)
from infokit.model import Question, Reflection
from infokit.questions.bank import get
from infokit.settings import AUTO_CHECKS, Criterion, default_settings, parse_settings

AUTO_RUBRIC = [
    {"id": "questions", "title": "Q", "points": 25, "scoring": "auto", "check": "questions",
     "levels": [{"points": 25}, {"points": 18}, {"points": 10}, {"points": 0}]},
    {"id": "outreach", "title": "O", "points": 10, "scoring": "auto", "check": "outreach",
     "levels": [{"points": 10}, {"points": 5}, {"points": 0}]},
    {"id": "documentation", "title": "D", "points": 20, "scoring": "auto", "check": "documentation",
     "levels": [{"points": 20}, {"points": 12}, {"points": 0}]},
    {"id": "thank_you", "title": "T", "points": 10, "scoring": "auto", "check": "thank_you",
     "levels": [{"points": 10}, {"points": 5}, {"points": 0}]},
    {"id": "reflection", "title": "R", "points": 25, "scoring": "auto", "check": "reflection"},
    {"id": "writing", "title": "W", "points": 10, "scoring": "manual"},
]  # fmt: skip


@pytest.fixture
def settings():
    return parse_settings({"rubric": AUTO_RUBRIC})


def scored(project, settings, criterion_id):
    return score_criterion(project, settings.criterion(criterion_id), settings)


def rules(score):
    return {reason.rule for reason in score.reasons}


def test_every_auto_check_has_a_scorer():
    assert set(CHECKS) == set(AUTO_CHECKS)


def test_complete_project_earns_full_marks_on_every_auto_criterion(project, settings):
    scores = score_project(project(), settings)
    assert set(scores) == {"questions", "outreach", "documentation", "thank_you", "reflection"}
    for score in scores.values():
        assert score.points == score.max_points, (score.criterion, score.reasons)
        assert score.why == ""
    assert "writing" not in scores


# -- questions ---------------------------------------------------------------------


def test_no_questions_scores_zero(project, settings):
    plan = project()
    plan.questions = []
    score = scored(plan, settings, "questions")
    assert score.points == 0 and "no-questions" in rules(score)


def test_too_few_questions_caps_the_level_below_enough_questions(project, settings):
    """(Was 18, "Enough questions, a few closed...": a level the reasons contradict; issue 11.)"""
    plan = project()
    plan.questions = plan.questions[:2] + plan.questions[-2:]  # the default plan is now 8 to 12 (issue 12)
    score = scored(plan, settings, "questions")
    assert score.points == 10
    assert "The plan has 4 questions; the assignment asks for 8 to 12" in score.why


def test_the_level_matches_the_reasons(project):
    defaults = default_settings()
    unsent = project()
    unsent.thank_you.sent_on = None
    thanks = score_criterion(unsent, Criterion(**{**AUTO_RUBRIC[3], "levels": [
        {"points": 10, "description": "Sent in time"}, {"points": 5, "description": "Late or generic"},
        {"points": 0, "description": "No thank-you"}]}), defaults)  # fmt: skip
    assert thanks.level != "Late or generic" and thanks.points == 0
    short = project()
    words = short.reflection.answers
    for key in words:
        words[key] = " ".join(words[key].split()[:23])  # 5 x 23 = 115 words
    reflection = Criterion(id="r", title="R", points=25, scoring="auto", check="reflection", levels=[
        {"points": 25, "description": "Full"}, {"points": 10, "description": "Short"},
        {"points": 0, "description": "Missing"}])  # fmt: skip
    score = score_criterion(short, reflection, defaults)
    assert score.level == "Short" and "short-reflection" in rules(score)


def test_flagged_questions_cost_points_and_are_named(project, settings):
    plan = project()
    for number in range(4):
        plan.questions[number + 1] = Question(text=f"Do you like part {number} of your job?")
    score = scored(plan, settings, "questions")
    assert score.points < 25
    assert "flagged-questions" in rules(score)
    assert "closed" in score.why


def test_missing_catch_all_and_resources_questions_are_reasons(project, settings):
    plan = project()
    plan.questions = [q for q in plan.questions if q.category not in ("resources", "referrals", "catch-all")]
    plan.questions += [get(i).to_question() for i in ("lifestyle-02", "pay-01", "organisation-03")]
    score = scored(plan, settings, "questions")
    assert {"no-resources", "no-catch-all"} <= rules(score)
    assert score.fraction == pytest.approx(0.8)


# -- outreach ------------------------------------------------------------------------


def test_close_tie_interviewee_drops_outreach_to_the_middle_level(project, settings):
    score = scored(project(relationship="relative"), settings, "outreach")
    assert score.points == 5 and "close-tie" in rules(score)


def test_no_outreach_at_all_scores_zero(project, settings):
    plan = project()
    plan.interviewee_id = None
    plan.meeting = None
    score = scored(plan, settings, "outreach")
    assert score.points == 0 and "no-outreach" in rules(score)


def test_unconfirmed_meeting_is_named(project, settings):
    plan = project()
    plan.meeting = plan.meeting.model_copy(update={"confirmed_on": None})
    score = scored(plan, settings, "outreach")
    assert "not-confirmed" in rules(score)
    assert score.fraction == pytest.approx(0.8)


# -- documentation -------------------------------------------------------------------


def test_no_notes_scores_zero(project, settings):
    plan = project()
    for question in plan.questions:
        question.answer_notes = ""
    plan.interview = plan.interview.model_copy(update={"free_notes": "", "observations": "", "mentions": []})
    plan.referrals = []
    score = scored(plan, settings, "documentation")
    assert score.points == 0 and "no-notes" in rules(score)


def test_notes_on_some_questions_and_little_else_is_the_middle_level(project, settings):
    plan = project()
    for question in plan.questions[6:]:
        question.answer_notes = ""
    plan.interview = plan.interview.model_copy(update={"observations": "", "mentions": []})
    plan.referrals = []
    score = scored(plan, settings, "documentation")
    assert score.points == 12
    assert "notes on 6 of 12 questions" in score.why


# -- thank-you -------------------------------------------------------------------------


def test_no_thank_you_scores_zero(project, settings):
    plan = project(thanked=None)
    plan.thank_you = plan.thank_you.model_copy(update={"text": ""})
    score = scored(plan, settings, "thank_you")
    assert score.points == 0 and "no-thank-you" in rules(score)


def test_late_thank_you_is_the_middle_level(project, settings):
    score = scored(project(thanked=date(2026, 10, 17)), settings, "thank_you")
    assert score.points == 5 and "late" in rules(score)


def test_generic_thank_you_is_the_middle_level(project, settings):
    plan = project()
    plan.thank_you = plan.thank_you.model_copy(update={"text": "Thank you for your time. It was a pleasure."})
    score = scored(plan, settings, "thank_you")
    assert score.points == 5 and "not-specific" in rules(score)


def test_thank_you_dated_before_the_interview_earns_no_timing_points(project, settings):
    score = scored(project(thanked=date(2026, 10, 10)), settings, "thank_you")
    assert "thanks-before-interview" in rules(score)
    assert score.fraction == pytest.approx(0.65)


def test_unsent_thank_you_is_named(project, settings):
    score = scored(project(thanked=None), settings, "thank_you")
    assert "not-sent" in rules(score)


# -- reflection ---------------------------------------------------------------------


def test_empty_reflection_scores_zero(project, settings):
    plan = project()
    plan.reflection = Reflection()
    score = scored(plan, settings, "reflection")
    assert score.points == 0 and "no-reflection" in rules(score)


def test_short_retelling_with_missing_prompts_scores_low_with_reasons(project, settings):
    plan = project()
    plan.reflection = Reflection(
        answers={"learned": "We met at ten. She showed me the clinic. We talked for an hour."}
    )
    score = scored(plan, settings, "reflection")
    assert {"unanswered-prompts", "short-reflection", "retelling"} <= rules(score)
    assert score.points < 10


def test_overlong_reflection_is_named(project):
    settings = parse_settings(
        {"rubric": AUTO_RUBRIC, "limits": {"reflection_min_words": 100, "reflection_max_words": 200}}
    )
    score = scored(project(), settings, "reflection")
    assert "long-reflection" in rules(score)


# -- points, levels, lateness ------------------------------------------------------------


@pytest.mark.parametrize(
    ("fraction", "rounding", "expected"),
    [
        (1.0, "nearest", 25),
        (0.9, "nearest", 25),
        (0.86, "nearest", 18),  # 21.5 is midway between 18 and 25: ties break downward
        (0.86, "down", 18),
        (0.86, "none", 21.5),
        (0.5, "nearest", 10),
        (0.58, "nearest", 18),
        (0.56, "nearest", 10),  # 14 is midway between 10 and 18: down
        (0.01, "nearest", 10),  # something was measured: never the "No question plan" level
        (0.0, "nearest", 0),
        (0.3, "down", 10),
    ],
)
def test_to_points_rounds_to_levels_as_configured(fraction, rounding, expected):
    criterion = default_settings().criterion("questions")
    points, level = to_points(fraction, criterion, rounding)
    assert points == expected
    if rounding != "none":
        assert level == (criterion.level_for(expected).description if criterion.level_for(expected) else "")


def test_to_points_without_levels_is_proportional_to_the_half_point():
    criterion = Criterion(id="x", title="X", points=10, scoring="manual")
    assert to_points(0.66, criterion) == (6.5, "")


def test_zero_measured_never_reaches_a_non_zero_lowest_level():
    criterion = Criterion(
        id="x", title="X", points=10, scoring="auto", check="outreach", levels=[{"points": 4}]
    )
    assert to_points(0.0, criterion)[0] == 0


def test_late_days_count_in_the_assignment_time_zone():
    settings = parse_settings(
        {"assignment": {"timezone": "America/Chicago"}, "due": {"reflection": date(2026, 11, 3)}}
    )
    # 03:00 UTC on Nov 4 is still Nov 3 in Chicago: on time.
    assert late_days(datetime(2026, 11, 4, 3, 0, tzinfo=UTC), settings) == 0
    assert late_days(datetime(2026, 11, 6, 12, 0, tzinfo=UTC), settings) == 3
    assert late_days(None, settings) == 0
    graced = parse_settings({"due": {"reflection": date(2026, 11, 3)}, "grading": {"grace_days": 2}})
    assert late_days(datetime(2026, 11, 6, 12, 0, tzinfo=UTC), graced) == 1
    assert late_days(datetime(2026, 11, 6, 12, 0, tzinfo=UTC), default_settings()) == 0


def test_late_penalty_is_a_capped_percentage_of_the_total():
    settings = parse_settings({"grading": {"late_penalty_per_day": 10, "late_penalty_max": 25}})
    assert late_penalty(0, settings) == 0
    assert late_penalty(1, settings) == 10
    assert late_penalty(5, settings) == 25
    assert late_penalty(5, default_settings()) == 0


def test_facts_for_the_dashboard(project):
    found = facts(project(), default_settings())
    assert all(found.steps.values())
    assert found.thank_you_days == 1
    assert "catch-all" in found.categories and found.question_count == 12


def test_wording_reasons_join_cleanly_and_the_time_note_uses_the_students_meeting(project, settings):
    from infokit.findings import Finding
    from infokit.grading.records import CriterionScore

    score = CriterionScore("q", 10, 25, 0.4, reasons=(
        Finding("a", "warning", "The plan has 6 questions; the assignment asks for 10 to 20."),
        Finding("b", "error", "No question plan."),
    ))  # fmt: skip
    assert score.why == "The plan has 6 questions; the assignment asks for 10 to 20; No question plan"
    plan = project()
    plan.meeting.planned_minutes = 60
    notes = [r.message for r in scored(plan, settings, "questions").reasons if r.rule == "time-budget"]
    assert notes and "60 minutes" in notes[0]  # the student's own meeting, not the default 25


# -- the assignment's own reflection prompts (issue 13) --------------------------------

OWN_PROMPTS = [
    {"id": "surprise", "text": "What surprised you about the work?", "min_words": 100},
    {"id": "next-step", "text": "What will you do next, and by when?", "max_words": 200},
]


def own_settings():
    return parse_settings({"rubric": AUTO_RUBRIC, "reflection": {"prompts": OWN_PROMPTS}})


def own_answers(plan, next_words: int = 150):
    text = " ".join(plan.reflection.answers.values()).split() * 2
    return {"surprise": " ".join(text[:300]), "next-step": " ".join(text[300 : 300 + next_words])}


def test_answers_to_the_assignments_prompts_score_like_the_kits(project, settings):
    plan = project()
    kit = scored(plan, settings, "reflection")
    plan.reflection = Reflection(framework="assignment", answers=own_answers(plan))
    own = scored(plan, own_settings(), "reflection")
    assert not {"unanswered-prompts", "wrong-framework", "prompt-length"} & rules(own)
    assert own.fraction >= kit.fraction - 0.05


def test_a_prompt_off_its_own_limits_is_named_and_costs_points(project):
    plan = project()
    plan.reflection = Reflection(framework="assignment", answers=own_answers(plan, next_words=250))
    over = scored(plan, own_settings(), "reflection")
    (finding,) = [r for r in over.reasons if r.rule == "prompt-length"]
    assert "1 prompt(s) off their word limits: “What will you do next, and…” 250 words, at most 200" in (
        finding.message
    )
    plan.reflection = Reflection(framework="assignment", answers=own_answers(plan, next_words=150))
    assert scored(plan, own_settings(), "reflection").fraction > over.fraction


def test_a_reflection_on_a_kit_framework_under_the_assignments_prompts_gets_a_clear_finding(project):
    plan = project()  # answers the six course prompts
    score = scored(plan, own_settings(), "reflection")
    (finding,) = [r for r in score.reasons if r.rule == "wrong-framework"]
    assert finding.severity == "error"
    assert finding.message.startswith("The reflection answers The six course prompts")
    assert "this assignment asks for The assignment's own prompts" in finding.message
    assert "0 of 2 prompts answered" in {r.message for r in score.reasons}


def test_a_preset_grades_a_reflection_on_another_kit_framework_as_unanswered(project):
    plan = project()
    settings = parse_settings({"rubric": AUTO_RUBRIC, "reflection": {"preset": "deal"}})
    score = scored(plan, settings, "reflection")
    assert "wrong-framework" in rules(score) and "DEAL" in " ".join(r.message for r in score.reasons)
