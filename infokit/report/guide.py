"""The printable interview guide: your questions in order, with room for notes, as one HTML page.

Plain HTML with its own small stylesheet (no scripts, nothing fetched), every
piece of student text escaped, so it opens and prints the same anywhere.
"""

from __future__ import annotations

import html
from pathlib import Path

from infokit.model import Project
from infokit.store import write_atomic

GUIDE_FILE = "interview-guide.html"
PRIORITY = {1: "must ask", 2: "should ask", 3: "if time allows"}
STYLE = """
body { font-family: Georgia, serif; max-width: 44em; margin: 2em auto; line-height: 1.4; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } .meta { color: #444; }
ol li { margin: 0.9em 0 1.6em; page-break-inside: avoid; }
.tag { font-size: 0.8em; color: #555; } .notes { border-bottom: 1px dotted #999; height: 3.5em; }
@media print { body { margin: 0; } }
"""


def guide_html(project: Project) -> str:
    """The guide as a complete HTML page."""
    esc = html.escape
    person = project.interviewee
    who = esc(person.name) if person else "(interviewee not chosen yet)"
    where = esc(", ".join(x for x in (person.role, person.organization) if x)) if person else ""
    meta = []
    if project.meeting is not None:
        from infokit.outreach.schedule import describe_when

        m = project.meeting
        meta.append(f"{esc(describe_when(m))}, {m.planned_minutes} minutes")
        if m.place:
            meta.append(esc(m.place))
    total = sum(q.minutes for q in project.questions)
    meta.append(f"{len(project.questions)} questions, about {total:g} minutes if all are asked")
    items = "".join(
        f"<li>{esc(q.text)}<br><span class='tag'>{PRIORITY[q.priority]} · ~{q.minutes:g} min"
        f"{' · ' + esc(q.tiara) if q.tiara else ''}</span><div class='notes'></div></li>"
        for q in project.questions
    )
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>Interview guide: {who}</title><style>{STYLE}</style></head><body>"
        f"<h1>Interview with {who}</h1><p class='meta'>{where}</p>"
        f"<p class='meta'>{'<br>'.join(meta)}</p>"
        "<p>Thank them for their time · say what you hope to learn · keep to the time you asked for.</p>"
        f"<ol>{items or '<li>No questions yet.</li>'}</ol>"
        "<p>Before you leave: whom else should I talk to? May I mention your name?</p>"
        f"<p class='meta'>{esc(project.profile.name)}</p></body></html>\n"
    )


def write_guide(project: Project, folder: Path) -> Path:
    """Write the guide into ``folder`` (the workspace) and return its path."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / GUIDE_FILE
    write_atomic(target, guide_html(project))
    return target
