"""A copied paragraph inside an otherwise original reflection is flagged; independent students are not."""

from __future__ import annotations

from infokit.grading.flags import similar_pairs, sketch
from infokit.grading.passages import copied_passages, passage_flags, passages
from infokit.model import Reflection
from infokit.sample import sample_project
from infokit.settings import default_settings


def test_a_borrowed_paragraph_in_a_long_original_reflection(project, reflection):
    settings = default_settings()
    ann = project("Ann One", "s1")
    ann.reflection = Reflection(framework="prompts", answers=reflection(1, words=700))
    source = ann.reflection.answers["learned"].split()
    paragraph = " ".join(source[10:130])  # 120 words of Ann's
    ben = project("Ben Two", "s2")
    answers = reflection(2, words=900)
    answers["gaps"] = answers["gaps"] + "\n\n" + paragraph
    ben.reflection = Reflection(framework="prompts", answers=answers)
    cat = project("Cat Three", "s3")
    cat.reflection = Reflection(framework="prompts", answers=reflection(3, words=700))
    whole = {k: sketch(p, settings) for k, p in (("s1", ann), ("s2", ben), ("s3", cat))}
    assert similar_pairs(whole, settings.grading.similarity_threshold) == []  # the old check misses it
    runs = {k: passages(p, 100) for k, p in (("s1", ann), ("s2", ben), ("s3", cat))}
    ((first, second, words),) = copied_passages(runs, 100)
    assert (first, second) == ("s1", "s2") and 110 <= words <= 125
    flags = passage_flags(runs, {"s1": "Ann One", "s2": "Ben Two"}, 100)
    assert "about" in flags["s2"][0].message and "Ann One (s1)" in flags["s2"][0].message
    assert set(flags) == {"s1", "s2"}


def test_no_false_alarm_between_independent_fictional_students():
    """infokit.sample draws sentences from shared pools, so its students share template text."""
    settings = default_settings()
    students = {str(seed): sample_project(seed) for seed in range(120)}
    runs = {k: passages(p, settings.grading.passage_words) for k, p in students.items()}
    assert copied_passages({k: v for k, v in runs.items() if v}, settings.grading.passage_words) == []
    whole = {k: sketch(p, settings) for k, p in students.items()}
    assert similar_pairs({k: v for k, v in whole.items() if v}, settings.grading.similarity_threshold) == []


def test_reflections_on_the_assignments_own_prompt_ids_are_compared_too(project, reflection):
    """Issue 13: answers keyed by an instructor's ids are fingerprinted like the kit's."""
    settings = default_settings()

    def own(seed: int, words: int = 700) -> Reflection:
        text = "\n".join(reflection(seed, words=words).values())
        return Reflection(framework="assignment", answers={"surprise": text, "next-step": "I will call."})

    ann, ben, cat = project("Ann One", "s1"), project("Ben Two", "s2"), project("Cat Three", "s3")
    ann.reflection, cat.reflection = own(1), own(3)
    ben.reflection = own(1).model_copy(update={"answers": {**own(1).answers, "next-step": "Soon."}})
    whole = {k: sketch(p, settings) for k, p in (("s1", ann), ("s2", ben), ("s3", cat))}
    assert [(a, b) for a, b, _ in similar_pairs(whole, settings.grading.similarity_threshold)] == [
        ("s1", "s2")
    ]
    runs = {k: passages(p, 100) for k, p in (("s1", ann), ("s2", ben), ("s3", cat))}
    assert [(a, b) for a, b, _ in copied_passages(runs, 100)] == [("s1", "s2")]


def test_two_reflections_sharing_only_the_assignments_prompt_text_are_not_flagged(project):
    text = " ".join(
        f"Describe moment {word} of the conversation that changed how you picture a working day there"
        for word in range(1, 13)
    )
    ann, ben = project("Ann One", "s1"), project("Ben Two", "s2")
    ann.reflection = Reflection(framework="assignment", answers={"moment": f"{text}. Alpha beta gamma."})
    ben.reflection = Reflection(framework="assignment", answers={"moment": f"{text}. Omicron pi rho."})
    own = (text,)
    runs = {"s1": passages(ann, 100, own), "s2": passages(ben, 100, own)}
    assert copied_passages({k: v for k, v in runs.items() if v}, 100) == []
    unknown = {"s1": passages(ann, 100), "s2": passages(ben, 100)}  # without the prompt: a copy
    assert copied_passages(unknown, 100) != []
