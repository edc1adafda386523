"""Who the work belongs to: conflicts are graded and flagged, never one copy silently dropped.

Canvas names follow ``lib/content_zipper.rb``: ``<sortable name>[_LATE]_<user id>_<attachment id>_<file>``.
"""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime

from infokit.grading import grade
from infokit.settings import parse_settings


def canvas_zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return path


def rules(row):
    return {flag.rule for flag in row.flags}


def test_a_classmates_id_under_another_canvas_user_is_a_flagged_conflict_not_a_replacement(
    tmp_path, project, html
):
    archive = canvas_zip(
        tmp_path / "s.zip",
        {
            "twoben_222_9002_report.html": html(project("Ben Two", "s2", seed=2)),
            # Ann uploads, under her own Canvas user, a report carrying Ben's id.
            "oneann_111_9001_report.html": html(project("Ben Two", "s2", seed=9)),
        },
    )
    run = grade([archive], output=tmp_path / "g.csv", show_progress=False, workers=1)
    keys = sorted(row.key for row in run.rows)
    assert keys == ["s2@canvas-111", "s2@canvas-222"]
    for row in run.rows:
        assert "identity-conflict" in rules(row)
    ann_upload = run.row("s2@canvas-111")
    assert "lms-name-mismatch" in rules(ann_upload)
    assert not [p for p in run.problems if p.kind == "duplicate"]


def test_two_canvas_users_with_the_same_typed_name_and_no_id_stay_two_rows(tmp_path, project, html):
    archive = canvas_zip(
        tmp_path / "s.zip",
        {
            "leesam_301_1_report.html": html(project("Sam Lee", "", seed=3)),
            "leesam_302_2_report.html": html(project("Sam Lee", "", seed=4)),
        },
    )
    run = grade([archive], output=tmp_path / "g.csv", show_progress=False, workers=1)
    assert sorted(row.key for row in run.rows) == ["sam lee@canvas-301", "sam lee@canvas-302"]


def test_one_account_handing_in_two_students_work_is_flagged(tmp_path, project, html):
    archive = canvas_zip(
        tmp_path / "s.zip",
        {
            "oneann_111_1_report.html": html(project("Ann One", "s1")),
            "oneann_111_2_other.html": html(project("Cat Three", "s3")),
        },
    )
    run = grade([archive], output=tmp_path / "g.csv", show_progress=False, workers=1)
    assert {row.key for row in run.rows} == {"s1", "s3"}
    assert all("account-several-students" in rules(row) for row in run.rows)


def test_the_duplicate_message_names_the_copy_that_counts_not_one_that_was_superseded(
    tmp_path, project, report
):
    folder = tmp_path / "c"
    for day, name in ((1, "a.html"), (2, "b.html"), (3, "c.html")):
        report(folder / name, project("Ann One", "s1"), exported_at=datetime(2026, 10, day, tzinfo=UTC))
    run = grade([folder], output=tmp_path / "g.csv", show_progress=False, workers=1)
    assert run.row("s1").file.endswith("c.html")
    duplicates = [p for p in run.problems if p.kind == "duplicate"]
    assert sorted(p.file.rsplit("/", 1)[-1] for p in duplicates) == ["a.html", "b.html"]
    assert all("c.html counts" in p.reason for p in duplicates)


def test_keep_newest_before_due_counts_the_last_copy_on_time(tmp_path, project, report):
    folder = tmp_path / "c"
    report(folder / "ontime.html", project("Ann One", "s1"), exported_at=datetime(2026, 11, 2, tzinfo=UTC))
    report(folder / "late.html", project("Ann One", "s1"), exported_at=datetime(2026, 11, 9, tzinfo=UTC))
    due = {"submission_due": date(2026, 11, 3)}
    newest = grade(
        [folder], settings=parse_settings({"grading": due}), output=tmp_path / "a.csv", show_progress=False
    )
    assert newest.row("s1").file.endswith("late.html") and newest.row("s1").late_days == 6
    settings = parse_settings({"grading": {**due, "keep": "newest-before-due"}})
    on_time = grade([folder], settings=settings, output=tmp_path / "b.csv", show_progress=False)
    assert on_time.row("s1").file.endswith("ontime.html") and on_time.row("s1").late_days == 0
    (duplicate,) = [p for p in on_time.problems if p.kind == "duplicate"]
    assert duplicate.file.endswith("late.html") and "the newest on time" in duplicate.reason


def test_anonymous_canvas_accounts_in_a_conflict_keep_working_keys(tmp_path, project, html):
    archive = canvas_zip(
        tmp_path / "s.zip",
        {
            "anon_Ab3dE_1_report.html": html(project("Ann One", "s1", seed=1)),
            "LATE_anon_Zz9Yy_2_report.html": html(project("Ann One", "s1", seed=2)),
        },
    )
    run = grade([archive], output=tmp_path / "g.csv", show_progress=False, workers=1)
    assert sorted(row.key for row in run.rows) == ["s1@canvas-anon_ab3de", "s1@canvas-anon_zz9yy"]
    assert run.row("s1@canvas-anon_Ab3dE").lms.anonymous
    assert not any(f.rule == "lms-name-mismatch" for row in run.rows for f in row.flags)
