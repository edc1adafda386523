"""Notebooks 00 and 06: carrying work out and back in (backup, restore) and the report's export."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from infokit.actions._base import (
    REPORT_FOLDER,
    WorkspaceLike,
    _ws,
)
from infokit.errors import OtherStudentsWork, WorkspaceError
from infokit.model import (
    Project,
)


def backup(output: str | os.PathLike[str] | None = None, *, workspace: WorkspaceLike = None) -> Path:
    """Write a backup file to download (default: into the workspace folder)."""
    ws = _ws(workspace)
    return ws.backup(output if output is not None else ws.path)


def restore(
    filename: str, content: bytes | None = None, *, force: bool = False, workspace: WorkspaceLike = None
) -> Project:
    """Replace the project with a backup (.json) or an exported report (.html/.ipynb).

    ``content`` is the file's bytes (from an upload); without it ``filename`` is
    read from disk. What was there before is kept under ``backups/``. When the
    workspace holds someone else's work than the file, :class:`OtherStudentsWork`
    says whose is whose and nothing is replaced, unless ``force``.
    """
    from infokit.report import embed

    if content is None:
        submission = embed.read_submission(filename)
    else:
        submission = embed.submission_from_bytes(content, filename)
    return restore_submission(submission, force=force, workspace=workspace)


def restore_submission(submission: Any, *, force: bool = False, workspace: WorkspaceLike = None) -> Project:
    """Make a read report or backup the current project; contact details a report left
    out are kept from the current workspace (when it can be read). Another student's
    work is restored only with ``force`` (see :func:`restore`)."""
    from infokit.report.embed import merge_private_details

    ws = _ws(workspace)
    project = submission.project
    try:
        current: Project | None = ws.load()
    except WorkspaceError:  # an unreadable current file is set aside by the restore; nothing to compare
        current = None
    someone_else = current is not None and not _same_student(submission, current)
    if current is not None and someone_else and holds_work(current) and not force:
        raise OtherStudentsWork(
            f"This file holds {whose_work(project)}, but this workspace holds {whose_work(current)}:"
            " restoring replaces it (a safety copy is kept under backups/)",
            file_owner=owner(project),
            workspace_owner=owner(current),
        )
    if submission.kind != "backup" and current is not None:
        project = merge_private_details(project, current)
    ws.restore(project)
    return project


def _same_student(submission: Any, current: Project) -> bool:
    """Whether the file is the workspace's student's work, comparing the profile as the file
    holds it: a report without contact details left some of it out."""
    theirs = submission.project.profile
    if theirs.is_same_student(current.profile):
        return True
    if submission.kind == "backup" or submission.payload.get("contact_details"):
        return False
    from infokit.report.private import left_out

    return theirs.is_same_student(left_out(current).profile)


def owner(project: Project) -> str:
    """Whose work ``project`` is, as a form shows it: 'Ana Ruiz (student id 1234567)',
    'Ana Ruiz', 'student id 1234567', or 'no name yet'."""
    name, student_id = project.profile.name.strip(), project.profile.student_id.strip()
    if name and student_id:
        return f"{name} (student id {student_id})"
    if student_id:
        return f"student id {student_id}"
    return name or "no name yet"


def whose_work(project: Project) -> str:
    """'the work of Ana Ruiz (student id 1234567)', or 'work with no name yet'."""
    who = owner(project)
    return "work with no name yet" if who == "no name yet" else f"the work of {who}"


def holds_work(project: Project) -> bool:
    """Whether a workspace holds anything a student would miss: a name, an id, a contact, a question."""
    profile = project.profile
    return bool(profile.name.strip() or profile.student_id.strip() or project.contacts or project.questions)


def export(
    to: str = "html", *, include_contact_details: bool = False, workspace: WorkspaceLike = None
) -> list[Path]:
    """Export your report (``to`` = "html", "pdf" or "ipynb") into the workspace's report/ folder."""
    from infokit.report import export_report

    ws = _ws(workspace)
    folder = ws.path / REPORT_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"{folder}: cannot create the folder ({exc.strerror})") from None
    return export_report(ws, to=to, output=folder, include_contact_details=include_contact_details)
