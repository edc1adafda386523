"""A small learned checker, measured against the hand-written rules on the same splits.

One logistic regression per rule over word unigrams and bigrams (texting spelled out
first, as the rules read it), trained on the train split only (``train-N.csv``
included), with the decision threshold picked on dev. It is not shipped: it exists
so that "rules or a model, whichever generalises better" is a measured choice. The
script prints recall, precision and false alarms on open questions for the model
and for the rules, per split and fresh batch (figures only, never items).

    python benchmarks/learned_baseline.py [--save NAME]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from bench_checkers import QUESTION_RULES, RESULTS, TARGETS, batches  # noqa: E402

from infokit.questions import check_question  # noqa: E402
from infokit.questions.shorthand import spell_out  # noqa: E402

SCORED = tuple(rule for rule in QUESTION_RULES if rule != "too-long")


def features(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9']+", spell_out(text).lower())
    grams = [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in itertools.pairwise(words)]
    grams += [f"first:{words[0]}" if words else "first:", f"q:{text.strip().endswith('?')}"]
    return grams


class Model:
    """Per-rule logistic regression (L2, batch gradient descent) over a shared vocabulary."""

    def __init__(self, rows: list[dict[str, str]], *, min_count: int = 2) -> None:
        counts = Counter(g for row in rows for g in set(features(row["question"])))
        self.vocab = {g: i for i, g in enumerate(sorted(g for g, n in counts.items() if n >= min_count))}
        x = self.matrix(rows)
        self.weights: dict[str, np.ndarray] = {}
        self.threshold: dict[str, float] = {}
        for rule in SCORED:
            y = np.array([rule in row["rules"].split() for row in rows], dtype=float)
            self.weights[rule] = self._fit(x, y)
            self.threshold[rule] = 0.5

    def matrix(self, rows: list[dict[str, str]]) -> np.ndarray:
        x = np.zeros((len(rows), len(self.vocab) + 1))
        x[:, -1] = 1.0  # bias
        for n, row in enumerate(rows):
            for g in features(row["question"]):
                if g in self.vocab:
                    x[n, self.vocab[g]] = 1.0
        return x

    @staticmethod
    def _fit(
        x: np.ndarray, y: np.ndarray, steps: int = 600, rate: float = 0.5, l2: float = 1e-3
    ) -> np.ndarray:
        w = np.zeros(x.shape[1])
        pos = max(y.mean(), 1e-3)
        sample = np.where(y == 1, 0.5 / pos, 0.5 / max(1 - pos, 1e-3))  # balance the classes
        for _ in range(steps):
            p = 1 / (1 + np.exp(-(x @ w)))
            w -= rate * (x.T @ ((p - y) * sample) / len(y) + l2 * w)
        return w

    def tune(self, rows: list[dict[str, str]]) -> None:
        """Pick each rule's threshold on dev: the best F1 on a coarse grid."""
        x = self.matrix(rows)
        for rule in SCORED:
            y = np.array([rule in row["rules"].split() for row in rows])
            p = 1 / (1 + np.exp(-(x @ self.weights[rule])))
            best = (-1.0, 0.5)
            for t in np.linspace(0.1, 0.9, 17):
                tp = int(((p >= t) & y).sum())
                fp = int(((p >= t) & ~y).sum())
                fn = int(((p < t) & y).sum())
                f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
                best = max(best, (f1, float(t)))
            self.threshold[rule] = best[1]

    def predict(self, rows: list[dict[str, str]]) -> list[set[str]]:
        x = self.matrix(rows)
        found: list[set[str]] = [set() for _ in rows]
        for rule in SCORED:
            p = 1 / (1 + np.exp(-(x @ self.weights[rule])))
            for n in np.nonzero(p >= self.threshold[rule])[0]:
                found[n].add(rule)
        return found


def _rules_predict(rows: list[dict[str, str]]) -> list[set[str]]:
    return [{f.rule for f in check_question(row["question"]) if f.rule in SCORED} for row in rows]


def report(name: str, rows: list[dict[str, str]], found: list[set[str]]) -> str:
    parts = []
    for rule in SCORED:
        tp = sum(rule in f and rule in r["rules"].split() for r, f in zip(rows, found, strict=True))
        fn = sum(rule not in f and rule in r["rules"].split() for r, f in zip(rows, found, strict=True))
        fp = sum(rule in f and rule not in r["rules"].split() for r, f in zip(rows, found, strict=True))
        recall = tp / (tp + fn) if tp + fn else 1.0
        precision = tp / (tp + fp) if tp + fp else 1.0
        mark = "" if recall >= TARGETS.get(rule, 0) else "!"
        parts.append(f"{rule[:10]:>10} {recall:.2f}{mark:1}/{precision:.2f}")
    open_rows = [f for r, f in zip(rows, found, strict=True) if not r["rules"]]
    alarms = sum(bool(f - {"short-answer"}) for f in open_rows) / max(len(open_rows), 1)
    return f"{name:<16} " + " ".join(parts) + f"   open-alarms {alarms:.1%}"


def run() -> None:
    question_batches, _ = batches()
    by_name = dict(question_batches)
    model = Model(by_name["train"])
    model.tune(by_name["dev"])
    print("recall/precision per rule ('!' marks a recall below the issue's target); open-alarms: share of")
    print("open questions flagged by any rule other than short-answer\n")
    for name, rows in question_batches:
        print(report(f"model {name}", rows, model.predict(rows)))
        print(report(f"rules {name}", rows, _rules_predict(rows)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", metavar="NAME", help="also write the output to results/NAME.txt")
    args = parser.parse_args()
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        run()
    if args.save:
        RESULTS.mkdir(exist_ok=True)
        (RESULTS / f"{args.save}.txt").write_text(buffer.getvalue(), encoding="utf-8")
    print(buffer.getvalue(), end="")


if __name__ == "__main__":
    main()
