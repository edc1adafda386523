"""Notebook 05: the report sections the instructor's assignment asks for, and the title page's address.

One box per section with its title and guidance and a live word count against
its limits; a references box (one per line, in the named citation style) where
the section must cite sources. Like the reflection form, Save sends only the
boxes typed in since the form loaded, so a section saved meanwhile elsewhere is
kept, and unsaved typing survives a kernel restart.
"""

from __future__ import annotations

import html

import ipywidgets as w

from infokit import actions
from infokit.forms import base
from infokit.forms.unsaved import Tracked
from infokit.model import Project
from infokit.settings import SectionSetting, Settings

NO_SECTIONS = "Your assignment asks for no report sections of its own: nothing to do here."
ADDRESS = "address"
"""The tracked key of the interviewee's mailing address (section ids never contain '-')."""


def _text_key(section_id: str) -> str:
    return f"{section_id}-text"


def _refs_key(section_id: str) -> str:
    return f"{section_id}-references"


def count_words(text: str, spec: SectionSetting) -> tuple[str, bool]:
    """The word count of ``text`` against the section's limits, and whether it is within them."""
    words = len(text.split())
    lo, hi = spec.min_words, spec.max_words
    within = (lo is None or words >= lo) and (hi is None or words <= hi)
    if lo is not None and hi is not None:
        asked = f" (asked for {lo} to {hi})"
    elif lo is not None:
        asked = f" (asked for at least {lo})"
    elif hi is not None:
        asked = f" (asked for at most {hi})"
    else:
        asked = ""
    return f"{words} {'word' if words == 1 else 'words'}{asked}", within


class SectionsForm(base.Form):
    """The assignment's report sections, one box each, and the interviewee's address when asked."""

    name = "sections"

    def build(self) -> None:
        specs = self.settings.sections
        self.title_page = self.settings.report.title_page
        self.boxes: dict[str, w.Textarea] = {}
        self.counts: dict[str, w.HTML] = {}
        self.track = Tracked(self.unsaved, self._saved, self.project)
        if not specs and not self.title_page:
            self.body = [base.html_box(html.escape(NO_SECTIONS), "sections-none")]
            return
        body: list[w.Widget] = []
        if not specs:
            body.append(base.html_box(html.escape(NO_SECTIONS), "sections-none"))
        saved = self._saved(self.project)
        for spec in specs:
            body += self._section(spec, saved)
        if self.title_page:
            body += self._address(saved)
        body.append(base.button("Save report sections", self.save, "sections-save", "primary"))
        self.body = body
        self.track.bind(self.boxes)
        self.track.offer(self.extra, base.button, base.html_box)

    def _section(self, spec: SectionSetting, saved: dict[str, str]) -> list[w.Widget]:
        parts: list[w.Widget] = [base.heading(spec.title)]
        if spec.guidance:
            parts.append(base.html_box(html.escape(spec.guidance), f"sections-{spec.id}-guidance"))
        box = base.area(  # the placeholder is the box's accessible name, as in the reflection form
            "",
            saved[_text_key(spec.id)],
            f"sections-{spec.id}-text",
            rows=8,
            placeholder=f"Your text: {spec.title}",
        )
        count = base.html_box(cls=f"sections-{spec.id}-count")
        self.boxes[_text_key(spec.id)], self.counts[spec.id] = box, count
        box.observe(lambda _change, spec=spec: self.words(spec), names="value")
        parts += [self.field(_text_key(spec.id), box, spec.id), count]
        if spec.references:
            style = f" in {spec.citation_style}" if spec.citation_style else ""
            refs = base.area(
                "",
                saved[_refs_key(spec.id)],
                f"sections-{spec.id}-references",
                rows=4,
                placeholder=f"References for {spec.title}{style}, one per line",
            )
            self.boxes[_refs_key(spec.id)] = refs
            label = f"<b>References</b>{html.escape(style)}, one per line"
            parts += [base.html_box(label), self.field(_refs_key(spec.id), refs)]
        self.words(spec)
        return parts

    def _address(self, saved: dict[str, str]) -> list[w.Widget]:
        person = self.project.interviewee
        if person is None:
            note = "Your report's title page shows your interviewee's details: choose your interviewee first."
            return [base.heading("Title page"), base.html_box(html.escape(note), "sections-address-none")]
        intro = (
            f"Your report's title page shows {person.name}'s name, job title, organisation, mailing"
            " address, phone and email (edit the others in the contacts form)."
        )
        box = base.area("Mailing address", saved[ADDRESS], "sections-address", rows=3)
        self.boxes[ADDRESS] = box
        return [base.heading("Title page"), base.html_box(html.escape(intro)), self.field(ADDRESS, box)]

    def _saved(self, project: Project) -> dict[str, str]:
        values: dict[str, str] = {}
        for spec in self.settings.sections:
            written = project.sections.get(spec.id)
            values[_text_key(spec.id)] = written.text if written else ""
            if spec.references:
                values[_refs_key(spec.id)] = "\n".join(written.references) if written else ""
        person = project.interviewee
        if self.settings.report.title_page and person is not None:
            values[ADDRESS] = person.address
        return values

    def words(self, spec: SectionSetting) -> None:
        text, within = count_words(self.boxes[_text_key(spec.id)].value, spec)
        colour = base.OK if within else "#7a4f00"
        self.counts[spec.id].value = f"<span style='color:{colour}'>{html.escape(text)}</span>"

    def save(self) -> None:
        current = self.fresh()
        if current is None:
            return
        mine = self.track.changes()
        if not mine:
            self.project = current
            self.track.merge(current, mine)
            self.note("Nothing was changed, so nothing was saved.")
            return
        elsewhere = [k for k in self.track.elsewhere(current) if k not in mine]
        for spec in self.settings.sections:
            fields = {}
            if _text_key(spec.id) in mine:
                fields["text"] = mine[_text_key(spec.id)]
            if _refs_key(spec.id) in mine:
                fields["references"] = mine[_refs_key(spec.id)]
            if fields and not self.attempt(actions.set_section, spec.id, settings=self.settings, **fields):
                return
            if fields:
                self.track.baseline.update(
                    {k: mine[k] for k in (_text_key(spec.id), _refs_key(spec.id)) if k in mine}
                )
        person = current.interviewee_id
        if (
            ADDRESS in mine
            and person is not None
            and not self.attempt(actions.edit_contact, person, address=mine[ADDRESS])
        ):
            return
        self.track.merge(self.project, mine)
        if elsewhere:
            self.saved("Saved", "text saved elsewhere meanwhile is kept and now shown")


def sections_form(workspace: actions.WorkspaceLike = None, settings: Settings | None = None) -> SectionsForm:
    return SectionsForm(workspace, settings)
