"""The ``pushy`` rule: a message that sets the other person a deadline or gives orders.

The person owes the student nothing, so the ask is a question they can decline:
"Would you have 20 minutes...?". Flagged: deadlines set for them ("reply by
Friday", "I need an answer by Monday", "as soon as possible", "within two
days"), demands ("I need 20 minutes of your time", "you must reply"), threats
to chase ("I will call your office if I don't hear back") and orders in place
of a question ("Call me on...", "Send me three times..."). "Please let me know
what suits you" is a courtesy, not an order.
"""

from __future__ import annotations

import re

_DAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|the end of (?:the )?"
    r"(?:day|week|month)|end of (?:the )?(?:day|week)|next week|this week|the \d+\w*|\d+(?:st|nd|rd|th)?|"
    r"(?:one|two|three|four|five|a few|\d+) (?:days?|hours?|working days))"
)
_PUSHY = re.compile(
    "|".join(
        [
            r"\b(?:as soon as possible|asap|at the latest|no later than|right away|immediately|urgently)\b",
            rf"\b(?:reply|respond|answer|get back to me|confirm|let me know|send|email|call|"
            rf"write)\b[^.?!]{{0,50}}"
            rf"\b(?:by|before|within)\s+(?:\w+\s+){{0,2}}?{_DAY}\b",
            r"\b(?:i|we) (?:need|expect|require|must have|want)\b[^.?!]{0,25}\b(?:an? (?:answer|reply|"
            r"response)|your (?:answer|reply|response|time)|(?:\w+ )?minutes of your time|"
            r"to hear (?:back )?from "
            r"you|you to)\b",
            rf"\b(?:i|we) (?:need|expect|require)\b[^.?!]{{0,40}}\b(?:by|before|"
            rf"within)\s+(?:\w+\s+){{0,2}}?{_DAY}\b",
            r"\b(?:you must|you need to|you have to|make sure you|i insist|i must (?:speak|talk|meet|"
            r"hear))\b",
            r"\bif (?:i|we) (?:don't|do not|haven't|have not) hear(?:d)? (?:back|from you)\b",
            r"\bi will (?:call|phone|ring|follow up with) (?:you|your office|your team|"
            r"your assistant)\b[^.?!]{0,40}"
            r"\b(?:then|tomorrow|at \d|if)\b",
        ]
    ),
    re.IGNORECASE,
)
_ORDER = re.compile(
    r"^(?:please\s+)?(?:send|call|email|text|phone|ring|tell|give|book|schedule|reply|respond|confirm|answer|"
    r"get back to)\b(?! my (?:regards|thanks|best))(?:\s+(?:me|us)\b|\s+(?:by|within|before|with|three|two|"
    r"a few)\b)",
    re.IGNORECASE,
)


def pushy(sentences: list[str]) -> str | None:
    """The first pushy phrase in ``sentences``, or None."""
    for sentence in sentences:
        stripped = sentence.strip()
        order = _ORDER.match(stripped)
        if order:
            return order.group(0)
        match = _PUSHY.search(stripped)
        if match:
            return match.group(0)
    return None
