"""PDF through Chromium: with a browser, without one, and when it fails."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from infokit.errors import ReportError
from infokit.model import Project
from infokit.report import export_report
from infokit.report import pdf as pdf_module
from infokit.settings import Settings

BROWSER = pdf_module.find_browser()
needs_browser = pytest.mark.skipif(BROWSER is None, reason="no Chromium or Chrome on this machine")


def test_without_a_browser_the_html_is_written_and_the_error_says_how_to_get_a_pdf(
    project: Project, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_module, "find_browser", lambda: None)
    with pytest.raises(ReportError) as caught:
        export_report(project, to="pdf", output=tmp_path / "report.pdf", settings=settings)
    message = str(caught.value)
    html = tmp_path / "report.html"
    assert html.is_file()
    assert not (tmp_path / "report.pdf").exists()
    assert str(html) in message
    assert "print it to PDF" in message and "install chromium" in message
    assert "\n" not in message


def test_browsers_on_path_come_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        pdf_module.shutil, "which", lambda name: f"/opt/{name}" if name == "google-chrome" else None
    )
    assert pdf_module.find_browser() == "/opt/google-chrome"


def test_with_nothing_on_path_playwrights_own_browser_is_used_if_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf_module.shutil, "which", lambda name: None)
    monkeypatch.setattr(pdf_module, "_playwright_browser", lambda: "/cache/ms-playwright/chrome")
    assert pdf_module.find_browser() == "/cache/ms-playwright/chrome"


def test_without_playwright_nothing_on_path_means_no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf_module.shutil, "which", lambda name: None)
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)
    assert pdf_module.find_browser() is None


def test_a_browser_that_fails_gives_one_line_naming_the_html(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)  # the command-line way
    html = tmp_path / "report.html"
    html.write_text("<html><body>hi</body></html>", encoding="utf-8")
    with pytest.raises(ReportError, match="could not print the PDF") as caught:
        pdf_module.print_pdf(html, tmp_path / "report.pdf", browser="/bin/false")
    assert str(html) in str(caught.value) and "\n" not in str(caught.value)
    assert list(tmp_path.iterdir()) == [html]


@needs_browser
@pytest.mark.slow
def test_pdf_export_writes_the_html_then_the_pdf(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    written = export_report(project, to="pdf", output=tmp_path, settings=settings)
    name = "infokit-report-ada-lovelace-s1234567"
    assert written == [tmp_path / f"{name}.html", tmp_path / f"{name}.pdf"]
    assert written[1].read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@needs_browser
@pytest.mark.slow
def test_without_playwright_chromium_prints_by_itself(
    project: Project, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "playwright.sync_api", None)
    html, pdf = export_report(project, to="pdf", output=tmp_path / "r.pdf", settings=settings)
    assert (html, pdf) == (tmp_path / "r.html", tmp_path / "r.pdf")
    assert pdf.read_bytes().startswith(b"%PDF-")


@needs_browser
@pytest.mark.slow
def test_when_playwright_cannot_drive_the_browser_chromium_prints_by_itself(
    project: Project, settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("Protocol error: this browser is too new")

    monkeypatch.setattr(pdf_module, "_print_with_playwright", broken)
    _, pdf = export_report(project, to="pdf", output=tmp_path, settings=settings)
    assert pdf.read_bytes().startswith(b"%PDF-")


@needs_browser
@pytest.mark.slow
def test_pdf_export_works_inside_a_running_event_loop_as_in_a_jupyter_kernel(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    async def in_kernel() -> list[Path]:
        return export_report(project, to="pdf", output=tmp_path, settings=settings)

    _, pdf = asyncio.run(in_kernel())
    assert pdf.read_bytes().startswith(b"%PDF-")
