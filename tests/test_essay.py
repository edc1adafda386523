"""Which reflection prompts apply under an assignment's settings (infokit.essay)."""

from __future__ import annotations

from infokit import essay
from infokit.prompts import REFLECTION_PROMPTS
from infokit.settings import parse_settings

OWN = {
    "reflection": {
        "prompts": [
            {"id": "surprise", "text": "What surprised you most about the job you heard about?"},
            {"id": "next-step", "text": "Your next step", "min_words": 10, "max_words": 50},
        ]
    }
}


def test_without_a_reflection_table_students_choose_a_kit_framework() -> None:
    settings = parse_settings({})
    assert essay.required_framework(settings) is None
    prompts = essay.applicable_prompts("deal", settings)
    assert [p.id for p in prompts] == list(REFLECTION_PROMPTS["deal"])
    assert {p.min_words for p in prompts} == {settings.limits.reflection_prompt_min_words}
    assert essay.wrong_framework("gibbs", settings) is None


def test_a_preset_locks_every_student_to_that_framework() -> None:
    settings = parse_settings({"reflection": {"preset": "gibbs"}})
    assert essay.required_framework(settings) == "gibbs"
    assert [p.id for p in essay.applicable_prompts("prompts", settings)] == list(REFLECTION_PROMPTS["gibbs"])
    assert "Gibbs" in (essay.wrong_framework("prompts", settings) or "")


def test_the_assignments_prompts_apply_with_their_own_limits() -> None:
    settings = parse_settings(OWN | {"limits": {"reflection_prompt_min_words": 25}})
    first, second = essay.applicable_prompts("prompts", settings)
    assert (first.id, first.min_words, first.max_words) == ("surprise", 25, None)
    assert (second.id, second.min_words, second.max_words) == ("next-step", 10, 50)
    assert first.label == "“What surprised you most about the…”"
    assert second.label == "“Your next step”"
    assert "the assignment's own prompts" in (essay.wrong_framework("deal", settings) or "").lower()
    assert essay.wrong_framework("assignment", settings) is None


def test_answers_to_ids_the_settings_do_not_name_are_still_shown() -> None:
    shown = essay.shown_prompts("assignment", {"gone": "An answer."}, parse_settings({}))
    assert shown == [("gone", "Prompt 'gone', which this assignment does not set")]
