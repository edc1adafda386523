"""The data inside a report: read back field by field, and private details only when asked for."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from infokit.model import Project
from infokit.report import export_report, read_submission
from infokit.report.embed import PRIVATE_CONTACT_FIELDS, merge_private_details
from infokit.settings import Settings

from .htmlcheck import DATA_OPENING
from .projects import INTERVIEWEE_EMAIL, INTERVIEWEE_PHONE, OTHER_EMAIL, OTHER_PHONE

PRIVATE = (INTERVIEWEE_EMAIL, INTERVIEWEE_PHONE, OTHER_EMAIL, OTHER_PHONE)


def _without_contact_details(project: Project) -> dict[str, Any]:
    data = project.model_dump()
    for contact in data["contacts"]:
        for field in PRIVATE_CONTACT_FIELDS:
            contact[field] = ""
    return data


@pytest.mark.parametrize("to", ["html", "ipynb"])
def test_with_contact_details_the_project_comes_back_equal(
    project: Project, settings: Settings, tmp_path: Path, to: str
) -> None:
    [path] = export_report(project, to=to, output=tmp_path, include_contact_details=True, settings=settings)
    submission = read_submission(path)
    assert submission.kind == to
    assert not submission.tampered
    assert submission.payload["contact_details"] is True
    for field in Project.model_fields:
        assert getattr(submission.project, field) == getattr(project, field), field
    assert submission.project == project


@pytest.mark.parametrize("to", ["html", "ipynb"])
def test_without_contact_details_only_email_and_phone_are_missing(
    project: Project, settings: Settings, tmp_path: Path, to: str
) -> None:
    [path] = export_report(project, to=to, output=tmp_path, settings=settings)
    submission = read_submission(path)
    assert not submission.tampered
    assert submission.payload["contact_details"] is False
    assert submission.project.model_dump() == _without_contact_details(project)
    assert all(not c.email and not c.phone for c in submission.project.contacts)
    assert merge_private_details(submission.project, project) == project


def test_the_payload_names_the_assignment_and_the_student(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    [path] = export_report(project, output=tmp_path, settings=settings)
    submission = read_submission(path)
    assert submission.payload["assignment"] == {"course": "", "title": "Informational interview"}
    assert submission.student_key == "s1234567"
    assert submission.exported_at is not None


def test_the_html_carries_exactly_one_data_block_as_script_tag_wrote_it(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    [path] = export_report(project, output=tmp_path, settings=settings)
    html = path.read_text(encoding="utf-8")
    assert html.count(DATA_OPENING) == 1
    assert html.count("<script") == 1
    assert html.index(DATA_OPENING) > html.index("</main>")


@pytest.mark.parametrize("to", ["html", "ipynb"])
def test_contact_details_appear_nowhere_unless_asked_for(
    project: Project, settings: Settings, tmp_path: Path, to: str
) -> None:
    [path] = export_report(project, to=to, output=tmp_path / "without", settings=settings)
    text = path.read_text(encoding="utf-8")
    for secret in PRIVATE:
        assert secret not in text
        assert secret.replace("+", "\\u002b") not in text
    [path] = export_report(
        project, to=to, output=tmp_path / "with", include_contact_details=True, settings=settings
    )
    text = path.read_text(encoding="utf-8")
    for secret in PRIVATE:
        assert secret in text


def test_asked_for_the_interviewees_details_are_visible(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    [path] = export_report(project, output=tmp_path, include_contact_details=True, settings=settings)
    html = path.read_text(encoding="utf-8")
    visible = html[: html.index(DATA_OPENING)]
    assert INTERVIEWEE_EMAIL in visible and INTERVIEWEE_PHONE in visible
    assert "included" in visible


@pytest.mark.parametrize("edit", ["date", "data"])
def test_an_edited_export_date_or_project_reads_as_tampered(
    project: Project, settings: Settings, tmp_path: Path, edit: str
) -> None:
    [path] = export_report(project, to="ipynb", output=tmp_path, settings=settings)
    notebook = json.loads(path.read_text(encoding="utf-8"))
    payload = notebook["metadata"]["infokit"]
    if edit == "date":  # back-dating to dodge a late penalty
        payload["exported_at"] = "2020-01-01T00:00:00+00:00"
    else:
        payload["project"]["profile"]["name"] = "Someone Else"
    path.write_text(json.dumps(notebook), encoding="utf-8")
    assert read_submission(path).tampered
