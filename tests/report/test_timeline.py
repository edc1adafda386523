"""The timeline figure (infokit.plots.timeline): events, alt text, an SVG drawn without matplotlib."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest

from infokit.model import FollowUp, Project
from infokit.plots.timeline import LANES, TimelineEvent, timeline_alt, timeline_events, timeline_svg

SVG = "{http://www.w3.org/2000/svg}"


def test_events_cover_status_history_meeting_thank_you_and_follow_ups(project: Project) -> None:
    events = timeline_events(project)
    assert [e.on for e in events] == sorted(e.on for e in events)
    assert {e.lane for e in events} == set(LANES)
    labels = {(e.lane, e.label) for e in events}
    assert ("Interviewee", "requested") in labels and ("Interviewee", "followed up") in labels
    assert ("Meeting", "meeting planned") in labels and ("Meeting", "interview held") in labels
    assert ("Thank-you", "thank-you sent") in labels
    assert ("Follow-ups", "follow-up due") in labels and ("Follow-ups", "follow-up done") in labels
    due = next(e for e in events if e.label == "follow-up due")
    assert not due.done and due.detail == "Send Dana an update on my pipeline project"


def test_alt_text_says_what_the_figure_shows(project: Project) -> None:
    alt = timeline_alt(timeline_events(project))
    assert alt.startswith("Timeline from 2 Mar 2026 to 20 Apr 2026, 11 dated events.")
    assert "Interviewee: requested 3 Mar 2026, scheduled 6 Mar 2026" in alt
    assert "Other contacts: 1 status changes." in alt
    assert "Dana" not in alt  # the figure and its alt text use the kit's words only


def test_no_dates_means_no_figure() -> None:
    assert timeline_events(Project()) == []
    assert timeline_svg([]) is None
    assert timeline_alt([]) == "Timeline: no dated events recorded yet."


def _parsed(svg: str | None) -> ET.Element:
    assert svg is not None
    root = ET.fromstring(svg)  # well-formed XML, or this raises
    assert root.tag == f"{SVG}svg"
    return root


def _texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def test_the_picture_names_its_lanes_and_the_interviewees_steps_and_carries_its_alt_text(
    project: Project,
) -> None:
    events = timeline_events(project)
    root = _parsed(timeline_svg(events))
    texts = _texts(root)
    assert set(LANES) <= set(texts)
    assert "requested" in texts and "followed up" in texts
    assert root.find(f"{SVG}title").text == timeline_alt(events)
    shapes = {f"{SVG}{name}" for name in ("circle", "rect", "polygon", "path")}
    markers = [e for e in root.iter() if e.tag in shapes]
    assert len(markers) == len(events) + 1  # one per event, and the white background


def test_markers_sit_in_date_order_inside_the_plot(project: Project) -> None:
    events = timeline_events(project)
    root = _parsed(timeline_svg(events))
    width = float(root.get("width"))
    xs = [float(c.get("cx")) for c in root.iter(f"{SVG}circle")]
    assert xs and all(120 <= x <= width for x in xs)
    circles = [e for e in events if e.label not in {"meeting planned", "interview held", "thank-you sent"}
               and not e.label.startswith("follow-up")]  # fmt: skip
    assert xs == sorted(xs) and len(xs) == len(circles)


@pytest.mark.parametrize("span", [0, 1, 6, 14, 45, 400, 1500, 9000])
def test_any_span_of_dates_draws_a_few_readable_date_ticks(span: int) -> None:
    start = date(2026, 9, 1)
    events = [
        TimelineEvent(start, "Meeting", "meeting planned"),
        TimelineEvent(start + timedelta(days=span), "Follow-ups", "follow-up due", done=False),
    ]
    root = _parsed(timeline_svg(events))
    ticks = [t for t in _texts(root) if t not in LANES]
    assert 2 <= len(ticks) <= 9, ticks
    assert len(set(ticks)) == len(ticks), ticks
    due = [p for p in root.iter(f"{SVG}path")]
    assert due and due[0].get("stroke") == "#b05a00"  # still due: drawn in the other colour


def test_student_text_never_reaches_the_picture(project: Project) -> None:
    project.follow_ups.append(
        FollowUp(id="m", action="<script>alert(1)</script> & $\\frac{1}{0}$", due_on=date(2026, 5, 1))
    )
    svg = timeline_svg(timeline_events(project))
    assert svg is not None and "script" not in svg and "frac" not in svg
    _parsed(svg)


def test_the_same_events_draw_the_same_picture(project: Project) -> None:
    events = timeline_events(project)
    assert timeline_svg(events) == timeline_svg(events)


def test_drawing_the_timeline_loads_no_matplotlib() -> None:
    code = (
        "import sys\nfrom infokit.sample import sample_project\n"
        "from infokit.plots.timeline import timeline_events, timeline_svg\n"
        "assert timeline_svg(timeline_events(sample_project(0)))\n"
        "print('matplotlib' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
