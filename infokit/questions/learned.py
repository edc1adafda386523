"""A second opinion on job and pay asks: a small learned model, shipped as a file.

The hand-written rules catch the shapes of a job or pay ask they were written for;
students find many more ways to ask ("any chance I could tag along with a view to
a position?"). Measured on batches written by people who never saw the rules, a
logistic regression over the question's words and word pairs, trained on the kit's
labelled corpus, catches a share of the asks the rules miss at almost no cost in
false alarms (``benchmarks/results/learned-second-opinion.txt``). It only ever adds
a finding the rules did not make, under the same rule id, and only when a gate in
:mod:`infokit.questions.asks` agrees the question is about a job or about money at
all (the model reads words, not structure, so alone it flags near misses such as
"Are you hiring for attitude or for skill?"). The finding names the words that
weighed most, so the student can see why.

The weights live in ``infokit/data/question_model.json``, written by
``benchmarks/learned_second_opinion.py --write`` from ``benchmarks/corpus/`` (the
train split and the curated question bank; dev, test and blind batches are never
read; each threshold is chosen by leaving out, in turn, the blind batches that
became train). Reading it is plain Python: a dictionary lookup per word, no numpy.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from infokit.questions.shorthand import spell_out
from infokit.questions.text import _norm

MODEL_FILE = "question_model.json"
FORMAT = 1
"""Version of the model file's layout; the reader refuses any other."""

LEARNED_RULES: tuple[str, ...] = ("asks-for-job", "personal-salary")
"""The rules the model may add a finding for; the others were not helped by it."""

_WORD = re.compile(r"[a-z0-9']+")
_PLAIN = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "am",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "i",
        "me",
        "my",
        "i'm",
        "i'd",
        "you",
        "your",
        "you're",
        "we",
        "our",
        "they",
        "their",
        "it",
        "it's",
        "this",
        "that",
        "what",
        "how",
        "why",
        "which",
        "who",
        "when",
        "where",
        "there",
        "can",
        "could",
        "would",
        "will",
        "should",
        "may",
        "might",
        "any",
        "some",
        "so",
        "if",
        "not",
        "please",
    ]
)
"""Function words: they weigh in the model but tell a student nothing when named as a reason."""


def features(spelled: str) -> list[str]:
    """The model's features of a question already normalised and spelled out.

    Words (``w:``), adjacent word pairs (``b:``), the first word and whether the
    text ends in a question mark. Training and checking both call this, so they
    can never read a question differently.
    """
    words = _WORD.findall(spelled.lower())
    grams = [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in itertools.pairwise(words)]
    grams += [f"first:{words[0]}" if words else "first:", f"q:{spelled.strip().endswith('?')}"]
    return grams


def reading(question: str) -> str:
    """The text the rules and the model read for a question as a student wrote it."""
    return spell_out(_norm(question))


@dataclass(frozen=True)
class Opinion:
    """The model's view of one question for one rule."""

    rule: str
    probability: float
    words: tuple[str, ...]
    """The question's words and word pairs that pushed hardest towards the rule, strongest first."""


@dataclass(frozen=True)
class _RuleModel:
    bias: float
    threshold: float
    weights: dict[str, float]


@cache
def _models() -> dict[str, _RuleModel]:
    raw = json.loads(resources.files("infokit.data").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    if raw.get("format") != FORMAT:
        raise ValueError(f"{MODEL_FILE} has format {raw.get('format')!r}; this infokit reads format {FORMAT}")
    return {
        rule: _RuleModel(float(part["bias"]), float(part["threshold"]), dict(part["weights"]))
        for rule, part in raw["rules"].items()
        if rule in LEARNED_RULES
    }


def opinions(spelled: str) -> list[Opinion]:
    """The rules whose model is at or above its threshold for this question."""
    grams = set(features(spelled))
    found = []
    for rule, model in _models().items():
        pushes = [(model.weights[g], g) for g in grams if g in model.weights]
        score = model.bias + sum(w for w, _ in pushes)
        probability = 1 / (1 + math.exp(-max(min(score, 50.0), -50.0)))
        if probability >= model.threshold:
            found.append(Opinion(rule, probability, _reasons(pushes)))
    return found


def _reasons(pushes: list[tuple[float, str]], most: int = 3) -> tuple[str, ...]:
    """The strongest words and word pairs worth naming: not function words, not repeated."""
    shown: list[str] = []
    for weight, gram in sorted(pushes, reverse=True):
        if weight <= 0 or len(shown) == most:
            break
        words = gram[2:].split("_")
        if gram[:2] not in ("w:", "b:") or all(w in _PLAIN for w in words):
            continue
        text = " ".join(words)
        if not any(text in s.split(" ") or text == s or s in words for s in shown):
            shown.append(text)
    return tuple(shown)
