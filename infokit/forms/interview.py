"""Notebook 04: notes during the meeting, what you saw, names mentioned, referrals."""

from __future__ import annotations

import html
import threading
import weakref
from collections.abc import Callable
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
KIND_LABELS = dict((k, v) for v, k in MENTION_KINDS)
TICK_SECONDS = 1.0


def planned_minutes(project: Project, settings: Any) -> int:
    """The length agreed for the meeting, else the length the assignment suggests asking for."""
    return project.meeting.planned_minutes if project.meeting else settings.limits.meeting_minutes


def clock_text(started: datetime | None, now: datetime, plan: int, asked: int, total: int) -> str:
    """The clock line: time used against the plan, and questions asked."""
    questions = f"{asked} of {total} questions asked"
    if started is None:
        return f"{plan} minutes planned; {questions}."
    seconds = max(int((now - started).total_seconds()), 0)
    used = f"{seconds // 60}:{seconds % 60:02d}"
    left = plan * 60 - seconds
    when = f"{left // 60 + (1 if left % 60 else 0)} min left" if left > 0 else "time is up: offer to stop"
    return f"{used} of {plan}:00 minutes used ({when}); {questions}."


def _tick_forever(form: weakref.ReferenceType[NotesForm], stop: threading.Event) -> None:
    while not stop.wait(TICK_SECONDS):
        alive = form()
        if alive is None:
            return
        try:
            alive.tick()
        except Exception:  # the widgets were closed under it: nothing left to show the time on
            return
        del alive


class NotesForm(base.Form):
    """One notes box per question in plan order, each saved on its own; the clock; the meeting's facts."""

    name = "interview"
    now: Callable[[], datetime] = staticmethod(datetime.now)

    def build(self) -> None:
        self.clock = base.html_box(cls="interview-clock")
        self.ticking = threading.Event()
        self.rows: dict[str, tuple[w.Checkbox, w.Textarea, w.HTML]] = {}
        rows: list[w.Widget] = []
        for number, q in enumerate(self.project.questions, 1):
            asked = base.tickbox("asked", q.asked, f"interview-asked-{number}")
            asked.layout.width = "auto"
            notes = base.area(f"Answer {number}", q.answer_notes, f"interview-notes-{number}", rows=2,
                              placeholder="what they said")  # fmt: skip
            line = base.html_box(cls=f"interview-saved-{number}")
            self.rows[q.id] = (asked, notes, line)
            extra = f"<small>(priority {q.priority}, ~{q.minutes:g} min)</small>"
            label = f"<b>{number}.</b> {html.escape(q.text)} {extra}"
            save = base.button(
                "Save this answer", lambda qid=q.id: self.save_answer(qid), f"interview-save-{number}"
            )
            asked.observe(lambda _change, qid=q.id: self.save_answer(qid), names="value")
            rows += [w.HTML(label), notes, base.row([asked, save, line])]
        if not rows:
            rows = [w.HTML("<i>Your plan has no questions yet (notebook 02); use the quick notes below.</i>")]
        notes = self.project.interview
        self.fields: dict[str, Any] = {
            "held_on": base.day("Held on", notes.held_on, "interview-held-on"),
            "actual_minutes": base.number(
                "Minutes it lasted", notes.actual_minutes or 0, "interview-minutes", whole=True
            ),
            "free_notes": base.area("Quick notes", notes.free_notes, "interview-free-notes", rows=4),
            "observations": base.area(
                "The workplace",
                notes.observations,
                "interview-observations",
                rows=3,
                placeholder="How did the place feel? Could you picture yourself in a team like that?",
            ),
            "interviewee_interests": base.area(
                "Their interests", notes.interviewee_interests, "interview-interests", rows=2
            ),
        }
        self.body = [
            base.row([base.button("Start the clock", self.start, "interview-start"), self.clock]),
            *rows,
            base.heading("The meeting"),
            *(self.field(key, widget) for key, widget in self.fields.items()),
            base.button("Save the meeting notes", self.save, "interview-save", "primary"),
        ]
        self.tick()
        if self.project.interview.started_at is not None:
            self.run_clock()

    def start(self) -> None:
        """Start (or restart) the clock; the start time is saved, so a kernel restart keeps it."""
        if self.attempt(actions.set_interview, started_at=self.now().replace(microsecond=0)):
            self.tick()
            self.run_clock()

    def run_clock(self) -> None:
        """Update the clock every second from the kernel while this form exists."""
        if getattr(self, "_clock", None) is not None:
            return
        self._clock = threading.Thread(
            target=_tick_forever, args=(weakref.ref(self), self.ticking), daemon=True, name="infokit-clock"
        )
        self._clock.start()

    def stop_clock(self) -> None:
        self.ticking.set()

    def tick(self) -> None:
        """Show time used against the plan."""
        p = self.project
        asked = sum(1 for q in p.questions if q.asked)
        plan = planned_minutes(p, self.settings)
        text = clock_text(p.interview.started_at, self.now(), plan, asked, len(p.questions))
        value = f"<span class='infokit-clock' role='timer'>{html.escape(text)}</span>"
        if self.clock.value != value:
            self.clock.value = value

    def save_answer(self, qid: str) -> None:
        """Save one question's notes and tick, right where the student typed them."""
        asked, notes, line = self.rows[qid]
        ok = self.attempt(actions.edit_question, qid, asked=asked.value, answer_notes=notes.value)
        line.value = self.status.value
        if ok:
            self.tick()

    def save(self) -> None:
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
        self.pick = base.choice("Mention to delete", [("", "")], "", "mention-pick")
        self.body = [
            self.kind,
            self.field("text", self.text),
            self.field("note", self.text_note),
            base.button("Add mention", self.add, "mention-add", "primary"),
            self.listing,
            base.row([self.pick, base.button("Delete mention", self.remove, "mention-delete", "danger")]),
        ]
        self.refresh()

    def refresh(self) -> None:
        self.project = self.load()
        mentions = self.project.interview.mentions
        rows = [[KIND_LABELS.get(m.kind, m.kind), m.text, m.note] for m in mentions]
        self.listing.value = base.table(["Kind", "Name", "Note"], rows) if rows else "<i>Nothing yet.</i>"
        self.pick.options = [("", ""), *((m.text, str(n)) for n, m in enumerate(mentions))]
        self.pick.value = ""

    def add(self) -> None:
        if self.repeated("That mention"):
            return
        if self.attempt(actions.add_mention, self.text.value, self.kind.value, self.text_note.value):
            self.empty({self.text: "", self.text_note: ""})
            self.refresh()

    def remove(self) -> None:
        if not self.pick.value:
            self.note("Pick the mention to delete first.")
            return
        index = int(self.pick.value)
        label = self.project.interview.mentions[index].text

        def delete() -> None:
            if self.undoable(f"Deleted {label}", actions.remove_mention, index):
                self.refresh()

        self.ask(f"Delete the mention “{label}”?", "Yes, delete", delete)


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
        self.pick = base.choice("Referral to delete", [("", "")], "", "referral-delete-pick")
        self.body = [
            *(self.field(key, widget) for key, widget in self.fields.items()),
            base.button("Add referral", self.add, "referral-add", "primary"),
            self.listing,
            base.row([self.pick, base.button("Delete referral", self.remove, "referral-delete", "danger")]),
        ]
        self.refresh()

    def refresh(self) -> None:
        self.project = self.load()
        rows = [
            [r.name, f"{r.role}, {r.organization}".strip(", "), "yes" if r.may_use_name else "no", r.note]
            for r in self.project.referrals
        ]
        headers = ["Name", "Role", "May use the name", "Note"]
        self.listing.value = base.table(headers, rows) if rows else "<i>No referrals yet.</i>"
        self.pick.options = [("", ""), *((r.name, r.id) for r in self.project.referrals)]
        self.pick.value = ""

    def add(self) -> None:
        if self.repeated("That referral"):
            return
        values = {k: v.value for k, v in self.fields.items()}
        if self.attempt(actions.add_referral, **values):
            self.empty(
                {widget: False if key == "may_use_name" else "" for key, widget in self.fields.items()}
            )
            self.refresh()

    def remove(self) -> None:
        picked = self.pick.value
        if not picked:
            self.note("Pick the referral to delete first.")
            return
        name = next(r.name for r in self.project.referrals if r.id == picked)

        def delete() -> None:
            if self.undoable(f"Deleted {name}", actions.remove_referral, picked):
                self.refresh()

        self.ask(f"Delete the referral {name}?", "Yes, delete", delete)


def notes_form(workspace: actions.WorkspaceLike = None) -> NotesForm:
    return NotesForm(workspace)


def mentions_form(workspace: actions.WorkspaceLike = None) -> MentionsForm:
    return MentionsForm(workspace)


def referrals_form(workspace: actions.WorkspaceLike = None) -> ReferralsForm:
    return ReferralsForm(workspace)
