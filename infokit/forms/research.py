"""Notebook 01: what you read about the field and the organisation, with sources."""

from __future__ import annotations

from datetime import date

from infokit import actions
from infokit.forms import base

ABOUT = [("The field or occupation", "field"), ("The interviewee's organisation", "organization")]
ABOUT_LABELS = {"field": "The field", "organization": "Their organisation"}


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
            self.field("text", self.text),
            self.field("source", self.source),
            self.field("added_on", self.on, "on"),
            base.button("Save note", self.save, "research-save", "primary"),
            base.heading("Your notes"),
            self.saved_notes,
            base.row([self.pick, base.button("Delete note", self.remove, "research-delete", "danger")]),
        ]
        self.refresh()

    def refresh(self) -> None:
        self.project = self.load()
        notes = self.project.research
        rows = [
            [ABOUT_LABELS[n.about], n.text, n.source, n.added_on.isoformat() if n.added_on else ""]
            for n in notes
        ]
        self.saved_notes.value = (
            base.table(["About", "Note", "Source", "Date"], rows) if rows else "<i>No notes yet.</i>"
        )
        self.pick.options = [("", ""), *((n.text[:60], n.id) for n in notes)]
        self.pick.value = ""

    def save(self) -> None:
        if self.repeated("That note"):
            return
        if self.on.value is None:
            self.clear()
            self.mark("added_on", "Read on: type a real day (or pick one): the box is empty or not a date")
            return
        ok = self.attempt(
            actions.add_research, self.text.value, self.source.value, about=self.about.value, on=self.on.value
        )
        if ok:
            self.empty({self.text: "", self.source: ""})
            self.refresh()

    def remove(self) -> None:
        picked = self.pick.value
        if not picked:
            self.note("Pick the note to delete first.")
            return
        label = dict((v, k) for k, v in self.pick.options)[picked]

        def delete() -> None:
            if self.undoable("Deleted the note", actions.remove_research, picked):
                self.refresh()

        self.ask(f"Delete the note “{label}”?", "Yes, delete", delete)


def research_form(workspace: actions.WorkspaceLike = None) -> ResearchForm:
    return ResearchForm(workspace)
