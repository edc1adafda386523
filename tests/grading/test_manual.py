"""The manual-score form, driven without a browser: choose, save, and the gradebook follows."""

from __future__ import annotations

import csv
from html import escape

from infokit.grading import grade
from infokit.grading.demo import batch_locations, demo_class
from infokit.grading.manual import NOT_GRADED, ManualForm


def gradebook(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return {row["student_key"]: row for row in csv.DictReader(handle)}


def test_form_enters_scores_and_comments_and_writes_everything_again(tmp_path, project, report):
    report(tmp_path / "c" / "ann.html", project("Ann One", "s1", seed=1))
    report(tmp_path / "c" / "ben.html", project("Ben Two", "s2", seed=2))
    run = grade(
        [tmp_path / "c"], output=tmp_path / "g.csv", feedback_dir=tmp_path / "fb", show_progress=False
    )
    form = ManualForm(run)
    assert form.scores["writing"].options[0][0] == NOT_GRADED
    form.student.value = "s2"
    ben = run.row("s2")
    work = form.work.value  # the student's work, from the data that was graded, beside the criteria
    first_answer = next(iter(project("Ben Two", "s2", seed=2).reflection.answers.values()))
    assert first_answer[:60] in work and "Questions (12)" in work
    assert ben.name in work
    long_level = run.settings.criterion("reflection").levels[0].description
    shown = form.widget.children[1].children[1].children[0].children[0].value
    assert escape(long_level) in shown  # every level's text in full, never cut to fit a dropdown
    form.scores["reflection"].value = 18
    form.scores["writing"].value = 10
    form.criterion_comments["writing"].value = "Clear, <i>warm</i> emails."
    form.comments.value = "Thoughtful <b>work</b>."
    form.save.click()
    assert "Saved Ben Two: total 93 of 100" in form.status.value
    row = gradebook(tmp_path / "g.csv")["s2"]
    assert (row["reflection"], row["writing"], row["total"], row["complete"]) == ("18", "10", "93", "yes")
    assert row["writing_comment"] == "Clear, <i>warm</i> emails."
    page = (tmp_path / "fb" / "Ben-Two-s2.html").read_text(encoding="utf-8")
    assert "Thoughtful &lt;b&gt;work&lt;/b&gt;." in page and "Clear, &lt;i&gt;warm&lt;/i&gt; emails." in page
    form.student.value = "s1"
    assert form.scores["reflection"].value is None and form.comments.value == ""
    form.student.value = "s2"
    assert form.scores["reflection"].value == 18


def test_demo_class_and_notebook_locations(tmp_path, monkeypatch):
    monkeypatch.setenv("INFOKIT_SUBMISSIONS", str(demo_class(tmp_path / "class", students=4)))
    monkeypatch.setenv("INFOKIT_GRADING_OUTPUT", str(tmp_path / "out"))
    submissions, output = batch_locations()
    assert submissions == tmp_path / "class" and output == tmp_path / "out" and output.is_dir()
    run = grade([submissions], output=output / "g.csv", show_progress=False)
    assert len(run.rows) == 4
    assert {p.kind for p in run.problems} == {"duplicate", "ignored"}
    assert any(f.rule == "similar-reflection" for row in run.rows for f in row.flags)


def test_without_submissions_the_demo_class_goes_to_a_temporary_folder(tmp_path, monkeypatch):
    import tempfile

    monkeypatch.delenv("INFOKIT_SUBMISSIONS", raising=False)
    monkeypatch.delenv("INFOKIT_GRADING_OUTPUT", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    submissions, output = batch_locations()
    assert submissions.parent == tmp_path and submissions.name.startswith("infokit-demo-class-")
    assert output.parent == tmp_path and (submissions / "submissions.zip").is_file()


def test_a_named_batch_that_does_not_exist_is_one_line(tmp_path, monkeypatch):
    import pytest

    from infokit.errors import GradingError

    monkeypatch.setenv("INFOKIT_SUBMISSIONS", str(tmp_path / "nowhere"))
    with pytest.raises(GradingError, match=r"INFOKIT_SUBMISSIONS=.*nowhere: no such file or folder"):
        batch_locations()
