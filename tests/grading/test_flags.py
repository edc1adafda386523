"""Flags: near-identical reflections, dates that do not add up, close ties, LMS mismatches."""

from __future__ import annotations

from datetime import UTC, date, datetime

from infokit.grading.flags import (
    COMMON,
    date_flags,
    lms_flags,
    similar_pairs,
    similarity,
    similarity_flags,
    sketch,
    tie_flags,
)
from infokit.grading.records import LmsHint
from infokit.model import ContactStatus, Reflection, StatusChange
from infokit.prompts import REFLECTION_PROMPTS
from infokit.settings import default_settings, parse_settings


def rules(findings):
    return [f.rule for f in findings]


def with_reflection(project, answers):
    project.reflection = Reflection(framework="prompts", answers=answers)
    return project


def test_identical_and_lightly_edited_reflections_are_flagged_distinct_ones_are_not(project, reflection):
    settings = default_settings()
    original = reflection(1)
    edited = {key: text.replace("falcon", "hawk").replace("ember", "spark") for key, text in original.items()}
    sketches = {
        "ann": sketch(with_reflection(project(), original), settings),
        "ben": sketch(with_reflection(project(), edited), settings),
        "cat": sketch(with_reflection(project(), reflection(3)), settings),
        "dan": sketch(with_reflection(project(), reflection(4)), settings),
    }
    pairs = similar_pairs(sketches, settings.grading.similarity_threshold)
    assert [(a, b) for a, b, _ in pairs] == [("ann", "ben")]
    assert pairs[0][2] >= 0.4
    assert similarity(sketches["cat"], sketches["dan"]) < 0.1
    flags = similarity_flags(sketches, {"ann": "Ann One", "ben": "Ben Two"}, 0.4)
    assert set(flags) == {"ann", "ben"}
    assert "Ben Two (ben)" in flags["ann"][0].message and flags["ann"][0].rule == "similar-reflection"


def test_threshold_comes_from_settings(project, reflection):
    loose = parse_settings({"grading": {"similarity_threshold": 0.01}})
    one = sketch(with_reflection(project(), reflection(5)), loose)
    two = sketch(with_reflection(project(), reflection(6)), loose)
    assert similar_pairs({"a": one, "b": two}, 1.0) == []
    assert similarity(one, one) == 1.0


def test_copied_prompt_wording_does_not_count_as_similarity(project):
    settings = parse_settings({"grading": {"similarity_min_words": 10}})
    prompts = REFLECTION_PROMPTS["prompts"]
    first = {key: f"{text} Alpha beta gamma delta epsilon zeta eta theta." for key, text in prompts.items()}
    second = {key: f"{text} Omicron pi rho sigma tau upsilon phi chi." for key, text in prompts.items()}
    one = sketch(with_reflection(project(), first), settings)
    two = sketch(with_reflection(project(), second), settings)
    assert similarity(one, two) < 0.2


def test_short_reflections_are_not_compared(project):
    assert sketch(with_reflection(project(), {"learned": "Too short to say."}), default_settings()) is None


def test_text_shared_by_a_very_large_group_counts_as_common_ground():
    same = tuple(range(64))
    sketches = {f"s{i:03d}": same for i in range(COMMON + 1)}
    assert similar_pairs(sketches, 0.4) == []
    few = {f"s{i}": same for i in range(3)}
    assert len(similar_pairs(few, 0.4)) == 3


def test_dates_that_do_not_add_up(project):
    settings = parse_settings({"due": {"interview": date(2026, 10, 10)}})
    plan = project(held=date(2026, 10, 12), thanked=date(2026, 10, 11))
    found = rules(date_flags(plan, settings))
    assert "thanks-before-interview" in found
    assert "interview-after-due" in found
    assert rules(date_flags(project(), default_settings())) == []


def test_dates_after_export_and_history_oddities(project):
    plan = project()
    person = plan.contacts[0]
    person.history = [
        StatusChange(status=ContactStatus.REQUESTED, on=date(2026, 10, 14)),
        StatusChange(status=ContactStatus.INTERVIEWED, on=date(2026, 10, 20)),
    ]
    found = date_flags(plan, default_settings(), exported_at=datetime(2026, 10, 13, 12, tzinfo=UTC))
    assert set(rules(found)) == {"dated-after-export", "interview-before-request", "history-mismatch"}
    assert all("\n" not in f.message for f in found)


def test_close_tie_by_recorded_relationship_only(project):
    assert rules(tie_flags(project(relationship="close-friend"))) == ["close-tie"]
    assert "is a relative" in tie_flags(project(relationship="relative"))[0].message
    plan = project()
    plan.contacts[0].source = "family"  # found through family: not a tie in itself
    assert tie_flags(plan) == []
    plan.interviewee_id = None
    assert tie_flags(plan) == []


def test_lms_name_cross_check(project):
    """(Lateness moved to grading.timing: the platform's clock decides it; see test_timing.py.)"""
    ann = project("Ann One", "s1")
    assert lms_flags(LmsHint("canvas", "oneann", "1"), ann) == []
    assert lms_flags(LmsHint("moodle", "Ann One", "1"), ann) == []
    assert lms_flags(LmsHint("canvas", "oneannmarie", "1"), ann) == []
    mismatch = lms_flags(LmsHint("canvas", "doejohn", "77"), ann)
    assert rules(mismatch) == ["lms-name-mismatch"] and "'doejohn' (canvas 77)" in mismatch[0].message
    assert lms_flags(None, ann) == []
    assert lms_flags(LmsHint("canvas", "", "anon_x1y2z", anonymous=True), ann) == []
    assert lms_flags(LmsHint("moodle", "Participant", "9", anonymous=True), ann) == []
    koehler = project("Friederike Köhler", "s2")
    assert lms_flags(LmsHint("canvas", "kohlerfriederike", "5"), koehler) == []
    norgaard = project("Astrid Nørgaard", "s3")
    assert lms_flags(LmsHint("canvas", "nrgaardastrid", "6"), norgaard) == []
    assert lms_flags(LmsHint("canvas", "norgaardastrid", "6"), norgaard) == []
    assert lms_flags(LmsHint("canvas", "nielsenastrid", "6"), norgaard) != []
    lukasz = project("Łukasz Wójcik", "s4")
    assert lms_flags(LmsHint("canvas", "wójcikłukasz", "7"), lukasz) == []  # Canvas keeps letters


def test_history_mismatch_wording(project):
    from datetime import date

    from infokit.grading.flags import date_flags
    from infokit.model import ContactStatus, StatusChange
    from infokit.settings import default_settings

    plan = project()
    plan.contacts[0].history.append(StatusChange(status=ContactStatus.THANKED, on=date(2026, 10, 20)))
    messages = [f.message for f in date_flags(plan, default_settings())]
    assert "marked thanked on 2026-10-20 but the thank-you says 2026-10-13" in messages


OWN_PROMPT = (
    "Think back over the whole conversation with the person you interviewed and describe the one"
    " moment that changed how you picture a working day in that field, and say why it did so"
)


def test_copied_wording_of_the_assignments_own_prompt_does_not_count_as_similarity(project):
    prompts = [{"id": "moment", "text": OWN_PROMPT}]
    settings = parse_settings({"grading": {"similarity_min_words": 10}, "reflection": {"prompts": prompts}})
    first = {"moment": f"{OWN_PROMPT}. Alpha beta gamma delta epsilon zeta eta theta."}
    second = {"moment": f"{OWN_PROMPT}. Omicron pi rho sigma tau upsilon phi chi."}
    ann, ben = project(), project()
    ann.reflection = Reflection(framework="assignment", answers=first)
    ben.reflection = Reflection(framework="assignment", answers=second)
    assert similarity(sketch(ann, settings), sketch(ben, settings)) < 0.2
    kit_only = parse_settings({"grading": {"similarity_min_words": 10}})  # the same texts, prompt unknown
    assert similarity(sketch(ann, kit_only), sketch(ben, kit_only)) > 0.5
