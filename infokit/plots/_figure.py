"""Figures without pyplot: no global state, the Agg canvas, PNG bytes for a widget or a file."""

from __future__ import annotations

import io
from typing import Any

COLOURS = {"done": "#2e7d32", "todo": "#b0bec5", "late": "#c62828", "accent": "#1565c0", "muted": "#78909c"}


def new_figure(width: float, height: float) -> Any:
    """A matplotlib Figure drawn on the Agg canvas (matplotlib is imported only here)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def to_png(figure: Any) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def plain(text: str) -> str:
    """Student text for a figure: ``$`` escaped so matplotlib never reads it as maths."""
    return text.replace("$", r"\$")
