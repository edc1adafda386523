"""The project's timeline: every dated step as a PNG figure, with alt text that says the same.

matplotlib is imported only inside :func:`timeline_png`, and only its
object-oriented API is used (a ``Figure`` on an Agg canvas, inside a style
context): no pyplot, no global backend switched, nothing left changed.

The figure shows only the kit's own words (lane names, status names); names and
actions the student typed stay out of it, so no student text reaches
matplotlib's text engine (where ``$...$`` would be parsed as maths).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta

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


_MARKERS = {
    "meeting planned": "s",
    "interview held": "D",
    "thank-you sent": "^",
    "follow-up done": "P",
    "follow-up due": "P",
}


_PNG_START, _PNG_END = b"\x89PNG\r\n\x1a\n", b"IEND\xaeB`\x82"


def timeline_png_cached(events: list[TimelineEvent], *, dpi: int = 110) -> bytes | None:
    """:func:`timeline_png`, kept in the kit's cache folder: the same events drawn by the same
    code and matplotlib give the same bytes, so a report exported again need not load matplotlib."""
    if not events:
        return None
    from infokit._cache import cache_dir, store_bytes

    folder = cache_dir("timeline")
    path = folder / f"{_drawing_key(events, dpi)}.png" if folder else None
    if path is not None and path.is_file():
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        if data.startswith(_PNG_START) and data.endswith(_PNG_END):
            return data
    png = timeline_png(events, dpi=dpi)
    if path is not None and png is not None:
        store_bytes(path, png)
    return png


def _drawing_key(events: list[TimelineEvent], dpi: int) -> str:
    """What the picture depends on: the events as drawn, the size, this module and matplotlib."""
    import hashlib
    from importlib.metadata import PackageNotFoundError, version
    from pathlib import Path

    try:
        matplotlib = version("matplotlib")
    except PackageNotFoundError:
        matplotlib = "?"
    digest = hashlib.sha256(Path(__file__).read_bytes())
    digest.update(f"{matplotlib}|{dpi}".encode())
    for event in events:
        digest.update(f"|{event.on.isoformat()}|{event.lane}|{event.label}|{event.done}".encode())
    return digest.hexdigest()


def timeline_png(events: list[TimelineEvent], *, dpi: int = 110) -> bytes | None:
    """The timeline as PNG bytes, or None when there is no dated event to draw."""
    if not events:
        return None
    import matplotlib
    import matplotlib.dates as mdates
    import matplotlib.style as mstyle
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    lanes = [lane for lane in LANES if any(e.lane == lane for e in events)]
    rows = {lane: len(lanes) - 1 - i for i, lane in enumerate(lanes)}
    first, last = events[0].on, events[-1].on
    pad = max(timedelta(days=7) - (last - first) / 2, (last - first) / 20)

    with mstyle.context("default"), matplotlib.rc_context({"font.size": 9}):
        height = 1.0 + 0.55 * len(lanes)
        figure = Figure(figsize=(8.0, height))
        FigureCanvasAgg(figure)
        # Fixed margins (inches) rather than constrained layout, which draws the figure twice.
        figure.subplots_adjust(left=1.05 / 8, right=1 - 0.2 / 8, bottom=0.5 / height, top=1 - 0.3 / height)
        axes = figure.subplots()
        for event in events:
            done = event.done
            axes.plot(
                [event.on],
                [rows[event.lane]],
                marker=_MARKERS.get(event.label, "o"),
                markersize=8,
                linestyle="none",
                color="#1f5f8b" if done else "#b05a00",
                markerfacecolor="#1f5f8b" if done else "white",
                markeredgewidth=1.5,
            )
        interviewee = [e for e in events if e.lane == "Interviewee"]
        for i, event in enumerate(interviewee):
            axes.annotate(
                event.label,
                (mdates.date2num(event.on), rows["Interviewee"]),
                xytext=(0, 9 if i % 2 == 0 else -14),
                textcoords="offset points",
                ha="center",
                fontsize=8,
                parse_math=False,
            )
        axes.set_yticks(list(rows.values()), list(rows.keys()))
        axes.set_ylim(-0.7, len(lanes) - 0.3)
        axes.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
        locator = mdates.AutoDateLocator(minticks=3, maxticks=9)
        axes.xaxis.set_major_locator(locator)
        axes.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        axes.grid(axis="x", color="#dddddd")
        axes.spines[["top", "right", "left"]].set_visible(False)
        axes.tick_params(axis="y", length=0)
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=dpi, metadata={"Software": None})
    return buffer.getvalue()
