"""Notebook 03: the request and its follow-up plan, the meeting, the calendar file, preparation."""

from __future__ import annotations

import html
from datetime import date, datetime, time

import ipywidgets as w

from infokit import actions
from infokit.errors import InfokitError
from infokit.forms import base, files
from infokit.forms.drafts import DraftForm
from infokit.model import ContactStatus
from infokit.outreach.schedule import contact_plan, describe_when, format_day

FORMATS = [("Video call", "video"), ("Phone call", "phone"), ("In person", "in-person")]
NO_DATE = "type a real day (or pick one from the calendar): the box is empty or not a date"


def request_drafts(workspace: actions.WorkspaceLike = None) -> DraftForm:
    """The request email and the phone script (and the other asking messages)."""
    return DraftForm(["request-email", "phone-script", "voicemail", "follow-up", "confirmation"], workspace)


class RequestForm(base.Form):
    """Record that the request went out, and show the follow-up plan while no reply comes."""

    name = "request"

    def build(self) -> None:
        self.on = base.day("Request sent on", date.today(), "request-on")
        self.plan = base.html_box(cls="request-plan")
        self.body = [
            base.row(
                [
                    self.field("on", self.on, "history"),
                    base.button("I sent my request", self.sent, "request-sent"),
                ]
            ),
            self.plan,
        ]
        self.refresh()

    def refresh(self) -> None:
        self.project = self.load()
        person = self.project.interviewee
        if person is None:
            self.plan.value = "<i>Choose your interviewee in notebook 01 first.</i>"
            return
        asked = person.status_date(ContactStatus.REQUESTED)
        if person.status == ContactStatus.IDENTIFIED:
            text = f"You have not recorded a request to {person.name} yet."
        elif person.status != ContactStatus.REQUESTED:
            text = f"{person.name} answered: the meeting is arranged or done, so no reminder is needed."
        else:
            steps = contact_plan(person, self.settings)
            items = "".join(f"<li>{html.escape(str(step))}</li>" for step in steps)
            day = format_day(asked) if asked else "?"
            self.plan.value = f"Asked on {html.escape(day)}; if no reply comes:<ul>{items}</ul>"
            return
        self.plan.value = html.escape(text)

    def sent(self) -> None:
        person = self.load().interviewee
        if person is None:
            self.error("Choose your interviewee in notebook 01 first.")
            return
        asked = person.status_date(ContactStatus.REQUESTED)
        if person.status.rank >= ContactStatus.REQUESTED.rank:
            when = f" on {format_day(asked)}" if asked else ""
            self.note(f"Already recorded: your request to {person.name} went out{when}. Nothing to do here.")
            self.refresh()
            return
        if self.on.value is None:
            self.clear()
            self.mark("on", f"Request sent on: {NO_DATE}")
        elif self.attempt(actions.set_status, person.id, "requested", on=self.on.value):
            self.refresh()


class MeetingForm(base.Form):
    """When, where and how long; confirmation; the calendar file."""

    name = "meeting"

    def build(self) -> None:
        m = self.project.meeting
        limits, zone = self.settings.limits, self.settings.assignment.timezone
        self.day = base.day("Day", m.starts.date() if m else None, "meeting-day")
        self.time = w.TimePicker(
            value=m.starts.time() if m else time(14, 0), description="Time", style=base.LABEL
        )
        self.time.add_class("infokit-meeting-time")
        self.fields = {
            "timezone": base.text(
                "Time zone", m.timezone if m else zone, "meeting-timezone", "e.g. Europe/London"
            ),
            "planned_minutes": base.number(
                "Minutes", m.planned_minutes if m else limits.meeting_minutes, "meeting-minutes", whole=True
            ),
            "format": base.choice("Format", FORMATS, m.format if m else "video", "meeting-format"),
            "place": base.text("Place, link or number", m.place if m else "", "meeting-place"),
            "directions": base.area(
                "Directions, parking", m.directions if m else "", "meeting-directions", 2
            ),
        }
        self.mark_box = base.tickbox("Also mark my interviewee as scheduled", True, "meeting-mark")
        self.confirmed = base.day("Confirmed on", m.confirmed_on if m else None, "meeting-confirmed")
        self.summary = base.html_box(cls="meeting-summary")
        self.link = base.html_box(cls="meeting-ics")
        self.body = [
            self.field("starts", self.day, "day"),
            self.time,
            *(self.field(key, widget) for key, widget in self.fields.items()),
            self.mark_box,
            base.button("Save meeting", self.save, "meeting-save", "primary"),
            self.summary,
            base.row(
                [
                    self.field("confirmed_on", self.confirmed),
                    base.button("Save confirmation", self.confirm, "meeting-confirm"),
                ]
            ),
            base.button("Make a calendar file (.ics)", self.calendar, "meeting-calendar"),
            self.link,
        ]
        self.refresh()

    def refresh(self) -> None:
        m = self.project.meeting
        self.summary.value = html.escape(f"Planned: {describe_when(m)}.") if m else ""

    def save(self) -> None:
        if self.day.value is None or self.time.value is None:
            self.clear()
            self.mark("starts", "Day and time: both are needed (type a real day, or pick one)")
            return
        starts = datetime.combine(self.day.value, self.time.value)
        values = {k: v.value for k, v in self.fields.items()}
        if not self.attempt(actions.schedule_meeting, starts, **values):
            return
        person = self.project.interviewee
        behind = person is not None and person.status.rank < ContactStatus.SCHEDULED.rank
        if self.mark_box.value and behind:
            # Arranged no later than today and no later than the meeting itself, never before the request.
            on = min(date.today(), starts.date())
            asked = person.status_date(ContactStatus.REQUESTED)
            on = max(on, asked) if asked else on
            if not self.attempt(actions.set_status, person.id, "scheduled", on=on):
                return
        self.refresh()

    def confirm(self) -> None:
        """The confirmation day, and, when a confirmation email is saved, that it went out that day."""
        if self.confirmed.value is None:
            self.clear()
            self.mark("confirmed_on", f"Confirmed on: {NO_DATE}")
            return
        if not self.attempt(actions.confirm_meeting, self.confirmed.value):
            return
        draft = actions.drafts(workspace=self.workspace).get("confirmation")
        if draft and self.attempt(actions.save_draft, "confirmation", draft, sent_on=self.confirmed.value):
            self.saved("Saved", "your saved confirmation email is marked as sent that day")

    def calendar(self) -> None:
        if not self.attempt(actions.write_calendar):
            return
        path = self.result
        self.link.value = f"{files.download_link(path)} (also kept at <code>{html.escape(str(path))}</code>)"


class ChecklistForm(base.Form):
    """The preparation checklist: each tick is saved as you click it."""

    name = "checklist"

    def build(self) -> None:
        ticks = self._ticks()
        self.boxes = {
            key: base.tickbox(label, ticks[key], f"checklist-{key}")
            for key, label in actions.CHECKLIST.items()
        }
        for key, box in self.boxes.items():
            box.observe(lambda change, key=key: self.attempt(actions.tick, key, change["new"]), names="value")
        self.body = list(self.boxes.values())

    def _ticks(self) -> dict[str, bool]:
        try:
            return actions.checklist(workspace=self.workspace)
        except (InfokitError, OSError):  # the status line already says why the file cannot be read
            return dict.fromkeys(actions.CHECKLIST, False)


def request_form(workspace: actions.WorkspaceLike = None) -> RequestForm:
    return RequestForm(workspace)


def meeting_form(workspace: actions.WorkspaceLike = None) -> MeetingForm:
    return MeetingForm(workspace)


def checklist_form(workspace: actions.WorkspaceLike = None) -> ChecklistForm:
    return ChecklistForm(workspace)
