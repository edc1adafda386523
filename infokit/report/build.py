"""Build the report notebook from a project.

The report *is* a notebook, so it can be exported as ``.ipynb``, opened in
JupyterLab, and converted by nbconvert like any other. Its shape:

* Markdown cells hold only the kit's own headings (``# Informational
  interview report``, ``## Questions``...), never a character a student typed:
  Markdown passes raw HTML through and turns ``[x](...)`` into links, so no
  amount of escaping makes it a safe home for student text.
* Each section's content is one code cell with an empty source and a
  ``display_data`` output: ``text/html`` rendered by
  :mod:`infokit.report.render` (Jinja2 autoescape, then nh3), and for the
  timeline an ``image/svg+xml`` picture whose ``text/plain`` is its alt text.
  Nothing needs executing and nothing is ever executed: an empty cell is
  skipped even by ``nbconvert --execute``.
* ``metadata.infokit`` carries the embedded data (see
  :mod:`infokit.report.embed`), ``metadata.kernelspec`` lets JupyterLab open it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import nbformat
from nbformat import NotebookNode
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from infokit.model import Project, validate_project
from infokit.plots.timeline import timeline_alt, timeline_events, timeline_svg
from infokit.progress import progress
from infokit.questions import PlanReport, check_plan
from infokit.report import sections
from infokit.report.embed import METADATA_KEY, make_payload
from infokit.report.render import render_fragment
from infokit.settings import Settings

TITLE = "Informational interview report"
REPORT_TAG = "infokit-report"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}
_LOCKED = {"editable": False, "deletable": False, "tags": [REPORT_TAG]}


def build_notebook(
    project: Project,
    settings: Settings,
    *,
    include_contact_details: bool = False,
) -> NotebookNode:
    """The report as a valid nbformat v4 notebook: kit headings, section outputs, embedded data."""
    exported_at = datetime.now(UTC).replace(microsecond=0)
    if settings.report.title_page:  # the assignment asks for the interviewee's details up front
        include_contact_details = True
    payload = make_payload(
        project,
        include_contact_details=include_contact_details,
        course=settings.assignment.course,
        title=settings.assignment.title,
        exported_at=exported_at,
    )
    if not include_contact_details:  # what is shown is what is embedded: details left out
        project = validate_project(payload["project"])
    events = timeline_events(project)
    facts = sections.Facts(
        project=project,
        settings=settings,
        steps=progress(project, settings, today=exported_at.astimezone(settings.zone).date()),
        plan=check_questions(project, settings),
        events=events,
        exported_at=exported_at,
        include_contact_details=include_contact_details,
        version=_version(),
    )
    name = project.profile.name
    nb = new_notebook(
        metadata={
            "kernelspec": dict(KERNELSPEC),
            "language_info": {"name": "python"},
            "title": f"{TITLE}: {name}" if name else TITLE,
            METADATA_KEY: payload,
        }
    )
    cells = [
        _heading("title", f"# {TITLE}"),
        _content("cover", [_html(render_fragment("cover", sections.cover(facts)))]),
    ]
    for section_id, heading, data in sections.SECTIONS:
        if section_id == "reflection" and settings.sections:
            cells += _assigned_cells(facts)
        outputs = [_html(render_fragment(section_id, data(facts)))]
        if section_id == "timeline":
            outputs[:0] = _figure(events, timeline_svg(events))
        cells += [_heading(f"{section_id}-heading", f"## {heading}"), _content(section_id, outputs)]
    nb.cells = cells
    nbformat.validate(nb)
    return nb


def _assigned_cells(facts: sections.Facts) -> list[NotebookNode]:
    """The assignment's own sections: a kit heading, then their titles and text as HTML."""
    html = render_fragment("assigned", sections.assigned(facts))
    return [
        _heading("assigned-heading", f"## {sections.ASSIGNED_HEADING}"),
        _content("assigned", [_html(html)]),
    ]


def check_questions(project: Project, settings: Settings) -> PlanReport:
    """What the question checker says about the plan, timed against the meeting actually planned."""
    minutes = project.meeting.planned_minutes if project.meeting else None
    research = [note.text for note in project.research]
    return check_plan(project.questions, settings=settings, meeting_minutes=minutes, research=research)


def _version() -> str:
    from infokit._version import __version__

    return __version__


def _heading(cell_id: str, text: str) -> NotebookNode:
    return new_markdown_cell(text, id=cell_id, metadata=dict(_LOCKED))


def _content(cell_id: str, outputs: list[NotebookNode]) -> NotebookNode:
    metadata = {**_LOCKED, "jupyter": {"source_hidden": True}}
    return new_code_cell("", id=cell_id, metadata=metadata, outputs=outputs, execution_count=None)


def _html(fragment: str) -> NotebookNode:
    return new_output("display_data", data={"text/html": fragment})


def _figure(events: list[Any], svg: str | None) -> list[NotebookNode]:
    if svg is None:
        return []
    alt = timeline_alt(events)
    data = {"image/svg+xml": svg, "text/plain": alt}
    return [new_output("display_data", data=data, metadata={"image/svg+xml": {"alt": alt}})]
