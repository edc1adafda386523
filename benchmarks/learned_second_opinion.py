"""A learned second opinion on job and pay asks: trained, measured, and written for the kit.

One logistic regression per rule (asks-for-job, personal-salary) over a question's
words, word pairs, first word and question mark, trained on the corpus's train split
(``questions.csv`` rows marked train, every ``train-N.csv``) and the kit's question
bank (curated, so clean). Dev, test and the fresh batches are never read.

Three measures, each on data the model was not trained on:

1. Leave one blind batch out (fresh-7, fresh-2, fresh-8, now ``train-9``, ``-10``,
   ``-11``, each written by someone who never saw the rules): the model alone,
   per threshold. The threshold kept is the lowest at which, pooled over the three,
   the model is right ``MIN_PRECISION`` of the time it fires and fires on at most
   ``MAX_OPEN_ALARMS`` of their good open questions.
2. Rules plus model (a finding when either fires) on fresh-8, the one batch the
   rules were never tuned on (it was blind through rounds 1 and 2), and on every
   blind batch written after this script was committed (fresh-9 on).
3. The near misses written by hand in ``tests/questions/test_generalise*.py``:
   questions one word away from a job or pay ask that must stay quiet (the rules
   pass them all). How many would the model flag?

Alone, the model failed measure 3 (8 of 47 job and 3 of 11 pay near misses flagged),
so it ships behind a gate: the checker lets it add a finding only when
``about_a_job`` / ``about_pay`` (``infokit.questions.asks``) agree the question names
something to be hired into, or money, and is not a shape the rules know to be fair.
Gated, it flags none of the near misses; figures in
``results/learned-second-opinion.txt``. ``--write`` writes the weights and
thresholds the checker reads (``infokit/data/question_model.json``).

    python benchmarks/learned_second_opinion.py [--save NAME] [--write]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from bench_checkers import CORPUS, RESULTS, read_questions  # noqa: E402

from infokit.questions import load_bank  # noqa: E402
from infokit.questions.asks import about_a_job, about_pay, asks_for_job, personal_salary  # noqa: E402
from infokit.questions.learned import FORMAT, LEARNED_RULES, MODEL_FILE, features, reading  # noqa: E402
from infokit.questions.text import _segments  # noqa: E402

OUT = ROOT / "infokit" / "data" / MODEL_FILE
GATES = {"asks-for-job": about_a_job, "personal-salary": about_pay}
"""What the checker also asks before it lets the model add a finding (see ``infokit.questions.rules``)."""
RULES = {"asks-for-job": asks_for_job, "personal-salary": personal_salary}
HELD_OUT = {"f7": "fresh-7 (train-9)", "f2": "fresh-2 (train-10)", "f8": "fresh-8 (train-11)"}
"""Id prefix of each blind batch that became train, and its name in the figures."""
GRID = tuple(round(t, 2) for t in np.arange(0.5, 0.96, 0.05))
MIN_PRECISION = 0.9
MAX_OPEN_ALARMS = 0.01
FIRST_UNSEEN = 9
"""Fresh batches from this number on were written after the model's design was fixed."""
MIN_COUNT = 2
"""A feature seen in fewer training questions than this is left out (noise)."""
STEPS, RATE, L2 = 600, 0.5, 1e-3
KEEP = 1e-3
"""Weights smaller than this in size are not written: they never change a decision."""


def train_rows() -> list[dict[str, str]]:
    """The train split, plus the kit's own question bank: curated, so clean under every rule."""
    rows = [r for r in read_questions(CORPUS / "questions.csv") if r["split"] == "train"]
    for path in sorted(CORPUS.glob("train-*.csv")):
        rows += read_questions(path)
    rows += [{"id": f"bank-{q.id}", "question": q.text, "rules": ""} for q in load_bank()]
    return rows


class Trained:
    """Per-rule weights over a vocabulary built from the rows it was trained on."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        grams = [features(reading(r["question"])) for r in rows]
        counts = Counter(g for row in grams for g in set(row))
        self.vocab = {g: i for i, g in enumerate(sorted(g for g, n in counts.items() if n >= MIN_COUNT))}
        x = self._matrix(grams)
        self.weights = {}
        for rule in LEARNED_RULES:
            y = np.array([rule in r["rules"].split() for r in rows], dtype=float)
            self.weights[rule] = _fit(x, y)

    def _matrix(self, grams: list[list[str]]) -> np.ndarray:
        x = np.zeros((len(grams), len(self.vocab) + 1))
        x[:, -1] = 1.0  # bias
        for n, row in enumerate(grams):
            for g in row:
                if g in self.vocab:
                    x[n, self.vocab[g]] = 1.0
        return x

    def probabilities(self, rows: list[dict[str, str]], rule: str) -> np.ndarray:
        x = self._matrix([features(reading(r["question"])) for r in rows])
        return 1 / (1 + np.exp(-(x @ self.weights[rule])))

    def fires(self, rows: list[dict[str, str]], rule: str, threshold: float) -> np.ndarray:
        """Where the checker would add the model's finding: at the threshold and through the gate."""
        gate = np.array([GATES[rule](reading(r["question"])) for r in rows])
        return (self.probabilities(rows, rule) >= threshold) & gate

    def to_json(self, thresholds: dict[str, float]) -> dict:
        names = sorted(self.vocab, key=self.vocab.get)
        rules = {}
        for rule in LEARNED_RULES:
            w = self.weights[rule]
            kept = {g: round(float(w[i]), 4) for i, g in enumerate(names) if abs(w[i]) >= KEEP}
            rules[rule] = {"bias": round(float(w[-1]), 4), "threshold": thresholds[rule], "weights": kept}
        about = "Written by benchmarks/learned_second_opinion.py --write from the corpus's train split."
        return {"format": FORMAT, "about": about, "rules": rules}


def _fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """L2 logistic regression by batch gradient descent, the two classes weighted equally."""
    w = np.zeros(x.shape[1])
    pos = max(y.mean(), 1e-3)
    sample = np.where(y == 1, 0.5 / pos, 0.5 / max(1 - pos, 1e-3))
    for _ in range(STEPS):
        p = 1 / (1 + np.exp(-(x @ w)))
        w -= RATE * (x.T @ ((p - y) * sample) / len(y) + L2 * w)
    return w


def choose_thresholds(rows: list[dict[str, str]]) -> dict[str, float]:
    """Leave each blind batch out in turn; keep the lowest threshold safe on all of them."""
    folds = {}
    for prefix, name in HELD_OUT.items():
        held = [r for r in rows if r["id"].startswith(prefix + "-")]
        rest = [r for r in rows if not r["id"].startswith(prefix + "-")]
        folds[name] = (held, Trained(rest))
    chosen = {}
    for rule in LEARNED_RULES:
        print(f"\n## {rule}: the model alone on each batch left out of its training")
        print(f"{'threshold':>9}  " + "  ".join(f"{name:>28}" for name in folds) + "  all three, pooled")
        safe_at = []
        for t in GRID:
            cells, tp, fp, alarms, opens = [], 0, 0, 0, 0
            for held, model in folds.values():
                p = model.fires(held, rule, t)
                y = np.array([rule in r["rules"].split() for r in held])
                open_rows = np.array([not r["rules"] for r in held])
                hits, wrong = int((p & y).sum()), int((p & ~y).sum())
                tp, fp = tp + hits, fp + wrong
                alarms, opens = alarms + int((p & open_rows).sum()), opens + int(open_rows.sum())
                precision = hits / (hits + wrong) if hits + wrong else 1.0
                cells.append(f"R {hits / max(int(y.sum()), 1):.2f} P {precision:.2f} "
                             f"open {int((p & open_rows).sum())}/{int(open_rows.sum())}")  # fmt: skip
            pooled = tp / (tp + fp) if tp + fp else 1.0
            safe = pooled >= MIN_PRECISION and alarms / max(opens, 1) <= MAX_OPEN_ALARMS
            verdict = f"P {pooled:.2f} open {alarms / max(opens, 1):4.1%}  {'yes' if safe else 'no'}"
            print(f"{t:>9.2f}  " + "  ".join(f"{c:>28}" for c in cells) + f"  {verdict}")
            if safe:
                safe_at.append(t)
        chosen[rule] = min(safe_at) if safe_at else 1.0
        print(f"chosen threshold for {rule}: {chosen[rule]:.2f}"
              + ("" if safe_at else " (no threshold was safe: the model never fires)"))  # fmt: skip
    return chosen


def _rules(rows: list[dict[str, str]], rule: str) -> np.ndarray:
    """The hand-written rule alone (the shipped checker adds the model on top of it)."""
    spelled = [reading(r["question"]) for r in rows]
    return np.array([RULES[rule](text, _segments(text)) for text in spelled])


def hybrid(held: list[dict[str, str]], model: Trained, thresholds: dict[str, float], name: str) -> None:
    """Rules alone against rules or model, on a batch neither was tuned on."""
    open_rows = np.array([not r["rules"] for r in held])
    print(f"\n## rules alone, and rules or model, on {name}")
    for rule in LEARNED_RULES:
        y = np.array([rule in r["rules"].split() for r in held])
        rules = _rules(held, rule)
        both = rules | model.fires(held, rule, thresholds[rule])
        for name, found in (("rules", rules), ("rules or model", both)):
            tp, fp = int((found & y).sum()), int((found & ~y).sum())
            flagged = f"{int((found & open_rows).sum())}/{int(open_rows.sum())}"
            print(f"{rule:>16} {name:<15} recall {tp / max(int(y.sum()), 1):.2f}  false positives {fp}"
                  f"  open questions flagged {flagged}")  # fmt: skip


def near_misses(model: Trained, thresholds: dict[str, float]) -> None:
    """The hand-written near misses of the tests: how many would the model flag?"""
    sys.path.insert(0, str(ROOT / "tests" / "questions"))
    import test_generalise as one
    import test_generalise_round2 as two

    quiet = {
        "asks-for-job": list(one.NOT_JOB_ASKS) + [neg for _, neg in two.JOB_PAIRS],
        "personal-salary": [neg for _, neg in two.PAY_PAIRS],
    }
    print("\n## near misses written in tests/questions (each must stay quiet; the rules pass all)")
    for rule, texts in quiet.items():
        rows = [{"question": t} for t in texts]
        fired = int(model.fires(rows, rule, thresholds[rule]).sum())
        print(f"{rule:>16} the model flags {fired} of {len(rows)}")


def build() -> dict:
    rows = train_rows()
    print(f"training questions: {len(rows)} (train split and the question bank)")
    thresholds = choose_thresholds(rows)
    without_8 = Trained([r for r in rows if not r["id"].startswith("f8-")])
    hybrid([r for r in rows if r["id"].startswith("f8-")], without_8, thresholds,
           "fresh-8 (the model trained without it)")  # fmt: skip
    model = Trained(rows)
    for path in sorted(CORPUS.glob("fresh-*.csv"), key=lambda p: int(p.stem.split("-")[1])):
        if int(path.stem.split("-")[1]) >= FIRST_UNSEEN:
            hybrid(read_questions(path), model, thresholds, f"{path.stem} (blind, written after this script)")
    near_misses(model, thresholds)
    return model.to_json(thresholds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", metavar="NAME", help="also write the figures to results/NAME.txt")
    parser.add_argument("--write", action="store_true", help=f"write the model to infokit/data/{MODEL_FILE}")
    args = parser.parse_args()
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        model = build()
    print(buffer.getvalue(), end="")
    if args.save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / f"{args.save}.txt").write_text(buffer.getvalue(), encoding="utf-8")
    if args.write:
        text = json.dumps(model, indent=0, sort_keys=True, ensure_ascii=False) + "\n"
        OUT.write_text(text, encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
