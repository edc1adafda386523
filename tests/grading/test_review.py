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


def _page_with(tmp_path, project, answer: str) -> tuple[str, object]:
    plan = project("Ann One", "s1")
    key = next(iter(plan.reflection.answers))
    plan.reflection.answers[key] = answer
    (path,) = export_report(plan, to="html", output=tmp_path / "class", settings=default_settings())
    return path.read_text(encoding="utf-8"), plan


FIRST = "The nurse said night shifts taught her more than any lecture did."
SECOND = "She still keeps a notebook of the words patients use for their pain."


def test_text_hidden_in_a_comment_an_attribute_or_split_apart_is_not_seen(tmp_path, project):
    page, plan = _page_with(tmp_path, project, f"{FIRST}\n\n{SECOND}")
    assert FIRST in page and SECOND in page
    assert visible_mismatch(page, plan) == ""
    commented = page.replace(FIRST, f"<!-- {FIRST} -->Something new.", 1)
    assert visible_mismatch(commented, plan) == "the reflection"
    whole = f"<p>{FIRST}</p><p>{SECOND}</p>"
    assert whole in page
    assert visible_mismatch(page.replace(whole, f"<!-- {whole} --><p>Rewritten.</p>", 1), plan) != ""
    in_attribute = page.replace(FIRST, f'<span title="{FIRST}">Something new.</span>', 1)
    assert visible_mismatch(in_attribute, plan) == "the reflection"
    wedged = page.replace(SECOND, f"An extra line I added. {SECOND}", 1)
    assert visible_mismatch(wedged, plan) == "the reflection"
    swapped = page.replace(FIRST, "@@", 1).replace(SECOND, FIRST, 1).replace("@@", SECOND, 1)
    assert visible_mismatch(swapped, plan) == "the reflection"


def test_a_one_line_thank_you_moved_into_an_attribute_is_not_seen(tmp_path, project):
    plan = project("Ann One", "s1")
    plan.thank_you.text = "Thank you for showing me the seed bank you run."
    (path,) = export_report(plan, to="html", output=tmp_path / "class", settings=default_settings())
    page = path.read_text(encoding="utf-8")
    assert page.find(plan.thank_you.text) < page.find("infokit-data") and visible_mismatch(page, plan) == ""
    hidden = page.replace(plan.thank_you.text, f'<abbr title="{plan.thank_you.text}">Thanks.</abbr>', 1)
    assert visible_mismatch(hidden, plan) == "the thank-you"


def test_a_page_resaved_with_other_spacing_case_or_entities_still_shows_its_data(tmp_path, project):
    page, plan = _page_with(tmp_path, project, f"{FIRST}\n\n{SECOND}")
    rewrapped = page.replace(FIRST, FIRST.replace(" ", "\n   ").upper(), 1)
    assert visible_mismatch(rewrapped, plan) == ""
    entities = page.replace(SECOND, SECOND.replace("e", "&#101;"), 1)
    assert visible_mismatch(entities, plan) == ""


def test_visible_text_reads_stray_brackets_and_unclosed_comments_as_a_browser_does():
    from infokit.grading.review import visible_text

    page = '<main class="infokit-report"><p>pay &lt; rent, 3 < 4 <b>really</b></p><!-- gone'
    assert visible_text(page + " for good</main>") == "pay < rent, 3 < 4 really"
    assert visible_text("<main><p>kept</p><script>var x = 1;</main>") == "kept"
    assert visible_text("<main><p>a <!-- b --> c</p></main>") == "a c"
