"""A copied paragraph inside an otherwise original reflection: long runs of words two students share.

The whole-reflection check in :mod:`infokit.grading.flags` compares the share
of phrasing two reflections have in common, so one borrowed paragraph in a long,
otherwise original text stays under its threshold. This check looks for the
paragraph itself: a run of at least ``[grading] passage_words`` words (100 by
default) that two reflections share word for word, wherever it sits.

Each reflection keeps the hashes of about half its eight-word phrases (chosen
by the hash's bits, so two texts keep the same ones) with their positions;
runs are chains of shared phrases that advance together in both texts. The
prompts' own wording is ignored, and a phrase more than :data:`RARE`
students share does not by itself make two students candidates. Template sentences a class is given, or a
sentence two students happen to write alike, are shorter than a paragraph:
independent fictional students of :mod:`infokit.sample`, which draw sentences
from shared pools, share runs of under 80 words.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from infokit import essay
from infokit.findings import Finding
from infokit.model import Project

WIDTH = 8
"""Words per phrase."""
RARE = 8
"""Seed phrases more students than this share are not used to find candidates: a copied paragraph
is shared by the two students involved, a template sentence by many."""
GAP = 12
"""Most words between two kept phrases of one run (half the phrases are kept: gaps are short)."""
_KEEP = 1 << 13
_SEED = 0x7 << 14


@dataclass(frozen=True, slots=True)
class Passages:
    """A reflection's kept phrase hashes, in text order, with each one's word position."""

    hashes: array
    positions: array


def _phrases(text: str) -> Any:
    """The 64-bit hash of every eight-word phrase of ``text``, in order (a numpy array)."""
    from infokit.grading.flags import phrase_hashes, word_codes

    return phrase_hashes(word_codes(text), WIDTH)


@cache
def _prompt_phrases(own: tuple[str, ...] = ()) -> Any:
    """The phrases of every prompt a student may quote: the kit's and ``own``, the assignment's."""
    import numpy

    parts = [_phrases(t) for t in (*essay.all_prompt_texts(), *own)]
    return numpy.unique(numpy.concatenate(parts))


def passages(project: Project, min_words: int, own: tuple[str, ...] = ()) -> Passages | None:
    """The kept phrases of the reflection, or None when it is shorter than a passage; phrases of
    the kit's prompts and of ``own`` (the assignment's prompt texts) are never counted."""
    import numpy

    text = "\n".join(project.reflection.answers.values())
    if len(text.split()) < min_words:
        return None
    hashes = _phrases(text)
    keep = (hashes & numpy.uint64(_KEEP)) == 0
    at = numpy.nonzero(keep)[0]
    kept = hashes[at]
    fresh = ~numpy.isin(kept, _prompt_phrases(own))
    at, kept = at[fresh], kept[fresh]
    return Passages(array("Q", kept.tobytes()), array("I", at.astype(numpy.uint32).tobytes()))


def _run(a: Passages, b: Passages) -> int:
    """The longest run of words ``a`` and ``b`` share, estimated from their kept phrases."""
    where: dict[int, list[int]] = defaultdict(list)
    for h, p in zip(b.hashes, b.positions, strict=True):
        where[h].append(p)
    best = 0
    start_a = prev_a = prev_b = -(10**9)
    for h, pa in zip(a.hashes, a.positions, strict=True):
        found = where.get(h)
        if not found:
            continue
        da = pa - prev_a
        # A phrase can occur more than once in b: take the place that continues the run, if any.
        pb = next((p for p in found if 0 < p - prev_b <= GAP and abs(da - (p - prev_b)) <= 3), found[0])
        db = pb - prev_b
        if not (0 < da <= GAP and 0 < db <= GAP and abs(da - db) <= 3):
            start_a = pa
        prev_a, prev_b = pa, pb
        best = max(best, pa - start_a + WIDTH)
    return best


def copied_passages(sketches: Mapping[str, Passages], min_words: int) -> list[tuple[str, str, int]]:
    """Pairs of students sharing a run of at least ``min_words`` words, longest first.

    Candidates share at least two *seed* phrases (about one kept phrase in sixteen), so
    the work grows with the class rather than with its square.
    """
    from infokit.grading.flags import candidate_pairs

    keys = list(sketches)
    seeds = [[h for h in sketches[key].hashes if h & _SEED == 0] for key in keys]
    out = []
    for first, second in candidate_pairs(seeds, RARE, 2):
        words = _run(sketches[keys[first]], sketches[keys[second]])
        if words >= min_words:
            a, b = sorted((keys[first], keys[second]))
            out.append((a, b, words))
    return sorted(out, key=lambda found: (-found[2], found[0], found[1]))


def passage_flags(
    sketches: Mapping[str, Passages], names: Mapping[str, str], min_words: int
) -> dict[str, list[Finding]]:
    """The ``copied-passage`` flags of every student, keyed by student key."""
    out: dict[str, list[Finding]] = defaultdict(list)
    for first, second, words in copied_passages(sketches, min_words):
        for me, other in ((first, second), (second, first)):
            message = (
                f"reflection shares a passage of about {words} words, word for word,"
                f" with {names.get(other) or other} ({other})"
            )
            out[me].append(Finding("copied-passage", "warning", message))
    return dict(out)
