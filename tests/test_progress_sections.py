"""What progress, validate and status say about the assignment's report sections and title page."""

from __future__ import annotations

from datetime import date

from infokit.model import Contact, Project, ReportSection
from infokit.progress import progress, section_missing, title_page_missing
from infokit.settings import parse_settings
from infokit.validate import validate

SETTINGS = parse_settings(
    {
        "sections": [
            {"id": "bio", "title": "Biography", "min_words": 3, "max_words": 5},
            {"id": "industry", "title": "Industry", "references": True, "citation_style": "MLA 9"},
        ]
    }
)
TITLE_PAGE = parse_settings({"report": {"contact_details": "title-page"}})


def test_each_missing_section_is_named_with_its_references():
    assert section_missing(Project(), SETTINGS) == [
        "write the section 'Biography'",
        "write the section 'Industry'",
        "add the references for 'Industry' in MLA 9",
    ]


def test_word_limits_are_checked_both_ways():
    short = Project(
        sections={
            "bio": ReportSection(text="Two words"),
            "industry": ReportSection(text="x", references=["A."]),
        }
    )
    assert section_missing(short, SETTINGS) == ["write at least 3 words for 'Biography' (you have 2)"]
    long = Project(
        sections={
            "bio": ReportSection(text="one two three four five six"),
            "industry": ReportSection(text="x", references=["A."]),
        }
    )
    assert section_missing(long, SETTINGS) == ["cut 'Biography' to at most 5 words (you have 6)"]


def test_complete_sections_miss_nothing_and_no_sections_ask_nothing():
    done = Project(
        sections={
            "bio": ReportSection(text="one two three"),
            "industry": ReportSection(text="x", references=["A."]),
        }
    )
    assert section_missing(done, SETTINGS) == []
    assert section_missing(Project(), parse_settings({})) == []


def test_the_title_page_lists_each_missing_detail_only_when_asked():
    ana = Contact(id="c1", name="Ana", role="Nurse", email="ana@example.org")
    project = Project(contacts=[ana], interviewee_id="c1")
    assert title_page_missing(project, parse_settings({})) == []
    assert title_page_missing(project, TITLE_PAGE) == [
        "add Ana's organisation, mailing address, phone number for the report's title page"
    ]
    assert "choose your interviewee" in title_page_missing(Project(), TITLE_PAGE)[0]
    full = ana.model_copy(
        update={"organization": "City Hospital", "address": "1 Main St", "phone": "312-555-0148"}
    )
    assert title_page_missing(Project(contacts=[full], interviewee_id="c1"), TITLE_PAGE) == []


def test_progress_and_validate_block_the_last_step_on_them():
    steps = {s.id: s for s in progress(Project(), SETTINGS, today=date(2026, 10, 1))}
    assert "write the section 'Biography'" in steps["reflection"].missing
    report = validate(Project(), SETTINGS, today=date(2026, 10, 1))
    messages = [i.message for i in report.for_step("reflection") if i.blocking]
    assert "add the references for 'Industry' in MLA 9" in messages
    assert "write the section 'Biography'" in report.render_text()
    plain = validate(Project(), parse_settings({}), today=date(2026, 10, 1))
    assert not any("section" in i.message for i in plain.items)
