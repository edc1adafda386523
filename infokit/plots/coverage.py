"""Question coverage: how many planned questions fall in each category and TIARA area."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from infokit.model import TIARA_AREAS, Question
from infokit.plots._figure import COLOURS, new_figure


def coverage_counts(questions: Sequence[Question]) -> tuple[Counter[str], Counter[str]]:
    """(questions per category, questions per TIARA area with 'none' for untagged)."""
    categories = Counter(q.category for q in questions)
    tiara = Counter(q.tiara or "none" for q in questions)
    return categories, tiara


def coverage_figure(questions: Sequence[Question], category_labels: Mapping[str, str] | None = None) -> Any:
    """Two bar charts side by side: by category, and by TIARA area (empty areas shown as gaps)."""
    categories, tiara = coverage_counts(questions)
    labels = dict(category_labels or {})
    figure = new_figure(9, 3.2)
    left, right = figure.subplots(1, 2, width_ratios=[3, 2])
    names = sorted(categories, key=lambda c: (-categories[c], c))
    left.barh([labels.get(c, c) for c in names], [categories[c] for c in names], color=COLOURS["accent"])
    left.invert_yaxis()
    left.set_title("By category", loc="left", fontsize=10)
    areas = [*TIARA_AREAS, "none"]
    counts = [tiara.get(a, 0) for a in areas]
    colours = [
        COLOURS["muted"] if a == "none" else COLOURS["done"] if tiara.get(a) else COLOURS["late"]
        for a in areas
    ]
    right.bar([a.capitalize() for a in areas], counts, color=colours)
    right.set_title("By TIARA area (red: none yet)", loc="left", fontsize=10)
    right.tick_params(axis="x", labelrotation=45, labelsize=8)
    left.xaxis.get_major_locator().set_params(integer=True)
    for axes in (left, right):
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    if not questions:
        left.text(0.5, 0.5, "no questions yet", ha="center", va="center", transform=left.transAxes)
    return figure
