"""Contact details typed anywhere stay out of a report exported without them: the visible page,
the embedded data, the notebook and the PDF; restoring the report brings them back."""

from __future__ import annotations

import shutil
import subprocess
import types
import typing
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from infokit.errors import InfokitError
from infokit.model import Meeting, Project
from infokit.report import export_report, read_submission
from infokit.report import pdf as pdf_module
from infokit.report.private import EMAIL_LEFT_OUT, PHONE_LEFT_OUT, left_out, phone_pattern
from infokit.settings import Settings
from infokit.store import Workspace

from .htmlcheck import DATA_OPENING, read_page
from .projects import INTERVIEWEE_EMAIL, INTERVIEWEE_PHONE, OTHER_EMAIL, OTHER_PHONE

STUDENT_EMAIL = "ada@student.example"
REFERRAL_EMAIL = "lee.park@northwind.example"
"""Not a contact's: a referral's address, typed only into a note."""
TYPED = (
    INTERVIEWEE_EMAIL.upper(),
    "312-555-0148",  # the interviewee's +1 (312) 555-0148, laid out differently
    "(312) 555 0148",
    "+13125550148",
    OTHER_EMAIL,
    OTHER_PHONE,
    REFERRAL_EMAIL,
)
LINE = "Reach " + " or ".join(TYPED) + f"; I am {STUDENT_EMAIL}"
SKIP = {"interviewee_id", "contact_id", "id", "email", "phone", "timezone", "bank_id", "category"}
"""Ids, the contact fields themselves (emptied whole), and fields with a format of their own."""


def _is_str(annotation: Any) -> bool:
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation is str


def _type_everywhere(record: BaseModel, path: str, typed: list[str]) -> None:
    """Put the contact details into every free-text field of ``record`` and of the records in it."""
    for name, info in type(record).model_fields.items():
        value = getattr(record, name)
        where = f"{path}.{name}"
        annotation, origin = info.annotation, typing.get_origin(info.annotation)
        attempt: Any = None
        if name in SKIP:
            pass
        elif _is_str(annotation) or (
            origin in (typing.Union, types.UnionType) and str in typing.get_args(annotation)
        ):
            attempt = LINE
        elif origin is list and _is_str(typing.get_args(annotation)[0]):
            attempt = [LINE, "also " + LINE]
        elif origin is dict and value and all(isinstance(v, str) for v in value.values()):
            attempt = {key: LINE for key in value}
        if attempt is not None:
            try:
                setattr(record, name, attempt)
                typed.append(where)
            except (ValidationError, InfokitError):
                record.__dict__[name] = value
        if isinstance(value, BaseModel):
            _type_everywhere(value, where, typed)
        elif isinstance(value, list | dict):
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(item, BaseModel):
                    _type_everywhere(item, f"{where}[{key}]", typed)


@pytest.fixture
def typed_everywhere(project: Project) -> tuple[Project, list[str]]:
    assert project.meeting is not None
    project.meeting = Meeting(**{**project.meeting.model_dump(), "format": "phone"})
    typed: list[str] = []
    _type_everywhere(project, "project", typed)
    return project, typed


def _assert_nothing_private(text: str, where: str) -> None:
    for detail in (*TYPED, INTERVIEWEE_EMAIL, INTERVIEWEE_PHONE):
        assert detail not in text, f"{detail} in {where}"
        assert detail.replace("+", "\\u002b") not in text, f"{detail} in {where}"


def test_the_details_reach_every_free_text_field(typed_everywhere: tuple[Project, list[str]]) -> None:
    _, typed = typed_everywhere
    assert len(typed) >= 50
    for expected in (
        "project.meeting.place",
        "project.messages[request-email].text",
        "project.contacts[0].notes",
        "project.research[0].source",
        "project.referrals[0].note",
        "project.interview.mentions[0].note",
        "project.follow_ups[0].action",
        "project.questions[0].answer_notes",
        "project.reflection.answers",
        "project.thank_you.text",
        "project.profile.skills",
    ):
        assert expected in typed


@pytest.mark.parametrize("to", ["html", "ipynb"])
def test_no_contact_detail_survives_anywhere_in_the_report(
    typed_everywhere: tuple[Project, list[str]], settings: Settings, tmp_path: Path, to: str
) -> None:
    project, _ = typed_everywhere
    [path] = export_report(project, to=to, output=tmp_path, settings=settings)
    text = path.read_text(encoding="utf-8")
    _assert_nothing_private(text, path.name)
    if to == "html":
        _assert_nothing_private(read_page(text).text, "the visible page")
        assert DATA_OPENING in text
    data = read_submission(path).project.model_dump_json()
    _assert_nothing_private(data, "the embedded data")
    assert EMAIL_LEFT_OUT in data and PHONE_LEFT_OUT in data
    assert STUDENT_EMAIL in data  # the student's own address is their submission


def test_the_students_own_phone_is_not_in_the_embedded_data(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    project.profile.phone = "+44 20 7946 0958"
    [path] = export_report(project, to="ipynb", output=tmp_path, settings=settings)
    assert "7946" not in path.read_text(encoding="utf-8")
    [path] = export_report(project, to="ipynb", output=tmp_path / "with", include_contact_details=True)
    assert "+44 20 7946 0958" in path.read_text(encoding="utf-8")


def test_with_contact_details_asked_for_everything_stays_as_typed(
    typed_everywhere: tuple[Project, list[str]], settings: Settings, tmp_path: Path
) -> None:
    project, _ = typed_everywhere
    [path] = export_report(project, output=tmp_path, include_contact_details=True, settings=settings)
    assert read_submission(path).project == project


def test_restoring_the_report_brings_every_detail_back_from_the_workspace(
    typed_everywhere: tuple[Project, list[str]], settings: Settings, tmp_path: Path
) -> None:
    from infokit import actions

    project, _ = typed_everywhere
    workspace = Workspace(tmp_path / "ws")
    workspace.save(project)
    [path] = export_report(workspace, output=tmp_path, settings=settings)
    with workspace.update() as changed:  # changed since the export: the report's version comes back
        changed.contacts[1].notes = "Changed since"
    restored = actions.restore(str(path), workspace=workspace)
    expected = project.model_copy(deep=True)
    expected.contacts[1].notes = left_out(project).contacts[1].notes
    assert EMAIL_LEFT_OUT in expected.contacts[1].notes
    assert restored.model_dump() == expected.model_dump()
    assert workspace.load() == restored


def test_left_out_keeps_every_field_within_its_limit(project: Project) -> None:
    from infokit.model import MAX_LINE

    project.meeting = Meeting(
        **{**project.meeting.model_dump(), "format": "phone", "place": ("Call 555 0148 or " * 20)[:MAX_LINE]}
    )
    project.contacts[0].phone = "555 0148"
    shown = left_out(project)
    assert "555 0148" not in shown.meeting.place and len(shown.meeting.place) <= MAX_LINE


@pytest.mark.parametrize(
    ("stored", "typed"),
    [
        ("+1 (312) 555-0148", "312.555.0148"),
        ("+1 (312) 555-0148", "1-312-555-0148"),
        ("+44 (0)20 7946 0958", "020 7946 0958"),
        ("+44 20 7946 0958", "0044 20 7946 0958"),
        ("+44 20 7946 0958 ext. 12", "+44 20 7946 0958"),
        ("555 0148", "call 5550148 today"),
    ],
)
def test_a_phone_number_is_found_in_any_layout(stored: str, typed: str) -> None:
    finder = phone_pattern(stored)
    assert finder is not None and finder.spans(typed), (stored, typed)
    assert not finder.spans("On 14 March 2026 at 10:30, room 312, 555 01489")


needs_pdf_tools = pytest.mark.skipif(
    pdf_module.find_browser() is None or shutil.which("pdftotext") is None,
    reason="needs Chromium and pdftotext",
)


@needs_pdf_tools
@pytest.mark.slow
def test_no_contact_detail_survives_in_the_pdf(
    typed_everywhere: tuple[Project, list[str]], settings: Settings, tmp_path: Path
) -> None:
    project, _ = typed_everywhere
    _, pdf = export_report(project, to="pdf", output=tmp_path, settings=settings)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Informational interview report" in text and PHONE_LEFT_OUT in " ".join(text.split())
    _assert_nothing_private(" ".join(text.split()), "the PDF")
    _assert_nothing_private(text, "the PDF")
