"""The form of an email: ``subject`` (missing or vague), ``greeting`` and ``sign-off``.

A first message to a busy stranger gets opened when its subject says what it is
about ("Jamal Price suggested I write", "Advice on a career in audit"), reads as
courteous when it greets the person by name ("Dear Ms. Okafor,"), and ends with a
closing line and the student's name. "Hi", "Question" or "Quick question" as a
subject, "Hey" or "To whom it may concern" as a greeting, and a message that stops
after its last sentence are flagged.
"""

from __future__ import annotations

import re

from infokit.outreach.messages import split_subject

_SUBJECT_FILLER = frozenset(
    [
        "hi",
        "hello",
        "hey",
        "hiya",
        "there",
        "dear",
        "yo",
        "question",
        "questions",
        "quick",
        "request",
        "requesting",
        "meeting",
        "meet",
        "interview",
        "informational",
        "information",
        "help",
        "urgent",
        "important",
        "please",
        "re",
        "fwd",
        "fw",
        "no",
        "subject",
        "message",
        "email",
        "note",
        "hi!",
        "job",
        "jobs",
        "your",
        "you",
        "a",
        "an",
        "the",
        "my",
        "for",
        "from",
        "to",
        "of",
        "and",
        "student",
        "follow",
        "up",
        "following",
        "hoping",
        "hope",
    ]
)
_THANKS = frozenset(["thank", "thanks", "thx", "ty"])
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_GREETING = re.compile(
    r"^(?P<word>dear|hi|hello|hey|hiya|heya|yo|sup|howdy|good (?:morning|afternoon|evening)|greetings|"
    r"to whom it may concern)\b(?P<rest>[^\n]*)",
    re.IGNORECASE,
)
_CASUAL = frozenset(["hey", "hiya", "heya", "yo", "sup", "howdy"])
_IMPERSONAL = re.compile(
    r"^(?:to whom it may concern|dear (?:sir|madam|sir or madam|sir/madam|hiring manager|team|all|"
    r"colleague)s?)\b|^(?:hi|hello) there\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(?:best|best wishes|best regards|kind regards|kindest regards|warm regards|warmest regards|"
    r"warm wishes|"
    r"regards|sincerely|yours sincerely|yours faithfully|yours truly|many thanks|thanks|thanks again|"
    r"thanks so "
    r"much|thank you|thank you again|thank you very much|thanks very much|thank you so much|thank you for "
    r"your time|thank you for considering it|with thanks|"
    r"with many thanks|with gratitude|gratefully|cheers|all the best|warmly|respectfully|take care|"
    r"with (?:best|warm|kind) (?:wishes|regards)|with warmest thanks[\w ]*|with warm regards[\w ]*|"
    r"with many thanks and[\w ]*)[\s,.!]*$",
    re.IGNORECASE,
)
_CASUAL_CLOSE = re.compile(r"^(?:xo+x*o*|cya|later|laters|ttyl|love|luv|peace|thx|bye)[\s,.!]*$", re.I)


def subject_problem(text: str, kind: str) -> str | None:
    """ "missing" or "vague" when the subject line does not say what the email is about, else None."""
    subject, _ = split_subject(text)
    if subject is None:
        return "missing"
    words = [w for w in _WORD.findall(subject.casefold()) if w not in _SUBJECT_FILLER]
    if kind == "thank-you" and any(w in _THANKS for w in _WORD.findall(subject.casefold())):
        return None
    return None if words else "vague"


def _first_line(body: str) -> str:
    return next((line.strip() for line in body.splitlines() if line.strip()), "")


def greeting_problem(body: str) -> str | None:
    """ "missing", "casual" or "impersonal" for the opening line, else None."""
    first = _first_line(body)
    match = _GREETING.match(first)
    if match is None:
        return "missing"
    if _IMPERSONAL.match(first):
        return "impersonal"
    if match["word"].lower() in _CASUAL:
        return "casual"
    return None


def sign_off_problem(text: str) -> str | None:
    """ "missing" or "casual" when the email does not close with a sign-off and a name, else None."""
    lines = [line.strip() for line in split_subject(text)[1].splitlines() if line.strip()]
    if len(lines) < 2:
        return "missing"
    if _CASUAL_CLOSE.match(lines[-1]) or _CASUAL_CLOSE.match(lines[-2]):
        return "casual"
    if any(_CLOSING.match(line) for line in lines[-8:-1]):
        return None
    last = lines[-1]
    name = len(last.split()) <= 4 and last[:1].isupper() and not re.search(r"[.?!:;,]$", last)
    return None if name and re.search(r"[.?!\"”)]$", lines[-2]) else "missing"
