"""A message draft: make it from your project, edit it, see the checker's findings as you type.

Switching the message kind never loses an edit: each kind keeps its own
unsaved text while the form lives, and on disk (see :mod:`infokit.forms.unsaved`)
in case the kernel restarts before the student saves.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any

import ipywidgets as w

from infokit import actions
from infokit.errors import InfokitError
from infokit.forms import base

CHECKED: dict[str, str] = {"request-email": "request", "thank-you": "thank-you"}
"""Message kinds the message checker reads, and the checker's name for each."""


class DraftForm(base.Form):
    """Pick a kind, make a draft, edit it; findings update live; save keeps your version."""

    name = "draft"

    def __init__(self, kinds: Sequence[str], workspace: actions.WorkspaceLike = None, **kwargs: Any) -> None:
        self.kinds = list(kinds)
        self.name = f"draft-{self.kinds[0]}"
        super().__init__(workspace, **kwargs)
        self.box.add_class("infokit-draft")

    def build(self) -> None:
        from infokit.outreach.messages import KINDS

        self.status.add_class("infokit-draft-status")
        self.kind = base.choice("Message", [(KINDS[k], k) for k in self.kinds], self.kinds[0], "draft-kind")
        self.text = base.area("Your message", cls="draft-text", rows=14)
        self.text.layout = w.Layout(width="min(52em, 100%)")
        self.findings = base.html_box(cls="draft-findings")
        self.sent_on = base.day("Sent on", date.today(), "draft-sent-on")
        self.edits: dict[str, str] = {}
        """Text typed into each kind and not saved yet."""
        self.base_text: dict[str, str] = {}
        """What the box showed for each kind before the student typed (saved version or fresh draft)."""
        chooser = [self.kind] if len(self.kinds) > 1 else []  # one kind: nothing to choose
        sent = (
            []
            if self.kinds == ["thank-you"]  # the thank-you's sending day has its own form
            else [
                base.row(
                    [
                        self.field("sent_on", self.sent_on),
                        base.button("I sent this message", self.sent, "draft-sent"),
                    ]
                )
            ]
        )
        self.body = [
            *chooser,
            base.row(
                [
                    base.button("Make a fresh draft from my project", self.draft, "draft-make"),
                    base.button("Save my version", self.save, "draft-save", "primary"),
                ]
            ),
            self.field("text", self.text),
            self.findings,
            *sent,
        ]
        self.kind.observe(self.switch, names="value")
        self.text.observe(lambda _change: self.typed(), names="value")
        self.show()
        kept, stamp = self.unsaved.read()
        kept = {k: v for k, v in kept.items() if k in self.kinds and isinstance(v, str)}
        if kept:
            self._offer(kept, stamp)

    def _offer(self, kept: dict[str, str], stamp: str) -> None:
        def bring_back() -> None:
            self.edits.update({k: v for k, v in kept.items() if k != self.kind.value})
            if self.kind.value in kept:
                self.text.value = kept[self.kind.value]
            self.extra.children = []

        def throw_away() -> None:
            self.unsaved.drop()
            self.extra.children = []

        names = ", ".join(self.kind.options[[v for _l, v in self.kind.options].index(k)][0] for k in kept)
        self.extra.children = [
            base.html_box(f"<b>Unsaved text from {stamp.replace('T', ' at ')} ({html.escape(names)}).</b>"),
            base.button("Bring it back", bring_back, "unsaved-restore", "warning"),
            base.button("Throw it away", throw_away, "unsaved-drop"),
        ]

    def typed(self) -> None:
        kind = self.kind.value
        if self.text.value != self.base_text.get(kind, ""):
            self.edits[kind] = self.text.value
        else:
            self.edits.pop(kind, None)
        self.unsaved.keep(dict(self.edits))
        self.check()

    def switch(self, change: dict[str, Any]) -> None:
        self.show()
        if change["old"] in self.edits:
            self.note(
                f"Your unsaved edit of the {self._label(change['old'])} is kept: switch back and save it."
            )

    def _label(self, kind: str) -> str:
        from infokit.outreach.messages import KINDS

        return KINDS[kind].lower() if kind in KINDS else kind

    def saved_text(self, kind: str) -> str:
        if kind == "thank-you":
            return self.project.thank_you.text
        try:
            return actions.drafts(workspace=self.workspace).get(kind, "")
        except InfokitError:
            return ""

    def _put(self, kind: str, text: str) -> None:
        """Show ``text`` as the starting point of ``kind`` (not an edit)."""
        self.base_text[kind] = text
        self.text.value = self.edits.get(kind, text)

    def show(self) -> None:
        """Your unsaved edit of this kind, else your saved version, else a fresh draft when possible."""
        kind = self.kind.value
        saved = self.saved_text(kind)
        if saved:
            self._put(kind, saved)
            self.note("Showing the version you saved.")
        else:
            self.draft(quiet=True)
        if kind in self.edits:
            self.note("Showing your edit, which is not saved yet.")

    def draft(self, quiet: bool = False) -> None:
        from infokit.outreach.messages import render

        kind = self.kind.value
        if not quiet:
            self.edits.pop(kind, None)  # asked for a fresh draft: the old edit goes
        try:
            fresh = render(kind, self.load(), settings=self.settings)
        except InfokitError as exc:
            self._put(kind, "")  # never leave another message's text in the box
            if quiet:
                self.note(f"No draft yet: {exc}")
            else:
                self.error(str(exc))
            return
        self._put(kind, fresh)
        self.note("A fresh draft: fill in every [[ ... ]] spot and make it sound like you, then save.")

    def check(self) -> None:
        kind = CHECKED.get(self.kind.value)
        if kind is None or not self.text.value.strip():
            self.findings.value = ""
            return
        from infokit.outreach.check import check_message

        try:
            found = check_message(self.text.value, kind, project=self.project, settings=self.settings)
        except InfokitError as exc:
            self.findings.value = f"<i>{html.escape(str(exc))}</i>"
            return
        self.findings.value = (
            base.findings_html(found) or "<span class='infokit-ok'>✔ No problems found.</span>"
        )

    def save(self, sent_on: date | None = None) -> bool:
        kind = self.kind.value
        if not self.text.value.strip():
            self.clear()
            self.mark(
                "text", f"Your message: the {self._label(kind)} is empty; write it (or make a draft) first"
            )
            return False
        extra = {"sent_on": sent_on} if sent_on else {}
        if not self.attempt(actions.save_draft, kind, self.text.value, **extra):
            return False
        self.base_text[kind] = self.text.value
        self.edits.pop(kind, None)
        self.unsaved.keep(dict(self.edits))
        return True

    def sent(self) -> None:
        if self.sent_on.value is None:
            self.clear()
            self.mark("sent_on", "Sent on: type a real day (or pick one): the box is empty or not a date")
            return
        if self.save(sent_on=self.sent_on.value):
            self.saved(f"Saved, sent on {self.sent_on.value:%d %B %Y}")


def draft_form(kinds: Sequence[str], workspace: actions.WorkspaceLike = None) -> DraftForm:
    return DraftForm(kinds, workspace)
