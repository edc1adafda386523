"""The benchmark corpus keeps its frozen split and its shape (the figures are the benchmark's job)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "benchmarks" / "corpus"


def _split_module():
    spec = importlib.util.spec_from_file_location("corpus_split", CORPUS / "split.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["corpus_split"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def test_every_item_stays_in_its_seeded_split() -> None:
    split = _split_module()
    assert split.mismatches() == []
    assert split.split_of("q0001") == split.split_of("q0001")
    assert {split.split_of(f"x{n}") for n in range(200)} == {"train", "dev", "test"}


def test_the_corpus_is_big_enough_and_uses_known_rules() -> None:
    split = _split_module()
    questions = split.read_questions()
    messages = split.read_messages()
    assert len(questions) >= 1200 and len(messages) >= 120
    assert len({q["id"] for q in questions}) == len(questions)
    assert len({q["question"].casefold() for q in questions}) == len(questions), "no duplicates"
    known = {"closed", "double-barreled", "leading", "asks-for-job", "personal-salary", "googleable",
             "short-answer", "too-long"}  # fmt: skip
    assert {r for q in questions for r in q["rules"].split()} <= known
    assert sum(not q["rules"] for q in questions) >= 400, "plenty of good open questions"
    for message in messages:
        assert message["kind"] in ("request", "thank-you")
        assert not set(message["expect"]) & set(message["forbid"])
    assert sum(not m["expect"] for m in messages) >= 40, "plenty of good messages"
