"""The request-email rules: word-limit, connection-first, no-question, no-time and no-format."""

from __future__ import annotations

import re

from infokit.findings import Finding
from infokit.model import Project
from infokit.outreach.catalogue import finding
from infokit.outreach.reading import _sentences
from infokit.settings import Settings

_PLEASANTRY = re.compile(r"\bhope (?:this|you|all|your|that)\b|\bhow are you\b|\bhope .{0,20} well\b", re.I)
_CONNECTION = re.compile(
    r"\b(?:referr?(?:ed|al)|refer(?:red)? me|suggest(?:ed|ion)|recommend(?:ed|ation)|pointed me|"
    r"gave me your|passed (?:on|along)|shared your|introduc\w*|mutual|in common|"
    r"(?:found|saw|came across|read|noticed|heard|spotted|met|remember)\b.{0,60}?\b(?:you|your)\b|"
    r"we (?:met|spoke|talked|worked|studied|know|are)\b|you (?:spoke|presented|gave|wrote|visited|taught|"
    r"may remember|might remember)\b|through (?:my|our|a|the|your)\b|alumn\w*|fellow|member of|directory|"
    r"careers? (?:centre|center|services|office|fair|list|adviser|advisor)|linkedin|profile|website|article|"
    r"newsletter|conference|panel|event|(?:your|a|the) (?:talk|seminar|lecture|presentation)|neighbou?rs?|"
    r"family|cousin|uncle|aunt|friend|"
    r"classmate|colleague|professor|instructor|teacher|tutor|lecturer|coach|mentor|advis[eo]r|supervisor|"
    r"manager|attended|listened to|watched|(?:said|thought|told me|mentioned)(?: that)? you|i wrote\b|"
    r"following up|my (?:earlier |previous |last )?(?:note|email|message|letter))",
    re.IGNORECASE,
)
_NUMBER = r"(?:\d{1,3}|five|ten|fifteen|twenty|twenty-five|thirty|forty|forty-five|sixty)"
_TIME = re.compile(
    rf"\b{_NUMBER}(?:\s*(?:-|–|—|to|or)\s*{_NUMBER})?\s*-?\s*(?:minutes?|mins?|min)\b|"
    r"\b(?:half an hour|half-hour|half hour|quarter of an hour|quarter-hour|an hour|one hour|1 hour)\b",
    re.IGNORECASE,
)
_FORMAT = re.compile(
    r"\b(?:phone|telephone|call|video|zoom|teams|google meet|skype|facetime|in person|in-person|"
    r"face[- ]to[- ]face|coffee|tea|lunch|your office|visit|stop by|come by|virtual(?:ly)?|online)\b",
    re.IGNORECASE,
)


# -- request rules ---------------------------------------------------------------
def request_rules(
    body: str, words: int, english: bool, project: Project | None, settings: Settings, strict: bool | None
) -> list[Finding]:
    limits = settings.limits
    limit = limits.email_word_limit
    if strict is not None:
        limit = limits.email_words_strict if strict else limits.email_words
    minutes = limits.meeting_minutes
    found = [finding("word-limit", words=words, limit=limit)] if words > limit else []
    if not english:
        return found
    sentences = _sentences(body)
    opening = _opening(sentences)
    names = [c.referred_by.casefold() for c in project.contacts if c.referred_by] if project else []
    if not any(_CONNECTION.search(s) or any(n in s.casefold() for n in names) for s in opening):
        found.append(finding("connection-first"))
    if not any(_is_ask(s) for s in sentences):
        found.append(finding("no-question", minutes=minutes))
    if not _TIME.search(body):
        found.append(finding("no-time", minutes=minutes))
    if not _FORMAT.search(body):
        found.append(finding("no-format"))
    return found


def _opening(sentences: list[str], count: int = 2) -> list[str]:
    """The first ``count`` sentences, not counting pleasantries ("I hope you are well")."""
    out: list[str] = []
    for sentence in sentences:
        out.append(sentence)
        count -= not _PLEASANTRY.search(sentence)
        if count == 0:
            break
    return out


_MEETING = re.compile(
    r"\b(?:minutes?|mins?|hour|talk|call|meet|meeting|chat|speak|coffee|conversation|time|advice|share|"
    r"phone|video|zoom|teams|available|free|spare|willing|possible|open to|tell me|learn|hear|interview|"
    r"visit|convenient|suit|works? for you)\b",
    re.IGNORECASE,
)


def _is_ask(sentence: str) -> bool:
    """A question that asks for the meeting ("Would you have 20 minutes...?"), not "How are you?"."""
    asks = sentence.rstrip("\"”’') ").endswith(("?", "？")) and len(sentence.split()) >= 3
    return (
        asks
        and not re.search(r"\bhow (?:are|have) you\b", sentence, re.I)
        and bool(_MEETING.search(sentence))
    )
