"""Question coverage: how many planned questions fall in each category and TIARA area.

The counts come from :func:`infokit.questions.check_plan` (``PlanReport.coverage``),
which owns how a question without a TIARA tag is assigned; this module only draws.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from infokit.model import TIARA_AREAS
from infokit.plots._figure import COLOURS, new_figure, plain


def coverage_figure(
    coverage: Mapping[str, Mapping[str, int]], category_labels: Mapping[str, str] | None = None
) -> Any:
    """Two bar charts side by side: by category, and by TIARA area (areas with none in red)."""
    categories = dict(coverage.get("category", {}))
    tiara = dict(coverage.get("tiara", {}))
    labels = dict(category_labels or {})
    figure = new_figure(9, 3.2)
    left, right = figure.subplots(1, 2, width_ratios=[3, 2])
    names = list(categories)
    shown = [plain(labels.get(c, c)) for c in names]
    left.barh(shown, [categories[c] for c in names], color=COLOURS["accent"])
    left.invert_yaxis()
    left.set_title("By category", loc="left", fontsize=10)
    left.xaxis.get_major_locator().set_params(integer=True)
    if not names:
        left.text(0.5, 0.5, "no questions yet", ha="center", va="center", transform=left.transAxes)
    areas = [*TIARA_AREAS, *(a for a in tiara if a not in TIARA_AREAS)]
    counts = [tiara.get(a, 0) for a in areas]
    colours = [
        COLOURS["muted"] if a not in TIARA_AREAS else COLOURS["done"] if tiara.get(a) else COLOURS["late"]
        for a in areas
    ]
    right.bar([a.capitalize() for a in areas], counts, color=colours)
    right.set_title("By TIARA area (red: none yet)", loc="left", fontsize=10)
    right.tick_params(axis="x", labelrotation=45, labelsize=8)
    right.yaxis.get_major_locator().set_params(integer=True)
    for axes in (left, right):
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    return figure
