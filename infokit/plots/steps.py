"""Progress across the assignment's steps: one bar per step, done, to do or late."""

from __future__ import annotations

from datetime import date
from typing import Any

from infokit.model import Project
from infokit.plots._figure import COLOURS, new_figure
from infokit.progress import progress
from infokit.settings import Settings


def steps_figure(project: Project, settings: Settings | None = None, today: date | None = None) -> Any:
    """A horizontal bar per step (green done, grey to do, red late) with what is missing next."""
    steps = progress(project, settings, today)
    figure = new_figure(8, 0.45 * len(steps) + 1.0)
    axes = figure.add_subplot()
    for row, step in enumerate(steps):
        colour = COLOURS["done"] if step.done else COLOURS["late"] if step.late else COLOURS["todo"]
        axes.barh(row, 1, color=colour, height=0.7)
        due = f" (due {step.due.isoformat()})" if step.due and not step.done else ""
        text = "done" if step.done else f"next: {step.next_action}{due}"
        axes.text(0.02, row, _shorten(text), va="center", fontsize=8, color="white" if step.done else "black")
    axes.set_yticks(range(len(steps)), [s.label for s in steps])
    axes.invert_yaxis()
    axes.set_xlim(0, 1)
    axes.set_xticks([])
    for side in ("top", "right", "bottom"):
        axes.spines[side].set_visible(False)
    done = sum(s.done for s in steps)
    axes.set_title(f"{done} of {len(steps)} steps done", loc="left", fontsize=10)
    return figure


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
