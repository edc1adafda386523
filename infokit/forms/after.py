"""Notebook 05: the thank-you, referrals into contacts, follow-ups, the reflection."""

from __future__ import annotations

import html
from datetime import date
from typing import Any

import ipywidgets as w

from infokit import actions, essay
from infokit.forms import base
from infokit.forms.drafts import DraftForm
from infokit.forms.unsaved import Tracked
from infokit.model import Project, Reflection
from infokit.outreach.schedule import thank_you_status
from infokit.prompts import FRAMEWORK_LABELS

CHANNELS = [("Email", "email"), ("Card", "card"), ("Letter", "letter"), ("Message", "message")]


def thank_you_draft(workspace: actions.WorkspaceLike = None) -> DraftForm:
    return DraftForm(["thank-you"], workspace)


def referrer_update_draft(workspace: actions.WorkspaceLike = None) -> DraftForm:
    return DraftForm(["referrer-update"], workspace)


class SentForm(base.Form):
    """When the thank-you must go, and the day it went."""

    name = "thanks"

    def build(self) -> None:
        note = self.project.thank_you
        self.deadline = base.html_box(cls="thanks-deadline")
        self.channel = base.choice("Sent as", CHANNELS, note.channel, "thanks-channel")
        self.on = base.day("Sent on", note.sent_on or date.today(), "thanks-on")
        self.body = [
            self.deadline,
            self.channel,
            self.field("sent_on", self.on, "on"),
            base.button("Mark as sent", self.sent, "thanks-sent", "primary"),
        ]
        self.refresh()

    def refresh(self) -> None:
        self.project = self.load()
        state = thank_you_status(self.project, settings=self.settings)
        self.deadline.value = f"<b>{html.escape(str(state))}</b>"

    def sent(self) -> None:
        if self.on.value is None:
            self.clear()
            self.mark("sent_on", "Sent on: type a real day (or pick one): the box is empty or not a date")
            return
        if self.attempt(actions.set_thank_you, channel=self.channel.value) and self.attempt(
            actions.mark_thanked, self.on.value
        ):
            self.refresh()


class ReferralContactsForm(base.Form):
    """Turn each referral into a contact you can track like the others."""

    name = "referral-contacts"

    def build(self) -> None:
        self.pick = base.choice("Referral", [("", "")], "", "referral-pick")
        self.listing = base.html_box(cls="referral-status")
        self.body = [
            self.listing,
            w.HBox([self.pick, base.button("Add as a contact", self.convert, "referral-convert", "primary")]),
        ]
        self.refresh()

    def refresh(self) -> None:
        self.project = self.load()
        rows, open_ = [], []
        for r in self.project.referrals:
            contact = self.project.contact(r.contact_id) if r.contact_id else None
            state = contact.status.value if contact else "not a contact yet"
            rows.append([r.name, r.organization, "yes" if r.may_use_name else "no", state])
            if contact is None:
                open_.append((r.name, r.id))
        headers = ["Name", "Organisation", "May use the name", "Status"]
        self.listing.value = (
            base.table(headers, rows) if rows else "<i>No referrals recorded (notebook 04).</i>"
        )
        self.pick.options = [("", ""), *open_]
        self.pick.value = ""

    def convert(self) -> None:
        if not self.pick.value:
            self.note("Pick a referral first.")
        elif self.attempt(actions.referral_to_contact, self.pick.value):
            self.refresh()


class FollowUpsForm(base.Form):
    """Things to do after the interview, each with a due date; mark them done, or delete them."""

    name = "follow-ups"

    def build(self) -> None:
        self.action = base.text(
            "To do", cls="follow-up-action", placeholder="e.g. tell Sam how the call went"
        )
        self.due = base.day("Due on", None, "follow-up-due")
        self.who = base.choice("With", self._contacts(), "", "follow-up-contact")
        self.listing = base.html_box(cls="follow-up-list")
        self.pick = base.choice("Follow-up", [("", "")], "", "follow-up-pick")
        self.done_on = base.day("Done on", date.today(), "follow-up-done-on")
        self.body = [
            self.field("action", self.action),
            self.field("due_on", self.due),
            self.who,
            base.button("Add follow-up", self.add, "follow-up-add", "primary"),
            self.listing,
            self.pick,
            base.row(
                [
                    self.field("done_on", self.done_on),
                    base.button("Mark done", self.done, "follow-up-done"),
                    base.button("Delete follow-up", self.remove, "follow-up-delete", "danger"),
                ]
            ),
        ]
        self.refresh()

    def _contacts(self) -> list[tuple[str, str]]:
        return [("(nobody in particular)", ""), *((c.name, c.id) for c in self.project.contacts)]

    def refresh(self) -> None:
        self.project = self.load()
        today = date.today()
        rows = []
        for f in self.project.follow_ups:
            who = self.project.contact(f.contact_id) if f.contact_id else None
            state = f"done {f.done_on}" if f.done_on else ("overdue" if f.due_on < today else "to do")
            rows.append([f.action, who.name if who else "", f.due_on.isoformat(), state])
        self.listing.value = (
            base.table(["To do", "With", "Due", "State"], rows) if rows else "<i>None yet.</i>"
        )
        self.pick.options = [("", ""), *((f.action, f.id) for f in self.project.follow_ups)]
        self.pick.value = ""
        self.who.options = self._contacts()

    def add(self) -> None:
        if self.repeated("That follow-up"):
            return
        if self.due.value is None:
            self.clear()
            self.mark("due_on", "Due on: pick the day it is due (or type a real day)")
            return
        if self.attempt(
            actions.add_follow_up, self.action.value, self.due.value, contact=self.who.value or None
        ):
            self.empty({self.action: ""})
            self.refresh()

    def done(self) -> None:
        if not self.pick.value:
            self.note("Pick the follow-up you have done.")
        elif self.done_on.value is None:
            self.clear()
            self.mark("done_on", "Done on: type a real day (or pick one): the box is empty or not a date")
        elif self.attempt(actions.complete_follow_up, self.pick.value, self.done_on.value):
            self.refresh()

    def remove(self) -> None:
        picked = self.pick.value
        if not picked:
            self.note("Pick the follow-up to delete first.")
            return
        action = next(f.action for f in self.project.follow_ups if f.id == picked)

        def delete() -> None:
            if self.undoable("Deleted the follow-up", actions.remove_follow_up, picked):
                self.refresh()

        self.ask(f"Delete the follow-up “{action}”?", "Yes, delete", delete)


class ReflectionForm(base.Form):
    """One box per prompt of the chosen framework, with a live word count against the limits.

    Save sends only the answers typed since the form loaded, so an answer saved
    meanwhile from another notebook, kernel or the command line is kept.
    """

    name = "reflection"

    def build(self) -> None:
        saved = self.project.reflection
        self.required = essay.required_framework(self.settings)
        if self.required is None:
            options = [(label, key) for key, label in FRAMEWORK_LABELS.items()]
        else:
            options = [(essay.framework_label(self.required), self.required)]
        self.framework = base.choice(
            "Framework", options, self.required or saved.framework, "reflection-framework"
        )
        self.framework.disabled = self.required is not None
        self.framework.layout.display = "none" if essay.own_prompts(self.settings) else None
        self.elsewhere_note = base.html_box(cls="reflection-kept")
        self.elsewhere_note.value = self._kept_note(saved)
        self.discard = base.tickbox(
            "Switching may drop my answers: I have copied them out", cls="reflection-discard"
        )
        self.count = base.html_box(cls="reflection-count")
        self.prompts = w.VBox()
        self.boxes: dict[str, w.Textarea] = {}
        self.track = Tracked(self.unsaved, self._saved_answers, self.project)
        self.discard.layout.display = "none" if self.required else None
        self.body = [
            self.framework,
            self.elsewhere_note,
            self.discard,
            self.prompts,
            self.count,
            base.button("Save reflection", self.save, "reflection-save", "primary"),
        ]
        self.framework.observe(self.switch, names="value")
        shown = self.framework.value
        self.show(shown, saved.answers if saved.framework == shown else saved.kept.get(shown, {}))
        self.track.offer(self.extra, base.button, base.html_box)

    def _saved_answers(self, project: Project) -> dict[str, str]:
        reflection = project.reflection
        framework = self.framework.value
        answers = reflection.answers if reflection.framework == framework else {}
        return {p.id: answers.get(p.id, "") for p in essay.prompts_of(framework, self.settings)}

    def _kept_note(self, saved: Reflection) -> str:
        """Plain words when the saved answers are under another framework than the assignment asks."""
        if self.required is None or saved.framework == self.required or not any(saved.answers.values()):
            return ""
        return html.escape(
            f"Your answers to {essay.framework_label(saved.framework)} stay saved in your workspace,"
            f" but this assignment asks for {essay.framework_label(self.required)}: answer these"
            " prompts below. Saving keeps your earlier answers aside; they are not lost."
        )

    def show(self, framework: str, answers: dict[str, str]) -> None:
        self.boxes = {}
        self.limits = {p.id: p for p in essay.prompts_of(framework, self.settings)}
        self.prompt_counts: dict[str, w.HTML] = {}
        children: list[Any] = []
        for key, prompt in self.limits.items():
            box = base.area(
                "",
                answers.get(key, ""),
                f"reflection-{key}",
                rows=5,
                placeholder=f"Your answer: {prompt.text}",
            )
            box.observe(lambda _change: self.words(), names="value")
            self.boxes[key] = box
            self.prompt_counts[key] = base.html_box(cls=f"reflection-count-{key}")
            children += [w.HTML(f"<b>{html.escape(prompt.text)}</b>"), self.field(key, box)]
            if essay.own_prompts(self.settings):
                children.append(self.prompt_counts[key])
        self.prompts.children = children
        self.track.baseline = self._saved_answers(self.load())
        self.track.bind(self.boxes)
        self.words()

    def answers(self) -> dict[str, str]:
        return {key: box.value for key, box in self.boxes.items()}

    def words(self) -> None:
        """Count as the model counts; compare with the assignment's limits."""
        count = (
            Reflection(framework=self.framework.value, answers={})
            .model_copy(update={"answers": self.answers()})
            .word_count()
        )
        lo, hi = self.settings.limits.reflection_min_words, self.settings.limits.reflection_max_words
        colour = "#1b5e20" if lo <= count <= hi else "#7a4f00"
        self.count.value = f"<span style='color:{colour}'>{count} words (asked for {lo} to {hi})</span>"
        for key, label in self.prompt_counts.items():
            label.value = self._prompt_count(key)

    def _prompt_count(self, key: str) -> str:
        """One prompt's word count against its own limits (the assignment's prompts)."""
        prompt = self.limits[key]
        count = len(self.boxes[key].value.split())
        asked = f"at least {prompt.min_words}"
        if prompt.max_words is not None:
            asked = f"{prompt.min_words} to {prompt.max_words}"
        fits = count >= prompt.min_words and (prompt.max_words is None or count <= prompt.max_words)
        colour = "#1b5e20" if fits else "#7a4f00"
        return f"<span style='color:{colour}'>{count} words (asked for {asked})</span>"

    def switch(self, change: dict[str, Any]) -> None:
        typed = any(v.strip() for v in self.answers().values())
        if typed and not self.discard.value:
            self.error(
                "Switching framework starts new boxes: copy your answers out, tick the box, then switch."
            )
            ok = False
        else:
            ok = self.attempt(actions.set_reflection, change["new"], discard=True)
        if not ok:
            self.framework.unobserve(self.switch, names="value")
            self.framework.value = change["old"]
            self.framework.observe(self.switch, names="value")
            return
        self.discard.value = False
        self.show(change["new"], self.project.reflection.answers)

    def save(self) -> None:
        current = self.fresh()
        if current is None:
            return
        switching = self.required is not None and current.reflection.framework != self.required
        if current.reflection.framework != self.framework.value and not switching:
            self.error(
                "Your reflection was switched to another framework elsewhere since this form loaded:"
                " re-run this cell to see it (what you typed here stays until you do)."
            )
            return
        mine = self.track.changes()
        elsewhere = [k for k in self.track.elsewhere(current) if k not in mine]
        if not mine and not switching:
            self.project = current
            self.track.merge(current, mine)
            self.note("Nothing was changed, so nothing was saved.")
            return
        if self.attempt(actions.set_reflection, self.framework.value, keep=switching, **mine):
            self.track.merge(self.project, mine)
            if switching:
                self.elsewhere_note.value = html.escape(
                    f"Your earlier answers to {essay.framework_label(current.reflection.framework)} are"
                    " kept aside in your workspace; these answers are the ones that count."
                )
            if elsewhere:
                names = ", ".join(f"“{self.limits[k].text}”" for k in elsewhere if k in self.limits)
                self.saved("Saved", f"answers saved elsewhere meanwhile are kept and now shown: {names}")


def sent_form(workspace: actions.WorkspaceLike = None) -> SentForm:
    return SentForm(workspace)


def referral_contacts_form(workspace: actions.WorkspaceLike = None) -> ReferralContactsForm:
    return ReferralContactsForm(workspace)


def follow_ups_form(workspace: actions.WorkspaceLike = None) -> FollowUpsForm:
    return FollowUpsForm(workspace)


def reflection_form(workspace: actions.WorkspaceLike = None) -> ReflectionForm:
    return ReflectionForm(workspace)
