"""The project's timeline: every dated step as an SVG picture, with alt text that says the same.

The picture is drawn from a template (no matplotlib: a report exports without loading it, and
the PDF gets lines rather than pixels). It shows only the kit's own words (lane names, status
names) and dates; names and actions the student typed stay out of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from infokit.model import Project

LANES: tuple[str, ...] = ("Interviewee", "Other contacts", "Meeting", "Thank-you", "Follow-ups")
"""Rows of the figure, top to bottom."""

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class TimelineEvent:
    """One dated thing that happened or is due."""

    on: date
    lane: str
    """One of :data:`LANES`."""
    label: str
    """What happened, in the kit's words ("requested", "meeting", "follow-up due")."""
    detail: str = ""
    """The student's words for it (a contact's name, a follow-up's action); never drawn."""
    done: bool = True
    """False for something still due (an open follow-up)."""


def timeline_events(project: Project) -> list[TimelineEvent]:
    """Every dated event of the project, in date order (lane order breaks ties)."""
    events: list[TimelineEvent] = []
    for contact in project.contacts:
        lane = "Interviewee" if contact.id == project.interviewee_id else "Other contacts"
        for change in contact.history:
            label = change.status.value.replace("-", " ")
            events.append(TimelineEvent(change.on, lane, label, contact.name))
    if project.meeting is not None:
        events.append(TimelineEvent(project.meeting.starts.date(), "Meeting", "meeting planned"))
    if project.interview.held_on is not None:
        events.append(TimelineEvent(project.interview.held_on, "Meeting", "interview held"))
    if project.thank_you.sent_on is not None:
        events.append(TimelineEvent(project.thank_you.sent_on, "Thank-you", "thank-you sent"))
    for follow_up in project.follow_ups:
        if follow_up.done_on is not None:
            events.append(TimelineEvent(follow_up.done_on, "Follow-ups", "follow-up done", follow_up.action))
        else:
            events.append(
                TimelineEvent(follow_up.due_on, "Follow-ups", "follow-up due", follow_up.action, done=False)
            )
    return sorted(events, key=lambda e: (e.on, LANES.index(e.lane)))


def short_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def timeline_alt(events: list[TimelineEvent]) -> str:
    """A sentence or two a screen reader can read in place of the figure."""
    if not events:
        return "Timeline: no dated events recorded yet."
    first, last = events[0].on, events[-1].on
    parts = [f"Timeline from {short_date(first)} to {short_date(last)}, {len(events)} dated events."]
    for lane in LANES:
        in_lane = [e for e in events if e.lane == lane]
        if not in_lane:
            continue
        if lane == "Other contacts":
            parts.append(f"Other contacts: {len(in_lane)} status changes.")
            continue
        items = ", ".join(f"{e.label} {short_date(e.on)}" for e in in_lane)
        parts.append(f"{lane}: {items}.")
    return " ".join(parts)


_SHAPES = {
    "meeting planned": "square",
    "interview held": "diamond",
    "thank-you sent": "triangle",
    "follow-up done": "plus",
    "follow-up due": "plus",
}
WIDTH, LEFT, RIGHT_PAD, TOP, LANE_HEIGHT, BOTTOM = 800, 120, 24, 22, 44, 34
_TICK_DAYS = (1, 2, 7, 14, 28, 56, 91, 182, 364, 728, 1456, 2912)


def timeline_svg(events: list[TimelineEvent]) -> str | None:
    """The timeline as an SVG document, or None when there is no dated event to draw."""
    if not events:
        return None
    lanes = [lane for lane in LANES if any(e.lane == lane for e in events)]
    rows = {lane: TOP + LANE_HEIGHT * i + LANE_HEIGHT // 2 for i, lane in enumerate(lanes)}
    axis = TOP + LANE_HEIGHT * len(lanes)
    right = WIDTH - RIGHT_PAD
    first, last = events[0].on, events[-1].on
    span = (last - first).days
    pad = max(7 - span / 2, span / 20)
    start, days = first.toordinal() - pad, span + 2 * pad

    def x(day: date) -> float:
        return round(LEFT + (day.toordinal() - start) / days * (right - LEFT), 1)

    step = next((d for d in _TICK_DAYS if days / d <= 8), _TICK_DAYS[-1])
    tick = date.fromordinal(int(start) + 1)
    if step >= 28:  # months and years start on the first of a month
        tick = date(tick.year + (tick.month == 12), tick.month % 12 + 1, 1)
    ticks = []
    while tick.toordinal() <= start + days:
        ticks.append({"x": x(tick), "label": _tick_label(tick, step, first=not ticks)})
        tick = _next_tick(tick, step)
    marks, interviewee = [], 0
    for event in events:
        mark = {"x": x(event.on), "y": rows[event.lane], "done": event.done, "label": ""}
        mark["shape"] = _SHAPES.get(event.label, "circle")
        if event.lane == "Interviewee":  # its steps are named, alternately above and below
            mark["label"] = event.label
            mark["label_y"] = rows[event.lane] + (-10 if interviewee % 2 == 0 else 19)
            interviewee += 1
        marks.append(mark)
    lane_rows = [{"name": lane, "y": rows[lane]} for lane in lanes]
    return _template().render(
        width=WIDTH, height=axis + BOTTOM, left=LEFT, right=right, top=TOP, axis=axis,
        ticks=ticks, lanes=lane_rows, marks=marks, alt=timeline_alt(events),
    )  # fmt: skip


def _tick_label(day: date, step: int, *, first: bool) -> str:
    """'3 Mar' for days and weeks, 'Mar' for months, with the year on the first tick and on each
    January (so no two ticks read the same), '2027' for years."""
    if step >= 364:
        return str(day.year)
    if step >= 28:
        month = MONTHS[day.month - 1]
        return f"{month} {day.year}" if first or day.month == 1 or step >= 91 else month
    label = f"{day.day} {MONTHS[day.month - 1]}"
    return f"{label} {day.year}" if first else label


def _next_tick(day: date, step: int) -> date:
    if step < 28:
        return day + timedelta(days=step)
    months = {28: 1, 56: 2, 91: 3, 182: 6}.get(step, 12 * (step // 364))
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


@cache
def _template() -> Any:
    import jinja2

    from infokit._cache import template_cache

    folder = Path(__file__).parent / "templates"
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        bytecode_cache=template_cache(),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("timeline.svg.j2")
