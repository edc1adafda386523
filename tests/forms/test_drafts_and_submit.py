"""Message drafts with live findings, and notebook 06's progress and export."""

from __future__ import annotations

from infokit import actions as ik
from infokit.forms import after, outreach, submit
from infokit.settings import parse_settings


def _ready() -> None:
    ik.set_profile(name="Ana Ruiz", email="ana@example.org", course="CAR 101", career_interests=["planning"])
    person = ik.add_contact("Sam Lee", role="Planner", organization="City Council", source="association")
    ik.choose_interviewee(person.id)


def test_request_draft_is_made_checked_and_saved(find, status) -> None:
    form = outreach.request_drafts()
    assert "Your name is required" in status(form)
    _ready()
    form = outreach.request_drafts()
    assert "Sam" in find(form, "draft-text").value
    find(form, "draft-text").value = "Do you have a job for me?"
    assert "infokit-finding-asks-for-job" in find(form, "draft-findings").value
    find(form, "draft-save").click()
    assert ik.drafts()["request-email"] == "Do you have a job for me?"
    again = outreach.request_drafts()
    assert find(again, "draft-text").value == "Do you have a job for me?"
    find(again, "draft-kind").value = "phone-script"
    assert find(again, "draft-findings").value == ""


def test_thank_you_draft_goes_into_the_project(find) -> None:
    _ready()
    form = after.thank_you_draft()
    find(form, "draft-text").value = "Thank you, Sam, for the time."
    find(form, "draft-save").click()
    assert ik.project().thank_you.text == "Thank you, Sam, for the time."


def test_progress_picture_and_missing_list(find) -> None:
    form = submit.progress_form()
    picture = find(form, "progress-image").value  # an <img> with a text alternative
    assert 'src="data:image/png;base64,' in picture and 'alt="Steps done: none yet. Steps to do: ' in picture
    assert "add your name" in find(form, "progress-missing").value


def test_export_writes_html_into_the_workspace(find, status, workspace_dir) -> None:
    _ready()
    form = submit.export_form()
    find(form, "export-pdf").value = False
    find(form, "export-run").click()
    assert "Exported" in status(form), status(form)
    written = list((workspace_dir / ik.REPORT_FOLDER).glob("*.html"))
    assert len(written) == 1
    assert "srcdoc=" in find(form, "export-preview").value


def test_export_shows_progress_while_it_runs_and_links_carry_the_bytes(find, status, monkeypatch) -> None:
    _ready()
    form = submit.export_form()
    find(form, "export-pdf").value = False
    seen = []
    real = ik.export

    def watched(*args, **kwargs):
        seen.append((find(form, "export-busy").value, find(form, "export-run").disabled))
        return real(*args, **kwargs)

    monkeypatch.setattr(ik, "export", watched)
    find(form, "export-run").click()
    ((busy, disabled),) = seen
    assert "Exporting the report" in busy and disabled
    assert find(form, "export-busy").value == "" and not find(form, "export-run").disabled
    assert "data:text/html;base64," in find(form, "export-links").value


def test_a_title_page_assignment_says_the_contact_details_are_included(find) -> None:
    asked = submit.ExportForm(settings=parse_settings({"report": {"contact_details": "title-page"}}))
    box = find(asked, "export-private")
    assert box.value and box.disabled
    assert "because this assignment asks for a title page" in find(asked, "export-private-note").value
    chosen = submit.ExportForm(settings=parse_settings({}))
    assert not find(chosen, "export-private").value and not find(chosen, "export-private").disabled
    assert find(chosen, "export-private-note").value == ""
