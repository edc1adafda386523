"""The assignment's own report sections and the title page, exported and graded (issue 13)."""

from __future__ import annotations

from pathlib import Path

from infokit.grading.review import review_html, visible_mismatch, visible_text
from infokit.grading.score import score_project
from infokit.model import Project, ReportSection
from infokit.report import export_report
from infokit.report.embed import read_submission
from infokit.settings import parse_settings

ADDRESS = "27 Harbour Lane"
SECTIONS = [
    {"id": "bio", "title": "Interviewee biography", "min_words": 5, "max_words": 60},
    {"id": "industry", "title": "Industry overview", "references": True, "citation_style": "APA 7"},
]
RUBRIC = [{"id": "extra", "title": "Report sections", "points": 10, "scoring": "auto", "check": "sections"}]


def _with_sections(project: Project) -> Project:
    dana = project.contact("dana")
    assert dana is not None
    dana.address = f"{ADDRESS}\nPortsmouth PO1 2AB"
    project.sections = {
        "bio": ReportSection(text="Dana has built hospital data systems for twelve years."),
        "industry": ReportSection(
            text="Health data work is growing fast.",
            references=[
                "Office for Health Data. (2025). Annual review.",
                "Kim, L. (2024). Records at scale.",
            ],
        ),
    }
    return project


def test_sections_are_shown_with_numbered_references_and_graded(project: Project, tmp_path: Path) -> None:
    settings = parse_settings({"sections": SECTIONS, "rubric": RUBRIC})
    [path] = export_report(_with_sections(project), output=tmp_path, settings=settings)
    page = path.read_text(encoding="utf-8")
    assert "Interviewee biography" in page and "Industry overview" in page
    assert "Dana has built hospital data systems for twelve years." in page
    assert '<ol class="references"><li>Office for Health Data. (2025). Annual review.</li>' in page
    assert page.index('<h2 id="Report-sections"') < page.index('<h2 id="Reflection"')
    submission = read_submission(path)
    assert not submission.tampered
    assert submission.project.sections["industry"].references[1] == "Kim, L. (2024). Records at scale."
    assert visible_mismatch(page, submission.project) == ""
    scores = score_project(submission.project, settings)
    assert scores["extra"].points == 10
    review = review_html(submission.project, settings)
    assert "<h4>Industry overview (6 words)</h4>" in review and "Records at scale." in review
    assert "<h4>Section bio (" in review_html(submission.project)


def test_an_edited_section_is_flagged_as_differing_from_its_data(project: Project, tmp_path: Path) -> None:
    settings = parse_settings({"sections": SECTIONS})
    [path] = export_report(_with_sections(project), output=tmp_path, settings=settings)
    page = path.read_text(encoding="utf-8").replace("twelve years", "forty years")
    assert visible_mismatch(page, read_submission(path).project) == "the section 'bio'"


def test_missing_sections_score_low_with_plain_findings(project: Project) -> None:
    settings = parse_settings({"sections": SECTIONS, "rubric": RUBRIC})
    project.sections = {"bio": ReportSection(text="Too short.")}
    score = score_project(project, settings)["extra"]
    assert score.points < 5
    messages = " ".join(r.message for r in score.reasons)
    assert "'Industry overview' is not written." in messages
    assert "'Interviewee biography': 2 words; at least 5 asked for" in messages


def test_a_title_page_shows_the_interviewee_address(project: Project, tmp_path: Path) -> None:
    settings = parse_settings({"report": {"contact_details": "title-page"}})
    [path] = export_report(_with_sections(project), output=tmp_path, settings=settings)
    page = path.read_text(encoding="utf-8")
    assert ADDRESS.casefold() in visible_text(page)  # shown, not only embedded
    assert page.index(ADDRESS) < page.index("Profile and goals")  # on the first page
    assert "Mailing address" in page and "Senior data engineer" in page
    submission = read_submission(path)
    assert submission.project.contact("dana").address.startswith(ADDRESS)
    assert not submission.tampered


def test_a_private_export_leaves_the_address_out(project: Project, tmp_path: Path) -> None:
    [path] = export_report(_with_sections(project), output=tmp_path, settings=parse_settings({}))
    page = path.read_text(encoding="utf-8")
    assert ADDRESS not in page and "Mailing address" not in page
    assert read_submission(path).project.contact("dana").address == ""
