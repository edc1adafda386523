"""The kinds of message the kit drafts, with the label a student reads for each.

Kept apart from :mod:`infokit.outreach.messages` (templates, the calendar) so the
report can name a kept message without loading Jinja2 or icalendar.
"""

from __future__ import annotations

KINDS: dict[str, str] = {
    "request-email": "Interview request (email)",
    "phone-script": "Phone script for asking",
    "voicemail": "Voicemail message",
    "confirmation": "Confirmation email",
    "thank-you": "Thank-you note",
    "follow-up": "Follow-up on an unanswered request",
    "referrer-update": "Update for the person who referred you",
}
"""Every message kind: id (template name, CLI choice) to label."""

EMAIL_KINDS = frozenset(KINDS) - {"phone-script", "voicemail"}
"""Kinds whose text starts with a ``Subject:`` line."""
