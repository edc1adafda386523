"""grade() end to end: gradebook, problems table, duplicates, re-grading, Canvas, no execution."""

from __future__ import annotations

import csv
import subprocess
import sys
import zipfile
from datetime import UTC, date, datetime

import pytest

from infokit.errors import GradingError
from infokit.grading import grade
from infokit.grading.gradebook import CANVAS_COLUMNS, CANVAS_POINTS_ROW
from infokit.settings import default_settings, parse_settings


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def by_key(path):
    return {row["student_key"]: row for row in rows(path)}


@pytest.fixture
def batch(tmp_path, project, report):
    folder = tmp_path / "class"
    report(folder / "ann.html", project("Ann One", "s1", seed=1))
    report(folder / "ben.html", project("Ben Two", "s2", seed=2))
    report(folder / "cat.html", project("Cat Three", "s3", seed=3, relationship="relative"))
    return folder


def test_gradebook_has_one_row_per_student_with_auto_scores_and_empty_manual_columns(tmp_path, batch):
    out = tmp_path / "out" / "grades.csv"
    run = grade([batch], settings=default_settings(), output=out, show_progress=False)
    book = by_key(out)
    assert set(book) == {"s1", "s2", "s3"}
    ann = book["s1"]
    assert ann["name"] == "Ann One"
    assert (ann["questions"], ann["outreach"], ann["documentation"], ann["thank_you"]) == (
        "25",
        "10",
        "20",
        "10",
    )
    assert ann["reflection"] == "" and ann["writing"] == ""
    assert ann["total"] == "65" and ann["max_points"] == "100" and ann["complete"] == "no"
    assert book["s3"]["outreach"] == "5"
    assert "close-tie" in book["s3"]["flags"]
    assert "interviewee is a relative" in book["s3"]["outreach_why"]
    assert rows(tmp_path / "out" / "grades_problems.csv") == []
    assert run.problems_path == tmp_path / "out" / "grades_problems.csv"
    assert "Graded 3 students from 3 files" in run.summary()


def test_problems_table_names_each_file_and_the_batch_goes_on(tmp_path, project, report, html):
    folder = tmp_path / "class"
    report(folder / "old.html", project("Ann One", "s1"), exported_at=datetime(2026, 10, 1, tzinfo=UTC))
    report(folder / "new.html", project("Ann One", "s1"), exported_at=datetime(2026, 10, 5, tzinfo=UTC))
    report(folder / "edited.html", project("Ben Two", "s2"), tamper=True)
    (folder / "essay.html").write_text("<p>no data</p>")
    (folder / "cut.html").write_text('<script type="application/json" id="infokit-data">{"format": ')
    with zipfile.ZipFile(folder / "extra.zip", "w") as zf:
        zf.writestr("x_1_2_empty.html", "")
        zf.writestr("x_1_2_hack.py", "import os")
    out = tmp_path / "grades.csv"
    run = grade([folder], output=out, show_progress=False)
    problems = {(p["file"].rsplit("/", 1)[-1], p["problem"]) for p in rows(tmp_path / "grades_problems.csv")}
    assert problems == {
        ("old.html", "duplicate"),
        ("edited.html", "tampered"),
        ("essay.html", "foreign"),
        ("cut.html", "unreadable"),
        ("extra.zip:x_1_2_empty.html", "empty"),
        ("extra.zip:x_1_2_hack.py", "ignored"),
    }
    duplicate = next(p for p in run.problems if p.kind == "duplicate")
    assert "new.html" in duplicate.reason and duplicate.student_key == "s1"
    book = by_key(out)
    assert set(book) == {"s1", "s2"}
    assert book["s1"]["file"].endswith("new.html")
    assert "tampered" in book["s2"]["flags"]


def test_regrade_keeps_manual_scores_comments_and_adjustments(tmp_path, batch, project, report):
    out = tmp_path / "grades.csv"
    grade([batch], output=out, show_progress=False)
    book = rows(out)
    for row in book:
        if row["student_key"] == "s1":
            row.update(reflection="20", writing="8.5", comments="=Lovely work, see me", adjustment="-2")
    with open(out, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(book[0]))
        writer.writeheader()
        writer.writerows(book)
    report(batch / "dan.html", project("Dan Four", "s4", seed=4))
    run = grade([batch], output=out, show_progress=False)
    again = by_key(out)
    assert set(again) == {"s1", "s2", "s3", "s4"}
    ann = again["s1"]
    assert (ann["reflection"], ann["writing"], ann["adjustment"]) == ("20", "8.5", "-2")
    assert ann["comments"] == "'=Lovely work, see me"  # kept, and written safe for spreadsheets
    assert run.row("s1").comments == "=Lovely work, see me"
    assert ann["total"] == str(65 + 20 + 8.5 - 2) and ann["complete"] == "yes"
    assert (tmp_path / "grades.csv.bak").exists()


def test_regrade_from_an_explicit_previous_file_and_a_student_gone_missing(tmp_path, batch):
    first = tmp_path / "first.csv"
    run = grade([batch], output=first, show_progress=False)
    run.set_manual("s2", "writing", 7, comments="Good")
    run.save()
    (batch / "ben.html").unlink()
    second = tmp_path / "second.csv"
    run2 = grade([batch], output=second, previous=first, show_progress=False)
    ben = by_key(second)["s2"]
    assert ben["writing"] == "7" and ben["comments"] == "Good" and ben["complete"] == "no"
    assert "no-submission" in ben["flags"]
    assert any(p.kind == "missing" and p.student_key == "s2" for p in run2.problems)


@pytest.mark.parametrize(
    ("cell", "message"),
    [("ten", "'ten' is not a number"), ("11", "'11' is not between 0 and 10")],
)
def test_bad_manual_entry_is_a_one_line_error_naming_line_and_column(tmp_path, batch, cell, message):
    out = tmp_path / "grades.csv"
    grade([batch], output=out, show_progress=False)
    text = out.read_text(encoding="utf-8-sig").splitlines()
    header = text[0].split(",")
    values = text[1].split(",")
    values[header.index("writing")] = cell
    out.write_text("\n".join([text[0], ",".join(values), *text[2:]]), encoding="utf-8")
    with pytest.raises(GradingError) as caught:
        grade([batch], output=out, show_progress=False)
    assert message in str(caught.value) and "line 2" in str(caught.value) and "writing" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_output_that_is_not_a_gradebook_is_never_overwritten(tmp_path, batch):
    out = tmp_path / "notes.csv"
    out.write_text("my,own\nfile,here\n")
    with pytest.raises(GradingError, match="choose another -o"):
        grade([batch], output=out, show_progress=False)
    assert out.read_text() == "my,own\nfile,here\n"


def test_set_manual_checks_criterion_and_range(tmp_path, batch):
    run = grade([batch], output=tmp_path / "g.csv", show_progress=False)
    with pytest.raises(GradingError, match="'questions' is not a manual criterion"):
        run.set_manual("s1", "questions", 3)
    with pytest.raises(GradingError, match="between 0 and 10"):
        run.set_manual("s1", "writing", 12)
    with pytest.raises(GradingError, match="no student 'nobody'"):
        run.set_manual("nobody", "writing", 1)
    run.set_manual("S1", "writing", None)
    assert run.row("s1").manual["writing"] is None


def test_canvas_file_has_canvas_columns_and_only_complete_totals(tmp_path, project):
    archive = tmp_path / "submissions.zip"
    from infokit.report.embed import make_payload, script_tag

    def page(p):
        return f"<html><body>{script_tag(make_payload(p))}</body></html>"

    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("oneann_101_9001_report.html", page(project("Ann One", "s1")))
        zf.writestr("twoben_102_9002_report.html", page(project("Ben Two", "s2")))
    settings = parse_settings({"grading": {"canvas_column": "Informational interview (4455)"}})
    run = grade([archive], settings=settings, output=tmp_path / "g.csv", canvas=True, show_progress=False)
    run.set_manual("s1", "reflection", 20)
    run.set_manual("s1", "writing", 5)
    run.save()
    with open(tmp_path / "g_canvas.csv", encoding="utf-8", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == [*CANVAS_COLUMNS, "Informational interview (4455)"]
    # As Canvas's own lib/gradebook_exporter.rb writes: two decimals (format_numbers), LF line ends.
    assert table[1] == [CANVAS_POINTS_ROW, "", "", "", "", "100.00"]
    assert table[2] == ["Ann One", "101", "s1", "", "", "90.00"]
    assert table[3] == ["Ben Two", "102", "s2", "", "", ""]
    assert b"\r\n" not in (tmp_path / "g_canvas.csv").read_bytes()


def test_late_reports_are_penalised_and_flagged(tmp_path, project, report):
    report(tmp_path / "c" / "a.html", project(), exported_at=datetime(2026, 11, 5, 12, tzinfo=UTC))
    settings = parse_settings(
        {"due": {"reflection": date(2026, 11, 3)}, "grading": {"late_penalty_per_day": 5}}
    )
    run = grade([tmp_path / "c"], settings=settings, output=tmp_path / "g.csv", show_progress=False)
    row = run.row("s001")
    assert row.late_days == 2 and row.penalty == 10
    assert "late" in {f.rule for f in row.flags}
    assert by_key(tmp_path / "g.csv")["s001"]["total"] == "55"


def test_notebook_submission_is_read_never_run(tmp_path, project, notebook):
    marker = tmp_path / "pwned.txt"
    code = f"open({str(marker)!r}, 'w').write('ran')\nimport os\nos.system('touch {marker}')"
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "report.ipynb").write_text(notebook(project(), code=code), encoding="utf-8")
    (folder / "page.html").write_text(
        f'<html><body><script>{code}</script><img src=x onerror="alert(1)"></body></html>', encoding="utf-8"
    )
    run = grade([folder], output=tmp_path / "g.csv", feedback_dir=tmp_path / "fb", show_progress=False)
    assert [row.key for row in run.rows] == ["s001"]
    assert not marker.exists()


def test_grading_imports_nothing_that_executes_notebooks(tmp_path, batch):
    code = (
        "import sys\n"
        "from infokit.grading import grade\n"
        "import infokit.grading.dashboard, infokit.grading.feedback\n"
        f"grade([{str(batch)!r}], output={str(tmp_path / 'g.csv')!r}, feedback_dir={str(tmp_path / 'fb')!r},"
        " canvas=True, show_progress=False)\n"
        "print('\\n'.join(sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = {name.split(".")[0] for name in done.stdout.split()}
    assert not loaded & {"nbclient", "papermill", "jupyter_client", "nbconvert", "ipykernel"}


def test_import_infokit_grading_is_light():
    done = subprocess.run(
        [sys.executable, "-c", "import infokit.grading, sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded = {name.split(".")[0] for name in done.stdout.split()}
    assert not loaded & {"pandas", "matplotlib", "jinja2", "ipywidgets", "nbconvert", "tqdm"}


def test_frames_for_the_notebook(tmp_path, batch):
    run = grade([batch], output=tmp_path / "g.csv", show_progress=False)
    frame = run.frame()
    assert list(frame["student_key"].sort_values()) == ["s1", "s2", "s3"]
    assert list(run.problems_frame().columns) == ["file", "problem", "reason", "student_key"]


def test_parallel_workers_give_the_same_gradebook_as_one_process(tmp_path, project, report):
    folder = tmp_path / "class"
    for number in range(60):
        report(folder / f"s{number:02d}.html", project(f"Student {number}", f"s{number:02d}", seed=number))
    report(
        folder / "again.html",
        project("Student 7", "s07", seed=7),
        exported_at=datetime(2026, 10, 1, tzinfo=UTC),
    )
    (folder / "junk.py").write_text("print()")
    serial = grade([folder], output=tmp_path / "one.csv", show_progress=False, workers=1)
    parallel = grade([folder], output=tmp_path / "two.csv", show_progress=True, workers=2)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()
    assert [p.as_row() for p in serial.problems] == [p.as_row() for p in parallel.problems]
    assert len(parallel.rows) == 60


def test_an_empty_batch_is_one_line_error(tmp_path):
    (tmp_path / "empty").mkdir()
    with pytest.raises(GradingError, match="no files to grade in"):
        grade([tmp_path / "empty"], output=tmp_path / "g.csv", show_progress=False)
    assert not (tmp_path / "g.csv").exists()


def test_outputs_inside_the_graded_folder_are_not_graded_next_time(tmp_path, batch):
    out = batch / "grades.csv"
    grade([batch], output=out, feedback_dir=batch / "feedback", canvas=True, show_progress=False)
    again = grade([batch], output=out, feedback_dir=batch / "feedback", canvas=True, show_progress=False)
    assert again.files_seen == 3 and again.problems == []
