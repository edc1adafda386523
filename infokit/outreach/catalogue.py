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
        "Leave jobs and your CV out; if they ask for your CV later, send it then.",
    ),
    "subject": (
        "warning",
        "There is no subject line; many people never open an email without one.",
        "Add one that says what it is about, e.g. who suggested you write, or the career you are exploring.",
    ),
    "subject:vague": (
        "warning",
        'The subject "{subject}" does not say what the email is about.',
        "Name the connection or the topic, e.g. who suggested you write, or the career you are exploring.",
    ),
    "greeting": (
        "warning",
        "It does not open with a greeting that names them.",
        'Start with "Dear" and their name, e.g. "Dear Ms. Okafor,".',
    ),
    "greeting:casual": (
        "warning",
        'The greeting "{greeting}" is too casual for someone you do not know well.',
        'Use "Dear" or "Hello" and their name.',
    ),
    "greeting:impersonal": (
        "warning",
        'The greeting "{greeting}" does not name the person you are writing to.',
        "Find their name (their organisation's website or LinkedIn) and use it.",
    ),
    "sign-off": (
        "warning",
        "It stops without a sign-off and your name.",
        'End with a closing line such as "Best regards," and your name on the line below.',
    ),
    "sign-off:casual": (
        "warning",
        'The sign-off "{closing}" is too casual for this message.',
        'Use "Best regards," "Kind regards," or "Thank you," with your name.',
    ),
    "pushy": (
        "warning",
        'It reads as pushy ("{shown}"): they owe you nothing, so give them room to say yes.',
        'Ask, and let them choose: "Would you have 20 minutes at a time that suits you?"',
    ),
    "too-long": (
        "warning",
        "The note has {words} words; a thank-you reads best under {limit} (the subject and signature are not "
        "counted).",
        "Keep the thanks, one or two specific things they said and what you will do next.",
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
