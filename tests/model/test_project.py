"""The Reflection record: the assignment's own prompts and answers kept aside (issue 13)."""

from __future__ import annotations

import json

import pytest

from infokit.model import Project, Reflection
from infokit.store import dump, parse


def test_assignment_answers_are_keyed_by_any_short_key() -> None:
    reflection = Reflection(framework="assignment", answers={"next-step": "Call Sam.", "Q_2": "Read up."})
    assert set(reflection.answers) == {"next-step", "Q_2"}
    for bad in ("two words", "", "x" * 41, "café!"):
        with pytest.raises(ValueError, match="is not a prompt id"):
            Reflection(framework="assignment", answers={bad: "An answer."})


def test_kit_frameworks_still_refuse_unknown_prompts() -> None:
    with pytest.raises(ValueError, match="not one of the 'deal' prompts"):
        Reflection(framework="deal", answers={"next-step": "An answer."})


def test_a_file_without_kept_answers_is_written_as_before_and_kept_ones_round_trip() -> None:
    plain = Project(reflection=Reflection(framework="prompts", answers={"learned": "A lot."}))
    data = json.loads(dump(plain))["project"]["reflection"]
    assert data == {"framework": "prompts", "answers": {"learned": "A lot."}}  # no new key
    kept = Reflection(
        framework="assignment", answers={"surprise": "The pace."}, kept={"deal": {"describe": "We met."}}
    )
    again = parse(dump(Project(reflection=kept)))
    assert again.reflection == kept
