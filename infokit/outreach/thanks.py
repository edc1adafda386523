"""The thank-you rules: not-specific and late."""

from __future__ import annotations

import re
from datetime import date

from infokit.findings import Finding
from infokit.model import Project
from infokit.outreach.catalogue import finding
from infokit.outreach.schedule import format_day, interview_date, thank_you_deadline
from infokit.settings import Settings


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_REPORTING = re.compile(
    r"\byou (?:said|mentioned|told me|explained|described|pointed out|suggested|recommended|shared|noted|"
    r"emphasi[sz]ed|stressed|talked about|spoke about)\b|\byour (?:advice|point|story|stories|example|"
    r"comment|insight|suggestion|description|answer|explanation|tip|recommendation)s? (?:about|on|to|"
    r"that|regarding|when|of)\b|\bwhen you (?:talked|spoke|described|explained|mentioned)\b|"
    r"\bhearing (?:about|how)\b|\bstayed with me\b|\bthe part about\b|[\"“][^\"”\n]{12,}[\"”]",
    re.IGNORECASE,
)
_GENERIC = _wordset(
    "thank thanks time taking talking talk speak spoke meeting meet conversation interview informational "
    "advice helpful help useful great really very much appreciate appreciated grateful generosity "
    "career careers field work working learn learned learning today yesterday week forward hope look "
    "looking again sharing share insight insights experience enjoyed wonderful valuable kind also "
    "would could should about with from that this have your their there were what when which will "
    "into some more most just like them they been being other please best regards sincerely"
)


# -- thank-you rules ---------------------------------------------------------------
def not_specific(body: str, project: Project | None) -> list[Finding]:
    if project is not None and _notes_text(project).strip():
        folded = body.casefold()
        named = [m.text for m in project.interview.mentions] + [r.name for r in project.referrals]
        shared = (_stems(body) & _stems(_notes_text(project))) - _stems(" ".join(_own_names(project)))
        if len(shared) >= 2 or any(n.casefold() in folded for n in named if n):
            return []
        return [finding("not-specific", why="It shares almost nothing with your interview notes.")]
    if _REPORTING.search(body):
        return []
    return [finding("not-specific", why="It does not mention anything they said.")]


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
    out: set[str] = set()
    for word in re.findall(r"[^\W\d_]{4,}", text.casefold()):
        if word in _GENERIC:
            continue
        for suffix in ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ed", "es", "s", "ly"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 4:
                word = word[: -len(suffix)]
                break
        if word not in _GENERIC:
            out.add(word)
    return out


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
