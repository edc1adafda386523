"""The instructor reads what was graded: the review view comes from the data, and a page edited by
hand (its visible text no longer what its data says) is flagged. Reports here are written by the
kit's real exporter."""

from __future__ import annotations

from infokit.grading import grade
from infokit.grading.review import review_html, visible_mismatch
from infokit.report import export_report
from infokit.settings import default_settings
from infokit.store import dump


def test_a_real_report_shows_its_data_and_a_hand_edited_page_is_flagged(tmp_path, project):
    plan = project("Ann One", "s1")
    (path,) = export_report(plan, to="html", output=tmp_path / "class", settings=default_settings())
    page = path.read_text(encoding="utf-8")
    assert visible_mismatch(page, plan) == ""
    sentence = next(iter(plan.reflection.answers.values())).split(".")[0]
    assert sentence in page
    edited = tmp_path / "edited" / "ann.html"
    edited.parent.mkdir()
    edited.write_text(page.replace(sentence, "I wrote something else entirely", 1), encoding="utf-8")
    run = grade([edited], output=tmp_path / "g.csv", show_progress=False, workers=1)
    assert "visible-differs" in {f.rule for f in run.row("s1").flags}
    again = grade([path], output=tmp_path / "h.csv", show_progress=False, workers=1)
    assert "visible-differs" not in {f.rule for f in again.row("s1").flags}


def test_the_review_view_is_the_data_escaped(project):
    plan = project("Eve <script>", "s9")
    plan.thank_you.text = "Thanks <img src=x onerror=alert(1)>"
    html = review_html(plan)
    assert "<script>" not in html and "<img" not in html and "&lt;img" in html
    assert all(answer[:50] in html for answer in plan.reflection.answers.values())


def test_a_backup_instead_of_a_report_is_graded_with_a_flag(tmp_path, project):
    (tmp_path / "backup.json").write_text(dump(project("Ann One", "s1")), encoding="utf-8")
    run = grade([tmp_path / "backup.json"], output=tmp_path / "g.csv", show_progress=False)
    flags = {f.rule: f.message for f in run.row("s1").flags}
    assert "dates and data carry no digest" in flags["backup-not-report"]
