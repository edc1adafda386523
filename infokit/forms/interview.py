"""Notebook 04: notes during the meeting, what you saw, names mentioned, referrals."""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any

import ipywidgets as w

from infokit import actions
from infokit.forms import base
from infokit.model import Project

MENTION_KINDS = [
    ("A person", "person"),
    ("An organisation", "organization"),
    ("A publication", "publication"),
    ("A trend", "trend"),
    ("Something else", "other"),
]


def planned_minutes(project: Project, settings: Any) -> int:
    """The length agreed for the meeting, else the length the assignment suggests asking for."""
    return project.meeting.planned_minutes if project.meeting else settings.limits.meeting_minutes


class NotesForm(base.Form):
    """One notes box per question in plan order, the clock, and the meeting's facts."""

    name = "interview"

    def build(self) -> None:
        self.clock = base.html_box(cls="interview-clock")
        self.rows: list[tuple[str, w.Checkbox, w.Textarea]] = []
        rows: list[w.Widget] = []
        for number, q in enumerate(self.project.questions, 1):
            asked = base.tickbox("asked", q.asked, f"interview-asked-{number}")
            notes = base.area(
                "", q.answer_notes, f"interview-notes-{number}", rows=2, placeholder="what they said"
            )
            self.rows.append((q.id, asked, notes))
            extra = f"<small>(priority {q.priority}, ~{q.minutes:g} min)</small>"
            label = f"<b>{number}.</b> {html.escape(q.text)} {extra}"
            rows += [w.HTML(label), w.HBox([asked]), notes]
        if not rows:
            rows = [w.HTML("<i>Your plan has no questions yet (notebook 02); use the quick notes below.</i>")]
        notes = self.project.interview
        self.fields: dict[str, Any] = {
            "held_on": base.day("Held on", notes.held_on, "interview-held-on"),
            "actual_minutes": w.IntText(
                value=notes.actual_minutes or 0, description="Minutes it lasted", style=base.LABEL
            ),
            "free_notes": base.area("Quick notes", notes.free_notes, "interview-free-notes", rows=4),
            "observations": base.area(
                "The workplace",
                notes.observations,
                "interview-observations",
                rows=3,
                placeholder="What was it like there? Would you want to work there?",
            ),
            "interviewee_interests": base.area(
                "Their interests", notes.interviewee_interests, "interview-interests", rows=2
            ),
        }
        self.fields["actual_minutes"].add_class("infokit-interview-minutes")
        self.body = [
            w.HBox([base.button("Start the clock", self.start, "interview-start"), self.clock]),
            *rows,
            base.heading("The meeting"),
            *self.fields.values(),
            base.button("Save notes", self.save, "interview-save", "primary"),
        ]
        self.tick()

    def start(self) -> None:
        """Start (or restart) the clock; the start time is saved, so a kernel restart keeps it."""
        if self.attempt(actions.set_interview, started_at=datetime.now().replace(microsecond=0)):
            self.tick()

    def tick(self) -> None:
        """Show time used against the plan (updated on start and on each save)."""
        plan = planned_minutes(self.project, self.settings)
        asked = sum(1 for q in self.project.questions if q.asked)
        total = len(self.project.questions)
        started = self.project.interview.started_at
        if started is None:
            text = f"{plan} minutes planned; {asked} of {total} questions asked."
        else:
            used = max(int((datetime.now() - started).total_seconds() // 60), 0)
            left = plan - used
            when = f"{left} left" if left >= 0 else f"{-left} over: offer to stop"
            text = f"{used} of {plan} minutes used ({when}); {asked} of {total} questions asked."
        self.clock.value = f"<span class='infokit-clock'>{html.escape(text)}</span>"

    def save(self) -> None:
        saved = {q.id: q for q in self.project.questions}
        for qid, asked, notes in self.rows:
            old = saved.get(qid)
            if old is None or (old.asked, old.answer_notes) == (asked.value, notes.value.strip()):
                continue
            if not self.attempt(actions.edit_question, qid, asked=asked.value, answer_notes=notes.value):
                return
        values = {k: v.value for k, v in self.fields.items()}
        values["actual_minutes"] = values["actual_minutes"] or None
        if self.attempt(actions.set_interview, **values):
            self.tick()


class MentionsForm(base.Form):
    """Names, organisations, publications and trends the interviewee brought up."""

    name = "mentions"

    def build(self) -> None:
        self.kind = base.choice("Kind", MENTION_KINDS, "person", "mention-kind")
        self.text = base.text("Name or title", cls="mention-text")
        self.text_note = base.text("Note", cls="mention-note")
        self.listing = base.html_box(cls="mention-list")
        self.body = [
            self.kind,
            self.text,
            self.text_note,
            base.button("Add mention", self.add, "mention-add", "primary"),
            self.listing,
        ]
        self.refresh()

    def refresh(self) -> None:
        rows = [[m.kind, m.text, m.note] for m in self.project.interview.mentions]
        self.listing.value = base.table(["Kind", "Name", "Note"], rows) if rows else "<i>Nothing yet.</i>"

    def add(self) -> None:
        if self.attempt(actions.add_mention, self.text.value, self.kind.value, self.text_note.value):
            self.text.value = self.text_note.value = ""
            self.refresh()


class ReferralsForm(base.Form):
    """People the interviewee suggested you talk to, and whether you may use their name."""

    name = "referrals"

    def build(self) -> None:
        self.fields: dict[str, Any] = {
            "name": base.text("Name", cls="referral-name"),
            "role": base.text("Role", cls="referral-role"),
            "organization": base.text("Organisation", cls="referral-organization"),
            "may_use_name": base.tickbox("I may say who referred me", cls="referral-may-use-name"),
            "note": base.text("Note", cls="referral-note"),
        }
        self.listing = base.html_box(cls="referral-list")
        self.body = [
            *self.fields.values(),
            base.button("Add referral", self.add, "referral-add", "primary"),
            self.listing,
        ]
        self.refresh()

    def refresh(self) -> None:
        rows = [
            [r.name, f"{r.role}, {r.organization}".strip(", "), "yes" if r.may_use_name else "no", r.note]
            for r in self.project.referrals
        ]
        headers = ["Name", "Role", "May use the name", "Note"]
        self.listing.value = base.table(headers, rows) if rows else "<i>No referrals yet.</i>"

    def add(self) -> None:
        values = {k: v.value for k, v in self.fields.items()}
        if self.attempt(actions.add_referral, **values):
            for key, widget in self.fields.items():
                widget.value = False if key == "may_use_name" else ""
            self.refresh()


def notes_form(workspace: actions.WorkspaceLike = None) -> NotesForm:
    return NotesForm(workspace)


def mentions_form(workspace: actions.WorkspaceLike = None) -> MentionsForm:
    return MentionsForm(workspace)


def referrals_form(workspace: actions.WorkspaceLike = None) -> ReferralsForm:
    return ReferralsForm(workspace)
