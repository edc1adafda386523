"""Notebook 01: the people you could interview, their status, and whom you choose."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

import ipywidgets as w

from infokit import actions
from infokit.forms import base
from infokit.model import SOURCES, Contact, ContactStatus, Project
from infokit.outreach.schedule import contact_plan

NEW = "__new__"
RELATIONSHIPS = [
    ("I don't know them yet", "none"),
    ("An acquaintance", "acquaintance"),
    ("A relative", "relative"),
    ("A close friend", "close-friend"),
]
CHANNELS = [("Any way", "any"), ("Email", "email"), ("Phone", "phone"), ("Message", "message")]
NEXT: dict[ContactStatus, str] = {
    ContactStatus.IDENTIFIED: "ask for a conversation (notebook 03)",
    ContactStatus.REQUESTED: "wait for a reply; follow up as planned",
    ContactStatus.SCHEDULED: "prepare, then hold the interview",
    ContactStatus.INTERVIEWED: "send your thank-you note",
    ContactStatus.THANKED: "tell them later how their advice helped",
    ContactStatus.FOLLOWED_UP: "nothing more for now",
}


def reply_warning(contact: Contact, settings: Any = None, today: date | None = None) -> str:
    """What the follow-up plan says about a request with no reply yet ('' when nothing is due)."""
    due = [step for step in contact_plan(contact, settings, today) if step.due]
    return due[-1].action if due else ""


def tracker_rows(project: Project, settings: Any = None, today: date | None = None) -> list[list[str]]:
    """One row per contact: who, where found, status since when, next action, warnings."""
    rows = []
    for c in project.contacts:
        since = c.history[-1].on.isoformat() if c.history else ""
        warn = []
        if c.is_close_tie:
            warn.append(f"a {c.relationship.replace('-', ' ')}: someone less familiar teaches you more")
        reply = reply_warning(c, settings, today)
        if reply:
            warn.append(reply)
        chosen = "★ " if c.id == project.interviewee_id else ""
        where = f"{c.role}, {c.organization}".strip(", ")
        rows.append(
            [
                chosen + c.name,
                where,
                SOURCES[c.source],
                c.status.value,
                since,
                NEXT[c.status],
                "; ".join(warn),
            ]
        )
    return rows


class ContactsForm(base.Form):
    """Add and edit contacts, move their status on, choose the interviewee."""

    name = "contacts"
    TEXT = (
        ("name", "Name"),
        ("role", "Role or job title"),
        ("organization", "Organisation"),
        ("referred_by", "Referred by"),
        ("email", "Email"),
        ("phone", "Phone"),
    )

    def build(self) -> None:
        self.pick = base.choice("Contact", self._options(), NEW, "contact-pick")
        self.pick.observe(lambda _change: self.show(), names="value")
        self.fields: dict[str, Any] = {
            key: base.text(label, cls=f"contact-{key}") for key, label in self.TEXT
        }
        self.fields["source"] = base.choice(
            "Where you found them", [(v, k) for k, v in SOURCES.items()], "other"
        )
        self.fields["relationship"] = base.choice("How you know them", RELATIONSHIPS, "none")
        self.fields["preferred_channel"] = base.choice("They prefer", CHANNELS, "any")
        self.fields["notes"] = base.area("Notes", cls="contact-notes")
        self.new_status = base.choice(
            "New status", [s.value for s in ContactStatus][1:], cls="contact-status"
        )
        self.status_on = base.day("On", date.today(), "contact-status-on")
        self.tracker = base.html_box(cls="contact-tracker")
        self.body = [
            self.pick,
            *self.fields.values(),
            w.HBox(
                [
                    base.button("Save contact", self.save, "contact-save", "primary"),
                    base.button("Delete contact", self.remove, "contact-delete", "danger"),
                    base.button("I will interview this person", self.choose, "contact-choose", "success"),
                ]
            ),
            base.heading("Status"),
            w.HBox([self.new_status, self.status_on]),
            w.HBox(
                [
                    base.button("Record status", self.move, "contact-move"),
                    base.button("Undo last status", self.undo, "contact-undo"),
                ]
            ),
            base.heading("Your contacts"),
            self.tracker,
        ]
        self.refresh()

    def _options(self) -> list[tuple[str, str]]:
        return [("(add a new contact)", NEW), *((c.name, c.id) for c in self.project.contacts)]

    def current(self) -> Contact | None:
        return self.project.contact(self.pick.value) if self.pick.value != NEW else None

    def show(self) -> None:
        """Fill the fields from the picked contact (or clear them for a new one)."""
        contact = self.current()
        blank = Contact(name="?")
        for key, widget in self.fields.items():
            value = getattr(contact or blank, key)
            widget.value = "" if contact is None and key == "name" else value
        later = [s.value for s in ContactStatus if contact is None or s.rank > contact.status.rank]
        self.new_status.options = later or ["followed-up"]

    def values(self) -> dict[str, Any]:
        return {key: widget.value for key, widget in self.fields.items()}

    def refresh(self, select: str | None = None) -> None:
        keep = select or self.pick.value
        self.pick.options = self._options()
        self.pick.value = keep if self.project.contact(keep) else NEW
        self.show()
        rows = tracker_rows(self.project, self.settings)
        headers = ["Name", "Role", "Found through", "Status", "Since", "Next", "Watch out"]
        self.tracker.value = base.table(headers, rows) if rows else "<i>No contacts yet.</i>"

    def save(self) -> None:
        contact = self.current()
        values = self.values()
        if contact is None:
            ok = self.attempt(actions.add_contact, **values)
        else:
            ok = self.attempt(actions.edit_contact, contact.id, **values)
        if ok:
            self.refresh(self.result.id)

    def remove(self) -> None:
        contact = self.current()
        if contact is None:
            self.note("Pick a contact to delete first.")
        elif self.attempt(actions.remove_contact, contact.id):
            self.refresh(NEW)

    def choose(self) -> None:
        contact = self.current()
        if contact is None:
            self.note("Save the contact first, then choose them.")
        elif self.attempt(actions.choose_interviewee, contact.id):
            self.refresh()
            self.saved(f"{contact.name} is your interviewee; saved")

    def move(self) -> None:
        contact = self.current()
        if contact is None:
            self.note("Pick a saved contact first.")
        elif self.attempt(actions.set_status, contact.id, self.new_status.value, on=self.status_on.value):
            self.refresh()

    def undo(self) -> None:
        contact = self.current()
        if contact is not None and self.attempt(actions.undo_status, contact.id):
            self.refresh()


def contacts_form(workspace: actions.WorkspaceLike = None) -> ContactsForm:
    return ContactsForm(workspace)


def where_to_look() -> w.HTML:
    """The kinds of places contacts come from, as a list to scan for ideas."""
    items = "".join(f"<li>{html.escape(label)}</li>" for label in SOURCES.values() if label != "Other")
    return base.html_box(f"<ul style='columns:2'>{items}</ul>", "sources")
