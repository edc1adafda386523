"""The definition of done for each step, and lateness against due dates."""

from __future__ import annotations

from datetime import date

from infokit.model import Contact, Project, Question, Reflection, ResearchNote
from infokit.progress import next_step, progress
from infokit.settings import parse_settings


def by_id(project: Project, **kwargs) -> dict:
    return {step.id: step for step in progress(project, **kwargs)}


def test_empty_project_is_nowhere_done():
    steps = progress(Project(), today=date(2026, 10, 1))
    assert [s.id for s in steps] == [
        "profile",
        "research",
        "questions",
        "outreach",
        "interview",
        "after",
        "reflection",
    ]
    assert not any(s.done for s in steps)
    assert next_step(steps).id == "profile"
    assert next_step(steps).next_action == "add your name"


def test_question_count_follows_settings():
    project = Project(questions=[Question(text=f"What is part {i} of your work like?") for i in range(6)])
    assert not by_id(project)["questions"].done
    assert "at least 8" in by_id(project)["questions"].missing[0]
    relaxed = parse_settings({"limits": {"question_min": 5, "question_max": 6}})
    assert by_id(project, settings=relaxed)["questions"].done
    strict = parse_settings({"limits": {"question_min": 2, "question_max": 4}})
    assert "at most 4" in by_id(project, settings=strict)["questions"].missing[0]


def test_research_needs_both_kinds_of_note_and_warns_on_close_ties():
    aunt = Contact(id="aunt", name="Aunt Rosa", relationship="relative")
    project = Project(
        contacts=[aunt],
        interviewee_id="aunt",
        research=[ResearchNote(text="Growing field.", source="a report", about="field")],
    )
    step = by_id(project)["research"]
    assert not step.done and "organisation" in step.missing[0]
    assert "relative" in step.warnings[0]
    project.research.append(ResearchNote(text="Founded 1990.", source="their website", about="organization"))
    assert by_id(project)["research"].done


def test_reflection_words_and_prompts_follow_settings():
    answers = {key: "word " * 150 for key in ("describe", "examine", "articulate")}
    project = Project(reflection=Reflection(framework="deal", answers=answers))
    assert by_id(project)["reflection"].done
    tight = parse_settings({"limits": {"reflection_min_words": 10, "reflection_max_words": 200}})
    assert "at most 200 words (you have 450)" in by_id(project, settings=tight)["reflection"].missing[0]
    del answers["examine"]
    project.reflection = Reflection(framework="deal", answers=answers)
    assert "answer the prompt 'examine'" in by_id(project)["reflection"].missing


def test_a_one_word_answer_does_not_count_as_answered():
    """Issue 12: each prompt needs limits.reflection_prompt_min_words words, not just one."""
    answers = {"describe": "word " * 420, "examine": "Fine.", "articulate": "word " * 40}
    project = Project(reflection=Reflection(framework="deal", answers=answers))
    missing = by_id(project)["reflection"].missing
    assert missing == ["write at least 30 words for the prompt 'examine' (you have 1)"]
    relaxed = parse_settings({"limits": {"reflection_prompt_min_words": 1}})
    assert by_id(project, settings=relaxed)["reflection"].done


def test_the_fit_question_and_how_you_learned_are_asked():
    from infokit.prompts import FRAMEWORK_LABELS, REFLECTION_PROMPTS

    for framework in ("prompts", "gibbs"):
        fit = REFLECTION_PROMPTS[framework]["fit"].lower()
        assert "values" in fit and "interests" in fit and "skills" in fit
    assert "how did you learn it" in REFLECTION_PROMPTS["deal"]["articulate"].lower()
    assert "Ash and Clayton" in FRAMEWORK_LABELS["deal"] and "1988" in FRAMEWORK_LABELS["gibbs"]


def test_late_only_when_due_passed_and_not_done():
    settings = parse_settings({"due": {"profile": date(2026, 9, 15)}})
    before = by_id(Project(), settings=settings, today=date(2026, 9, 15))["profile"]
    after = by_id(Project(), settings=settings, today=date(2026, 9, 16))["profile"]
    assert before.due == date(2026, 9, 15) and not before.late
    assert after.late
    assert after.to_dict()["due"] == "2026-09-15"
