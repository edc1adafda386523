"""What the instructor reads: the student's work rendered from the data that was graded.

A report's visible page and its embedded data are written together, but a file
can be edited by hand afterwards; the grader scores the data, so the instructor
reads the data too (:func:`review_html`, every piece of text escaped), and a
report whose visible text no longer shows what its data says is flagged
(:func:`visible_mismatch`).
"""

from __future__ import annotations

import html
import re

from infokit import essay
from infokit.model import Project
from infokit.settings import Settings, default_settings

REPORT_MARK = 'class="infokit-report'
"""The real exporter's pages carry this; pages without it (hand-made, demos) have no visible copy."""
_SPACE = re.compile(r"\s+")


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


def review_html(project: Project, settings: Settings | None = None) -> str:
    """The reflection, the questions with their notes, the interview notes and the thank-you, as HTML;
    then the report sections, titled as the assignment (``settings``) names them."""
    settings = settings or default_settings()
    parts = [f"<h3>{_text(project.profile.name or 'Unnamed student')}</h3>"]
    reflection = project.reflection
    shown = essay.shown_prompts(reflection.framework, reflection.answers, settings)
    parts.append(f"<h4>Reflection ({reflection.word_count()} words)</h4>")
    for key, prompt in shown:
        answer = reflection.answers.get(key, "")
        parts.append(f"<p><b>{_text(prompt)}</b><br>{_text(answer) or '<i>not answered</i>'}</p>")
    parts.append(f"<h4>Questions ({len(project.questions)})</h4><ol>")
    for question in project.questions:
        notes = f"<br><i>Notes:</i> {_text(question.answer_notes)}" if question.answer_notes else ""
        parts.append(f"<li>{_text(question.text)}{notes}</li>")
    parts.append("</ol>")
    notes = project.interview
    if notes.observations or notes.free_notes:
        parts.append("<h4>Interview notes</h4>")
        parts += [f"<p>{_text(text)}</p>" for text in (notes.observations, notes.free_notes) if text]
    if project.thank_you.text:
        sent = project.thank_you.sent_on
        parts.append(f"<h4>Thank-you{f' (sent {sent})' if sent else ' (not sent)'}</h4>")
        parts.append(f"<p>{_text(project.thank_you.text)}</p>")
    parts += _sections_review(project, {section.id: section.title for section in settings.sections})
    return "\n".join(parts)


# --- Report sections (issue 13) --------------------------------------------------------


def _sections_review(project: Project, titles: dict[str, str]) -> list[str]:
    """The student's report sections, with their references."""
    parts: list[str] = []
    for section_id, written in project.sections.items():
        title = titles.get(section_id) or f"Section {section_id}"
        parts.append(f"<h4>{_text(title)} ({written.word_count()} words)</h4>")
        parts.append(f"<p>{_text(written.text) or '<i>not written</i>'}</p>")
        if written.references:
            parts.append("<ol>" + "".join(f"<li>{_text(r)}</li>" for r in written.references) + "</ol>")
    return parts


def _section_texts(project: Project) -> list[tuple[str, str]]:
    return [(f"the section '{section_id}'", written.text) for section_id, written in project.sections.items()]


# --- end of report sections --------------------------------------------------------------


_HIDDEN = re.compile(r"<!--(?:.*?-->|.*)|<(script|style)\b(?:.*?</\1\s*>|.*)", re.IGNORECASE | re.DOTALL)
"""Unclosed, a comment or a script hides the rest of the page (as in a browser), and each is scanned once."""
_TAG = re.compile(r"<[^<>]*>")
"""A tag; a stray "<" ends at the next one, so a page full of them is still read in one pass."""


def visible_text(page: str) -> str:
    """The text a browser shows of ``page``'s main part (no scripts, styles or comments), spaces collapsed.

    Regular expressions rather than a parser: this runs on every report of a batch and must cost
    little next to reading the file; the exporter's own pages are well formed.
    """
    return _visible(_main(page))


def _visible(main: str) -> str:
    return _plain(html.unescape(_TAG.sub(" ", main)))


def _main(page: str) -> str:
    """The page's main part (the whole page when it has none), scripts, styles and comments dropped."""
    start = page.find("<main")
    end = page.rfind("</main>")
    if start >= 0 and end > start:
        page = page[start:end]
    return _HIDDEN.sub(" ", page)


def _plain(text: str) -> str:
    return " ".join(text.split()).casefold()


def _shown_as_written(main: str, text: str) -> bool:
    """Whether ``text`` stands in ``main`` as the exporter writes it: each line escaped, in order, in
    the page's text (not inside a tag or a comment), with nothing but tags and spaces between lines.

    When this holds, the text is surely in :func:`visible_text`; when it does not, that slower
    reading decides. Most reports pass here, which spares reading the whole page as text.
    """
    lines = [html.escape(line.strip(), quote=False) for line in text.splitlines() if line.strip()]
    at = main.find(lines[0]) if lines else -1
    if at < 0 or main.rfind("<", 0, at) > main.rfind(">", 0, at):
        return False
    end = at + len(lines[0])
    for line in lines[1:]:
        at = main.find(line, end)
        if at < 0 or _TAG.sub("", main[end:at]).strip():
            return False
        end = at + len(line)
    return True


def visible_mismatch(page: str, project: Project) -> str:
    """What the report's visible text no longer shows of its data ('' when it all shows, or when
    the page is not one the exporter wrote). The reflection answers and the thank-you are
    compared, whole: the texts a grade rests on."""
    if REPORT_MARK not in page:
        return ""
    main = _main(page)
    visible: str | None = None
    texts = [("the reflection", a) for a in project.reflection.answers.values()]
    texts.append(("the thank-you", project.thank_you.text))
    texts += _section_texts(project)
    for what, text in texts:
        wanted = _plain(text)
        if not wanted or _shown_as_written(main, text):
            continue
        if visible is None:
            visible = _visible(main)
        if wanted not in visible:
            return what
    return ""
