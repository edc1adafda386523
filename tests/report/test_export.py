"""export_report: where files go, what they are, what goes wrong and how it is said."""

from __future__ import annotations

import base64
import itertools
import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbconvert.exporters import HTMLExporter, get_export_names, get_exporter

from infokit.errors import InfokitError, ReportError
from infokit.model import Project
from infokit.report import ReportExporter, export_report
from infokit.report.export import render_html
from infokit.report.sections import SECTIONS
from infokit.settings import Settings
from infokit.store import Workspace, dump

from .htmlcheck import network_sources, read_page

NAME = "infokit-report-ada-lovelace-s1234567"


@pytest.fixture
def html(project: Project, settings: Settings, tmp_path: Path) -> str:
    [path] = export_report(project, output=tmp_path, settings=settings)
    return path.read_text(encoding="utf-8")


def test_default_name_comes_from_the_student_and_goes_in_the_current_folder(
    project: Project, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert export_report(project, settings=settings) == [tmp_path / f"{NAME}.html"]
    assert export_report(project, to="ipynb", settings=settings) == [tmp_path / f"{NAME}.ipynb"]
    assert export_report(Project(), settings=settings) == [tmp_path / "infokit-report.html"]


def test_unicode_names_make_ascii_file_names(project: Project, settings: Settings, tmp_path: Path) -> None:
    project.profile.name = "Zoë Ñúñez-O'Brien"
    [path] = export_report(project, output=tmp_path, settings=settings)
    assert path.name == "infokit-report-zoe-nunez-o-brien-s1234567.html"


@pytest.mark.parametrize(
    ("output", "to", "expected"),
    [
        ("out/report.html", "html", "out/report.html"),
        ("out/report.htm", "html", "out/report.htm"),
        ("out/report", "html", "out/report.html"),
        ("out/", "html", f"out/{NAME}.html"),
        ("out/report.ipynb", "ipynb", "out/report.ipynb"),
    ],
)
def test_output_may_be_a_file_or_a_folder(
    project: Project, settings: Settings, tmp_path: Path, output: str, to: str, expected: str
) -> None:
    written = export_report(
        project,
        to=to,
        output=str(tmp_path / output) + ("/" if output.endswith("/") else ""),
        settings=settings,
    )
    assert written == [tmp_path / expected]
    assert written[0].is_file()


def test_an_existing_folder_receives_the_default_name(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    assert export_report(project, output=tmp_path, settings=settings) == [tmp_path / f"{NAME}.html"]


def test_a_file_name_for_another_format_is_refused(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    with pytest.raises(ReportError, match=r"report\.pdf: a report exported as html must be named \*\.html"):
        export_report(project, output=tmp_path / "report.pdf", settings=settings)
    assert not list(tmp_path.iterdir())


def test_an_unknown_format_is_refused(project: Project, settings: Settings) -> None:
    with pytest.raises(ReportError, match="choose html, pdf or ipynb"):
        export_report(project, to="docx", settings=settings)  # type: ignore[arg-type]


def test_a_project_the_grader_could_not_read_back_is_not_exported(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    project.interviewee_id = "nobody"  # assignment does not check references; loading and saving do
    with pytest.raises(
        ReportError, match=r"cannot be exported: The interviewee you chose is not one of your contacts$"
    ):
        export_report(project, output=tmp_path, settings=settings)
    assert list(tmp_path.iterdir()) == []


def test_an_unwritable_place_is_one_clear_error(project: Project, settings: Settings, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ReportError, match="cannot write the report") as caught:
        export_report(project, output=blocker / "report.html", settings=settings)
    assert "\n" not in str(caught.value)


def test_the_source_may_be_a_workspace_its_folder_or_a_backup(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    workspace = Workspace(tmp_path / "ws")
    workspace.save(project)
    backup = tmp_path / "backup.json"
    backup.write_text(dump(project), encoding="utf-8")
    for source in (workspace, workspace.path, str(workspace.path), backup):
        [path] = export_report(source, to="ipynb", output=tmp_path / "out.ipynb", settings=settings)
        payload = json.loads(path.read_text(encoding="utf-8"))["metadata"]["infokit"]
        assert payload["project"]["profile"]["name"] == "Ada Lovelace"


def test_the_default_source_is_the_students_workspace(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    Workspace().save(project)  # INFOKIT_WORKSPACE points into this test's tmp folder
    [path] = export_report(output=tmp_path, settings=settings)
    assert path.name == f"{NAME}.html"


def test_a_missing_workspace_is_a_report_error_saying_what_to_do(settings: Settings, tmp_path: Path) -> None:
    with pytest.raises(ReportError, match="holds no infokit project yet") as caught:
        export_report(tmp_path / "nowhere", settings=settings)
    assert "\n" not in str(caught.value)


def test_a_damaged_workspace_is_an_infokit_error(settings: Settings, tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "ws")
    workspace.init()
    workspace.file.write_text("{not json", encoding="utf-8")
    with pytest.raises(InfokitError, match="damaged"):
        export_report(workspace, output=tmp_path, settings=settings)


def test_settings_default_to_the_assignment_file(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    toml = tmp_path / "assignment.toml"
    toml.write_text('[assignment]\ncourse = "CAREER 205"\ntitle = "Field interview"\n', encoding="utf-8")
    monkeypatch.setenv("INFOKIT_ASSIGNMENT", str(toml))
    [path] = export_report(project, output=tmp_path)
    text = read_page(path.read_text(encoding="utf-8")).text
    assert "CAREER 205" in text and "Field interview" in text


def test_the_ipynb_is_a_valid_notebook_jupyterlab_opens(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    [path] = export_report(project, to="ipynb", output=tmp_path, settings=settings)
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4 and nb.nbformat_minor >= 5
    assert nb.metadata.kernelspec == {
        "name": "python3",
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    assert all(cell.source == "" for cell in nb.cells if cell.cell_type == "code")


def test_the_html_is_one_self_contained_file(html: str) -> None:
    assert network_sources(html) == []
    assert "<link" not in html
    assert "mathjax" not in html.lower() and "require.js" not in html and "cdnjs" not in html
    assert "@media print" in html


def test_the_html_has_a_real_heading_hierarchy(html: str) -> None:
    headings = read_page(html).headings
    assert [text for tag, text in headings if tag == "h1"] == ["Informational interview report"]
    assert [text for tag, text in headings if tag == "h2"] == [heading for _, heading, _ in SECTIONS]
    levels = [int(tag[1]) for tag, _ in headings]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), "a heading level is skipped"


def test_every_image_has_alt_text(html: str) -> None:
    images = [attrs for tag, attrs in read_page(html).tags if tag == "img"]
    assert len(images) == 1
    assert images[0]["src"].startswith("data:image/svg+xml;base64,")
    svg = base64.b64decode(images[0]["src"].split(",", 1)[1]).decode("utf-8")
    assert svg.startswith("<svg ") and "Interviewee" in svg
    assert images[0]["alt"].startswith("Timeline from 2 Mar 2026 to 20 Apr 2026")


def test_the_exporter_is_found_by_name_and_listed_for_jupyterlabs_export_menu() -> None:
    assert get_exporter("infokit_report") is ReportExporter
    assert "infokit_report" in get_export_names()
    assert ReportExporter().file_extension == ".html"


def test_the_exporter_changes_no_nbconvert_default() -> None:
    before = HTMLExporter()
    ReportExporter()
    after = HTMLExporter()
    assert (after.template_name, after.exclude_input, after.sanitize_html) == ("lab", False, False)
    assert after.mathjax_url == before.mathjax_url and after.mathjax_url.startswith("https://")
    assert after.extra_template_basedirs == before.extra_template_basedirs


@pytest.mark.slow
def test_nbconvert_command_makes_the_same_html(project: Project, settings: Settings, tmp_path: Path) -> None:
    [notebook] = export_report(project, to="ipynb", output=tmp_path / "report.ipynb", settings=settings)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "nbconvert",
            "--to",
            "infokit_report",
            str(notebook),
            "--output-dir",
            str(tmp_path / "cli"),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    from_cli = (tmp_path / "cli" / "report.html").read_text(encoding="utf-8")
    assert from_cli == render_html(nbformat.read(notebook, as_version=4))


def test_a_notebook_is_validated_once_and_only_a_kit_built_one_skips_it(
    project: Project, settings: Settings
) -> None:
    from infokit.report.build import build_notebook

    notebook = build_notebook(project, settings)  # validates it
    assert render_html(notebook, validated=True) == render_html(notebook)
    broken = build_notebook(project, settings)
    broken.cells[0]["cell_type"] = "poem"  # not a cell type a notebook may hold
    with pytest.raises(nbformat.ValidationError):
        render_html(broken)


def test_the_page_skips_nbconvert_s_soup_pass_and_keeps_what_it_would_add(html: str) -> None:
    """The pass gives an <img> without alt a stock text and makes .jp-Notebook cells focusable;
    the report has neither to fix, so skipping it changes nothing a reader or a screen reader gets."""
    page = read_page(html)
    assert "No description has been provided" not in html
    assert all(attrs.get("alt") for tag, attrs in page.tags if tag == "img")
    assert not any("jp-Notebook" in (attrs.get("class") or "").split() for _, attrs in page.tags)


def test_compiled_templates_are_kept_and_the_page_is_the_same_with_or_without_them(
    project: Project, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from infokit.report.build import build_notebook
    from infokit.report.export import render_html

    notebook = build_notebook(project, settings)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    first = render_html(notebook)
    compiled = list((tmp_path / "cache" / "infokit" / "templates").iterdir())
    assert compiled, "no compiled template was kept"
    assert render_html(notebook) == first  # from the kept ones
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert render_html(notebook) == first  # none can be kept


def test_a_fresh_infokit_export_writes_the_page_the_library_writes(project: Project, tmp_path: Path) -> None:
    """The command draws and converts in forked children (see infokit._background): same page."""
    from .test_golden import normalise

    Workspace(tmp_path / "ws").save(project)
    command = [sys.executable, "-m", "infokit", "export", "--workspace", str(tmp_path / "ws")]
    subprocess.run([*command, "-o", str(tmp_path / "cli.html")], check=True, capture_output=True)
    [library] = export_report(Workspace(tmp_path / "ws"), output=tmp_path / "library.html")
    cli = (tmp_path / "cli.html").read_text(encoding="utf-8")
    assert normalise(cli) == normalise(library.read_text(encoding="utf-8"))
