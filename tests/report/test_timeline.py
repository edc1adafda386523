"""The timeline figure (infokit.plots.timeline): events, alt text, PNG, and no global matplotlib state."""

from __future__ import annotations

import sys
from datetime import date, timedelta

import pytest

from infokit.model import FollowUp, Project
from infokit.plots.timeline import LANES, TimelineEvent, timeline_alt, timeline_events, timeline_png

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


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
    assert timeline_png([]) is None
    assert timeline_alt([]) == "Timeline: no dated events recorded yet."


@pytest.mark.parametrize("span", [0, 1, 6, 14, 45, 400, 1500])
def test_any_span_of_dates_draws_without_warnings(span: int) -> None:
    start = date(2026, 9, 1)
    events = [
        TimelineEvent(start, "Meeting", "meeting planned"),
        TimelineEvent(start + timedelta(days=span), "Follow-ups", "follow-up due", done=False),
    ]
    png = timeline_png(events)
    assert png is not None and png.startswith(PNG_MAGIC)


def test_student_text_never_reaches_matplotlib(project: Project) -> None:
    project.follow_ups.append(
        FollowUp(id="m", action=r"$\frac{1}{0}$ and $unclosed", due_on=date(2026, 5, 1))
    )
    png = timeline_png(timeline_events(project))
    assert png is not None and png.startswith(PNG_MAGIC)


def test_drawing_changes_no_global_matplotlib_state(project: Project) -> None:
    import matplotlib

    backend, params = matplotlib.get_backend(), dict(matplotlib.rcParams)
    had_pyplot = "matplotlib.pyplot" in sys.modules
    timeline_png(timeline_events(project))
    assert matplotlib.get_backend() == backend
    assert dict(matplotlib.rcParams) == params
    assert ("matplotlib.pyplot" in sys.modules) == had_pyplot


def test_the_same_events_draw_the_same_png(project: Project) -> None:
    events = timeline_events(project)
    assert timeline_png(events) == timeline_png(events)


def test_the_drawn_timeline_is_kept_and_reused_only_for_the_same_events(
    project: Project, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from infokit.plots import timeline as module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    events = timeline_events(project)
    first = module.timeline_png_cached(events)
    assert first == timeline_png(events)
    [kept] = (tmp_path / "cache" / "infokit" / "timeline").iterdir()

    def no_drawing(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("drawn again although nothing changed")

    monkeypatch.setattr(module, "timeline_png", no_drawing)
    assert module.timeline_png_cached(events) == first
    changed = [*events[:-1], TimelineEvent(events[-1].on, events[-1].lane, events[-1].label, done=True)]
    with pytest.raises(AssertionError, match="drawn again"):  # an open follow-up now done: new picture
        module.timeline_png_cached(changed)
    kept.write_bytes(first[: len(first) // 2])  # a damaged cache file is drawn afresh, never embedded
    with pytest.raises(AssertionError, match="drawn again"):
        module.timeline_png_cached(events)
    assert module.timeline_png_cached([]) is None


def test_an_unwritable_cache_still_gives_the_picture(project: Project, tmp_path, monkeypatch) -> None:
    from infokit.plots import timeline as module

    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    events = timeline_events(project)
    assert module.timeline_png_cached(events) == timeline_png(events)
