"""Notebooks 00 and 06: carrying work out and back in (backup, restore) and the report's export."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from infokit.actions._base import (
    REPORT_FOLDER,
    WorkspaceLike,
    _ws,
)
from infokit.errors import WorkspaceError
from infokit.model import (
    Project,
)


def backup(output: str | os.PathLike[str] | None = None, *, workspace: WorkspaceLike = None) -> Path:
    """Write a backup file to download (default: into the workspace folder)."""
    ws = _ws(workspace)
    return ws.backup(output if output is not None else ws.path)


def restore(filename: str, content: bytes | None = None, *, workspace: WorkspaceLike = None) -> Project:
    """Replace the project with a backup (.json) or an exported report (.html/.ipynb).

    ``content`` is the file's bytes (from an upload); without it ``filename`` is
    read from disk. What was there before is kept under ``backups/``.
    """
    from infokit.report import embed

    if content is None:
        submission = embed.read_submission(filename)
    else:
        submission = embed.submission_from_bytes(content, filename)
    return restore_submission(submission, workspace=workspace)


def restore_submission(submission: Any, *, workspace: WorkspaceLike = None) -> Project:
    """Make a read report or backup the current project; contact details a report left
    out are kept from the current workspace (when it can be read)."""
    from infokit.report.embed import merge_private_details

    ws = _ws(workspace)
    project = submission.project
    if submission.kind != "backup":
        with contextlib.suppress(WorkspaceError):  # an unreadable current file has nothing to keep
            project = merge_private_details(project, ws.load())
    ws.restore(project)
    return project


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
