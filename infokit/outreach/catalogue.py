"""The message checker's rule catalogue: each rule's severity, message and suggestion.

:func:`finding` fills in the values; ``rule:variant`` keys share one rule id (the
documented table is in :mod:`infokit.outreach.check`).
"""

from __future__ import annotations

from infokit.findings import Finding, Severity

_RULES: dict[str, tuple[Severity, str, str]] = {
    "empty": ("error", "The message is empty.", "Start from one of infokit's drafts."),
    "unedited": (
        "error",
        "A spot marked [[ ... ]] or [like this] is still to fill in.",
        "Replace it with your own words, then check again.",
    ),
    "language": (
        "info",
        "This does not look like English: only the word limit and the dates were checked.",
        "",
    ),
    "word-limit": (
        "error",
        "The body has {words} words; the limit is {limit} (the subject line and signature are not counted).",
        "Keep the connection, one line about your interest and the question.",
    ),
    "connection-first": (
        "warning",
        "The opening does not say how you know of them or who referred you.",
        "Open with who referred you, or where you came across their name.",
    ),
    "asks-for-job": (
        "error",
        "Mentions {shown}: an informational interview asks for advice, not a job.",
        "Leave jobs out; ask about their path instead.",
    ),
    "no-question": (
        "warning",
        "No question asks for the meeting.",
        'End with one, e.g. "Would you have {minutes} minutes to talk in the coming weeks?"',
    ),
    "no-time": (
        "warning",
        "It does not say how much time you are asking for.",
        "Name it: {minutes} minutes.",
    ),
    "no-format": (
        "info",
        "No way of meeting is offered.",
        "Offer a choice: phone, a video call or in person.",
    ),
    "not-specific": (
        "warning",
        "{why} A specific detail shows you listened.",
        "Add one sentence on something they told you and why it matters to you.",
    ),
    "late": (
        "warning",
        "{days} days after the interview is later than the recommended {hours} hours.",
        "Send it no later than {latest}.",
    ),
    "late:error": (
        "error",
        "{days} days after the interview on {held} is past the {max}-day limit.",
        "Send it anyway, with a short apology.",
    ),
}
"""Each rule's default severity, message and suggestion; ``rule:variant`` keys share a rule id."""


def finding(key: str, **values: object) -> Finding:
    severity, message, suggestion = _RULES[key]
    hint = suggestion.format(**values) if suggestion else None
    return Finding(key.partition(":")[0], severity, message.format(**values), hint)
