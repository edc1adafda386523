"""No text the kit ships shares eight consecutive words with a seed document (issue 12).

The seeds are not in the repository: ``tests/data/seed_windows.txt`` holds salted
hashes of their eight-word windows (``tests/seed_windows.py`` regenerates it).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import seed_windows as sw


def test_no_kit_text_shares_eight_words_with_a_seed() -> None:
    salt, hashes = sw.read_store()
    assert len(hashes) > 1000, "the stored hashes look truncated"
    found = sw.overlaps(sw.kit_texts(), salt, hashes)
    assert found == [], "\n".join(f"{where}: ...{window}..." for where, window in found[:20])


def test_every_kind_of_shipped_text_is_read() -> None:
    where = [w for w, _ in sw.kit_texts()]
    for expected in ("notebooks/00_start_here.ipynb cell", "infokit/data/question_bank.json",
                     "infokit/prompts.py string", "infokit/outreach/templates/thank-you.j2",
                     "infokit/data/sample/texts.json", "infokit/forms/interview.py string", "README.md",
                     "benchmarks/corpus/questions.csv"):  # fmt: skip
        assert any(w.startswith(expected) for w in where), expected


def test_a_planted_sentence_is_caught(tmp_path: Path) -> None:
    """The mechanism, without the seeds: a made-up 'seed' and its salted windows."""
    seed = "Students should always bring three printed copies of their questions to every meeting."
    salt = "test-salt"
    hashes = frozenset(sw.digest(salt, w) for w in sw.windows(seed))
    clean = [
        ("notebook cell", "Bring your questions, printed or on a screen, in the order you will ask them.")
    ]
    assert sw.overlaps(clean, salt, hashes) == []
    planted = [
        (
            "notebook cell",
            "Tip: \u201cALWAYS bring three printed copies of their questions to every\u201d talk.",
        )
    ]
    assert [w for _, w in sw.overlaps(planted, salt, hashes)] == [
        "always bring three printed copies of their questions",
        "bring three printed copies of their questions to",
        "three printed copies of their questions to every",
    ]
    seven = [("cell", "three printed copies of their questions to")]  # seven words only
    assert sw.overlaps(seven, salt, hashes) == []


def test_a_planted_seed_sentence_in_a_copy_of_the_kit_is_caught(tmp_path: Path) -> None:
    """With the real seeds (when this checkout has them): the stored hashes are theirs, and a seed
    sentence pasted into a notebook is found."""
    seeds = sw.find_seeds()
    if seeds is None:
        pytest.skip(
            "the seed documents are not beside this checkout (CI); the stored hashes are checked above"
        )
    salt, hashes = sw.read_store()
    assert sw.seed_hashes(seeds, salt) == hashes, "tests/data/seed_windows.txt is stale: regenerate it"
    sentence = max(
        (
            line.strip()
            for path in sorted(seeds.glob("*.txt"))
            for line in path.read_text("utf-8").splitlines()
        ),
        key=lambda line: len(sw.words(line)),
    )
    copy = tmp_path / "kit"
    shutil.copytree(sw.ROOT / "notebooks", copy / "notebooks")
    notebook = copy / "notebooks" / "00_start_here.ipynb"
    data = json.loads(notebook.read_text("utf-8"))
    data["cells"][0]["source"] = [*data["cells"][0]["source"], "\n", sentence]
    notebook.write_text(json.dumps(data), encoding="utf-8")
    found = sw.overlaps(((w, t) for w, t in sw.kit_texts(copy) if "notebooks" in w), salt, hashes)
    assert found and all(where.startswith("notebooks/00_start_here.ipynb cell 0") for where, _ in found)
