"""When it was handed in: the platform's clock decides lateness; the student's clock is a cross-check."""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime

from infokit.grading import grade
from infokit.grading.records import LmsHint
from infokit.grading.score import late_days
from infokit.grading.timing import timing
from infokit.report.embed import digest, make_payload, script_tag
from infokit.settings import parse_settings

DUE = parse_settings(
    {
        "assignment": {"timezone": "America/Chicago"},
        "grading": {"submission_due": date(2026, 11, 3), "late_penalty_per_day": 10},
    }
)


def rules(flags):
    return [f.rule for f in flags]


def test_canvas_marker_decides_and_a_back_dated_export_cannot_remove_the_penalty():
    on_time_export = datetime(2026, 11, 1, 12, tzinfo=UTC)
    marked = LmsHint("canvas", "oneann", "1", late=True)
    when = timing(on_time_export, marked, DUE, "s1")
    assert when.late_days == 1 and rules(when.flags) == ["lms-late"]
    assert "counted as 1 day late" in when.flags[0].message
    late_export = datetime(2026, 11, 6, 12, tzinfo=UTC)
    assert timing(late_export, marked, DUE, "s1").late_days == 3  # the export gives more: it counts
    unmarked = LmsHint("canvas", "oneann", "1")
    when = timing(late_export, unmarked, DUE, "s1")
    assert when.late_days == 0 and rules(when.flags) == ["canvas-on-time"]


def test_a_platform_time_wins_over_the_export_and_an_export_after_it_is_flagged():
    received = datetime(2026, 11, 5, 15, tzinfo=UTC)  # 09:00 in Chicago, two days late
    hint = LmsHint("gradescope", "Ann One", "s1", submitted_at=received)
    back_dated = datetime(2026, 11, 1, tzinfo=UTC)
    assert timing(back_dated, hint, DUE, "s1").late_days == 2
    forward = timing(datetime(2026, 11, 5, 18, tzinfo=UTC), hint, DUE, "s1")
    assert "exported-after-handed-in" in rules(forward.flags)


def test_without_a_platform_time_the_export_counts_and_the_flag_says_so():
    when = timing(datetime(2026, 11, 5, 15, tzinfo=UTC), None, DUE, "s1")
    assert when.late_days == 2 and "student's own clock" in when.flags[0].message


def test_due_times_extensions_and_a_clock_change():
    settings = parse_settings(
        {
            "assignment": {"timezone": "America/Chicago"},
            "grading": {"submission_due": datetime(2026, 10, 31, 17, 0)},
            "extensions": {"S2": date(2026, 11, 2), "s3": datetime(2026, 11, 1, 9, 0)},
        }
    )
    assert late_days(datetime(2026, 10, 31, 21, 59, tzinfo=UTC), settings, "s1") == 0  # 16:59 CDT
    assert late_days(datetime(2026, 10, 31, 22, 1, tzinfo=UTC), settings, "s1") == 1  # 17:01
    # Clocks go back on 1 November: 17:00 CDT on the 31st to 16:59 CST on 1 Nov is 25 hours, one day.
    assert late_days(datetime(2026, 11, 1, 22, 59, tzinfo=UTC), settings, "s1") == 1
    assert late_days(datetime(2026, 11, 1, 23, 1, tzinfo=UTC), settings, "s1") == 2
    assert late_days(datetime(2026, 11, 3, 5, 0, tzinfo=UTC), settings, "s2") == 0  # 2 Nov 23:00 CST
    assert late_days(datetime(2026, 11, 3, 6, 0, tzinfo=UTC), settings, "s2") == 1  # 3 Nov 00:00
    assert late_days(datetime(2026, 11, 1, 16, 0, tzinfo=UTC), settings, "s3") == 1  # 10:00 CST


def test_a_recomputed_digest_with_a_back_dated_export_still_pays_the_canvas_penalty(tmp_path, project):
    payload = make_payload(project("Ann One", "s1"), exported_at=datetime(2026, 11, 6, tzinfo=UTC))
    payload["exported_at"] = "2026-11-01T12:00:00+00:00"  # set back by hand ...
    payload["digest"] = digest(payload["project"], payload["exported_at"])  # ... and resealed
    archive = tmp_path / "s.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("oneann_LATE_111_9_report.html", f"<html><body>{script_tag(payload)}</body></html>")
    run = grade([archive], settings=DUE, output=tmp_path / "g.csv", show_progress=False)
    row = run.row("s1")
    assert row.late_days == 1 and row.penalty == 10  # 10% of the 100 points per day
    assert "lms-late" in {f.rule for f in row.flags}


def test_the_late_flag_spells_out_the_grace_days():
    graced = parse_settings({"grading": {"submission_due": date(2026, 11, 3), "grace_days": 2}})
    three = timing(datetime(2026, 11, 6, 12, tzinfo=UTC), None, graced, "s1")
    assert three.late_days == 1
    assert "3 day(s) after the due date: 1 counted late after 2 grace day(s)" in three.flags[0].message
    one = timing(datetime(2026, 11, 4, 12, tzinfo=UTC), None, graced, "s1")
    assert one.late_days == 0 and "within the 2 grace day(s): not counted late" in one.flags[0].message
