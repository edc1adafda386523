"""Precision and recall of the question and message checkers on the labelled corpus.

Scores every rule on each split of ``benchmarks/corpus/`` (train, dev, test; ``train-N.csv``
and ``train-N.jsonl`` files add items to train) and on every fresh batch (``fresh-N.csv`` /
``fresh-N.jsonl``), and the false alarms on
good open questions and good messages. Rules are tuned on train and dev only: the
script prints figures for test and fresh batches, never their items, unless it is
given ``--show-test-misses`` (not used while tuning).

    python benchmarks/bench_checkers.py                 # every figure
    python benchmarks/bench_checkers.py --misses dev    # what dev gets wrong
    python benchmarks/bench_checkers.py --save NAME     # also keep the output in results/NAME.txt

Targets (issue 12), on data the rules were not tuned on: recall >= 0.9 for closed,
double-barreled, asks-for-job and personal-salary; >= 0.85 for leading and
short-answer; >= 0.6 for googleable; false alarms on open questions <= 3%.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
RESULTS = HERE / "results"
sys.path.insert(0, str(HERE.parent))

from infokit.findings import Finding  # noqa: E402
from infokit.model import Project  # noqa: E402
from infokit.outreach.check import check_message  # noqa: E402
from infokit.questions import check_question, load_bank  # noqa: E402

QUESTION_RULES = (
    "closed", "double-barreled", "leading", "asks-for-job", "personal-salary", "googleable",
    "short-answer", "too-long",
)  # fmt: skip
TARGETS = {
    "closed": 0.9, "double-barreled": 0.9, "asks-for-job": 0.9, "personal-salary": 0.9,
    "leading": 0.85, "short-answer": 0.85, "googleable": 0.6,
}  # fmt: skip
OPEN_ALARM_TARGET = 0.03
UNSEEN = ("test",)
"""Splits whose items are never printed while tuning (fresh batches are added to this)."""


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Score:
    name: str
    items: int = 0
    rules: dict[str, Tally] = field(default_factory=dict)
    good: int = 0
    """Items that should trigger nothing (open questions, good messages)."""
    good_alarms: int = 0
    """Good items with at least one warning or error among the scored rules."""
    good_any: int = 0
    """Good items with any finding at all among the scored rules (info included)."""
    misses: list[str] = field(default_factory=list)
    agree: dict[str, list[int]] = field(default_factory=dict)
    """Messages only: kind -> [messages where every scored rule matches the label, messages]."""


# -- questions -------------------------------------------------------------------------
def read_questions(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def score_questions(name: str, rows: Iterable[dict[str, str]]) -> Score:
    score = Score(name, rules={rule: Tally() for rule in QUESTION_RULES})
    for row in rows:
        score.items += 1
        expected = set(row["rules"].split())
        findings = [f for f in check_question(row["question"]) if f.rule in QUESTION_RULES]
        found = {f.rule for f in findings}
        for rule, tally in score.rules.items():
            if rule in expected and rule in found:
                tally.tp += 1
            elif rule in found:
                tally.fp += 1
                score.misses.append(f"FP {rule:<16} {row['id']} {row['question']}")
            elif rule in expected:
                tally.fn += 1
                score.misses.append(f"FN {rule:<16} {row['id']} {row['question']}")
        if not expected:
            score.good += 1
            score.good_alarms += any(f.severity != "info" for f in findings)
            score.good_any += bool(findings)
    return score


# -- messages --------------------------------------------------------------------------
def read_messages(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _project(item: dict) -> Project | None:
    if not item.get("notes"):
        return None
    return Project.model_validate({"interview": {"free_notes": item["notes"]}})


def score_messages(name: str, rows: Iterable[dict]) -> Score:
    score = Score(name)
    for item in rows:
        score.items += 1
        findings: list[Finding] = check_message(item["text"], item["kind"], project=_project(item))
        found = {f.rule for f in findings}
        expected, forbidden = set(item["expect"]), set(item["forbid"])
        agree = score.agree.setdefault(item["kind"], [0, 0])
        agree[0] += expected <= found and not (forbidden & found)
        agree[1] += 1
        for rule in sorted(expected | forbidden):
            tally = score.rules.setdefault(f"{item['kind']}:{rule}", Tally())
            if rule in expected and rule in found:
                tally.tp += 1
            elif rule in expected:
                tally.fn += 1
                score.misses.append(f"FN {item['kind']}:{rule:<16} {item['id']} {item['style']}")
            elif rule in found:
                tally.fp += 1
                score.misses.append(f"FP {item['kind']}:{rule:<16} {item['id']} {item['style']}")
        if not expected:
            score.good += 1
            alarms = [f for f in findings if f.rule in forbidden]
            score.good_alarms += any(f.severity != "info" for f in alarms)
            score.good_any += bool(alarms)
    return score


# -- suggestions -------------------------------------------------------------------------
_TEXTING = re.compile(r"\b(?:u|ur|r|ppl|atm|rn|lol|tbh|wat|wats|wud|cud|shud|pls|n|b4|4|2)\b")
_QUOTED = re.compile(r'"([^"]+)"')
_WORDING = ("closed", "double-barreled", "leading", "asks-for-job", "personal-salary")


def suggestion_problems(suggestion: str) -> list[str]:
    """Why a suggested rewrite is not a good question, or [] (advice without a rewrite is fine)."""
    offered = _QUOTED.findall(suggestion) or ([suggestion] if suggestion.endswith("?") else [])
    problems: list[str] = []
    for text in offered:
        if not text.endswith("?") and not text.endswith("..."):
            continue  # a quoted phrase in advice, not a question
        if "..." in text or "…" in text:
            continue  # a pattern to fill in ("How would you describe ...?"), not a rewrite
        if _TEXTING.search(text.lower()) or not text[:1].isupper():
            problems.append(f"not written out: {text}")
        if re.search(r"\b(\w+) \1\b", text.lower()):
            problems.append(f"doubled word: {text}")
        again = {f.rule for f in check_question(text)} & set(_WORDING)
        if again:
            problems.append(f"itself {', '.join(sorted(again))}: {text}")
    return problems


def suggestions_report(rows: Iterable[dict[str, str]]) -> tuple[int, int, int, list[str]]:
    """(distinct suggestions, from the bank, with problems, the problems) over ``rows``."""
    bank = {q.text for q in load_bank()}
    seen: dict[str, list[str]] = {}
    for row in rows:
        for finding in check_question(row["question"]):
            if finding.suggestion and finding.suggestion not in seen:
                seen[finding.suggestion] = suggestion_problems(finding.suggestion)
    from_bank = sum(any(b in s for b in bank) for s in seen)
    broken = [f"{p}" for problems in seen.values() for p in problems]
    return len(seen), from_bank, sum(bool(p) for p in seen.values()), broken


# -- output ------------------------------------------------------------------------------
def print_score(score: Score, kind: str) -> None:
    print(f"\n## {kind}: {score.name} ({score.items} items)")
    print(f"{'rule':<28} {'n':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>9} {'recall':>7}  target")
    for rule, tally in score.rules.items():
        target = TARGETS.get(rule.split(":")[-1]) if kind == "questions" else None
        mark = ""
        if target is not None:
            mark = f">= {target:.2f} {'ok' if tally.recall >= target else 'MISSED'}"
        n = tally.tp + tally.fn
        print(f"{rule:<28} {n:>4} {tally.tp:>4} {tally.fp:>4} {tally.fn:>4} {tally.precision:>9.2f} "
              f"{tally.recall:>7.2f}  {mark}")  # fmt: skip
    if score.good:
        what = "open questions" if kind == "questions" else "good messages"
        rate = score.good_alarms / score.good
        verdict = f" (target <= {OPEN_ALARM_TARGET:.0%}: {'ok' if rate <= OPEN_ALARM_TARGET else 'MISSED'})"
        print(f"false alarms on {score.good} {what}: {score.good_alarms} with a warning or error "
              f"({rate:.1%}){verdict if kind == 'questions' else ''}; {score.good_any} with any finding "
              f"({score.good_any / score.good:.1%})")  # fmt: skip
    for kind, (agreed, total) in score.agree.items():
        print(f"{kind}: the checker agrees with the label on every scored rule for {agreed} of {total}")


def batches() -> tuple[list[tuple[str, list]], list[tuple[str, list]]]:
    """(question batches, message batches): each split of the corpus, then each fresh batch."""
    questions = read_questions(CORPUS / "questions.csv")
    messages = read_messages(CORPUS / "messages.jsonl")
    for path in sorted(CORPUS.glob("train-*.csv")):  # more items to tune on, written later, all train
        questions += read_questions(path)
    for path in sorted(CORPUS.glob("train-*.jsonl")):  # the same for messages
        messages += read_messages(path)
    q = [(split, [r for r in questions if r["split"] == split]) for split in ("train", "dev", "test")]
    m = [(split, [r for r in messages if r["split"] == split]) for split in ("train", "dev", "test")]
    q += [(path.stem, read_questions(path)) for path in sorted(CORPUS.glob("fresh-*.csv"))]
    m += [(path.stem, read_messages(path)) for path in sorted(CORPUS.glob("fresh-*.jsonl"))]
    return q, m


def run(args: argparse.Namespace) -> None:
    question_batches, message_batches = batches()
    for name, rows in question_batches:
        score = score_questions(name, rows)
        print_score(score, "questions")
        _misses(args, name, score)
    for name, rows in message_batches:
        score = score_messages(name, rows)
        print_score(score, "messages")
        _misses(args, name, score)
    tuned = [r for name, rows in question_batches if name in ("train", "dev") for r in rows]
    distinct, from_bank, broken, problems = suggestions_report(tuned)
    print(f"\n## suggestions on train+dev: {distinct} distinct, {from_bank} from the bank, "
          f"{broken} with a problem")  # fmt: skip
    for problem in problems if args.suggestions else []:
        print("  " + problem)
    unseen = [r for name, rows in question_batches if name not in ("train", "dev") for r in rows]
    distinct, from_bank, broken, _ = suggestions_report(unseen)
    print(f"## suggestions on test and fresh batches (figures only): {distinct} distinct, {from_bank} from "
          f"the bank, {broken} with a problem")  # fmt: skip


def _misses(args: argparse.Namespace, name: str, score: Score) -> None:
    if name not in (args.misses or []):
        return
    if (name in UNSEEN or name.startswith("fresh-")) and not args.show_test_misses:
        print(f"  ({name} items are not shown while tuning; --show-test-misses shows them)")
        return
    for miss in score.misses:
        print("  " + miss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="append", metavar="BATCH", help="print misses of a batch")
    parser.add_argument("--show-test-misses", action="store_true", help="allow misses of test/fresh")
    parser.add_argument("--suggestions", action="store_true", help="list every suggestion problem")
    parser.add_argument("--save", metavar="NAME", help="also write the output to results/NAME.txt")
    args = parser.parse_args()
    if not args.save:
        run(args)
        return
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        run(args)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / f"{args.save}.txt").write_text(buffer.getvalue(), encoding="utf-8")
    print(buffer.getvalue(), end="")


if __name__ == "__main__":
    main()
