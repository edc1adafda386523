"""What a report leaves out unless the student asks for contact details: every email address
and phone number of the people they contacted, wherever the student typed them.

The contacts' own email and phone fields are emptied, and the same details are
replaced by a neutral marker in every free-text field of the project (notes, the
request draft's ``To:`` line, a phone meeting's "Place, link or number", research
sources, referral notes, mentions, message copies, follow-ups, answer notes, the
reflection...). Which fields are free text is read from the model itself (every
``Line``, ``Text`` and ``Items`` field), so a field added later is covered too.

* An email address is left out wherever it appears, whoever's it is, except the
  student's own: it is their submission.
* A contact's phone number is found in any layout ("312-555-0148", "(312) 555
  0148", "+1 312 555 0148", "0044 20 ..."), matching its digits rather than its
  characters; in a phone meeting's place any phone number is left out.
* The student's own phone is not shown in a report, so it is left out of the
  embedded data too.

The report's visible part and its embedded data are both built from
:func:`left_out`, so what the instructor sees and what the grader reads agree.
Restoring a report puts the details back from the student's workspace where it
can (:func:`bring_back`). Every pattern is bounded, so this stays linear in
the length of the text.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from infokit.model import MAX_LINE, MAX_TEXT, Project, validate_project
from infokit.model import fields as model_fields

EMAIL_LEFT_OUT = "[email left out]"
PHONE_LEFT_OUT = "[phone number left out]"

_EMAIL = re.compile(
    r"(?<![^\s<>\"',;])[^\s@<>\"',;]{1,64}@[^\s@<>\"',;.]{1,63}(?:\.[^\s@<>\"',;.]{1,63}){1,8}"
)
"""An email address as the model takes one (see model.fields), ending at a word, not a full stop."""
_RUN = re.compile(r"[+(]*\d(?:[ \t\u00a0().\-/]{0,3}\d)*")
"""A run of digits with a few separators between them: where a phone number can hide."""
_ANY_PHONE = re.compile(r"(?<![\w+])\+?\(?\d(?:[ \u00a0().\-/]{0,3}\d){6,17}(?!\d)")
_EXTENSION = re.compile(r"\s*(?:ext\.?|x)\s*\d+\s*$", re.IGNORECASE)
TAIL = 7
"""A number is recognised by its last seven digits (all of them if shorter), then as many of
the digits before them as the text has: a country code, an area code, a trunk 0 may be left out."""
_LIMITS: dict[Callable[..., Any], int] = {
    model_fields._clean_line: MAX_LINE,
    model_fields._clean_text: MAX_TEXT,
    model_fields._items: MAX_LINE,  # a list of lines: the limit of each
}
_NOT_FREE = {model_fields._email, model_fields._phone, model_fields._key}


def _digits(phone: str) -> str:
    return re.sub(r"\D", "", _EXTENSION.sub("", phone.replace("(0)", "")))


class PhoneFinder:
    """Finds known phone numbers in text in any layout, in one pass whatever their number."""

    def __init__(self, phones: list[str]) -> None:
        self.before: dict[str, list[str]] = {}
        """Last digits of a number -> the digits that may come before them."""
        for phone in phones:
            digits = _digits(phone)
            if len(digits) >= 6:
                self.before.setdefault(digits[-TAIL:], []).append(digits[:-TAIL])
        self.lengths = sorted({len(tail) for tail in self.before})

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the numbers are in ``text``, as (start, end), in order and not overlapping."""
        found: list[tuple[int, int]] = []
        if not self.before:
            return found
        for run in _RUN.finditer(text):
            chars, offset = run.group(), run.start()
            where = [i for i, c in enumerate(chars) if c.isdigit()]
            digits = "".join(chars[i] for i in where)
            for end in range(len(digits)):
                if where[end] + 1 < len(chars) and chars[where[end] + 1].isdigit():
                    continue  # a number ends where its last group of digits ends
                for length in self.lengths:
                    first = end - length + 1
                    prefixes = self.before.get(digits[first : end + 1]) if first >= 0 else None
                    start = self._start(chars, where, digits, first, prefixes) if prefixes else None
                    if start is not None:
                        span = (offset + start, offset + where[end] + 1)
                        if not found or span[0] >= found[-1][1]:
                            found.append(span)
                        break
        return found

    @staticmethod
    def _start(chars: str, where: list[int], digits: str, first: int, prefixes: list[str]) -> int | None:
        """The earliest start of the number whose last digits begin at ``first``: with as much of
        each prefix as precedes it, a trunk 0 or 00, and a + or ( before; never inside a number."""
        starts = {first}
        for prefix in prefixes:
            index, left = first, len(prefix)
            while left and index and digits[index - 1] == prefix[left - 1]:
                index, left = index - 1, left - 1
                starts.add(index)
        earliest = min(starts)
        for zeros in ("0", "00"):
            if earliest >= len(zeros) and digits[earliest - len(zeros) : earliest] == zeros:
                starts.add(earliest - len(zeros))
        valid = [k for k in starts if where[k] == 0 or not chars[where[k] - 1].isdigit()]
        if not valid:
            return None
        start = where[min(valid)]
        while start and chars[start - 1] in "+(":
            start -= 1
        return start


def phone_pattern(phone: str) -> PhoneFinder | None:
    """A finder for one phone number (used by the tests to show the layouts it knows)."""
    finder = PhoneFinder([phone])
    return finder if finder.before else None


class Hider:
    """Replaces the details of one project's contacts in any text."""

    def __init__(self, project: Project) -> None:
        self.own_email = project.profile.email.casefold()
        emails = {c.email for c in project.contacts if c.email}
        odd = sorted((e for e in emails if not _EMAIL.fullmatch(e)), key=len, reverse=True)
        self.odd_emails = re.compile("|".join(map(re.escape, odd)), re.IGNORECASE) if odd else None
        """Addresses the model took that the general pattern does not find (rare and few)."""
        self.phones = PhoneFinder([c.phone for c in project.contacts if c.phone])

    def __call__(self, text: str, *, any_phone: bool = False) -> str:
        if not text:
            return text
        if "@" in text:
            if self.odd_emails is not None:
                text = self.odd_emails.sub(EMAIL_LEFT_OUT, text)
            text = _EMAIL.sub(self._email, text)
        spans = self.phones.spans(text)
        if spans:
            pieces, last = [], 0
            for start, end in spans:
                pieces += [text[last:start], PHONE_LEFT_OUT]
                last = end
            text = "".join([*pieces, text[last:]])
        if any_phone:
            text = _ANY_PHONE.sub(PHONE_LEFT_OUT, text)
        return text

    def _email(self, found: re.Match[str]) -> str:
        return found.group(0) if found.group(0).casefold() == self.own_email else EMAIL_LEFT_OUT


def left_out(project: Project) -> Project:
    """The project as a report without contact details shows and embeds it."""
    hide = Hider(project)
    data = _scrub(project, hide)
    for contact in data["contacts"]:
        contact["email"] = contact["phone"] = contact["address"] = ""
    data["profile"]["phone"] = ""
    if project.meeting is not None and project.meeting.format == "phone":
        data["meeting"]["place"] = _cut(hide(project.meeting.place, any_phone=True), MAX_LINE)
    return validate_project(data)


def _scrub(record: BaseModel, hide: Hider) -> dict[str, Any]:
    """``record`` as plain data with every free-text value passed through ``hide``."""
    out: dict[str, Any] = {}
    for name, info in type(record).model_fields.items():
        value = getattr(record, name)
        limit = _free_text_limit(info.metadata)
        out[name] = _scrub_value(value, limit, info.annotation, hide)
    return out


def _scrub_value(value: Any, limit: int | None, annotation: Any, hide: Hider) -> Any:
    if isinstance(value, BaseModel):
        return _scrub(value, hide)
    if isinstance(value, str):
        return _cut(hide(value), limit) if limit else value
    if isinstance(value, list):
        return [_scrub_value(item, limit, None, hide) for item in value]
    if isinstance(value, dict):
        args = typing.get_args(annotation)
        inner = _free_text_limit(typing.get_args(args[1])[1:]) if len(args) == 2 else None
        return {key: _scrub_value(item, inner, None, hide) for key, item in value.items()}
    return value.isoformat() if hasattr(value, "isoformat") else value


def _free_text_limit(metadata: Any) -> int | None:
    """The length limit of a free-text field, read from its validators; None for other fields."""
    validators = [getattr(item, "func", None) for item in metadata]
    if any(func in _NOT_FREE for func in validators):
        return None
    return next((_LIMITS[func] for func in validators if func in _LIMITS), None)


def _cut(text: str, limit: int | None) -> str:
    """A marker is longer than what it replaces: keep the field within its limit."""
    if limit is None or len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + "…"


def bring_back(restored: Project, current: Project) -> Project:
    """``restored`` (read from a report) with what the report left out taken from ``current``.

    A value comes back only where the report holds exactly what ``current`` would
    have shown (so a change made since is kept), records are matched by id, and
    the student's own phone only when both are the same student's.
    """
    as_shown = left_out(current)
    shown = as_shown.model_dump(mode="json")
    mine = current.model_dump(mode="json")
    data = restored.model_dump(mode="json")
    if not restored.profile.is_same_student(as_shown.profile):
        shown.pop("profile")
    merged = _merge(data, shown, mine)
    return validate_project(merged)


def _merge(restored: Any, shown: Any, current: Any) -> Any:
    if isinstance(restored, str):
        same_as_shown = isinstance(shown, str) and restored == shown
        return current if same_as_shown and isinstance(current, str) and current != shown else restored
    if isinstance(restored, dict) and isinstance(shown, dict) and isinstance(current, dict):
        return {
            key: _merge(value, shown[key], current[key]) if key in shown and key in current else value
            for key, value in restored.items()
        }
    if isinstance(restored, list) and isinstance(shown, list) and isinstance(current, list):
        by_id = _by_id(shown), _by_id(current)
        out = []
        for number, item in enumerate(restored):
            key = item.get("id") if isinstance(item, dict) else None
            if key is not None and by_id[0] is not None and by_id[1] is not None:
                pair = by_id[0].get(key), by_id[1].get(key)
            elif number < len(shown) and number < len(current):
                pair = shown[number], current[number]
            else:
                pair = None, None
            out.append(_merge(item, *pair) if pair[0] is not None else item)
        return out
    return restored


def _by_id(items: list[Any]) -> dict[str, Any] | None:
    if items and all(isinstance(item, dict) and "id" in item for item in items):
        return {item["id"]: item for item in items}
    return None
