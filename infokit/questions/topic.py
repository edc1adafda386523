"""Rules on what a question asks: for a job, the person's own pay, or facts already looked up.

``asks-for-job`` and ``personal-salary`` are errors: the interview is for learning
about a field. ``googleable`` flags facts a web search answers (founding year,
headquarters, revenue...) and questions the student's own research notes already
answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from infokit.questions.text import _any, _head, _key_words, key_words

NOTE_OVERLAP = 0.6
"""Share of a question's key words found in one sentence of a research note to call it answered."""
NOTE_MIN_SHARED = 3


# -- asks for a job, googleable, personal salary --------------------------------------
_ORG = (
    r"(?:company|team|firm|organi[sz]ation|department|office|group|lab|business|practice|agency|"
    r"hospital|studio)"
)
_BIG = (
    r"(?:company|organi[sz]ation|firm|business|agency|corporation|charity|non-?profit|employer|"
    r"enterprise|brand)"
)
_ROLE = r"(?:job|position|role|internship|placement)"
_OPENING = re.compile(
    r"\b(?:openings?|vacanc(?:y|ies)|open (?:positions?|roles?)|internships?|placements?|"
    r"jobs? (?:available|going))\b"
)
_FOR_ME = re.compile(
    rf"\b(?:your (?:\w+ )?{_ORG}|here|with you|do you have|does your|for me|i (?:could|can|might) "
    r"(?:apply|fill|take|get))\b"
)
_JOB_ASK = _any(
    r"\b(?:hire|employ|recruit|consider|interview) me\b|\btake me on\b",
    r"\b(?:hire|employ|take on|consider|recruit) (?:\w+ ){0,3}(?:like me|with my)\b",
    rf"\b(?:give|get|find|offer|land|help) me (?:get |find |land )?(?:a |an |the |any |some )?(?:{_ROLE}|"
    r"opening|spot|interview)\b",
    r"\brefer me (?:for|to (?:the|a|your) (?:hiring|recruit|hr\b))",
    r"\breferral for (?:a |an |the |any )?(?:job|position|role|opening|internship)",
    r"\bput (?:in )?a (?:good )?word\b|\bput (?:my name|me) forward\b|\bkeep me in mind\b",
    r"\b(?:let|tell) me know (?:if|when|about)\b.{0,40}\b(?:opens? up|comes? up|becomes? available|opening|"
    r"vacanc|position|job)",
    r"\bintroduce me to (?:the |your |a )?(?:hiring|recruit|hr\b)",
    r"\bmy chances? of (?:getting|being|landing) (?:hired|a job|an offer|a position|taken on)",
    r"\b(?:jobs?|positions?|roles?|openings?|internships?|placements?|anything|something|work) "
    r"(?:available )?for (?:me|someone like me)\b",
    rf"\bi(?:'m| am) (?:looking|searching|hunting) for (?:a |an )?(?:{_ROLE}|work)\b",
    r"\b(?:jobs?|positions?|roles?|openings?|vacanc\w+|internships?)\b[^.?!]{0,20}\bi (?:could|can|might) "
    r"(?:apply|fill|take|get)\b",
    rf"\b(?:i|me)\b[^.?!]{{0,30}}\b(?:apply|get hired|be hired|work|intern|(?:get|land) (?:a |an )?"
    rf"{_ROLE})\b "
    rf"(?:here|at your|for your|with your|to your|in your (?:\w+ )?{_ORG})\b",
    rf"\b(?:i|me)\b[^.?!]{{0,30}}\b(?:apply|get hired|be hired)\b[^.?!]{{0,30}}"
    rf"\b(?:here|your (?:\w+ )?{_ORG}|you)\b",
    r"\b(?:opening|position|job|vacancy|internship|role|spot)s? (?:ever )?(?:opens? up|comes? up|"
    r"becomes? available)\b.*\bme\b",
)
_HIRING = re.compile(
    rf"^(?:are|is) (?:you|your (?:\w+ )?{_ORG}|anyone|the (?:\w+ )?{_ORG})(?: currently| still| now)? "
    r"(?:hiring|recruiting|taking on|looking for (?:new |more |any )?(?:graduates|interns|staff|people|"
    r"students|candidates|hires|someone|employees))\b"
)
_RESUME = _any(
    r"\b(?:pass|forward|send|give|hand|share|circulate|submit|take)\b[^.?!]{0,25}\bmy (?:resume|résumé|cv|"
    r"application)\b",
    r"\bmy (?:resume|résumé|cv|application) (?:to|with) (?:your|the) (?:hiring|hr\b|recruit|manager|boss)",
)
_FEEDBACK = re.compile(
    r"\b(?:feedback|comments?|suggestions?|improve|critique|look over|review|stronger|advice)\b"
)


def _asks_for_job(text: str, segments: list[str]) -> bool:
    low = text.lower()
    if _JOB_ASK.search(low) or any(_HIRING.match(_head(s).lower()) for s in segments):
        return True
    if _RESUME.search(low) and not _FEEDBACK.search(low):
        return True
    for match in _OPENING.finditer(low):  # an opening at their organisation, or for the student
        own = re.search(r"\byour (?:\w+ )?$", low[max(0, match.start() - 16) : match.start()])
        if not own and _FOR_ME.search(low):
            return True
    return False


_WHEN = r"^(?:in )?(?:when|what year|which year)"
_GOOGLEABLE = _any(
    r"^(?:in )?(?:when|who|what year|which year|how old)\b.*\b(?:founded|established|incorporated|formed|"
    r"set up|launched)\b",
    rf"{_WHEN}\b.*\b{_BIG} (?:was |were )?started\b",
    rf"{_WHEN} (?:did|was|were) (?:the|your|this) {_BIG} (?:first )?"
    r"(?:start|begin|open|launch|opened|launched)\b",
    r"^(?:in )?how many (?:employees|staff|people|workers|offices|locations|branches|stores|sites|countries|"
    rf"customers|clients|members|subsidiaries)\b.*\b(?:{_BIG}|employ)",
    rf"\bwhat (?:does|do|did) (?:the|your|this) (?:\w+ )?{_BIG} do\b",
    r"\bheadquarter|^where (?:is|are|'s)\b.*\b(?:head office|main office|based|located)\b",
    rf"^who (?:owns|runs|leads|started) (?:the|your|this) {_BIG}\b",
    r"^who (?:is|was|'s) (?:the |your )?(?:\w+ )?(?:ceo|chief executive|president|founder|chair|chairman|"
    r"chairwoman|owner|managing director)\b",
    rf"\b{_BIG}'?s? (?:mission(?: statement)?|vision statement|revenue|annual revenue|stock price|"
    r"share price|market share|headcount|slogan|logo)\b",
    r"^what (?:was|is|were|are) (?:the|your) (?:annual )?(?:revenue|headcount|stock price|share price)\b",
    rf"^what (?:products?|services?|goods|brands?) (?:does|do|did) (?:the|your|this) {_BIG} "
    r"(?:sell|offer|make|provide|produce|have)\b",
    rf"^how (?:big|large|old) is (?:the|your|this) {_BIG}\b",
    rf"^what (?:industry|sector|market) is (?:the|your|this) {_BIG} in\b",
)
_MONEY = r"(?:make|earn|get paid|take home|bring home|bring in|pull in|charge)"
_SALARY = _any(
    rf"\bhow much (?:money )?(?:do|did|does) you (?:\w+ )?{_MONEY}\b",
    r"\bwhat (?:do|did) you (?:\w+ )?(?:earn|get paid|take home|bring home)\b",
    r"\bwhat (?:do|did) you make\b(?! of)",
    r"\byour (?:own )?(?:\w+ )?(?:salary|salaries|pay|paycheck|paycheque|income|wages?|earnings|compensation|"
    r"hourly rate|day rate|rate of pay|pay packet|bonus|raise)\b",
    r"\b(?:are|were) you (?:\w+ )?(?:paid|compensated)\b",
    r"\b(?:do|did) you (?:\w+ )?(?:make|earn) (?:good|decent|enough|a lot|much|more|less|six)\b",
    r"\b(?:tell|telling|share|sharing|say|saying|disclose|disclosing|reveal|revealing|ask|asking) "
    r"(?:me |us )?"
    rf"(?:what|how much) you (?:\w+ )?{_MONEY}\b",
)


# -- research notes --------------------------------------------------------------------
def _in_notes(text: str, research: Sequence[str]) -> tuple[int, list[str]] | None:
    """(note number, shared words) when one sentence of one note holds most of the question's key words."""
    mine = key_words(text)
    if len(mine) < NOTE_MIN_SHARED:
        return None
    for number, note in enumerate(research, 1):
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", note):
            shared = mine & _key_words(sentence)
            if len(shared) >= NOTE_MIN_SHARED and len(shared) >= NOTE_OVERLAP * len(mine):
                return number, sorted(shared)
    return None
