"""Dates in words, in English whatever the machine's locale (strftime would follow it);
the range of dates infokit takes, and time-zone names."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def day_month(day: date) -> str:
    """``14 April``."""
    return f"{day.day} {MONTHS[day.month - 1]}"


def short_day(day: date) -> str:
    """``14 April 2026``."""
    return f"{day_month(day)} {day.year}"


def long_day(day: date) -> str:
    """``Tuesday 14 April 2026``."""
    return f"{WEEKDAYS[day.weekday()]} {short_day(day)}"


EARLIEST = date(1900, 1, 1)
LATEST = date(2200, 12, 31)
"""The dates infokit accepts anywhere (a status move, a meeting, a due date, an export).

Every real project and assignment falls far inside them, while the arithmetic the
kit does on a date (a meeting's end, a deadline a few weeks on, a time-zone shift)
stays far from what Python's dates can hold (years 1 to 9999): a hand-edited year
1 or 9999 is refused in one line instead of ending an export or a calendar file
in an overflow. The year 1900 also keeps every four-digit year calendar apps read.
"""


def outside_range(day: date) -> str | None:
    """Why ``day`` (a date or datetime) cannot be a date of this work, or None if it can."""
    if EARLIEST.year <= day.year <= LATEST.year:
        return None
    return f"is not a date infokit takes (years {EARLIEST.year} to {LATEST.year})"


def known_zone(name: str) -> ZoneInfo | None:
    """The time zone named ``name`` (e.g. Europe/London), or None for anything else.

    zoneinfo answers a folder of the time-zone database ("America") with
    IsADirectoryError, a very long name with OSError and a path with ValueError;
    each of them simply means "not a time zone".
    """
    if not name or len(name) > 100:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None
