"""Notebook 01: the people you could interview, their status, and whom you choose."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

from infokit import actions
from infokit.forms import base
from infokit.forms.unsaved import Tracked
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
STATUS_LABELS: dict[ContactStatus, str] = {
    ContactStatus.IDENTIFIED: "Found, not asked yet",
    ContactStatus.REQUESTED: "Request sent",
    ContactStatus.SCHEDULED: "Meeting arranged",
    ContactStatus.INTERVIEWED: "Interviewed",
    ContactStatus.THANKED: "Thank-you sent",
    ContactStatus.FOLLOWED_UP: "Followed up later",
}
"""Each status in the student's words (the file keeps the short value)."""
NEXT: dict[ContactStatus, str] = {
    ContactStatus.IDENTIFIED: "ask for a conversation (notebook 03)",
    ContactStatus.REQUESTED: "wait for a reply; follow up as planned",
    ContactStatus.SCHEDULED: "prepare, then hold the interview",
    ContactStatus.INTERVIEWED: "send your thank-you note",
    ContactStatus.THANKED: "tell them later how their advice helped",
    ContactStatus.FOLLOWED_UP: "nothing more for now",
}
NO_DATE = "type a real day (or pick one from the calendar): the box is empty or not a date"


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
            [chosen + c.name, where, SOURCES[c.source], STATUS_LABELS[c.status], since, NEXT[c.status],
             "; ".join(warn)]
        )  # fmt: skip
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
        self.fields: dict[str, Any] = {
            key: base.text(label, cls=f"contact-{key}") for key, label in self.TEXT
        }
        self.fields["source"] = base.choice(
            "Where you found them", [(v, k) for k, v in SOURCES.items()], "other"
        )
        self.fields["relationship"] = base.choice("How you know them", RELATIONSHIPS, "none")
        self.fields["preferred_channel"] = base.choice("They prefer", CHANNELS, "any")
        self.fields["notes"] = base.area("Notes", cls="contact-notes")
        self.pending: dict[str, dict[str, Any]] = {}
        """Unsaved edits of a contact the student switched away from, by contact id."""
        self.track = Tracked(self.unsaved, self._saved_values, self.project)
        self.track.bind(self.fields)
        self.shown = NEW
        self.pick.observe(lambda _change: self.show(), names="value")
        self.new_status = base.choice("New status", self._later(None), cls="contact-status")
        self.status_on = base.day("On", date.today(), "contact-status-on")
        self.tracker = base.html_box(cls="contact-tracker")
        self.body = [
            self.pick,
            *(self.field(key, widget) for key, widget in self.fields.items()),
            base.row(
                [
                    base.button("Save contact", self.save, "contact-save", "primary"),
                    base.button("I will interview this person", self.choose, "contact-choose", "success"),
                    base.button("Delete contact", self.remove, "contact-delete", "danger"),
                ]
            ),
            base.heading("Status"),
            base.row([self.new_status, self.field("on", self.status_on, "history", "status_on")]),
            base.row(
                [
                    base.button("Record status", self.move, "contact-move"),
                    base.button("Undo last status", self.undo, "contact-undo"),
                ]
            ),
            base.heading("Your contacts"),
            self.tracker,
        ]
        self.new_status.layout.width = "28em"
        self.refresh()
        self.track.offer(self.extra, base.button, base.html_box)

    def _options(self) -> list[tuple[str, str]]:
        return [("(add a new contact)", NEW), *((c.name, c.id) for c in self.project.contacts)]

    def _later(self, contact: Contact | None) -> list[tuple[str, str]]:
        later = [s for s in ContactStatus if s.rank > (contact.status.rank if contact else 0)]
        return [(STATUS_LABELS[s], s.value) for s in later] or [
            (STATUS_LABELS[ContactStatus.FOLLOWED_UP], ContactStatus.FOLLOWED_UP.value)
        ]

    def _saved_values(self, project: Project) -> dict[str, Any]:
        contact = project.contact(self.pick.value) if self.pick.value != NEW else None
        blank = Contact(name="?")
        values = {key: getattr(contact or blank, key) for key in self.fields}
        if contact is None:
            values["name"] = ""
        return values

    def current(self) -> Contact | None:
        return self.project.contact(self.pick.value) if self.pick.value != NEW else None

    def show(self) -> None:
        """Fill the fields from the picked contact (or clear them for a new one); an unsaved
        edit of the contact left behind is kept and comes back when it is picked again."""
        left = self.track.changes()
        if left:
            self.pending[self.shown] = left
        self.shown = self.pick.value
        self.track.baseline = self._saved_values(self.project)
        again = self.pending.pop(self.shown, {})
        for key, widget in self.fields.items():
            widget.value = again.get(key, self.track.baseline[key])
        if left:
            self.note("Your unsaved changes to the other contact are kept: pick it again to save them.")
        if again:
            self.note("Showing the changes you had not saved yet: press Save contact to keep them.")
        self.new_status.options = self._later(self.current())

    def values(self) -> dict[str, Any]:
        return self.track.values()

    def refresh(self, select: str | None = None) -> None:
        """The list and the tracker from the saved project; typed but unsaved fields stay."""
        keep = select or self.pick.value
        self.project = self.load()
        options = self._options()
        if self.pick.options != tuple(options):
            self.pick.options = options
        target = keep if self.project.contact(keep) else NEW
        if self.pick.value != target:
            self.pick.value = target
        else:
            mine = self.track.changes()
            self.track.merge(self.project, mine)
            if mine:
                self.track.unsaved.keep(mine)
        self.new_status.options = self._later(self.current())
        rows = tracker_rows(self.project, self.settings)
        headers = ["Name", "Role", "Found through", "Status", "Since", "Next", "Watch out"]
        self.tracker.value = base.table(headers, rows) if rows else "<i>No contacts yet.</i>"

    def save(self) -> None:
        contact = self.current()
        values = self.values()
        if contact is None:
            ok = self.attempt(actions.add_contact, **values)
        else:
            ok = self.attempt(actions.edit_contact, contact.id, **self.track.changes())
        if ok:
            self.track.baseline = self.track.values()  # all of it is saved now
            self.refresh(self.result.id)
            self.track.merge(self.project, {})

    def remove(self) -> None:
        contact = self.current()
        if contact is None:
            self.note("Pick a contact to delete first.")
            return

        def delete() -> None:
            if self.undoable(f"Deleted {contact.name}", actions.remove_contact, contact.id):
                self.refresh(NEW)

        self.ask(f"Delete {contact.name} and every link to them?", "Yes, delete", delete)

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
        elif self.status_on.value is None:
            self.clear()
            self.mark("on", f"On: {NO_DATE}")
        elif self.attempt(actions.set_status, contact.id, self.new_status.value, on=self.status_on.value):
            typed = self.track.changes()
            self.refresh()
            if typed:
                labels = ", ".join(self.labels[k] for k in typed)
                self.saved(
                    "Status recorded", f"your changes to {labels} are not saved yet: press Save contact"
                )

    def undo(self) -> None:
        contact = self.current()
        if contact is not None and self.attempt(actions.undo_status, contact.id):
            self.refresh()


def contacts_form(workspace: actions.WorkspaceLike = None) -> ContactsForm:
    return ContactsForm(workspace)


class Sources(base.Shown):
    def __init__(self) -> None:
        items = "".join(f"<li>{html.escape(label)}</li>" for label in SOURCES.values() if label != "Other")
        self.box = base.html_box(f"<ul style='columns:2'>{items}</ul>", "sources")


def where_to_look() -> Sources:
    """The kinds of places contacts come from, as a list to scan for ideas."""
    return Sources()
