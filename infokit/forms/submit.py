"""Notebook 06: progress as a picture, what is missing, the report's preview and export."""

from __future__ import annotations

import html
from pathlib import Path

from infokit import actions
from infokit.forms import base, files
from infokit.plots._figure import to_png
from infokit.progress import progress

BUSY = (
    "<span class='infokit-busy' role='status'><style>@keyframes infokit-spin{to{transform:rotate(360deg)}}"
    "</style><span aria-hidden='true' style='display:inline-block;width:0.9em;height:0.9em;border:2px solid "
    "#1565c0;border-right-color:transparent;border-radius:50%;animation:infokit-spin 0.9s linear infinite;"
    "vertical-align:-0.1em'></span> {text}</span>"
)


class ProgressForm(base.Form):
    """Every step done or not as a picture, and the list of what is still missing."""

    name = "progress"

    def build(self) -> None:
        self.image = base.html_box(cls="progress-image")
        self.missing = base.html_box(cls="progress-missing")
        self.body = [self.image, self.missing, base.button("Refresh", self.refresh, "progress-refresh")]
        self.refresh()

    def refresh(self) -> None:
        from infokit.plots.steps import steps_figure

        project = self.load()
        steps = progress(project, self.settings)
        done = [s.label for s in steps if s.done]
        alt = f"Steps done: {', '.join(done) or 'none yet'}. Steps to do: " + (
            ", ".join(s.label for s in steps if not s.done) or "none"
        )
        self.image.value = base.picture(to_png(steps_figure(project, self.settings)), alt + ".")
        items = []
        for step in steps:
            for text in step.missing:
                late = " <b>(late)</b>" if step.late else ""
                items.append(f"<li><b>{html.escape(step.label)}</b>: {html.escape(text)}{late}</li>")
            for text in step.warnings:
                items.append(f"<li><b>{html.escape(step.label)}</b>: <i>{html.escape(text)}</i></li>")
        self.missing.value = (
            f"<p>Still to do:</p><ul>{''.join(items)}</ul>" if items else "<p>✔ Every step is done.</p>"
        )


class ExportForm(base.Form):
    """Write the report (HTML always, PDF when a Chromium is found) into the workspace folder,
    then offer each file for download (its bytes travel with the link) and to open."""

    name = "export"

    def build(self) -> None:
        self.private = base.tickbox(
            "Include my contacts' email addresses and phone numbers", cls="export-private"
        )
        self.private_note = base.html_box(cls="export-private-note")
        if self.settings.report.title_page:  # the report includes them whatever the box says
            self.private.value, self.private.disabled = True, True
            self.private_note.value = (
                "<p class='infokit-note'>Contact details are included because this assignment asks"
                " for a title page with your interviewee's details.</p>"
            )
        from infokit.report.pdf import find_browser

        browser = find_browser() is not None
        note = (
            "Also make a PDF" if browser else "Also make a PDF (needs Chromium, not found on this computer)"
        )
        self.pdf = base.tickbox(note, browser, cls="export-pdf")
        self.pdf.disabled = not browser
        self.run = base.button("Export my report", self.export, "export-run", "primary")
        self.busy = base.html_box(cls="export-busy")
        self.links = base.html_box(cls="export-links")
        self.preview = base.html_box(cls="export-preview")
        self.body = [self.private, self.private_note, self.pdf, self.run, self.busy, self.links, self.preview]

    def export(self) -> None:
        kind = "pdf" if self.pdf.value else "html"
        private = self.private.value
        self.run.disabled = True
        self.links.value = self.preview.value = ""
        steps = (
            "the HTML report, then the PDF (this can take half a minute)" if kind == "pdf" else "the report"
        )
        self.clear()
        self.busy.value = BUSY.replace("{text}", html.escape(f"Exporting {steps}…"))
        try:
            self._export(kind, private)
        finally:
            self.busy.value = ""
            self.run.disabled = False

    def _export(self, kind: str, private: bool) -> None:
        if self.attempt(actions.export, kind, include_contact_details=private):
            self.show(self.result)
            self.saved(f"Exported {', '.join(p.name for p in self.result)}", "download them below")
            return
        problem = self.status.value
        if kind == "pdf" and self.attempt(actions.export, "html", include_contact_details=private):
            self.show(self.result)  # the HTML is there: keep its link, say why there is no PDF
            self.status.value = problem.replace("⚠ ", "⚠ The HTML report is ready, but no PDF: ", 1)

    def show(self, made: list[Path]) -> None:
        root = files.served_root()
        folder = files.where(made[0].parent, root)
        items = "".join(f"<li>{files.links(path, root)}</li>" for path in made)
        self.links.value = f"<p>Your report is in {folder}.</p><ul class='infokit-export-files'>{items}</ul>"
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
