"""A project answering the assignment's own reflection prompts, exported to HTML and graded (issue 13)."""

from __future__ import annotations

import html

from infokit.grading.collect import parse_submission
from infokit.grading.review import review_html
from infokit.grading.score import score_project
from infokit.model import Reflection
from infokit.report import build_notebook
from infokit.report.export import render_html
from infokit.settings import parse_settings

RUBRIC = [{"id": "reflection", "title": "R", "points": 20, "scoring": "auto", "check": "reflection"}]
PROMPTS = [
    {"id": "surprise", "text": "What surprised you about the work you heard described?"},
    {"id": "next_2", "text": "Which step will you take next?", "max_words": 400},
]


def test_a_project_on_the_assignments_prompts_exports_and_grades(project, tmp_path):
    settings = parse_settings({"rubric": RUBRIC, "reflection": {"prompts": PROMPTS}})
    plan = project()
    words = " ".join(plan.reflection.answers.values()).split()
    plan.reflection = Reflection(
        framework="assignment", answers={"surprise": " ".join(words[:250]), "next_2": " ".join(words[250:])}
    )
    page = render_html(build_notebook(plan, settings))
    assert "What surprised you about the work you heard described?" in page
    assert "Which step will you take next?" in page and "Framework: The assignment's own prompts" in page
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    graded = parse_submission(path.read_bytes(), path.name, "Jane").project
    assert graded.reflection.answers == plan.reflection.answers
    score = score_project(graded, settings)["reflection"]
    assert not {"wrong-framework", "unanswered-prompts", "prompt-length"} & {r.rule for r in score.reasons}
    shown = review_html(graded, settings)
    assert "Which step will you take next?" in shown and words[260] in shown


def test_a_kit_framework_report_under_the_assignments_prompts_says_so(project):
    settings = parse_settings({"rubric": RUBRIC, "reflection": {"prompts": PROMPTS}})
    plan = project()
    page = render_html(build_notebook(plan, settings))
    assert "Note: the reflection answers The six course prompts" in page
    assert "Which step will you take next?" in page  # the prompts asked for, shown unanswered
    score = score_project(plan, settings)["reflection"]
    assert "wrong-framework" in {r.rule for r in score.reasons}
    assert score.points < 20


def test_assignment_answers_graded_under_settings_without_those_prompts_say_so_once(project):
    plan = project()
    words = " ".join(plan.reflection.answers.values()).split()
    answers = {"surprise": " ".join(words[:250]), "next_2": " ".join(words[250:])}
    plan.reflection = Reflection(framework="assignment", answers=answers)
    for other in ({"rubric": RUBRIC}, {"rubric": RUBRIC, "reflection": {"preset": "gibbs"}}):
        settings = parse_settings(other)
        score = score_project(plan, settings)["reflection"]
        (finding,) = [r for r in score.reasons if r.rule == "unknown-prompts"]
        assert finding.severity == "error"
        assert finding.message == (
            "Answers prompts this assignment does not set (surprise, next_2):"
            " check that you graded with the assignment's TOML"
        )
        assert not {"wrong-framework", "unanswered-prompts"} & {r.rule for r in score.reasons}
        shown = html.unescape(review_html(plan, settings))  # the answers stay in view, by id
        assert "Prompt 'surprise', which this assignment does not set" in shown and words[260] in shown
        page = html.unescape(render_html(build_notebook(plan, settings)))
        assert "Prompt 'next_2', which this assignment does not set" in page and words[260] in page


def test_one_renamed_prompt_is_named_beside_the_usual_findings(project):
    settings = parse_settings({"rubric": RUBRIC, "reflection": {"prompts": PROMPTS}})
    plan = project()
    words = " ".join(plan.reflection.answers.values()).split()
    answers = {"surprise": " ".join(words[:250]), "next": " ".join(words[250:])}
    plan.reflection = Reflection(framework="assignment", answers=answers)
    score = score_project(plan, settings)["reflection"]
    messages = {r.rule: r.message for r in score.reasons}
    assert messages["unknown-prompts"] == "Also answers prompts this assignment does not set (next)"
    assert messages["unanswered-prompts"] == "1 of 2 prompts answered"
