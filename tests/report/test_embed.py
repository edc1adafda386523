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


# -- hostile and clumsy report files --------------------------------------------------------


def _page(body: str) -> bytes:
    return f"<html><body><p>report</p>{DATA_OPENING}{body}</script></body></html>".encode()


def _payload(project: str, exported_at: str = '"2026-03-20T10:00:00+00:00"') -> str:
    return (
        '{"format": "infokit-report-data", "version": 1, "exported_at": ' + exported_at + ","
        ' "digest": "sha256:0", "project": ' + project + "}"
    )


def _notebook(payload: str) -> bytes:
    return (
        '{"cells": [], "nbformat": 4, "nbformat_minor": 5, "metadata": {"infokit": ' + payload + "}}"
    ).encode()


HOSTILE_REPORTS = {
    "nested-100000-deep.html": (_page(_payload("[" * 100_000 + "]" * 100_000)), "nested deeper"),
    "nested-100000-deep.ipynb": (_notebook("[" * 100_000 + "]" * 100_000), "nested deeper"),
    "5000-digit-integer.html": (
        _page(_payload('{"questions": [{"text": "Why?", "minutes": ' + "7" * 5000 + "}]}")),
        "number too long",
    ),
    "lone-surrogate.html": (_page(_payload('{"profile": {"name": "\\ud800"}}')), "broken character"),
    "lone-surrogate.ipynb": (_notebook(_payload('{"profile": {"name": "\\udc00"}}')), "broken character"),
    "list-for-a-payload.html": (_page("[1, 2]"), "not infokit report data"),
    "string-for-the-project.html": (_page(_payload('"all of it"')), "holds no project"),
    "list-for-the-profile.ipynb": (
        _notebook(_payload('{"profile": ["Ana"]}')),
        "Your profile must be a group",
    ),
    "exported-in-year-1.html": (_page(_payload("{}", '"0001-01-01T00:00:00+00:00"')), "export date"),
    "exported-in-year-9999.ipynb": (_notebook(_payload("{}", '"9999-12-31T23:59:59+00:00"')), "export date"),
    "meeting-in-year-9999.html": (
        _page(_payload('{"meeting": {"starts": "9999-12-31T23:00:00"}}')),
        "years 1900 to 2200",
    ),
    "huge-bank-id.html": (
        _page(_payload('{"questions": [{"text": "Why?", "bank_id": "' + "b" * 5_000_000 + '"}]}')),
        "question-bank entry",
    ),
    "utf-16.html": ("<html><body>report</body></html>".encode("utf-16"), "saved as UTF-16"),
    "latin-1.ipynb": ('{"metadata": {"note": "Zoë"}}'.encode("latin-1"), "not UTF-8 text"),
    "cut-short.html": (_page(_payload("{}"))[:130], "cut short"),
    "cut-short.ipynb": (_notebook(_payload("{}"))[:-5], "cut short"),
    "empty.html": (b"", "is empty"),
    "empty.ipynb": (b"  \n", "is empty"),
    "empty-data-block.html": (_page(""), "embedded data is empty or cut short"),
    "not-a-notebook.ipynb": (b"[1, 2, 3]", "holds no infokit data"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_REPORTS))
def test_hostile_reports_end_in_one_line(name: str, tmp_path: Path) -> None:
    from infokit.errors import ReportError
    from infokit.report.embed import submission_from_bytes

    content, match = HOSTILE_REPORTS[name]
    path = tmp_path / name
    path.write_bytes(content)
    for read in (lambda: read_submission(path), lambda: submission_from_bytes(content, name)):
        with pytest.raises(ReportError) as caught:
            read()
        text = str(caught.value)
        assert match in text and "\n" not in text and len(text) < 500 and text.isprintable(), text


def test_a_broken_character_in_the_export_date_reads_as_tampered_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_bytes(_page(_payload('{"profile": {"name": "Ana"}}', '"\\ud800"')))
    submission = read_submission(path)
    assert submission.tampered and submission.exported_at is None
    assert submission.project.profile.name == "Ana"


@pytest.mark.parametrize("to", ["html", "ipynb"])
def test_a_report_saved_again_with_a_byte_order_mark_still_reads(
    project: Project, settings: Settings, tmp_path: Path, to: str
) -> None:
    [path] = export_report(project, to=to, output=tmp_path, include_contact_details=True, settings=settings)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    submission = read_submission(path)
    assert submission.project == project and not submission.tampered
