"""Hostile text in every field a student can type: the report shows it, and nothing of it runs."""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from pydantic import BaseModel, ValidationError

from infokit.errors import InfokitError, ReportError
from infokit.model import Project
from infokit.report import ReportExporter, export_report, read_submission
from infokit.report import export as export_module
from infokit.report.sanitize import unsafe_parts
from infokit.settings import Settings

from .htmlcheck import DATA_OPENING, executable_parts, read_page

ATTACKS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "</script>",
    "[x](javascript:alert(1))",
    "{{ 7*7 }}",
)
LINE = " ".join(ATTACKS)
REFERENCES = {"interviewee_id", "contact_id"}
"""Ids chosen from a list of contacts, never typed; a project must point at real contacts."""
TEXT = "\n\n".join(ATTACKS) + "\n" + LINE


def _is_str(annotation: Any) -> bool:
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation is str


def _poison(record: BaseModel, path: str, poisoned: list[str], refused: list[str]) -> None:
    """Put the attacks into every string field of ``record`` and of the records inside it."""
    for name, info in type(record).model_fields.items():
        if name in REFERENCES:
            continue
        value = getattr(record, name)
        where = f"{path}.{name}"
        annotation = info.annotation
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        attempts: list[Any] = []
        if _is_str(annotation) or (origin in (typing.Union, types.UnionType) and str in args):
            attempts = [TEXT, LINE]
        elif origin is list and len(args) == 1 and _is_str(args[0]):
            attempts = [[LINE, "also " + LINE]]
        elif origin is dict and len(args) == 2 and all(_is_str(a) for a in args):
            attempts = [{key: TEXT for key in value}] if value else []
        for attempt in attempts:
            try:
                setattr(record, name, attempt)
            except (ValidationError, InfokitError):
                # pydantic leaves a value refused by a model-level validator in place: put it back
                record.__dict__[name] = value
                continue
            poisoned.append(where)
            break
        else:
            if attempts:
                refused.append(where)
        if isinstance(value, BaseModel):
            _poison(value, where, poisoned, refused)
        elif isinstance(value, list | dict):
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(item, BaseModel):
                    _poison(item, f"{where}[{key}]", poisoned, refused)


@pytest.fixture
def hostile(project: Project) -> tuple[Project, list[str], list[str]]:
    poisoned: list[str] = []
    refused: list[str] = []
    _poison(project, "project", poisoned, refused)
    return project, poisoned, refused


def test_the_attacks_reach_every_free_text_field(hostile: tuple[Project, list[str], list[str]]) -> None:
    _, poisoned, refused = hostile
    assert len(poisoned) >= 50
    for expected in (
        "project.profile.name",
        "project.contacts[0].notes",
        "project.questions[0].answer_notes",
        "project.meeting.place",
        "project.interview.mentions[0].text",
        "project.reflection.answers",
        "project.thank_you.text",
        "project.follow_ups[0].action",
        "project.research[0].source",
        "project.messages[request-email].text",
    ):
        assert expected in poisoned
    # Only fields with a format of their own refuse the attacks.
    assert {r.rsplit(".", 1)[1] for r in refused} <= {"email", "phone", "id", "timezone"}


def test_nothing_a_student_typed_can_run_in_the_html(
    hostile: tuple[Project, list[str], list[str]], settings: Settings, tmp_path: Path
) -> None:
    project, _, _ = hostile
    [path] = export_report(project, output=tmp_path, include_contact_details=True, settings=settings)
    html = path.read_text(encoding="utf-8")
    assert executable_parts(html) == []
    assert html.count("<script") == 1 and html.count(DATA_OPENING) == 1
    assert "<svg" not in html and "<img src=x" not in html and 'href="javascript' not in html
    page = read_page(html)
    for attack in ATTACKS:
        assert attack in page.text  # shown as text, exactly as typed
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "{{ 7*7 }}" in html


def test_hostile_text_still_reads_back_exactly(
    hostile: tuple[Project, list[str], list[str]], settings: Settings, tmp_path: Path
) -> None:
    project, _, _ = hostile
    for to in ("html", "ipynb"):
        [path] = export_report(
            project, to=to, output=tmp_path, include_contact_details=True, settings=settings
        )
        submission = read_submission(path)
        assert submission.project == project and not submission.tampered


def test_the_notebook_holds_no_student_text_in_markdown_and_no_raw_tag_in_outputs(
    hostile: tuple[Project, list[str], list[str]], settings: Settings, tmp_path: Path
) -> None:
    project, _, _ = hostile
    [path] = export_report(project, to="ipynb", output=tmp_path, settings=settings)
    nb = nbformat.read(path, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            assert "alert" not in cell.source
        for output in cell.get("outputs", []):
            assert executable_parts(output.data.get("text/html", "")) == []


def test_the_exporter_also_cleans_a_hostile_notebook() -> None:
    """A tampered report notebook (it carries report data, so the exporter converts it as it is)."""
    from infokit.report.embed import METADATA_KEY, make_payload

    nb = new_notebook(
        cells=[
            new_markdown_cell(
                "# Title\n\n<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>"
            ),
            new_code_cell(
                "print(1)",
                outputs=[
                    new_output(
                        "display_data",
                        data={"text/html": "<b onclick=alert(1)>hi</b><script>alert(2)</script>"},
                    ),
                    new_output("display_data", data={"application/javascript": "alert(3)"}),
                    new_output(
                        "display_data", data={"text/markdown": "<iframe src=https://example.org></iframe>"}
                    ),
                    new_output(
                        "display_data", data={"application/vnd.jupyter.widget-view+json": {"model_id": "w"}}
                    ),
                ],
            ),
        ]
    )
    nb.metadata.widgets = {
        "application/vnd.jupyter.widget-state+json": {
            "state": {"w": {}},
            "version_major": 2,
            "version_minor": 0,
        }
    }
    nb.metadata[METADATA_KEY] = make_payload(Project())
    html, _ = ReportExporter().from_notebook_node(nb)
    assert executable_parts(html) == []
    assert unsafe_parts(html) == []
    assert "print(1)" not in html  # inputs are not part of a report
    assert "Title" in html and "hi" in html
    assert "Interactive widget not included" in html and "JavaScript output not included" in html


def test_any_other_notebook_exports_the_students_real_report_or_a_clear_error(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What JupyterLab's export menu sends from a guided notebook: never that notebook dressed up."""
    from infokit.store import Workspace

    guided = new_notebook(cells=[new_code_cell("from infokit.forms import submit\nsubmit.export_form()")])
    monkeypatch.setenv("INFOKIT_WORKSPACE", str(tmp_path / "empty"))
    with pytest.raises(ReportError, match="holds no infokit project yet"):
        ReportExporter().from_notebook_node(guided, resources={"metadata": {"path": str(tmp_path)}})
    monkeypatch.setenv("INFOKIT_WORKSPACE", str(tmp_path / "ws"))
    Workspace(tmp_path / "ws").save(project)
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "assignment.toml").write_text('[assignment]\ntitle = "Career talk"\n', encoding="utf-8")
    resources = {"metadata": {"name": "06_submit", "path": str(tmp_path / "notebooks")}}
    html, _ = ReportExporter().from_notebook_node(guided, resources=resources)
    assert "submit.export_form" not in html
    page = tmp_path / "06_submit.html"
    page.write_text(html, encoding="utf-8")
    submission = read_submission(page)
    assert submission.project.questions == project.questions
    assert submission.project.profile == project.profile
    assert "Career talk" in html  # the assignment settings found from the notebook's folder


@pytest.mark.parametrize(
    "bad",
    [
        "<script>alert(1)</script>",
        '<script src="x.js"></script>',
        '<p onclick="x()">a</p>',
        '<a href=" javascript:alert(1)">a</a>',
        '<img src="https://example.org/a.png" alt="a">',
        '<link rel="stylesheet" href="https://example.org/a.css">',
        "<style>@import url(https://example.org/a.css);</style>",
        "<iframe></iframe>",
    ],
)
def test_the_final_check_spots_what_could_run_or_load(bad: str) -> None:
    assert unsafe_parts(f"<html><body>{bad}</body></html>")


def test_the_final_check_passes_a_page_with_student_text_about_urls() -> None:
    assert unsafe_parts("<p>see url(https://example.org) and @import in CSS</p>") == []


def test_an_unsafe_page_is_never_written(
    project: Project, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def leaky(self: ReportExporter, nb: Any, resources: Any = None, **kw: Any) -> tuple[str, dict[str, Any]]:
        return "<html><body><img src=x onerror=alert(1)></body></html>", {}

    monkeypatch.setattr(ReportExporter, "from_notebook_node", leaky)
    with pytest.raises(ReportError, match="failed its safety check"):
        export_report(project, output=tmp_path, settings=settings)
    assert list(tmp_path.iterdir()) == []
    assert export_module.render_html  # the check lives on the one path every HTML takes
