"""What every step shares: the workspace to use, finding a record by id or name, setting fields."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from infokit.errors import InvalidValue
from infokit.model import (
    Contact,
    Project,
    Question,
    set_field,
)
from infokit.prompts import PREPARATION
from infokit.store import Workspace

WorkspaceLike = Workspace | str | os.PathLike[str] | None

CALENDAR_FILE = "meeting.ics"
REPORT_FOLDER = "report"
"""Exported reports go into this folder inside the workspace."""
CHECKLIST = PREPARATION
"""The preparation checklist: key stored in the workspace, label shown to the student."""


def workspace(where: WorkspaceLike = None) -> Workspace:
    """The workspace to use: the one given, a folder, or the default location."""
    return where if isinstance(where, Workspace) else Workspace(where)


def project(where: WorkspaceLike = None) -> Project:
    """The saved project (an empty one if nothing was saved yet)."""
    return workspace(where).load()


def _ws(where: WorkspaceLike) -> Workspace:
    return workspace(where)


def _lines(value: str | Iterable[str]) -> list[str]:
    """A list field given as a list, or as text with one entry per line."""
    if isinstance(value, str):
        return value.splitlines()
    return list(value)


def _find(items: list[Any], key: str, what: str, *attrs: str) -> Any:
    wanted = str(key).strip()
    for item in items:
        if item.id == wanted:
            return item
    for item in items:
        if any(str(getattr(item, a)).strip().casefold() == wanted.casefold() for a in attrs):
            return item
    raise InvalidValue(what, key, f"is not one of your {what}s (give its id or its exact {attrs[0]})")


def _contact(p: Project, key: str) -> Contact:
    return _find(p.contacts, key, "contact", "name")


def _question(p: Project, key: str) -> Question:
    return _find(p.questions, key, "question", "text")


def _assign(record: Any, path: str, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        if name not in type(record).model_fields or name in ("id", "history"):
            raise InvalidValue(f"{path}.{name}" if path else name, value, "is not a field you can set here")
        set_field(record, name, value, path)
