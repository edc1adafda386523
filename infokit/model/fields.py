"""The building blocks of every record: field types that clean and check a value, the
base class, and the one-line error a student reads when a value is refused.

``set_field`` and ``make`` are how the rest of infokit changes or creates a record:
both turn pydantic's report into one :class:`~infokit.errors.InvalidValue` line that
names the field and the value.
"""

from __future__ import annotations

import re
import uuid
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from infokit.errors import InvalidValue

MAX_TEXT = 20_000
"""Longest free text a field keeps (about eight pages); longer is refused, not cut."""

MAX_LINE = 300
"""Longest single-line field (a name, a role, a place)."""


def _new_id() -> str:
    return uuid.uuid4().hex[:10]


def _clean_line(value: str) -> str:
    value = value.strip()
    if "\n" in value or "\r" in value:
        raise ValueError("must be a single line")
    if len(value) > MAX_LINE:
        raise ValueError(f"is longer than {MAX_LINE} characters")
    return value


def _clean_text(value: str) -> str:
    value = value.replace("\r\n", "\n").strip()
    if len(value) > MAX_TEXT:
        raise ValueError(f"is longer than {MAX_TEXT} characters")
    return value


def _required(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ().\-/]{6,24}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)


def _email(value: str) -> str:
    if value and not _EMAIL.match(value):
        raise ValueError("is not an email address like name@example.org")
    return value


def _phone(value: str) -> str:
    if value and (not _PHONE.match(value) or sum(c.isdigit() for c in value) < 6):
        raise ValueError("is not a phone number (digits, spaces, + ( ) - and an optional ext)")
    return value


def _url_or_text(value: str) -> str:
    return value


Line = Annotated[str, AfterValidator(_clean_line)]
Text = Annotated[str, AfterValidator(_clean_text)]
Name = Annotated[str, AfterValidator(_clean_line), AfterValidator(_required)]
RequiredText = Annotated[str, AfterValidator(_clean_text), AfterValidator(_required)]
Email = Annotated[str, AfterValidator(_clean_line), AfterValidator(_email)]
Phone = Annotated[str, AfterValidator(_clean_line), AfterValidator(_phone)]
Id = Annotated[str, Field(default_factory=_new_id, pattern=r"^[A-Za-z0-9_\-]{1,40}$")]


def _items(value: list[str]) -> list[str]:
    """A list of short entries: blanks dropped, duplicates (ignoring case) dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for item in value:
        item = _clean_line(item)
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


Items = Annotated[list[str], AfterValidator(_items)]


class Model(BaseModel):
    """Base for every record: strict about unknown keys, validates on assignment."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=False,
        use_enum_values=False,
    )


def as_invalid(exc: ValidationError, prefix: str = "") -> InvalidValue:
    """Turn pydantic's report into one line: the first problem's field path and value."""
    error = exc.errors(include_url=False)[0]
    path = _path(error.get("loc", ()), prefix)
    value = error.get("input")
    reason = str(error.get("msg", "is not valid"))
    reason = reason.removeprefix("Value error, ")
    if error.get("type") == "missing":
        return InvalidValue(path, None, "is required")
    if error.get("type") == "extra_forbidden":
        return InvalidValue(path, value, "is not a field infokit knows")
    if not reason.startswith(("is ", "must ", "status ", "prompt ", "checklist ")):
        reason = "is not valid: " + reason[0].lower() + reason[1:]
    if isinstance(value, dict) and error.get("type") == "value_error":
        return InvalidValue.across(path or "project", reason)
    return InvalidValue(path or exc.title, value, reason)


def _path(loc: tuple[Any, ...], prefix: str) -> str:
    out = prefix
    for part in loc:
        if part == "[key]":  # pydantic's marker for a bad dictionary key; the key is already named
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def set_field(record: BaseModel, field: str, value: Any, path: str = "") -> None:
    """Assign ``record.field = value`` with the one-line error on bad input."""
    try:
        setattr(record, field, value)
    except ValidationError as exc:
        raise as_invalid(exc, prefix=path) from None


def make(cls: type[Model], path: str = "", **values: Any) -> Any:
    """Create a record of ``cls`` with the one-line error on bad input."""
    try:
        return cls(**values)
    except ValidationError as exc:
        raise as_invalid(exc, prefix=path) from None
