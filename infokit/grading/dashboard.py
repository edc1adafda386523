"""The class at a glance: figures drawn from a batch's gradebook rows.

Each function takes the rows (``GradeRun.rows``) and the settings and returns
a matplotlib Figure drawn without pyplot (no global state), so the notebook
shows it and a script can ``savefig`` it. Rows carried over without a
submission are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import Any

from infokit.grading.records import GradeRow
from infokit.model import STEPS
from infokit.outreach.schedule import thank_you_deadline
from infokit.plots._figure import COLOURS, new_figure, plain
from infokit.questions.bank import categories
from infokit.settings import Settings


def _graded(rows: Sequence[GradeRow]) -> list[GradeRow]:
    return [row for row in rows if row.submitted]


def _tidy(axes: Any) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)


def _empty(axes: Any, text: str = "no submissions") -> None:
    axes.text(0.5, 0.5, text, ha="center", va="center", transform=axes.transAxes, color=COLOURS["muted"])


def score_distribution(rows: Sequence[GradeRow], settings: Settings) -> Any:
    """Totals across the class, with each automatic criterion's average beside them."""
    graded = _graded(rows)
    figure = new_figure(9, 3.2)
    left, right = figure.subplots(1, 2, width_ratios=[3, 2])
    total = settings.total_points or 1
    totals = [row.total for row in graded]
    if totals:
        left.hist(totals, bins=min(20, max(5, len(totals) // 3)), range=(0, total), color=COLOURS["accent"])
        mean = sum(totals) / len(totals)
        left.axvline(mean, color=COLOURS["late"], linestyle="--", linewidth=1)
        left.text(mean, left.get_ylim()[1] * 0.95, f" mean {mean:.1f}", color=COLOURS["late"], fontsize=8)
    else:
        _empty(left)
    waiting = sum(1 for row in graded if not row.complete)
    note = f" ({waiting} still without manual scores)" if waiting else ""
    left.set_title(f"Total points of {total:g}{note}", loc="left", fontsize=10)
    left.set_xlabel("points")
    left.set_ylabel("students")
    auto = [c for c in settings.rubric if c.scoring == "auto"]
    shares = [
        sum(row.auto[c.id].points for row in graded if c.id in row.auto) / (c.points * len(graded))
        if graded
        else 0.0
        for c in auto
    ]
    right.barh([plain(c.title) for c in auto], [100 * s for s in shares], color=COLOURS["done"])
    right.set_xlim(0, 100)
    right.invert_yaxis()
    right.set_title("Automatic criteria: class average (%)", loc="left", fontsize=10)
    for axes in (left, right):
        _tidy(axes)
    return figure


def completion_by_step(rows: Sequence[GradeRow], settings: Settings) -> Any:
    """The share of students who completed each step."""
    graded = _graded(rows)
    figure = new_figure(7, 3)
    axes = figure.subplots()
    counts = [sum(1 for row in graded if row.facts.steps.get(step)) for step in STEPS]
    shares = [100 * n / len(graded) if graded else 0 for n in counts]
    bars = axes.barh(list(STEPS.values()), shares, color=COLOURS["done"])
    axes.bar_label(bars, labels=[f"{n}" for n in counts], padding=3, fontsize=8)
    axes.set_xlim(0, 105)
    axes.invert_yaxis()
    axes.set_title(f"Steps completed ({len(graded)} students; % and count)", loc="left", fontsize=10)
    if not graded:
        _empty(axes)
    _tidy(axes)
    return figure


def thank_you_timing(rows: Sequence[GradeRow], settings: Settings) -> Any:
    """Days from interview to thank-you, against the recommended window and the last day."""
    days = [row.facts.thank_you_days for row in _graded(rows) if row.facts.thank_you_days is not None]
    figure = new_figure(7, 3)
    axes = figure.subplots()
    limits = settings.limits
    # The grader's own window (outreach.schedule.thank_you_deadline): on time up to this many days.
    held = date(2000, 1, 1)
    recommended = (thank_you_deadline(held, settings)[0] - held).days
    if days:
        counts = Counter(days)
        span = range(min(min(days), 0), max(max(days), limits.thank_you_days_max) + 1)
        colours = [
            COLOURS["late"]
            if d < 0 or d > limits.thank_you_days_max
            else COLOURS["done"]
            if d <= recommended
            else COLOURS["accent"]
            for d in span
        ]
        axes.bar(list(span), [counts.get(d, 0) for d in span], color=colours)
        axes.axvline(recommended + 0.5, color=COLOURS["muted"], linestyle="--", linewidth=1)
        axes.yaxis.get_major_locator().set_params(integer=True)
    else:
        _empty(axes, "no thank-you dates recorded")
    axes.set_title(
        f"Days from interview to thank-you (green: within {limits.thank_you_hours} h, {recommended} days;"
        f" red: before the interview or after {limits.thank_you_days_max} days)",
        loc="left",
        fontsize=9,
    )
    axes.set_xlabel("days")
    axes.set_ylabel("students")
    _tidy(axes)
    return figure


def question_coverage(rows: Sequence[GradeRow], settings: Settings, top: int = 15) -> Any:
    """The share of students with at least one question in each category (the most common first)."""
    graded = _graded(rows)
    counts = Counter(category for row in graded for category in row.facts.categories)
    names = [name for name, _ in counts.most_common(top)]
    labels = categories()
    figure = new_figure(7, max(2.5, 0.3 * len(names) + 1))
    axes = figure.subplots()
    if names:
        shares = [100 * counts[n] / len(graded) for n in names]
        axes.barh([plain(labels.get(n, n)) for n in names], shares, color=COLOURS["accent"])
        axes.invert_yaxis()
        axes.set_xlim(0, 100)
    else:
        _empty(axes, "no questions")
    axes.set_title("Question categories: % of students asking at least one", loc="left", fontsize=10)
    _tidy(axes)
    return figure


def flag_counts(rows: Sequence[GradeRow]) -> Counter[str]:
    """How many students carry each kind of flag."""
    return Counter(rule for row in rows for rule in {flag.rule for flag in row.flags})


def flags_overview(rows: Sequence[GradeRow], settings: Settings) -> Any:
    """How many students carry each kind of flag (the list itself is ``GradeRun.flags_frame()``)."""
    counts = flag_counts(rows)
    names = sorted(counts, key=lambda rule: (-counts[rule], rule))
    figure = new_figure(7, max(2.2, 0.3 * len(names) + 1))
    axes = figure.subplots()
    if names:
        bars = axes.barh(names, [counts[n] for n in names], color=COLOURS["late"])
        axes.bar_label(bars, padding=3, fontsize=8)
        axes.invert_yaxis()
        axes.xaxis.get_major_locator().set_params(integer=True)
    else:
        _empty(axes, "nothing flagged")
    axes.set_title(f"Flags: students to look at ({sum(1 for r in rows if r.flags)} of {len(rows)})",
                   loc="left", fontsize=10)  # fmt: skip
    _tidy(axes)
    return figure


def class_dashboard(rows: Sequence[GradeRow], settings: Settings) -> dict[str, Any]:
    """Every figure, by name, in the order the notebook shows them."""
    return {
        "scores": score_distribution(rows, settings),
        "steps": completion_by_step(rows, settings),
        "thank_you": thank_you_timing(rows, settings),
        "questions": question_coverage(rows, settings),
        "flags": flags_overview(rows, settings),
    }
