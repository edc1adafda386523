"""What every step shares: the workspace to use, finding a record by id or name, setting fields."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any

from pydantic import BaseModel

from infokit.dates import outside_range, short_day
from infokit.errors import InvalidValue
from infokit.labels import label
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


def _find(items: list[Any], key: Any, what: str, *attrs: str) -> Any:
    """The record ``key`` names: the record itself, its id, or its exact name or text (any case).

    A record that was there when the form was drawn and is gone now (removed in
    another notebook) is named by what the student called it, never by its id.
    """
    if isinstance(key, BaseModel):
        found = next((item for item in items if item.id == getattr(key, "id", None)), None)
        if found is None:
            shown = str(getattr(key, attrs[0], "") or "").strip()
            gone = f"{_quote(shown, what)} is" if shown else f"That {what} is"
            raise InvalidValue.says(what, shown, f"{gone} not one of your {what}s any more: {_REFRESH}")
        return found
    wanted = str(key).strip()
    for item in items:
        if item.id == wanted:
            return item
    for item in items:
        if any(str(getattr(item, a)).strip().casefold() == wanted.casefold() for a in attrs):
            return item
    if not wanted:
        raise InvalidValue.says(what, key, f"Pick one of your {what}s first")
    if _ID.fullmatch(wanted):  # an id the kit made: the record was removed since the form was drawn
        raise InvalidValue.says(what, key, f"That {what} is not one of your {what}s any more: {_REFRESH}")
    raise InvalidValue.says(
        what, key, f"{_quote(wanted, what)} is not one of your {what}s (give its exact {attrs[0]})"
    )


_ID = re.compile(r"[0-9a-f]{10}")
_REFRESH = "it was removed, perhaps in another notebook; run this cell again to refresh the list"


def _quote(text: str, what: str) -> str:
    """A name as the student typed it; a question or a note by its opening words."""
    if what in ("contact", "referral"):
        return text if len(text) <= 60 else text[:57] + "..."
    return f"“{text if len(text) <= 50 else text[:47] + '...'}”"


def _contact(p: Project, key: Any) -> Contact:
    return _find(p.contacts, key, "contact", "name")


def _question(p: Project, key: Any) -> Question:
    return _find(p.questions, key, "question", "text")


def _assign(record: Any, path: str, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        if name not in type(record).model_fields or name in ("id", "history"):
            where = label(path) if path else "this record"
            raise InvalidValue.says(
                f"{path}.{name}" if path else name,
                value,
                f"'{name}' is not a field you can set on {where}",
            )
        set_field(record, name, value, path)


SLACK = timedelta(days=1)
"""How far past today a date may be: the kernel's clock (Binder's is UTC) can be a day
behind the student's own, who may already be living tomorrow."""


def happened_on(
    on: date | str | None, what: str, field: str, *, date_required: bool = False, today: date | None = None
) -> date:
    """The day something happened: ``on``, or today when it is None (unless ``date_required``,
    which a form sets so that an empty or unreadable date box is never taken for today).

    ``what`` says what happened in words ("the day you sent the request"). A day in the
    future cannot be the day something happened, so it is refused.
    """
    today = today or date.today()
    if on is None or on == "":
        if date_required:
            raise InvalidValue.says(field, None, f"Give {what}: the date box is empty or not a date")
        return today
    if isinstance(on, datetime):
        on = on.date()
    elif isinstance(on, str):
        try:
            on = date.fromisoformat(on.strip())
        except ValueError:
            raise InvalidValue.says(
                field, on, f"{_capital(what)} {on[:40]!r} is not a date like 2026-03-14"
            ) from None
    if not isinstance(on, date):
        raise InvalidValue.says(field, None, f"{_capital(what)} must be a date")
    reason = outside_range(on)
    if reason:
        raise InvalidValue.says(field, on, f"{_capital(what)} {on.isoformat()} {reason}")
    if on > today + SLACK:
        raise InvalidValue.says(
            field,
            on,
            f"{_capital(what)} cannot be in the future: {short_day(on)} is after today ({short_day(today)})",
        )
    return on


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
