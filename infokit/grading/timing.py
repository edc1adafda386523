"""When a report was handed in, and how late: the platform's clock first, the student's as a cross-check.

A report's export time comes from the student's own computer, which anyone
can set back, and a digest recomputed by hand seals whatever time was
written. So lateness comes from what the platform recorded wherever the
download carries it:

* Blackboard's attempt time and Gradescope's ``created_at``: a time, so the
  days late are counted from it;
* Canvas's ``LATE`` marker: late or not, so an upload Canvas marked late is at
  least one day late whatever the export says, and one it took on time is not
  late;
* Moodle's submission time from its grading worksheet, when that is the roster.

Only with none of these does the export time count, and the flag says so.
The export time is always compared with the platform's: a report exported
after the platform received it was not the file handed in as it stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from infokit.dates import long_day
from infokit.findings import Finding
from infokit.grading.records import LmsHint
from infokit.grading.score import late_days
from infokit.settings import Settings

SLACK = timedelta(minutes=10)
"""Clocks disagree a little; an export this much after the platform's time is a flag."""
_PLATFORM = {"canvas": "Canvas", "moodle": "Moodle", "blackboard": "Blackboard", "gradescope": "Gradescope"}


@dataclass(frozen=True)
class Timing:
    """When the report was handed in and how late, with the flags that explain it."""

    handed_in: datetime | None
    """The platform's time if the download gives one, else the export time."""
    late_days: int
    source: str
    """'platform', 'canvas-marker' or 'export'."""
    flags: list[Finding] = field(default_factory=list)


def _flag(rule: str, message: str) -> Finding:
    return Finding(rule, "warning", message)


def _when(moment: datetime, settings: Settings) -> str:
    local = moment.astimezone(settings.zone) if moment.tzinfo else moment
    return f"{long_day(local.date())} {local:%H:%M}"


def timing(
    exported: datetime | None,
    hint: LmsHint | None,
    settings: Settings,
    student_key: str,
    platform_time: datetime | None = None,
) -> Timing:
    """Decide when the report was handed in (``platform_time`` overrides the hint's, e.g. from a
    Moodle worksheet) and how many days late it counts."""
    platform = _PLATFORM.get(hint.lms, hint.lms) if hint else ""
    received = platform_time or (hint.submitted_at if hint else None)
    due_known = settings.due_moment(student_key) is not None
    flags: list[Finding] = []
    if received is not None:
        days = late_days(received, settings, student_key)
        raw = late_days(received, settings, student_key, grace=False)
        if raw:
            flags.append(_flag("late", f"{platform} received it {_days(raw, days, settings)}"))
        if exported is not None and exported - received > SLACK:
            flags.append(
                _flag(
                    "exported-after-handed-in",
                    f"the report says it was exported {_when(exported, settings)}, after {platform}"
                    f" received it ({_when(received, settings)}): the student's clock was wrong or the"
                    " file was changed",
                )
            )
        return Timing(received, days, "platform", flags)
    exported_days = late_days(exported, settings, student_key)
    exported_raw = late_days(exported, settings, student_key, grace=False)
    if hint is not None and hint.lms == "canvas":
        if hint.late:
            days = max(exported_days, 1) if due_known else exported_days
            why = (
                "though the report says it was exported on time; counted as 1 day late, check the"
                " submission time in Canvas"
                if exported_days == 0 and due_known
                else "(the settings give no due date)"
                if not due_known
                else f"{days} day(s) after the due date by the export time"
            )
            flags.append(_flag("lms-late", f"Canvas marked the upload late, {why}"))
        elif exported_days:
            flags.append(
                _flag(
                    "canvas-on-time",
                    f"exported {exported_days} day(s) after the due date by the student's clock, but Canvas"
                    " took the upload on time (not counted late; check your due date against Canvas's)",
                )
            )
            days = 0
        else:
            days = 0
        return Timing(exported, days, "canvas-marker", flags)
    if exported_raw:
        flags.append(
            _flag(
                "late",
                f"exported {_days(exported_raw, exported_days, settings)} (by the student's own clock:"
                " this download carries no time from the platform)",
            )
        )
    return Timing(exported, exported_days, "export", flags)


def _days(raw: int, counted: int, settings: Settings) -> str:
    """'3 day(s) after the due date', and what the grace days leave of them."""
    grace = settings.grading.grace_days
    text = f"{raw} day(s) after the due date"
    if not grace:
        return text
    if not counted:
        return f"{text}, within the {grace} grace day(s): not counted late"
    return f"{text}: {counted} counted late after {grace} grace day(s)"
