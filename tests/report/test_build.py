"""The report notebook: its shape, its sections, what it says when parts are missing."""

from __future__ import annotations

from datetime import datetime

import nbformat
import pytest

from infokit.model import Contact, Meeting, Project
from infokit.report import build_notebook
from infokit.report.build import TITLE
from infokit.report.embed import METADATA_KEY, PAYLOAD_FORMAT
from infokit.report.export import render_html
from infokit.report.private import PHONE_LEFT_OUT
from infokit.report.sections import SECTIONS
from infokit.settings import Settings, parse_settings

from .htmlcheck import read_page
from .projects import INTERVIEWEE_PHONE

HEADINGS = [f"# {TITLE}"] + [f"## {heading}" for _, heading, _ in SECTIONS]


def _html_of(cell: nbformat.NotebookNode) -> str:
    return "".join(o["data"].get("text/html", "") for o in cell.outputs)


def test_the_report_is_a_valid_v4_notebook_with_a_kernelspec(project: Project, settings: Settings) -> None:
    nb = build_notebook(project, settings)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata.kernelspec.name == "python3"
    assert nb.metadata.language_info.name == "python"
    assert nb.metadata[METADATA_KEY]["format"] == PAYLOAD_FORMAT
    assert nb.metadata.title == f"{TITLE}: Ada Lovelace"


def test_markdown_holds_only_the_kits_headings_and_code_cells_hold_no_code(
    project: Project, settings: Settings
) -> None:
    nb = build_notebook(project, settings)
    markdown = [c.source for c in nb.cells if c.cell_type == "markdown"]
    assert markdown == HEADINGS
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) == len(HEADINGS)
    for cell in code:
        assert cell.source == ""
        assert cell.execution_count is None
        assert cell.outputs, f"section {cell.id} is empty"
        assert all(o.output_type == "display_data" for o in cell.outputs)
    assert {c.cell_type for c in nb.cells} == {"markdown", "code"}


def test_cells_have_stable_ids_named_after_sections(project: Project, settings: Settings) -> None:
    ids = [c.id for c in build_notebook(project, settings).cells]
    assert ids[:2] == ["title", "cover"]
    assert ids[2:] == [part for sid, _, _ in SECTIONS for part in (f"{sid}-heading", sid)]


def test_the_cover_names_student_course_assignment_and_export_date(project: Project) -> None:
    settings = parse_settings({"assignment": {"course": "CAREER 101-B", "title": "Interview project"}})
    nb = build_notebook(project, settings)
    cover = _html_of(nb.cells[1])
    for expected in ("Ada Lovelace", "s1234567", "CAREER 101-B", "Interview project"):
        assert expected in cover
    exported = datetime.fromisoformat(nb.metadata[METADATA_KEY]["exported_at"])
    assert f'datetime="{exported.isoformat(timespec="seconds")}"' in cover
    assert nb.metadata[METADATA_KEY]["assignment"] == {"course": "CAREER 101-B", "title": "Interview project"}


def test_the_timeline_is_an_svg_with_alt_text(project: Project, settings: Settings) -> None:
    cell = next(c for c in build_notebook(project, settings).cells if c.id == "timeline")
    figure = cell.outputs[0]
    assert set(figure.data) == {"image/svg+xml", "text/plain"}
    assert figure.data["image/svg+xml"].startswith("<svg ")
    assert figure.data["text/plain"].startswith("Timeline from 2 Mar 2026 to 20 Apr 2026")
    assert figure.metadata["image/svg+xml"]["alt"] == figure.data["text/plain"]


def test_an_empty_project_says_plainly_what_is_missing_in_every_section(settings: Settings) -> None:
    nb = build_notebook(Project(), settings)
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.id not in ("checklist", "referrals", "questions"):
            assert "Missing" in _html_of(cell), cell.id
    page = read_page(render_html(nb))
    assert "0 of 7 steps" in page.text
    assert "no questions written yet (the assignment asks for 8 to 12)" in page.text
    assert "no referrals recorded" in page.text


@pytest.mark.parametrize("relationship", ["relative", "close-friend"])
def test_a_relative_or_close_friend_as_interviewee_is_warned_about(
    project: Project, settings: Settings, relationship: str
) -> None:
    project.contacts[0].relationship = relationship
    cell = next(c for c in build_notebook(project, settings).cells if c.id == "interviewee")
    assert "<strong>Warning:</strong>" in _html_of(cell)
    assert 'class="warning"' in _html_of(cell)


def test_an_acquaintance_is_not_warned_about(project: Project, settings: Settings) -> None:
    cell = next(c for c in build_notebook(project, settings).cells if c.id == "interviewee")
    assert "Warning" not in _html_of(cell)


def test_questions_keep_plan_order_with_category_tiara_asked_and_notes(
    project: Project, settings: Settings
) -> None:
    project.questions.reverse()
    cell = next(c for c in build_notebook(project, settings).cells if c.id == "questions")
    html = _html_of(cell)
    positions = [html.index(q.text.replace("'", "&#39;")) for q in project.questions]
    assert positions == sorted(positions)
    assert "TIARA: insights" in html and "daily-work" in html and "She said: notes on question 3." in html
    assert "<h3>Question checker</h3>" in html


def test_meeting_shows_time_zone_and_offset(project: Project, settings: Settings) -> None:
    cell = next(c for c in build_notebook(project, settings).cells if c.id == "meeting")
    html = _html_of(cell)
    assert "Saturday 14 March 2026, 10:30" in html
    assert "America/Chicago, UTC-05:00" in html
    assert "15:30 on 14 March 2026 in UTC" in html


def test_reflection_counts_words_against_the_settings(project: Project) -> None:
    settings = parse_settings({"limits": {"reflection_min_words": 500, "reflection_max_words": 900}})
    cell = next(c for c in build_notebook(project, settings).cells if c.id == "reflection")
    html = _html_of(cell)
    words = project.reflection.word_count()
    assert f"{words} words in all (the assignment asks for 500 to 900): {500 - words} short" in html


def test_a_contact_detail_pasted_elsewhere_is_hidden_from_the_visible_report(
    project: Project, settings: Settings
) -> None:
    assert project.meeting is not None
    project.meeting = Meeting(
        **{**project.meeting.model_dump(), "format": "phone", "place": f"Call {INTERVIEWEE_PHONE}"}
    )
    project.interview.free_notes += f"\n\nHer direct line is {INTERVIEWEE_PHONE}."
    html = render_html(build_notebook(project, settings))
    text = read_page(html).text
    assert INTERVIEWEE_PHONE not in text
    assert f"Call {PHONE_LEFT_OUT}" in text
    with_details = read_page(render_html(build_notebook(project, settings, include_contact_details=True)))
    assert f"Call {INTERVIEWEE_PHONE}" in with_details.text


def test_contacts_without_history_or_interviewee_do_not_break_the_build(settings: Settings) -> None:
    project = Project(contacts=[Contact(id="x", name="Only Identified")])
    nb = build_notebook(project, settings)
    cell = next(c for c in nb.cells if c.id == "interviewee")
    assert "no interviewee chosen yet" in _html_of(cell)
    assert "Only Identified" in _html_of(cell)
    assert not any(o.data.get("image/svg+xml") for c in nb.cells if c.cell_type == "code" for o in c.outputs)
