"""The settings' holidays are not business days in the follow-up plan (issue 11)."""

from __future__ import annotations

from datetime import date

from infokit.outreach.schedule import follow_up_plan
from infokit.settings import parse_settings


def test_holidays_in_the_settings_push_the_follow_ups_back():
    requested = date(2026, 11, 24)  # a Tuesday; Thanksgiving is Thursday the 26th
    plain = follow_up_plan(requested, parse_settings({}), today=requested)
    settings = parse_settings({"limits": {"holidays": [date(2026, 11, 26), date(2026, 11, 27)]}})
    off = follow_up_plan(requested, settings, today=requested)
    assert plain[0].on == date(2026, 11, 27)  # three business days later
    assert off[0].on == date(2026, 12, 1)  # Thursday and Friday off: Monday, Tuesday count
    assert [step.on for step in follow_up_plan(requested, settings, today=requested, holidays=[])] == [
        step.on for step in off
    ]  # an empty list given explicitly still uses the settings' holidays
