"""Export the submission report: HTML (always works), PDF (needs Chromium) or the notebook itself."""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path
from typing import Literal

import nbformat

from infokit.errors import InfokitError, ReportError
from infokit.model import Project, validate_project
from infokit.report.convert import render_html, take_converter
from infokit.settings import Settings, load_settings
from infokit.store import Workspace, read_file, write_advice, write_atomic

ReportFormat = Literal["html", "pdf", "ipynb"]
SUFFIXES: dict[str, str] = {"html": ".html", "pdf": ".pdf", "ipynb": ".ipynb"}
_KNOWN_SUFFIXES = frozenset({".html", ".htm", ".pdf", ".ipynb"})


def export_report(
    source: Workspace | Project | str | Path | None = None,
    *,
    to: ReportFormat = "html",
    output: str | Path | None = None,
    include_contact_details: bool = False,
    settings: Settings | None = None,
) -> list[Path]:
    """Write the report and return every file written (for ``pdf``: the HTML, then the PDF).

    ``source`` is a workspace, a project, a workspace folder or a backup
    ``.json`` file (default: the student's workspace). ``output`` is a file
    or a folder; by default the file is named after the student and written
    to the current folder. Contacts' email and phone are left out unless
    ``include_contact_details``. A PDF needs Chromium or Chrome: without one
    the HTML is still written and a ReportError says how to get a PDF.
    """
    if to not in SUFFIXES:
        raise ReportError(f"cannot export a report as {to!r}: choose html, pdf or ipynb")
    project = _checked(load_project(source))
    settings = settings if settings is not None else load_settings()
    from infokit.report.build import build_notebook

    convert = take_converter() if to != "ipynb" else None
    notebook = build_notebook(project, settings, include_contact_details=include_contact_details)
    target = output_path(output, project, to)
    if to == "ipynb":
        _write(target, nbformat.writes(notebook, version=4) + "\n")
        return [target]
    html_path = target if to == "html" else target.with_suffix(".html")
    _write(html_path, convert(notebook) if convert else render_html(notebook, validated=True))
    if to == "html":
        return [html_path]
    from infokit.report.pdf import print_pdf

    return [html_path, print_pdf(html_path, target, paper=settings.assignment.paper)]


def load_project(source: Workspace | Project | str | Path | None) -> Project:
    """The project to report on, from whatever ``source`` names."""
    if isinstance(source, Project):
        return source
    if isinstance(source, str | os.PathLike):
        path = Path(source).expanduser()
        if path.suffix.lower() == ".json" and path.is_file():
            return read_file(path)
        source = Workspace(path)
    elif source is None:
        source = Workspace()
    if not isinstance(source, Workspace):
        raise TypeError(f"cannot export a report from {type(source).__name__}")
    if not source.exists():
        raise ReportError(
            f"{source.path} holds no infokit project yet: start with the first notebook,"
            " or name your workspace folder with --workspace"
        )
    return source.load()


def _checked(project: Project) -> Project:
    """The project as the grader will read it back: a report that cannot be read is not written."""
    try:
        return validate_project(project.model_dump(mode="python"))
    except InfokitError as exc:
        raise ReportError(f"the project cannot be exported: {exc}") from None


def default_name(project: Project) -> str:
    """'infokit-report-ada-lovelace-s1234567', from the student's name and id."""
    parts = [_slug(project.profile.name), _slug(project.profile.student_id)]
    return "-".join(["infokit-report", *[p for p in parts if p]])


def output_path(output: str | Path | None, project: Project, to: ReportFormat) -> Path:
    """Where the report goes: ``output`` as a file, inside ``output`` as a folder, else the current folder."""
    suffix = SUFFIXES[to]
    name = default_name(project) + suffix
    if output is None:
        return Path.cwd() / name
    text = os.fspath(output)
    path = Path(text).expanduser()
    if path.is_dir() or text.endswith(("/", os.sep)):
        return path / name
    given = path.suffix.lower()
    if given == suffix or (to == "html" and given == ".htm"):
        return path
    if given in _KNOWN_SUFFIXES:
        raise ReportError(f"{path}: a report exported as {to} must be named *{suffix}")
    return path.with_name(path.name + suffix)


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, text)
    except IsADirectoryError:
        raise ReportError(f"{path} is a folder: name a file, or the folder to write into") from None
    except OSError as exc:
        raise ReportError(f"{path}: cannot write the report: {write_advice(exc)}") from None


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60]
