"""A message draft: make it from your project, edit it, see the checker's findings as you type."""

from __future__ import annotations

import html
from collections.abc import Sequence
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
        super().__init__(workspace, **kwargs)

    def build(self) -> None:
        from infokit.outreach.messages import KINDS

        self.kind = base.choice("Message", [(KINDS[k], k) for k in self.kinds], self.kinds[0], "draft-kind")
        self.text = base.area("Your message", cls="draft-text", rows=14)
        self.text.layout = w.Layout(width="min(52em, 100%)")
        self.findings = base.html_box(cls="draft-findings")
        chooser = [self.kind] if len(self.kinds) > 1 else []  # one kind: nothing to choose
        self.body = [
            *chooser,
            w.HBox(
                [
                    base.button("Make a fresh draft from my project", self.draft, "draft-make"),
                    base.button("Save my version", self.save, "draft-save", "primary"),
                ]
            ),
            self.text,
            self.findings,
        ]
        self.kind.observe(lambda _change: self.show(), names="value")
        self.text.observe(lambda _change: self.check(), names="value")
        self.show()

    def saved_text(self, kind: str) -> str:
        if kind == "thank-you":
            return self.project.thank_you.text
        try:
            return actions.drafts(workspace=self.workspace).get(kind, "")
        except InfokitError:
            return ""

    def show(self) -> None:
        """Your saved version of this kind if you have one, else a fresh draft when possible."""
        saved = self.saved_text(self.kind.value)
        if saved:
            self.text.value = saved
            self.note("Showing the version you saved.")
        else:
            self.draft(quiet=True)

    def draft(self, quiet: bool = False) -> None:
        from infokit.outreach.messages import render

        try:
            self.text.value = render(self.kind.value, self.load(), settings=self.settings)
        except InfokitError as exc:
            if quiet:
                self.note(f"No draft yet: {exc}")
            else:
                self.error(str(exc))
            return
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

    def save(self) -> None:
        self.attempt(actions.save_draft, self.kind.value, self.text.value)


def draft_form(kinds: Sequence[str], workspace: actions.WorkspaceLike = None) -> DraftForm:
    return DraftForm(kinds, workspace)
