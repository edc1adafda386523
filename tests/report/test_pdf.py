"""PDF through Chromium: with a browser, without one, and when it fails."""

from __future__ import annotations

import asyncio
import html
import os
import re
import shutil
import subprocess
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


# -- what the PDF is: checked with poppler's own tools ------------------------

POPPLER = all(shutil.which(tool) for tool in ("pdfinfo", "pdffonts", "pdftotext", "pdftohtml"))
needs_poppler = pytest.mark.skipif(not POPPLER and not os.environ.get("CI"), reason="needs poppler-utils")

# A student's and their contacts' names in scripts a Latin font cannot draw, the font the
# report's CSS names for each, and the name that font has embedded in a PDF (Skia embeds the
# CFF-based CJK fonts as unnamed Type 3 fonts, so that one is checked in the page only).
NAMES = {
    "Tamil": ("தமிழ்செல்வி ராஜா", "Noto Sans Tamil", "NotoSansTamil"),
    "Devanagari": ("अनन्या शर्मा", "Noto Sans Devanagari", "NotoSansDevanagari"),
    "Chinese": ("王小明", "Noto Sans CJK SC", None),
    "Arabic": ("ليلى حسن", "Noto Sans Arabic", "NotoSansArabic"),
}


def _poppler(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _outline(pdf: Path) -> list[str]:
    """The PDF's outline entries, whitespace removed (Chromium joins a heading's lines without it)."""
    xml = _poppler("pdftohtml", "-xml", "-stdout", "-i", "-q", str(pdf))
    outline = xml.split("<outline>", 1)[1].rsplit("</outline>", 1)[0] if "<outline>" in xml else ""
    items = re.findall(r"<item[^>]*>(.*?)</item>", outline, re.S)
    return [_squash(html.unescape(re.sub(r"<[^>]+>", "", item))) for item in items]


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _page_lines(pdf: Path, pages: int) -> list[list[str]]:
    lines = []
    for page in range(1, pages + 1):
        text = _poppler("pdftotext", "-f", str(page), "-l", str(page), "-layout", str(pdf), "-")
        body = [line.strip() for line in text.splitlines() if line.strip()]
        assert body[-1] == f"Page {page} of {pages}", body[-1:]  # the footer's page number
        lines.append(body[:-1])
    return lines


def _headings(html_text: str) -> list[str]:
    from .htmlcheck import read_page

    return [text for _, text in read_page(html_text).headings]


@needs_browser
@needs_poppler
@pytest.mark.slow
@pytest.mark.parametrize(("paper", "size"), [("A4", "(A4)"), ("Letter", "(letter)")])
def test_the_pdf_is_tagged_outlined_numbered_on_the_assignments_paper_and_no_heading_ends_a_page(
    paper: str, size: str, tmp_path: Path
) -> None:
    from infokit.sample import sample_project
    from infokit.settings import parse_settings

    settings = parse_settings({"assignment": {"paper": paper}})
    html_path, pdf = export_report(sample_project(4), to="pdf", output=tmp_path, settings=settings)
    info = _poppler("pdfinfo", str(pdf))
    assert re.search(r"^Tagged:\s+yes$", info, re.M), info
    assert re.search(rf"^Page size:.*{re.escape(size)}$", info, re.M), info
    pages = int(re.search(r"^Pages:\s+(\d+)$", info, re.M).group(1))
    assert pages > 2
    headings = _headings(html_path.read_text(encoding="utf-8"))
    outline = iter(_outline(pdf))
    for heading in headings:  # every heading, in order (an entry may repeat a moved first line)
        assert any(item.endswith(_squash(heading)) for item in outline), f"{heading!r} not in the outline"
    for number, lines in enumerate(_page_lines(pdf, pages)[:-1], start=1):
        last = lines[-1]
        ends = [h for h in headings if last in h and (len(last) > 12 or last == h)]
        assert not ends, f"page {number} of {pages} ends on the heading {ends[0]!r} ({last!r})"


def _fonts_drawing(html_path: Path, texts: list[str]) -> dict[str, set[str]]:
    """For each text, the fonts Chromium really draws its glyphs with (DevTools'
    CSS.getPlatformFontsForNode): a font without the glyphs would not be among them."""
    from playwright.sync_api import sync_playwright

    found: dict[str, set[str]] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=BROWSER, args=list(pdf_module.CHROMIUM_ARGS))
        try:
            page = browser.new_page()
            page.goto(html_path.resolve().as_uri())
            page.emulate_media(media="print")
            cdp = page.context.new_cdp_session(page)
            cdp.send("DOM.enable")
            cdp.send("CSS.enable")
            root = cdp.send("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
            for text in texts:  # every element whose own text holds it (the title and data draw nothing)
                search = cdp.send("DOM.performSearch", {"query": f"//*[text()[contains(., '{text}')]]"})
                assert search["resultCount"] and root, f"{text} is not in the page"
                nodes = cdp.send(
                    "DOM.getSearchResults",
                    {"searchId": search["searchId"], "fromIndex": 0, "toIndex": search["resultCount"]},
                )["nodeIds"]
                found[text] = {
                    font["familyName"]
                    for node in nodes
                    for font in cdp.send("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
                    if font["glyphCount"] > 0
                }
        finally:
            browser.close()
    return found


@needs_browser
@needs_poppler
@pytest.mark.slow
def test_names_in_tamil_devanagari_chinese_and_arabic_are_drawn_with_fonts_that_have_them(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    (tamil, _, _), *others = NAMES.values()
    project.profile.name = tamil
    for contact, (name, _, _) in zip(project.contacts, others, strict=False):
        contact.name = name
    html_path, pdf = export_report(project, to="pdf", output=tmp_path, settings=settings)
    page, css, fonts = html_path.read_text(encoding="utf-8"), _report_css(), _poppler("pdffonts", str(pdf))
    text = _poppler("pdftotext", str(pdf), "-")
    drawing = _fonts_drawing(html_path, [name for name, _, _ in NAMES.values()])
    for script, (name, family, embedded) in NAMES.items():
        assert name in page and f'"{family}"' in css, f"the report's fonts do not name {family}"
        assert family in drawing[name], f"{script} ({name}) is drawn with {drawing[name]}, not {family}"
        if embedded:
            assert embedded in fonts, f"{script} ({name}) is printed without a {family} font:\n{fonts}"
        if script != "Arabic":  # pdftotext gives right-to-left text in visual order
            assert name in text, f"the {script} name is not in the PDF's text"


def _report_css() -> str:
    from infokit.report.exporter import TEMPLATES

    return (TEMPLATES / "infokit_report" / "report.css").read_text(encoding="utf-8")
