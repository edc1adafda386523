"""Dates in words, in English whatever the machine's locale (strftime would follow it)."""

from __future__ import annotations

from datetime import date

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
