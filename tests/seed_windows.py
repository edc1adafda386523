"""Salted hashes of every eight-word run of the seed documents, and the kit's texts to test against them.

The seed documents (career-centre handouts the kit was built from) must not be
copied into the repository, and CI's checkout may not have them, so only salted
hashes of their normalised eight-word windows are stored, in
``tests/data/seed_windows.txt``. Regenerate the file when the seeds change::

    python tests/seed_windows.py [SEEDS_DIR]

``SEEDS_DIR`` defaults to the first ``shared/seeds`` folder found beside the
repository or above it. ``tests/test_seed_overlap.py`` checks every text the kit
ships (notebooks, bank, prompts, templates, sample data, string literals of the
package, README) against the stored hashes.
"""

from __future__ import annotations

import ast
import hashlib
import json
import re
import secrets
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

WINDOW = 8
ROOT = Path(__file__).resolve().parents[1]
STORE = ROOT / "tests" / "data" / "seed_windows.txt"
_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text: str) -> list[str]:
    """The text as the comparison reads it: lower case, straight quotes, words of letters and digits."""
    return _WORD.findall(text.translate(_QUOTES).lower())


def windows(text: str, size: int = WINDOW) -> Iterator[str]:
    tokens = words(text)
    for start in range(len(tokens) - size + 1):
        yield " ".join(tokens[start : start + size])


def digest(salt: str, window: str) -> str:
    return hashlib.sha256(f"{salt}\n{window}".encode()).hexdigest()[:20]


def read_store(path: Path = STORE) -> tuple[str, frozenset[str]]:
    """(salt, hashes) from the stored file: a ``salt: ...`` line, then one hash a line."""
    lines = path.read_text(encoding="utf-8").splitlines()
    salt = lines[0].removeprefix("salt: ").strip()
    return salt, frozenset(line.strip() for line in lines[1:] if line.strip() and not line.startswith("#"))


def find_seeds(start: Path = ROOT) -> Path | None:
    for folder in (start, *start.parents):
        candidate = folder / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


def seed_hashes(seeds: Path, salt: str) -> frozenset[str]:
    return frozenset(
        digest(salt, window)
        for path in sorted(seeds.glob("*.txt"))
        for window in windows(path.read_text("utf-8"))
    )


def write_store(seeds: Path, path: Path = STORE, salt: str | None = None) -> int:
    salt = salt or secrets.token_hex(8)
    hashes = sorted(seed_hashes(seeds, salt))
    header = [
        f"salt: {salt}",
        f"# {len(hashes)} salted hashes of {WINDOW}-word windows; see tests/seed_windows.py",
    ]
    path.write_text("\n".join(header + hashes) + "\n", encoding="utf-8")
    return len(hashes)


def overlaps(texts: Iterable[tuple[str, str]], salt: str, hashes: frozenset[str]) -> list[tuple[str, str]]:
    """(where, window) for every eight-word run of ``texts`` whose hash is a seed's."""
    return [
        (where, window) for where, text in texts for window in windows(text) if digest(salt, window) in hashes
    ]


# -- the texts the kit ships ------------------------------------------------------------
def _json_strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _json_strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _json_strings(value)


def _python_strings(path: Path) -> Iterator[str]:
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value
        elif isinstance(node, ast.JoinedStr):
            yield " ".join(
                v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
            )


def kit_texts(root: Path = ROOT) -> Iterator[tuple[str, str]]:
    """(where, text) for every text the kit ships, one unit (cell, string, file) at a time."""
    for path in sorted((root / "notebooks").rglob("*.ipynb")):
        for number, cell in enumerate(json.loads(path.read_text("utf-8"))["cells"]):
            yield f"{path.relative_to(root)} cell {number}", "".join(cell["source"])
    data = root / "infokit" / "data"
    for path in sorted(data.rglob("*.json")):
        for number, text in enumerate(_json_strings(json.loads(path.read_text("utf-8")))):
            yield f"{path.relative_to(root)} string {number}", text
    files = [*data.rglob("*.toml"), *(root / "infokit").rglob("*.j2"), root / "README.md"]
    for path in sorted(p for p in files if p.is_file()):
        yield str(path.relative_to(root)), path.read_text("utf-8")
    for path in sorted((root / "infokit").rglob("*.py")):
        for number, text in enumerate(_python_strings(path)):
            yield f"{path.relative_to(root)} string {number}", text
    corpus = root / "benchmarks" / "corpus"
    for path in sorted([*corpus.glob("*.csv"), *corpus.glob("*.jsonl")]):
        for number, line in enumerate(path.read_text("utf-8").splitlines()):
            yield f"{path.relative_to(root)} line {number}", line


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else find_seeds()
    if folder is None or not folder.is_dir():
        sys.exit("no seeds folder found; pass its path")
    print(f"wrote {write_store(folder)} hashes from {folder} to {STORE}")
