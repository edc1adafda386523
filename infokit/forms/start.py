"""Notebook 00: where work is saved, backup and restore, and the profile form."""

from __future__ import annotations

from typing import Any

import ipywidgets as w

from infokit import actions
from infokit.errors import InfokitError
from infokit.forms import base, files
from infokit.forms.unsaved import Tracked
from infokit.model import Project


class WorkspacePlace(base.Shown):
    """The workspace folder, whether anything is saved there, and where the file browser has it."""

    def __init__(self, workspace: actions.WorkspaceLike = None) -> None:
        ws = actions.workspace(workspace)
        state = "holds your saved work" if ws.exists() else "is created when you first press a Save button"
        place = files.where(ws.path, files.served_root())
        self.box = base.html_box(
            f"<p>Your work is in the folder {place}; it {state}. Every notebook reads and writes the one "
            f"file <code>{ws.file.name}</code> there, so you can close a notebook at any time and pick up "
            "where you left off. Notebook 06 gives you download links for your report.</p>",
            "workspace-path",
        )

    @property
    def value(self) -> str:
        return self.box.value


def where_is_my_work(workspace: actions.WorkspaceLike = None) -> WorkspacePlace:
    return WorkspacePlace(workspace)


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
            base.row(
                [self.upload, base.button("Restore from this file", self.restore, "restore-run", "warning")]
            ),
            self.confirm,
        ]

    def make_backup(self) -> None:
        if not self.attempt(actions.backup):
            return
        path = self.result
        self.link.value = f"{files.download_link(path)} (also kept at <code>{path}</code>)"
        self.saved("Backup written")

    def _upload(self) -> tuple[str, bytes] | None:
        picked = list(self.upload.value)
        if not picked:
            return None
        upload = picked[0]
        name = upload["name"] if isinstance(upload, dict) else upload.name
        content = upload["content"] if isinstance(upload, dict) else upload.content
        return str(name), bytes(content)

    def restore(self) -> None:
        upload = self._upload()
        if upload is None:
            self.error("Choose a backup (.json) or an exported report (.html, .ipynb) first.")
            return
        if not self.confirm.value:
            self.error("Tick the box to confirm that the upload should replace your current work.")
            return
        self._restore(*upload, force=False)

    def _restore(self, name: str, content: bytes, force: bool) -> None:
        from infokit.errors import OtherStudentsWork

        self.extra.children = []
        try:
            project = actions.restore(name, content, force=force, workspace=self.workspace)
        except OtherStudentsWork as exc:
            self.ask(
                f"{exc} Replace your work with it anyway?",
                "Yes, restore it",
                lambda: self._restore(name, content, force=True),
            )
            return
        except InfokitError as exc:
            self.error(str(exc))
            return
        except OSError as exc:
            self.error(base.disk_problem(exc, "restore"))
            return
        self.project = self.load()
        self.confirm.value = False
        self.saved(f"Restored {actions.owner(project)}'s work from {name}; re-run the notebooks to see it")


PROFILE_STEP = "profile"


def _profile_values(project: Project) -> dict[str, Any]:
    prof = project.profile
    return {
        key: base.lines(getattr(prof, key)) if isinstance(getattr(prof, key), list) else getattr(prof, key)
        for key in (*(k for k, _ in ProfileForm.SINGLE), *(k for k, _, _ in ProfileForm.MULTI))
    }


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
        values = _profile_values(self.project)
        self.fields: dict[str, Any] = {}
        for key, label in self.SINGLE:
            self.fields[key] = base.text(label, values[key], f"profile-{key}")
        for key, label, hint in self.MULTI:
            self.fields[key] = base.area(
                label, values[key], f"profile-{key}", placeholder=hint + " (one per line)"
            )
        self.track = Tracked(self.unsaved, _profile_values, self.project)
        self.track.bind(self.fields)
        self.body = [
            *(self.field(key, widget) for key, widget in self.fields.items()),
            base.button("Save profile", self.save, "profile-save", "primary"),
        ]
        self.track.offer(self.extra, base.button, base.html_box)

    def values(self) -> dict[str, Any]:
        return self.track.values()

    def save(self) -> None:
        mine = self.track.changes()
        current = self.fresh()
        if current is None:
            return
        elsewhere = self.track.elsewhere(current)
        if mine and not self.attempt(actions.set_profile, **mine):
            return
        if not mine:
            self.project = current
        self.track.merge(self.project, mine)
        words = []
        adopted = [self.labels[k] for k in elsewhere if k not in mine]
        replaced = [self.labels[k] for k in elsewhere if k in mine]
        if adopted:
            words.append(f"changed meanwhile elsewhere, now shown: {', '.join(adopted)}")
        if replaced:
            words.append(f"your version replaced a change made elsewhere to: {', '.join(replaced)}")
        missing = _missing(self.project, self.settings)
        if missing:
            words.append("still needed: " + "; ".join(missing))
        if mine:
            self.saved("Saved", " · ".join(words))
        else:
            self.note(" · ".join(["Nothing was changed, so nothing was saved", *words]))

    def reload(self) -> None:
        self.project = self.load()
        self.track.merge(self.project, {})


def _missing(project: Project, settings: Any) -> list[str]:
    from infokit.progress import progress

    for step in progress(project, settings):
        if step.id == PROFILE_STEP:
            return step.missing
    return []


def backup_panel(workspace: actions.WorkspaceLike = None) -> BackupPanel:
    return BackupPanel(workspace)


def profile_form(workspace: actions.WorkspaceLike = None) -> ProfileForm:
    return ProfileForm(workspace)
