"""Finding and reading submissions: files, folders, Canvas and Moodle zips, and every problem."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime

import pytest

from infokit.errors import GradingError
from infokit.grading.collect import Found, collect, lms_hint, parse_submission
from infokit.grading.records import PROBLEM_KINDS, Problem
from infokit.store import dump


def split(items):
    found = [i for i in items if isinstance(i, Found)]
    problems = [i for i in items if isinstance(i, Problem)]
    return found, problems


def by_kind(problems):
    return {p.kind: p for p in problems}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("smithjane_12345_67890_report.html", ("canvas", "smithjane", "12345", "67890", False)),
        ("smithjane_LATE_12345_67890_report-1.html", ("canvas", "smithjane", "12345", "67890", True)),
        (
            "Jane Smith_4242_assignsubmission_file_/report.html",
            ("moodle", "Jane Smith", "4242", "", False),
        ),
        ("Jane Smith_4242_assignsubmission_file_report.html", ("moodle", "Jane Smith", "4242", "", False)),
    ],
)
def test_lms_names_are_read_as_hints(name, expected):
    hint = lms_hint(name)
    assert (hint.lms, hint.name, hint.user_id, hint.submission_id, hint.late) == expected


def test_plain_names_carry_no_hint():
    assert lms_hint("report.html") is None
    assert lms_hint("class/jane/infokit-report.html") is None


def test_files_and_folders_recursively(tmp_path, project, report):
    first = report(tmp_path / "a.html", project("Ann One", "s1"))
    report(tmp_path / "class" / "b" / "deep" / "report.html", project("Ben Two", "s2"))
    (tmp_path / "class" / ".ipynb_checkpoints").mkdir()
    (tmp_path / "class" / ".ipynb_checkpoints" / "report-checkpoint.html").write_text("x")
    found, problems = split(list(collect([first, tmp_path / "class"])))
    assert sorted(f.submission.student_key for f in found) == ["s1", "s2"]
    assert problems == []


def test_missing_path_and_empty_list_are_one_line_errors(tmp_path):
    with pytest.raises(GradingError, match="no such file or folder"):
        list(collect([tmp_path / "nope"]))
    with pytest.raises(GradingError, match="name at least one"):
        list(collect([]))


def test_canvas_zip_is_read_in_memory_and_matched_by_embedded_data(tmp_path, project, html):
    archive = tmp_path / "submissions.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("smithjane_12345_67890_report.html", html(project("Jane Smith", "s1")))
        zf.writestr("doejohn_LATE_222_333_infokit-report.html", html(project("John Doe", "s2")))
        zf.writestr("doejohn_LATE_222_333_run_me.py", "print('hi')")
        zf.writestr("doejohn_222_334_setup.exe", b"MZ\x90\x00")
        zf.writestr("__MACOSX/._smithjane_12345_67890_report.html", "junk")
    before = sorted(p.name for p in tmp_path.iterdir())
    found, problems = split(list(collect([archive])))
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing extracted
    keys = {f.submission.student_key: f.source.hint for f in found}
    assert keys["s1"].lms == "canvas" and keys["s1"].user_id == "12345"
    assert keys["s2"].late
    ignored = sorted(p.file for p in problems if p.kind == "ignored")
    assert [name.rsplit(":", 1)[1] for name in ignored] == [
        "doejohn_222_334_setup.exe",
        "doejohn_LATE_222_333_run_me.py",
    ]
    assert all("not a report" in p.reason for p in problems)


def test_moodle_zip_with_student_folders(tmp_path, project, html):
    archive = tmp_path / "moodle.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("Jane Smith_4242_assignsubmission_file_/report.html", html(project("Jane Smith", "s1")))
        zf.writestr("John Doe_4343_assignsubmission_file_/notes.pdf", b"%PDF-1.4")
        zf.writestr("John Doe_4343_assignsubmission_file_/report.html", html(project("John Doe", "s2")))
    found, problems = split(list(collect([archive])))
    assert {f.submission.student_key: f.source.hint.name for f in found} == {
        "s1": "Jane Smith",
        "s2": "John Doe",
    }
    assert [p.kind for p in problems] == ["ignored"]


def test_problem_reasons_unreadable_foreign_empty_nested_and_bad_zip(tmp_path, project, html, notebook):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "damaged.html").write_text('<script type="application/json" id="infokit-data">{"oops</script>')
    (folder / "binary.html").write_bytes(b"\xff\xfe\x00\x01garbage")
    (folder / "plain.html").write_text("<html><body>My essay</body></html>")
    (folder / "empty.html").write_text("")
    (folder / "other.ipynb").write_text(json.dumps({"nbformat": 4, "metadata": {}, "cells": []}))
    (folder / "config.json").write_text('{"format": "something-else"}')
    (folder / "broken.zip").write_bytes(b"PK not really a zip")
    with zipfile.ZipFile(folder / "outer.zip", "w") as zf:
        zf.writestr("inner.zip", b"PK")
        zf.writestr("blank_1_2_report.html", "")
    found, problems = split(list(collect([folder])))
    assert found == []
    kinds = {p.file.replace(str(folder) + "/", ""): p.kind for p in problems}
    assert kinds == {
        "binary.html": "unreadable",
        "broken.zip": "unreadable",
        "config.json": "foreign",
        "damaged.html": "unreadable",
        "empty.html": "empty",
        "other.ipynb": "foreign",
        "outer.zip:blank_1_2_report.html": "empty",
        "outer.zip:inner.zip": "ignored",
        "plain.html": "foreign",
    }
    assert set(kinds.values()) <= set(PROBLEM_KINDS)
    assert all(p.reason and "\n" not in p.reason for p in problems)


def test_tampered_report_is_read_and_marked(tmp_path, project, report):
    path = report(tmp_path / "r.html", project(), tamper=True)
    (item,) = list(collect([path]))
    assert item.submission.tampered


def test_zip_slip_names_are_only_labels(tmp_path, project, html):
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("../../escaped_1_2_report.html", html(project()))
        zf.writestr("/abs/escaped.html", html(project("Other", "s9")))
    found, problems = split(list(collect([archive])))
    assert len(found) == 2 and problems == []
    assert not (tmp_path.parent / "escaped_1_2_report.html").exists()
    assert not list(tmp_path.parent.parent.glob("escaped*"))


def test_backup_and_notebook_submissions(tmp_path, project, notebook):
    backup = tmp_path / "backup.json"
    backup.write_text(dump(project("Ann One", "s1")), encoding="utf-8")
    nb = tmp_path / "report.ipynb"
    nb.write_text(notebook(project("Ben Two", "s2")), encoding="utf-8")
    found, problems = split(list(collect([tmp_path])))
    assert problems == []
    kinds = {f.submission.student_key: f.submission.kind for f in found}
    assert kinds == {"s1": "backup", "s2": "ipynb"}
    backup_found = next(f for f in found if f.submission.kind == "backup")
    assert backup_found.submission.exported_at is not None


def test_parse_submission_from_bytes(project, html):
    raw = html(project(), exported_at=datetime(2026, 10, 1, tzinfo=UTC)).encode()
    submission = parse_submission(raw, "x.html", "label")
    assert submission.student_key == "s001"
    assert submission.exported_at == datetime(2026, 10, 1, tzinfo=UTC)


def test_excluded_outputs_are_not_read(tmp_path, project, report):
    report(tmp_path / "a.html", project())
    feedback = tmp_path / "feedback"
    feedback.mkdir()
    (feedback / "s001.html").write_text("<html>feedback</html>")
    (tmp_path / "grades.csv").write_text("student_key\n")
    found, problems = split(list(collect([tmp_path], exclude=[feedback, tmp_path / "grades.csv"])))
    assert len(found) == 1 and problems == []
