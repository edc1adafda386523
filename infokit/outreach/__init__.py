"""What the student sends and when: message drafts, the message checker, the calendar.

* ``messages``: the drafts (request email, phone script, voicemail, confirmation,
  thank-you, follow-up, note to a referrer), one Jinja2 template each in ``templates/``;
* ``check``: the message checker, with stable rule ids;
* ``schedule``: business days, the follow-up plan, the thank-you window, the ``.ics`` file.

Names load their module on first use, so the checker does not pull in icalendar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from infokit._lazy import lazy_exports

_HOMES: dict[str, str] = {
    "KINDS": "infokit.outreach.kinds",
    "check_message": "infokit.outreach.check",
    "contact_plan": "infokit.outreach.schedule",
    "meeting_ics": "infokit.outreach.schedule",
    "render": "infokit.outreach.messages",
    "render_all": "infokit.outreach.messages",
    "thank_you_deadline": "infokit.outreach.schedule",
    "write_ics": "infokit.outreach.schedule",
}

__all__ = [
    "KINDS",
    "check_message",
    "contact_plan",
    "meeting_ics",
    "render",
    "render_all",
    "thank_you_deadline",
    "write_ics",
]

__getattr__, __dir__ = lazy_exports(__name__, _HOMES)


if TYPE_CHECKING:  # pragma: no cover
    from infokit.outreach.check import check_message
    from infokit.outreach.messages import KINDS, render, render_all
    from infokit.outreach.schedule import contact_plan, meeting_ics, thank_you_deadline, write_ics
