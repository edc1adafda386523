"""Notebook 01: what you read about the field and the organisation, with sources."""

from __future__ import annotations

from datetime import date

import ipywidgets as w

from infokit import actions
from infokit.forms import base

ABOUT = [("The field or occupation", "field"), ("The interviewee's organisation", "organization")]


class ResearchForm(base.Form):
    """Add research notes (each with its source) and see the ones saved."""

    name = "research"

    def build(self) -> None:
        self.about = base.choice("About", ABOUT, "field", "research-about")
        self.text = base.area("What you learned", cls="research-text", rows=4)
        self.source = base.text(
            "Source", cls="research-source", placeholder="a web address, a report's title..."
        )
        self.on = base.day("Read on", date.today(), "research-on")
        self.saved_notes = base.html_box(cls="research-list")
        self.pick = base.choice("Note to delete", [("", "")], "", "research-pick")
        self.body = [
            self.about,
            self.text,
            self.source,
            self.on,
            base.button("Save note", self.save, "research-save", "primary"),
            base.heading("Your notes"),
            self.saved_notes,
            w.HBox([self.pick, base.button("Delete note", self.remove, "research-delete", "danger")]),
        ]
        self.refresh()

    def refresh(self) -> None:
        notes = self.project.research
        rows = [[n.about, n.text, n.source, n.added_on.isoformat() if n.added_on else ""] for n in notes]
        self.saved_notes.value = (
            base.table(["About", "Note", "Source", "Date"], rows) if rows else "<i>No notes yet.</i>"
        )
        self.pick.options = [("", ""), *((n.text[:60], n.id) for n in notes)]
        self.pick.value = ""

    def save(self) -> None:
        ok = self.attempt(
            actions.add_research, self.text.value, self.source.value, about=self.about.value, on=self.on.value
        )
        if ok:
            self.text.value = ""
            self.source.value = ""
            self.refresh()

    def remove(self) -> None:
        if not self.pick.value:
            self.note("Pick the note to delete first.")
        elif self.attempt(actions.remove_research, self.pick.value):
            self.refresh()


def research_form(workspace: actions.WorkspaceLike = None) -> ResearchForm:
    return ResearchForm(workspace)
