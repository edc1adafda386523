"""Prompt ids in readable words: the assignment's own by their text, the kit's by theirs, else quoted."""

from __future__ import annotations

from infokit import essay
from infokit.errors import InvalidValue
from infokit.labels import label, prompt_label
from infokit.settings import parse_settings

OWN = {"surprise": "What surprised you most about the job you heard about?", "next": "Your next step"}


def test_an_assignment_prompt_is_named_by_the_start_of_its_text_when_settings_are_at_hand():
    assert prompt_label("surprise", OWN) == "“What surprised you most about the…”"
    assert prompt_label("next", OWN) == "“Your next step”"
    assert label("reflection.answers.surprise", OWN) == "your answer to “What surprised you most about the…”"


def test_without_settings_an_assignment_prompt_id_is_quoted_never_a_repr():
    assert label("reflection.answers.surprise") == "your answer to 'surprise'"
    assert prompt_label("odd\x00id") == "'odd\\x00id'"
    error = InvalidValue("reflection.answers.next", "x", "is too long")
    assert "'next'" in str(error) and '"' not in str(error)


def test_the_kits_prompts_keep_their_words_whatever_the_assignment_sets():
    assert prompt_label("learned", OWN) == "'What you learned'"
    assert label("reflection.answers.learned") == "your answer to 'What you learned'"


def test_the_settings_give_their_own_prompts_to_label():
    settings = parse_settings({"reflection": {"prompts": [{"id": "next", "text": OWN["next"]}]}})
    assert label("reflection.answers.next", essay.own_texts(settings)) == "your answer to “Your next step”"
