"""Notebook 00: where work is saved, backup and restore, and the profile form."""

from __future__ import annotations

import base64
import html
from typing import Any

import ipywidgets as w

from infokit import actions
from infokit.forms import base
from infokit.model import Profile


def where_is_my_work(workspace: actions.WorkspaceLike = None) -> w.HTML:
    """The workspace folder and whether anything is saved there yet."""
    ws = actions.workspace(workspace)
    state = "holds your saved work" if ws.exists() else "will be created when you first save"
    return base.html_box(
        f"<p>Your work is saved in <code>{html.escape(str(ws.file))}</code>; this folder {state}. "
        "Every notebook reads and writes that one file, so you can close a notebook at any time "
        "and pick up where you left off.</p>",
        "workspace-path",
    )


class BackupPanel(base.Form):
    """Download a backup, and restore one (or an exported report) from an upload."""

    name = "backup"

    def build(self) -> None:
        self.link = base.html_box(cls="backup-link")
        self.upload = w.FileUpload(accept=".json,.html,.ipynb", multiple=False, description="Choose file")
        self.upload.add_class("infokit-restore-upload")
        self.confirm = base.tickbox(
            "Yes, replace my current work (it is kept under backups/)", cls="restore-confirm"
        )
        self.body = [
            base.heading("Back up"),
            base.button("Make a backup to download", self.make_backup, "backup-make", "info"),
            self.link,
            base.heading("Restore"),
            w.HBox(
                [self.upload, base.button("Restore from this file", self.restore, "restore-run", "warning")]
            ),
            self.confirm,
        ]

    def make_backup(self) -> None:
        if not self.attempt(actions.backup):
            return
        path = self.result
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        name = html.escape(path.name)
        self.link.value = (
            f'<a download="{name}" href="data:application/json;base64,{data}" '
            f'class="infokit-download">Download {name}</a>'
            f" (also kept at <code>{html.escape(str(path))}</code>)"
        )
        self.saved("Backup written")

    def restore(self) -> None:
        files = list(self.upload.value)
        if not files:
            self.error("Choose a backup (.json) or an exported report (.html, .ipynb) first.")
            return
        if not self.confirm.value:
            self.error("Tick the box to confirm that the upload should replace your current work.")
            return
        upload = files[0]
        name = upload["name"] if isinstance(upload, dict) else upload.name
        content = upload["content"] if isinstance(upload, dict) else upload.content
        if self.attempt(actions.restore, name, bytes(content)):
            self.confirm.value = False
            self.saved(f"Restored from {name}; re-run the notebooks to see it")


class ProfileForm(base.Form):
    """Who you are and what you want from the interview."""

    name = "profile"
    SINGLE = (
        ("name", "Your name"),
        ("student_id", "Student id"),
        ("course", "Course"),
        ("email", "Email"),
        ("phone", "Phone"),
    )
    MULTI = (
        ("career_interests", "Careers of interest", "careers you are curious about, e.g. urban planning"),
        ("learning_goals", "What to learn", "what you want to find out, e.g. what a typical week is like"),
        ("values", "Your values", "e.g. working outdoors, helping people"),
        ("interests", "Your interests", "e.g. maps, local history"),
        ("skills", "Your skills", "e.g. drawing, spreadsheets, talking with strangers"),
    )

    def build(self) -> None:
        prof = self.project.profile
        self.fields: dict[str, Any] = {}
        for key, label in self.SINGLE:
            self.fields[key] = base.text(label, getattr(prof, key), f"profile-{key}")
        for key, label, hint in self.MULTI:
            self.fields[key] = base.area(
                label, base.lines(getattr(prof, key)), f"profile-{key}", placeholder=hint + " (one per line)"
            )
        self.body = [
            *self.fields.values(),
            base.button("Save profile", self.save, "profile-save", "primary"),
        ]

    def values(self) -> dict[str, Any]:
        return {key: widget.value for key, widget in self.fields.items()}

    def save(self) -> None:
        self.attempt(actions.set_profile, **self.values())

    def reload(self) -> None:
        prof: Profile = self.load().profile
        for key, widget in self.fields.items():
            value = getattr(prof, key)
            widget.value = base.lines(value) if isinstance(value, list) else value


def backup_panel(workspace: actions.WorkspaceLike = None) -> BackupPanel:
    return BackupPanel(workspace)


def profile_form(workspace: actions.WorkspaceLike = None) -> ProfileForm:
    return ProfileForm(workspace)
