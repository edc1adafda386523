"""Notebook 06: progress as a picture, what is missing, the report's preview and export."""

from __future__ import annotations

import html
import os
from pathlib import Path
from typing import Any

import ipywidgets as w
from IPython.display import HTML, display

from infokit import actions
from infokit.forms import base
from infokit.plots._figure import to_png
from infokit.progress import progress


def picture(figure: Any, cls: str) -> w.Image:
    return base._tag(w.Image(value=to_png(figure), format="png", layout=w.Layout(max_width="100%")), cls)


def link_to(path: Path, start: Path | None = None) -> str:
    """An HTML link to ``path`` relative to the notebook's folder, which JupyterLab opens itself."""
    try:
        href = os.path.relpath(path, start or Path.cwd())
    except ValueError:  # another drive on Windows
        href = path.as_uri()
    href = "/".join(html.escape(part, quote=True) for part in Path(href).parts)
    return f'<a href="{href}" target="_blank" class="infokit-file-link">{html.escape(path.name)}</a>'


class ProgressForm(base.Form):
    """Every step done or not as a picture, and the list of what is still missing."""

    name = "progress"

    def build(self) -> None:
        self.image = w.Image(format="png", layout=w.Layout(max_width="100%")).add_class(
            "infokit-progress-image"
        )
        self.missing = base.html_box(cls="progress-missing")
        self.body = [self.image, self.missing, base.button("Refresh", self.refresh, "progress-refresh")]
        self.refresh()

    def refresh(self) -> None:
        from infokit.plots.steps import steps_figure

        project = self.load()
        self.image.value = to_png(steps_figure(project, self.settings))
        items = []
        for step in progress(project, self.settings):
            for text in step.missing:
                late = " <b>(late)</b>" if step.late else ""
                items.append(f"<li><b>{html.escape(step.label)}</b>: {html.escape(text)}{late}</li>")
            for text in step.warnings:
                items.append(f"<li><b>{html.escape(step.label)}</b>: <i>{html.escape(text)}</i></li>")
        self.missing.value = (
            f"<p>Still to do:</p><ul>{''.join(items)}</ul>" if items else "<p>✔ Every step is done.</p>"
        )


class ExportForm(base.Form):
    """Write the report (HTML always, PDF when a Chromium is found) into the workspace folder."""

    name = "export"

    def build(self) -> None:
        self.private = base.tickbox(
            "Include my contacts' email addresses and phone numbers", cls="export-private"
        )
        from infokit.report.pdf import find_browser

        browser = find_browser() is not None
        note = (
            "Also make a PDF" if browser else "Also make a PDF (needs Chromium, not found on this computer)"
        )
        self.pdf = base.tickbox(note, browser, cls="export-pdf")
        self.pdf.disabled = not browser
        self.links = w.Output().add_class("infokit-export-links")
        self.preview = base.html_box(cls="export-preview")
        self.body = [
            self.private,
            self.pdf,
            base.button("Export my report", self.export, "export-run", "primary"),
            self.links,
            self.preview,
        ]

    def export(self) -> None:
        kind = "pdf" if self.pdf.value else "html"
        private = self.private.value
        if self.attempt(actions.export, kind, include_contact_details=private):
            self.show(self.result)
            self.saved(f"Exported {', '.join(p.name for p in self.result)}")
            return
        problem = self.status.value
        if kind == "pdf" and self.attempt(actions.export, "html", include_contact_details=private):
            self.show(self.result)  # the HTML is there: keep its link, say why there is no PDF
            self.status.value = problem.replace("⚠ ", "⚠ The HTML report is ready, but no PDF: ", 1)

    def show(self, made: list[Path]) -> None:
        self.links.clear_output()
        with self.links:
            display(HTML(" · ".join(link_to(path) for path in made)))
        pages = [p for p in made if p.suffix == ".html"]
        if pages:
            page = html.escape(pages[0].read_text(encoding="utf-8"), quote=True)
            self.preview.value = (
                f'<iframe sandbox="" srcdoc="{page}" title="Report preview" '
                'style="width:100%;height:36em;border:1px solid #ccc"></iframe>'
            )


def progress_form(workspace: actions.WorkspaceLike = None) -> ProgressForm:
    return ProgressForm(workspace)


def export_form(workspace: actions.WorkspaceLike = None) -> ExportForm:
    return ExportForm(workspace)
