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


# --- the assignment's own reflection prompts (issue 13) ---

OWN_PROMPTS = {
    "limits": {"reflection_min_words": 0, "reflection_prompt_min_words": 5},
    "reflection": {
        "prompts": [
            {"id": "surprise", "text": "What surprised you most about the job you heard about?"},
            {"id": "next", "text": "Your next step", "min_words": 3, "max_words": 6},
            {"id": "skills", "text": "Which skills will you build first?"},
        ]
    },
}


def test_each_assignment_prompt_unanswered_short_or_long_is_named_by_its_words():
    settings = parse_settings(OWN_PROMPTS)
    answers = {"surprise": "Only two", "next": "one two three four five six seven"}
    project = Project(reflection=Reflection(framework="assignment", answers=answers))
    missing = by_id(project, settings=settings)["reflection"].missing
    assert (
        "write at least 5 words for the prompt “What surprised you most about the…” (you have 2)" in missing
    )
    assert "cut the prompt “Your next step” to at most 6 words (you have 7)" in missing
    assert "answer the prompt “Which skills will you build first?”" in missing
    assert not any("'" in line for line in missing)  # no raw id in sight


def test_answers_within_the_assignment_prompts_limits_leave_nothing_missing():
    settings = parse_settings(OWN_PROMPTS)
    answers = {"surprise": "a b c d e", "next": "a b c", "skills": "a b c d e f g h"}
    project = Project(reflection=Reflection(framework="assignment", answers=answers))
    assert by_id(project, settings=settings)["reflection"].missing == []


def test_a_student_on_a_kit_framework_is_told_the_assignment_sets_its_own_prompts():
    settings = parse_settings(OWN_PROMPTS)
    project = Project(reflection=Reflection(framework="deal", answers={"describe": "It went well " * 20}))
    missing = by_id(project, settings=settings)["reflection"].missing
    assert missing[0].startswith("the reflection answers DEAL")
    assert "this assignment asks for The assignment's own prompts" in missing[0]
    assert "your other answers are kept" in missing[0]
    assert "answer the prompt “Your next step”" in missing


def test_a_preset_names_the_framework_a_student_must_answer():
    settings = parse_settings({"reflection": {"preset": "gibbs"}})
    project = Project(reflection=Reflection(framework="prompts", answers={"learned": "x " * 40}))
    missing = by_id(project, settings=settings)["reflection"].missing
    assert "Gibbs" in missing[0] and "answer the prompt 'description'" in missing


def test_an_empty_reflection_is_not_said_to_answer_another_framework():
    missing = by_id(Project(), settings=parse_settings(OWN_PROMPTS))["reflection"].missing
    assert not any("the reflection answers" in line for line in missing)
    assert "answer the prompt “Your next step”" in missing


def test_answers_to_prompts_the_assignment_no_longer_sets_are_named_first():
    answers = {"surprise": "a b c d e", "next-step": "a b c"}
    project = Project(reflection=Reflection(framework="assignment", answers=answers))
    for other in ({}, {"reflection": {"preset": "gibbs"}}):
        missing = by_id(project, settings=parse_settings(other))["reflection"].missing
        assert missing[0] == (
            "your reflection answers prompts this assignment does not set (surprise, next-step):"
            " ask your instructor which prompts to answer (your answers are kept)"
        )
        assert not any("the reflection answers" in line for line in missing)
