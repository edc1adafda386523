"""The thank-you rules: not-specific, too-long and late."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from infokit.findings import Finding
from infokit.model import Project
from infokit.outreach.catalogue import finding
from infokit.outreach.reading import _sentences
from infokit.outreach.schedule import format_day, interview_date, thank_you_deadline
from infokit.settings import Settings


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CUE = re.compile(
    r"\byou (?:said|mentioned|told me|explained|described|showed me|pointed out|suggested|recommended|"
    r"advised|"
    r"taught me|noted|emphasi[sz]ed|stressed|talked about|spoke about|shared|lent me|gave me|pointed me)\b|"
    r"\byour (?:advice|point|story|stories|example|comment|insight|suggestion|description|answer|"
    r"explanation|tip|recommendation|idea|view|warning)s?\b|\bwhen you (?:talked|spoke|described|explained|"
    r"mentioned)\b|\bhearing (?:about|how|that|you)\b|\bstayed with me\b|\bthe part about\b|"
    r"\bi (?:had not|hadn't|had never|did not|didn't|never) (?:realised|realized|known|thought|know|think)\b|"
    r"\b(?:the|your|that) (?:story|example|explanation|description|point|tip|advice|part|moment) (?:about|of|"
    r"that|on|when|where)\b|\b(?:showed|taught|reminded) me\b|"
    r"\bi had no idea\b|\bi was (?:surprised|struck)\b|\b(?:seeing|watching) (?:how|you)\b|"
    r"\bas you (?:suggested|recommended|advised|mentioned|said)\b|\bmade (?:me|it) (?:see|clear|realise|"
    r"realize)\b|\bchanged (?:how|the way) i\b|[\"“][^\"”\n]{12,}[\"”]",
    re.IGNORECASE,
)
"""Reporting what the person said or showed; it counts only with specific words around it."""
_GENERIC = _wordset(
    "thank thanks time taking talking talk speak spoke speaking meeting meet conversation interview "
    "informational advice helpful help helped useful great really very much appreciate appreciated grateful "
    "generosity generous career careers field work working learn learned learnt learning today yesterday "
    "week month year forward hope look looking again sharing share shared insight insights experience "
    "experiences enjoyed enjoy wonderful valuable kind also would could should about with from that this "
    "have your their there were what when which will into some more most just like them they been being "
    "other please best regards sincerely everything anything something things thing story stories journey "
    "path profession industry informative inspiring inspired interesting amazing awesome super lots "
    "knowledge perspective honesty kindness pleasure chat call session opportunity future plans company "
    "role position busy schedule took giving gave glad happy said told explained mentioned hearing truly "
    "wishes fantastic incredibly extremely greatly definitely wanted write writing thought think questions "
    "answers answer question made make feel felt motivated encouraging encouragement support supportive "
    "everyone done gives given lot many clear whole whether then than because such especially particularly "
    "greatly deeply honestly eyes opening eye-opening ever still since really truly often always good bad "
    "sides side both well nice lovely hard easy real different important little someone successful "
    "achieved direction take keep exploring explore studies working spending spend means mean deal world "
    "person student hearing hopefully contact hesitate kindness generosity means valued thoughtful "
    "thinking thoughts wanted wish wishes warm warmest"
)
"""Words of any thank-you note: they say nothing about what this person said."""


# -- thank-you rules ---------------------------------------------------------------
def not_specific(body: str, project: Project | None) -> list[Finding]:
    if project is not None and (notes := _notes_text(project)).strip():
        folded = body.casefold()
        named = [m.text for m in project.interview.mentions] + [r.name for r in project.referrals]
        shared = (_stems(body) & _stems(notes)) - _stems(" ".join(_own_names(project)))
        if len(shared) >= 2 or any(n.casefold() in folded for n in named if n):
            return []
        return [finding("not-specific", why="It shares almost nothing with your interview notes.")]
    if any(_CUE.search(sentence) and len(_stems(sentence)) >= 2 for sentence in _sentences(body)):
        return []
    return [finding("not-specific", why="It does not mention anything in particular they said.")]


def too_long(words: int, settings: Settings) -> list[Finding]:
    limit = settings.limits.thank_you_words
    return [finding("too-long", words=words, limit=limit)] if words > limit else []


def _notes_text(project: Project) -> str:
    notes = project.interview
    parts = [q.answer_notes for q in project.questions] + [notes.free_notes, notes.interviewee_interests]
    parts += [f"{m.text} {m.note}" for m in notes.mentions]
    return "\n".join(parts)


def _own_names(project: Project) -> list[str]:
    people = [project.profile.name, project.profile.course]
    people += [part for c in project.contacts for part in (c.name, c.organization, c.role)]
    return people


def _stems(text: str) -> set[str]:
    stems = {_stem(word) for word in re.findall(r"[^\W\d_]{4,}", text.casefold())}
    stems.discard("")
    return stems


@lru_cache(maxsize=1 << 15)
def _stem(word: str) -> str:
    """The word without a common ending ('' for a word any thank-you holds); cached, as every
    note of a class shares most of its words."""
    if word in _GENERIC:
        return ""
    for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return "" if word in _GENERIC else word


def late(
    project: Project | None, settings: Settings, sent_on: date | None, interview_on: date | None
) -> list[Finding]:
    held = interview_on or (interview_date(project) if project else None)
    if held is None:
        return []
    sent = sent_on or (project.thank_you.sent_on if project else None) or date.today()
    recommended, latest = thank_you_deadline(held, settings)
    days = (sent - held).days
    limits = settings.limits
    if sent > latest:
        return [finding("late:error", days=days, held=format_day(held), max=limits.thank_you_days_max)]
    if sent > recommended:
        return [finding("late", days=days, hours=limits.thank_you_hours, latest=format_day(latest))]
    return []
