"""Print the HTML report to PDF with a Chromium-family browser; no LaTeX, no download.

The browser is the first of ``chromium``, ``chromium-browser``,
``google-chrome``... on ``PATH``, else the Chromium Playwright installed
itself, if any. Playwright drives it when importable (nbconvert's
``WebPDFExporter`` cannot be pointed at a browser's path); otherwise, or
when Playwright cannot drive that browser, Chromium's own ``--headless
--print-to-pdf``. The page is opened offline
from the local file. Playwright's sync API runs in a worker thread, because
inside a Jupyter kernel the calling thread already runs an event loop.

When no browser is found or printing fails, a :class:`ReportError` says where
the HTML report is and how to get a PDF from it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

from infokit.errors import ReportError

BROWSERS: tuple[str, ...] = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
)
CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
T = TypeVar("T")

TIMEOUT = 90.0
"""Seconds a browser gets to start and print before the PDF is given up."""

PAPERS: tuple[str, ...] = ("A4", "Letter")
MARGINS = {"top": "16mm", "bottom": "18mm", "left": "14mm", "right": "14mm"}
# Chromium fills the pageNumber/totalPages spans; the footer has no outside resource.
FOOTER = (
    '<div style="width:100%;font-size:8pt;color:#5b6570;text-align:center;'
    'font-family:system-ui,sans-serif">Page <span class="pageNumber"></span>'
    ' of <span class="totalPages"></span></div>'
)


def find_browser() -> str | None:
    """The path of a Chromium-family browser to print with, or None."""
    for name in BROWSERS:
        path = shutil.which(name)
        if path:
            return path
    return _playwright_browser()


def _playwright_browser() -> str | None:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None

    def bundled() -> str:
        with sync_playwright() as playwright:
            return playwright.chromium.executable_path

    try:
        path = _in_thread(bundled)
    except Exception:  # no driver, broken install: simply no browser
        return None
    return path if path and Path(path).is_file() else None


def no_browser_message(html: Path) -> str:
    return (
        f"no Chromium or Chrome was found to print a PDF; the HTML report is written to {html}: "
        "open it in a browser and print it to PDF, or install chromium and export again"
    )


def print_pdf(
    html: Path, pdf: Path, *, paper: str = "A4", browser: str | None = None, timeout: float = TIMEOUT
) -> Path:
    """Print ``html`` (a local file) to ``pdf`` on ``paper`` (A4 or Letter): tagged, with an outline
    from the headings and page numbers. ReportError when there is no browser or it fails."""
    if paper not in PAPERS:
        raise ReportError(f"paper size {paper!r} is not one of {', '.join(PAPERS)}")
    browser = browser or find_browser()
    if browser is None:
        raise ReportError(no_browser_message(html))
    partial = pdf.with_name(f".{pdf.name}.tmp-{os.getpid()}")
    try:
        _print(browser, html, partial, paper, timeout)
        os.replace(partial, pdf)
    except Exception as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:160]
        raise ReportError(
            f"{browser} could not print the PDF ({reason}); the HTML report is at {html}: "
            "open it in a browser and print it to PDF"
        ) from exc
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    return pdf


def _print(browser: str, html: Path, out: Path, paper: str, timeout: float) -> None:
    """Playwright first when importable; Chromium's own printing if it is not, or if it fails."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        pass
    else:
        # A Playwright that cannot drive this browser (too old, too new): try the browser alone.
        with contextlib.suppress(Exception):
            _in_thread(lambda: _print_with_playwright(browser, html, out, paper, timeout))
            if out.is_file() and out.stat().st_size > 0:
                return
    _print_with_cli(browser, html, out, timeout)
    if not out.is_file() or out.stat().st_size == 0:
        raise RuntimeError("no PDF came out")


def _in_thread(job: Callable[[], T]) -> T:
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="infokit-pdf") as pool:
        return pool.submit(job).result()


def _print_with_playwright(browser: str, html: Path, out: Path, paper: str, timeout: float) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=browser, args=list(CHROMIUM_ARGS), timeout=timeout * 1000
        )
        try:
            context = chromium.new_context(offline=True, java_script_enabled=False)
            page = context.new_page()
            page.goto(html.resolve().as_uri(), wait_until="load", timeout=timeout * 1000)
            page.pdf(
                path=str(out),
                format=paper,
                margin=MARGINS,
                print_background=True,
                display_header_footer=True,
                header_template="<span></span>",
                footer_template=FOOTER,
                tagged=True,
                outline=True,
            )
        finally:
            chromium.close()


def _print_with_cli(browser: str, html: Path, out: Path, timeout: float) -> None:
    with tempfile.TemporaryDirectory(prefix="infokit-chromium-") as profile:
        command = [
            browser,
            *CHROMIUM_ARGS,
            f"--user-data-dir={profile}",
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            f"--print-to-pdf={out}",
            html.resolve().as_uri(),
        ]
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit status {done.returncode}"])[-1]
        raise RuntimeError(last)
