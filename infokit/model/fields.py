"""The building blocks of every record: field types that clean and check a value, the
base class, and the one-line error a student reads when a value is refused.

``set_field`` and ``make`` are how the rest of infokit changes or creates a record:
both turn pydantic's report into one :class:`~infokit.errors.InvalidValue` line that
names the field and the value.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from infokit.dates import outside_range
from infokit.errors import InvalidValue, sentence, show
from infokit.labels import label

MAX_TEXT = 20_000
"""Longest free text a field keeps (about eight pages); longer is refused, not cut."""

MAX_LINE = 300
"""Longest single-line field (a name, a role, a place)."""

MAX_KEY = 40
"""Longest id or key (a record's id, a question-bank entry)."""


def _new_id() -> str:
    return uuid.uuid4().hex[:10]


def _printable_text(value: str) -> str:
    """Refuse a lone surrogate: it cannot be saved as UTF-8 (a broken paste or a hand-edited file)."""
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("holds a broken character (half of an emoji or symbol): type it again") from None
    return value


def _clean_line(value: str) -> str:
    if len(value) > MAX_LINE * 4:  # refuse a huge value before copying it
        raise ValueError(f"is longer than {MAX_LINE} characters")
    value = _printable_text(value.strip())
    if "\n" in value or "\r" in value:
        raise ValueError("must be a single line")
    if len(value) > MAX_LINE:
        raise ValueError(f"is longer than {MAX_LINE} characters")
    return value


def _clean_text(value: str) -> str:
    if len(value) > MAX_TEXT * 4:
        raise ValueError(f"is longer than {MAX_TEXT} characters")
    value = _printable_text(value.replace("\r\n", "\n").strip())
    if len(value) > MAX_TEXT:
        raise ValueError(f"is longer than {MAX_TEXT} characters")
    return value


def _required(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


_KEY = re.compile(rf"[A-Za-z0-9_\-]{{1,{MAX_KEY}}}")


def _key(value: str) -> str:
    if len(value) > MAX_KEY or not _KEY.fullmatch(value):
        raise ValueError(f"is not an id infokit made (up to {MAX_KEY} letters, digits, - or _)")
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


def _real_day(value: date) -> date:
    reason = outside_range(value)
    if reason:
        raise ValueError(reason)
    return value


Line = Annotated[str, AfterValidator(_clean_line)]
Text = Annotated[str, AfterValidator(_clean_text)]
Name = Annotated[str, AfterValidator(_clean_line), AfterValidator(_required)]
RequiredText = Annotated[str, AfterValidator(_clean_text), AfterValidator(_required)]
Email = Annotated[str, AfterValidator(_clean_line), AfterValidator(_email)]
Phone = Annotated[str, AfterValidator(_clean_line), AfterValidator(_phone)]
Id = Annotated[str, Field(default_factory=_new_id), AfterValidator(_key)]
Key = Annotated[str, AfterValidator(_key)]
"""An id pointing at another record (a contact) or at a question-bank entry."""
Day = Annotated[date, AfterValidator(_real_day)]
"""A date between the years 1900 and 2200 (see infokit.dates.EARLIEST)."""
Moment = Annotated[datetime, AfterValidator(_real_day)]


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
        allow_inf_nan=False,
    )


def as_invalid(exc: ValidationError, prefix: str = "") -> InvalidValue:
    """Turn pydantic's report into one line: the first problem, its field in the student's words."""
    error = exc.errors(include_url=False)[0]
    loc = tuple(error.get("loc", ()))
    path = _path(loc, prefix)
    value = error.get("input")
    kind = error.get("type")
    reason = plain_reason(error)
    if kind == "missing":
        return InvalidValue(path, None, "is required")
    if kind == "extra_forbidden":
        reason = "is not a field infokit knows"
        return InvalidValue(path, value, reason, message=sentence(label(path), None, reason))
    if loc and loc[-1] == "[key]":
        where = label(_path(loc[:-2], prefix))
        key = show(value) or "an empty key"
        return InvalidValue(path, value, reason, message=f"In {where}, {key} {reason}")
    if isinstance(value, dict) and kind in ("value_error", "assertion_error"):
        return InvalidValue.across(path or "project", reason)
    return InvalidValue(path or "project", value, reason)


_REASONS: dict[str, str] = {
    "string_type": "must be text",
    "string_unicode": "holds a broken character (half of an emoji or symbol)",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "finite_number": "must be a number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "date_type": "is not a date like 2026-03-14",
    "date_parsing": "is not a date like 2026-03-14",
    "date_from_datetime_parsing": "is not a date like 2026-03-14",
    "date_from_datetime_inexact": "is not a date like 2026-03-14",
    "datetime_type": "is not a day and time like 2026-03-14 10:30",
    "datetime_parsing": "is not a day and time like 2026-03-14 10:30",
    "datetime_from_date_parsing": "is not a day and time like 2026-03-14 10:30",
    "datetime_object_invalid": "is not a day and time like 2026-03-14 10:30",
    "list_type": "must be a list",
    "tuple_type": "must be a list",
    "recursion_loop": "is nested too deeply",
}
_BOUNDS: dict[str, str] = {
    "greater_than_equal": "must be at least {ge}",
    "greater_than": "must be more than {gt}",
    "less_than_equal": "must be at most {le}",
    "less_than": "must be less than {lt}",
    "string_too_long": "is longer than {max_length} characters",
    "too_long": "has more than {max_length} entries",
    "literal_error": "must be one of {expected}",
    "enum": "must be one of {expected}",
}
_RECORD_TYPES = frozenset({"dict_type", "model_type", "model_attributes_type", "dataclass_type"})


def plain_reason(error: Any) -> str:
    """What is wrong, in words a student or an instructor reads (one of pydantic's error dicts)."""
    kind = str(error.get("type", ""))
    context = error.get("ctx") or {}
    if kind in _REASONS:
        return _REASONS[kind]
    if kind in _BOUNDS:
        try:
            return _BOUNDS[kind].format(**{k: _number(v) for k, v in context.items()})
        except (KeyError, IndexError, ValueError):
            pass
    if kind in _RECORD_TYPES:
        return f"must be a group of named values ({{...}} in the file), not {_kind_of(error.get('input'))}"
    reason = str(error.get("msg", "is not valid"))
    reason = reason.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    if reason.startswith(("is ", "must ", "has ", "holds ", "status ", "prompt ", "checklist ")):
        return reason
    return "is not valid: " + reason[:1].lower() + reason[1:]


def _number(value: Any) -> Any:
    return f"{value:g}" if isinstance(value, float) else value


def _kind_of(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if value is None:
        return "nothing (null)"
    return "something else"


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
