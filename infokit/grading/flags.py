"""Things worth an instructor's look that the score does not settle.

Flags never change points; they appear in the gradebook's ``flags`` column
and on the class dashboard, each as a :class:`~infokit.findings.Finding`
with a stable rule id:

* ``similar-reflection``: two students' reflections share many five-word
  phrases (Jaccard estimated from bottom-k sketches, threshold from
  ``[grading] similarity_threshold``). The prompts' own wording is ignored,
  and a phrase shared by more than :data:`COMMON` students counts as common
  ground (a template everyone was given), so very large identical groups are
  not flagged.
* dates that do not add up: ``thanks-before-interview``, ``interview-after-due``,
  ``dated-after-export``, ``interview-before-request``, ``history-mismatch``;
* ``close-tie``: the interviewee is a relative or close friend;
* ``lms-name-mismatch``, ``lms-late``, ``tampered``, ``unidentified``.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from functools import cache, lru_cache
from typing import Any

from infokit import essay
from infokit.findings import Finding
from infokit.grading.records import LmsHint
from infokit.model import ContactStatus, Project
from infokit.settings import Settings

SHINGLE_WORDS = 5
SKETCH_SIZE = 64
"""Hashes kept per reflection; the Jaccard estimate's error is about 1/sqrt(64)."""
INDEX_SIZE = 16
"""The smallest hashes of each sketch that are indexed to find candidate pairs."""
COMMON = 50
MIN_SHARED = 2
Sketch = Sequence[int]
"""A reflection's fingerprint: its smallest phrase hashes, ascending."""
_WORD = re.compile(r"[a-z0-9']+")
_MIX = 0x9E3779B97F4A7C15
_BASE = 0x100000001B3


def _flag(rule: str, message: str) -> Finding:
    return Finding(rule, "warning", message)


@lru_cache(maxsize=1 << 16)
def _word_code(word: str) -> int:
    return zlib.crc32(word.encode())


@lru_cache(maxsize=4)
def word_codes(text: str) -> Any:
    """A code for each word of ``text``, in order (a numpy array; shared by the phrase checks)."""
    import numpy

    words = _WORD.findall(text.casefold())
    return numpy.fromiter((_word_code(w) for w in words), dtype=numpy.uint64, count=len(words))


def phrase_hashes(codes: Any, width: int) -> Any:
    """The 64-bit hash of every ``width``-word phrase, in text order (uint64 arrays wrap silently)."""
    import numpy

    count = len(codes) - width + 1
    if count <= 0:
        return numpy.zeros(0, dtype=numpy.uint64)
    hashes = numpy.zeros(count, dtype=numpy.uint64)
    for offset in range(width):  # a polynomial over the words
        hashes = hashes * _BASE + codes[offset : offset + count]
    hashes ^= hashes >> numpy.uint64(31)
    hashes *= _MIX
    hashes ^= hashes >> numpy.uint64(29)
    return hashes


def _hashes(text: str) -> Any:
    """The 64-bit hashes of every five-word phrase, unique and sorted (a numpy array)."""
    import numpy

    return numpy.unique(phrase_hashes(word_codes(text), SHINGLE_WORDS))


@cache
def _prompt_hashes(own: tuple[str, ...] = ()) -> Any:
    """The phrases of every prompt a student may quote: the kit's and ``own``, the assignment's."""
    import numpy

    parts = [_hashes(t) for t in (*essay.all_prompt_texts(), *own)]
    return numpy.unique(numpy.concatenate(parts))


def sketch(project: Project, settings: Settings) -> Sketch | None:
    """A small fingerprint of the reflection (its smallest phrase hashes, ascending), or None when
    too short; an ``array('Q')`` of at most :data:`SKETCH_SIZE` values, 8 bytes each."""
    import numpy

    text = "\n".join(project.reflection.answers.values())
    if len(text.split()) < settings.grading.similarity_min_words:
        return None
    hashes = _hashes(text)
    own = tuple(p.text for p in settings.reflection.prompts)
    hashes = hashes[~numpy.isin(hashes, _prompt_hashes(own), assume_unique=True)]
    return array("Q", hashes[:SKETCH_SIZE].tobytes()) or None


def similarity(a: Sketch, b: Sketch) -> float:
    """Estimated Jaccard similarity of two reflections' five-word phrases."""
    return _similarity(frozenset(a), frozenset(b))


def _similarity(a: frozenset[int], b: frozenset[int]) -> float:
    both = a & b
    if not both:
        return 0.0
    union = sorted(a | b)[:SKETCH_SIZE]
    return sum(1 for h in union if h in both) / len(union)


def similar_pairs(sketches: Mapping[str, Sketch], threshold: float) -> list[tuple[str, str, float]]:
    """Pairs of students whose reflections look alike, most alike first.

    Candidates share at least :data:`MIN_SHARED` of their :data:`INDEX_SIZE`
    smallest hashes (a pair at the default threshold misses that about once in
    300 times); only candidates are compared, so the work grows with the class,
    not with its square.
    """
    keys = list(sketches)
    sets = [frozenset(sketches[key]) for key in keys]  # once each, not once per pair
    out = []
    for a, b in candidate_pairs([sketches[key][:INDEX_SIZE] for key in keys], COMMON, MIN_SHARED):
        first, second = sorted((keys[a], keys[b]))
        value = _similarity(sets[a], sets[b])
        if value >= threshold:
            out.append((first, second, value))
    return sorted(out, key=lambda found: (-found[2], found[0], found[1]))


def candidate_pairs(indexed: Sequence[Iterable[int]], most: int, least_shared: int) -> list[tuple[int, int]]:
    """Pairs (by position) whose indexed hashes share at least ``least_shared`` values, counting
    only values at most ``most`` of them hold: the work grows with the class, not its square."""
    index: dict[int, list[int]] = defaultdict(list)
    for number, values in enumerate(indexed):
        for value in set(values):
            index[value].append(number)
    shared: Counter[tuple[int, int]] = Counter()
    for members in index.values():
        if 1 < len(members) <= most:
            for i, first in enumerate(members):
                shared.update((first, second) for second in members[i + 1 :])
    return [pair for pair, count in shared.items() if count >= least_shared]


def similarity_flags(
    sketches: Mapping[str, Sketch], names: Mapping[str, str], threshold: float
) -> dict[str, list[Finding]]:
    """The ``similar-reflection`` flags of every student, keyed by student key."""
    out: dict[str, list[Finding]] = defaultdict(list)
    for first, second, value in similar_pairs(sketches, threshold):
        for me, other in ((first, second), (second, first)):
            out[me].append(
                _flag(
                    "similar-reflection",
                    f"reflection shares about {value:.0%} of its phrasing"
                    f" with {names.get(other) or other} ({other})",
                )
            )
    return dict(out)


def date_flags(project: Project, settings: Settings, exported_at: datetime | None = None) -> list[Finding]:
    """Dates in the project that contradict each other, the due dates or the export."""
    out: list[Finding] = []
    held, sent = project.interview.held_on, project.thank_you.sent_on
    if held and sent and sent < held:
        out.append(
            _flag("thanks-before-interview", f"thank-you dated {sent}, before the interview on {held}")
        )
    due = settings.due.get("interview")
    if held and due and held > due:
        out.append(
            _flag("interview-after-due", f"interview held {held}, after the interview step was due ({due})")
        )
    person = project.interviewee
    history = person.history if person is not None else []
    if exported_at is not None:
        exported = exported_at.astimezone(settings.zone).date() if exported_at.tzinfo else exported_at.date()
        dated: list[tuple[str, date | None]] = [("interview", held), ("thank-you", sent)]
        dated += [(f"status '{c.status.value}'", c.on) for c in history]
        for what, day in dated:
            if day is not None and day > exported:
                out.append(_flag("dated-after-export", f"{what} dated {day}, after the report was exported"))
    if person is not None:
        requested = person.status_date(ContactStatus.REQUESTED)
        if held and requested and held < requested:
            out.append(
                _flag("interview-before-request", f"interview on {held}, before the request on {requested}")
            )
        for status, recorded, what in (
            (ContactStatus.INTERVIEWED, held, "the interview notes say"),
            (ContactStatus.THANKED, sent, "the thank-you says"),
        ):
            marked = person.status_date(status)
            if marked and recorded and abs((marked - recorded).days) > 1:
                out.append(
                    _flag("history-mismatch", f"marked {status.value} on {marked} but {what} {recorded}")
                )
    return out


def tie_flags(project: Project) -> list[Finding]:
    """The interviewee is a relative or close friend (as the student recorded the relationship).

    Where a contact was found (``source``: family, friend) is not enough: a
    friend of the family's colleague is a fine interviewee.
    """
    person = project.interviewee
    if person is None or not person.is_close_tie:
        return []
    return [_flag("close-tie", f"interviewee {person.name} is a {person.relationship.replace('-', ' ')}")]


def _letters(text: str) -> str:
    """ASCII letters only, accents removed: LMS file names drop or change the rest ('Nørgaard')."""
    plain = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in plain if "a" <= ch <= "z")


def _within(token: str, filed: str) -> bool:
    """The name part appears in the LMS name, whole or (for longer parts) with letters in between."""
    if token in filed:
        return True
    if len(token) < 4:
        return False
    rest = iter(filed)
    return all(ch in rest for ch in token)


def lms_flags(hint: LmsHint | None, project: Project) -> list[Finding]:
    """Where the platform's file name disagrees with the embedded data (lateness: grading.timing)."""
    if hint is None or hint.anonymous or not hint.name:
        return []
    out: list[Finding] = []
    name = project.profile.name
    filed = _letters(hint.name)
    if name and not hint.team:
        tokens = [_letters(t) for t in name.split() if _letters(t)]
        if tokens and sum(1 for t in tokens if _within(t, filed)) < min(2, len(tokens)):
            out.append(
                _flag(
                    "lms-name-mismatch",
                    f"{hint.lms.title()} filed this under {hint.name!r} ({hint.account})"
                    f" but it belongs to {name!r}",
                )
            )
    return out
