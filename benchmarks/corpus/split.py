"""Assign every corpus item to train, dev or test, once, with a fixed seed.

The split of an item depends only on its id and :data:`SEED` (a salted hash), so
adding items later never moves an existing one from one split to another. Run
``python benchmarks/corpus/split.py --check`` to confirm the stored split column
still matches (a test does the same); ``--write`` fills in the column for items
that have none yet and never changes one already written.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

SEED = "infokit-corpus-2024-frozen"
SHARES = (("train", 0.5), ("dev", 0.2), ("test", 0.3))
HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.csv"
MESSAGES = HERE / "messages.jsonl"
QUESTION_FIELDS = ("id", "question", "rules", "style", "split")


def split_of(item_id: str) -> str:
    """The split an id falls in: a fraction from a salted SHA-256, cut at the shares."""
    digest = hashlib.sha256(f"{SEED}:{item_id}".encode()).hexdigest()
    point = int(digest[:12], 16) / 16**12
    edge = 0.0
    for name, share in SHARES:
        edge += share
        if point < edge:
            return name
    return SHARES[-1][0]


def read_questions(path: Path = QUESTIONS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def read_messages(path: Path = MESSAGES) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def mismatches() -> list[str]:
    """Ids whose stored split is not the one the seed gives."""
    rows = read_questions() + read_messages()
    return [row["id"] for row in rows if row.get("split") != split_of(row["id"])]


def write() -> None:
    questions = read_questions()
    for row in questions:
        row["split"] = row.get("split") or split_of(row["id"])
    with QUESTIONS.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=QUESTION_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(questions)
    messages = read_messages()
    for row in messages:
        row["split"] = row.get("split") or split_of(row["id"])
    with MESSAGES.open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in messages)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="fill in missing splits")
    parser.add_argument("--check", action="store_true", help="exit 1 if a stored split changed")
    args = parser.parse_args()
    if args.write:
        write()
    wrong = mismatches()
    if wrong:
        print(f"{len(wrong)} items are not in their seeded split: {', '.join(wrong[:10])}")
        return 1
    print("every item is in its seeded split")
    return 0


if __name__ == "__main__":
    sys.exit(main())
