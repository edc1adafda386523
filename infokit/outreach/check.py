"""The message checker: an interview request or a thank-you note against the outreach rules.

Rules (ids are stable: tests, the CLI's JSON and the grader rely on them):

==================  ==========  ===============  ===============================================
rule                kind        severity         fires when
==================  ==========  ===============  ===============================================
empty               both        error            no words at all; no other rule runs
unedited            both        error            a ``[[ ... ]]`` spot from a draft (or a ``[Name]``
                                                 style placeholder) is still in the text
language            both        info             the text does not look like English, so only
                                                 ``word-limit``, ``unedited`` and ``late`` ran
word-limit          request     error            the body has more words than the limit in force
                                                 (``limits.email_word_limit``; ``strict`` picks
                                                 ``email_words_strict`` or ``email_words``)
connection-first    request     warning          the first two sentences (greeting and "I hope
                                                 you are well" skipped) do not say how you know
                                                 of the person or who referred you
asks-for-job        request     error            mentions a job, an opening, hiring, applying,
                                                 a resume... Not when negated ("I am not
                                                 looking for a job") or about the person's own
                                                 job ("how you found your first job")
no-question         request     warning          no sentence that asks for the meeting ends in "?"
no-time             request     warning          no length of time is named ("20 minutes",
                                                 "15-20 min", "half an hour")
no-format           request     info             no way of meeting is offered (phone, video,
                                                 in person, coffee...)
not-specific        thank-you   warning          names nothing specific the person said: with a
                                                 project, fewer than two content words shared
                                                 with the interview notes and no mention or
                                                 referral named; without notes, no reporting cue
                                                 ("you mentioned", a quotation...)
late                thank-you   warning / error  sent later than ``limits.thank_you_hours`` after
                                                 the interview (warning) or later than
                                                 ``limits.thank_you_days_max`` days (error)
==================  ==========  ===============  ===============================================

Words are counted in the body only: the ``Subject:`` line and the signature
block (from a sign-off line such as "Best regards," or a ``--`` line to the
end) are left out; the greeting counts. A word is a whitespace-separated token
with a letter or digit in it; each Chinese or Japanese character counts as one.

Empty text gives the single ``empty`` finding rather than an exception: in a
notebook an empty text box is a state to report, not a crash.

``late`` needs two dates: ``sent_on`` (else the project's recorded sending
day, else today, i.e. "if you send it now") and ``interview_on`` (else the
interview's recorded day, else the meeting's day). A note dated before the
interview is a draft and is never late.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from infokit.errors import InvalidValue
from infokit.findings import Finding, Severity
from infokit.model import Project
from infokit.outreach.messages import EDIT_MARK, split_subject
from infokit.outreach.schedule import format_day, interview_date, thank_you_deadline
from infokit.settings import Settings, default_settings

MessageKind = Literal["request", "thank-you"]
_ALIASES = {"request": "request", "request-email": "request", "thank-you": "thank-you"}


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ENGLISH = _wordset(
    "the to and of a you your i my for with would could about this that in is it am be are on at if we "
    "our what how me can will have dear hello hi thanks thank please"
)
_SIGN_OFF = re.compile(
    r"^(?:best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|sincerely|"
    r"yours sincerely|yours truly|many thanks|thanks|thanks again|thank you|thank you again|with thanks|"
    r"with gratitude|gratefully|cheers|all the best|warmly|respectfully|take care)[\s,.!]*$",
    re.IGNORECASE,
)
_GREETING = re.compile(r"^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b", re.I)
_PLEASANTRY = re.compile(r"\bhope (?:this|you|all|your|that)\b|\bhow are you\b|\bhope .{0,20} well\b", re.I)
_PLACEHOLDER = re.compile(
    re.escape(EDIT_MARK) + r"|\[(?:insert|your |name|company|organi[sz]ation|date|time|title)[^\]\n]{0,40}\]",
    re.I,
)
_CONNECTION = re.compile(
    r"\b(?:referr?(?:ed|al)|refer(?:red)? me|suggest(?:ed|ion)|recommend(?:ed|ation)|pointed me|"
    r"gave me your|passed (?:on|along)|shared your|introduc\w*|mutual|in common|"
    r"(?:found|saw|came across|read|noticed|heard|spotted|met|remember)\b.{0,60}?\b(?:you|your)\b|"
    r"we (?:met|spoke|talked|worked|studied|know|are)\b|you (?:spoke|presented|gave|wrote|visited|taught|"
    r"may remember|might remember)\b|through (?:my|our|a|the|your)\b|alumn\w*|fellow|member of|directory|"
    r"career (?:centre|center|services|office)|linkedin|profile|website|article|newsletter|conference|"
    r"panel|event|neighbou?rs?|family|cousin|uncle|aunt|friend|classmate|colleague|professor|"
    r"instructor|advis[eo]r|supervisor|manager)",
    re.IGNORECASE,
)
_JOB_STRONG = re.compile(
    r"\b(?:hiring|hire me|(?:employ|recruit) me|openings?|vacanc(?:y|ies)|appl(?:y|ying|ied) (?:for|to)|"
    r"applications? (?:for|to)|(?:my|attached|enclosed) (?:resume|résumé|cv|curriculum vitae|cover letter)|"
    r"(?:resume|résumé|cv) (?:is )?(?:attached|enclosed)|refer me|referral for|work for you|"
    r"join your (?:team|company|organi[sz]ation|firm)|"
    r"(?:any|open|available) (?:opportunit(?:y|ies)|roles?))\b",
    re.IGNORECASE,
)
_JOB_NOUN = re.compile(r"\b(?:jobs?|positions?(?! to\b)|internships?|placements?|co-?ops?)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|never|no|without|rather than|instead of)\b|n't\b", re.I)
_OWNER = re.compile(r"\b(?:my|your|their|his|her|our|you|they)\b", re.I)
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


def count_words(text: str) -> int:
    """Words in ``text``: tokens with a letter or digit; each CJK character is one word."""
    total = 0
    for token in text.split():
        total += len(_CJK.findall(token))
        total += sum(1 for part in _CJK.sub(" ", token).split() if any(ch.isalnum() for ch in part))
    return total


def message_body(text: str) -> str:
    """The text without its ``Subject:`` line and its signature block (what the word limit counts)."""
    lines = split_subject(text)[1].splitlines()
    return "\n".join(lines[: _signature_start(lines)]).strip()


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


def _finding(key: str, **values: object) -> Finding:
    severity, message, suggestion = _RULES[key]
    hint = suggestion.format(**values) if suggestion else None
    return Finding(key.partition(":")[0], severity, message.format(**values), hint)


def check_message(
    text: str,
    kind: MessageKind = "request",
    *,
    project: Project | None = None,
    settings: Settings | None = None,
    strict: bool | None = None,
    sent_on: date | None = None,
    interview_on: date | None = None,
) -> list[Finding]:
    """Findings for a request email (``kind="request"``, or the draft name ``"request-email"``)
    or a thank-you note, in the order of the table above."""
    if not isinstance(text, str):
        raise InvalidValue("text", text, "is not text")
    which = _ALIASES.get(kind)
    if which is None:
        raise InvalidValue("kind", kind, "is not one of request, thank-you")
    settings = settings or default_settings()
    body = message_body(text)
    words = count_words(body)
    if words == 0:
        return [_finding("empty")]
    findings = [_finding("unedited")] if _PLACEHOLDER.search(text) else []
    english = _looks_english(body)
    if not english:
        findings.append(_finding("language"))
    if which == "request":
        findings += _request(body, words, english, project, settings, strict)
    else:
        if english:
            findings += _not_specific(body, project)
        findings += _late(project, settings, sent_on, interview_on)
    return findings


# -- request rules ---------------------------------------------------------------
def _request(
    body: str, words: int, english: bool, project: Project | None, settings: Settings, strict: bool | None
) -> list[Finding]:
    limits = settings.limits
    limit = limits.email_word_limit
    if strict is not None:
        limit = limits.email_words_strict if strict else limits.email_words
    minutes = limits.meeting_minutes
    found = [_finding("word-limit", words=words, limit=limit)] if words > limit else []
    if not english:
        return found
    sentences = _sentences(body)
    opening = _opening(sentences)
    names = [c.referred_by.casefold() for c in project.contacts if c.referred_by] if project else []
    if not any(_CONNECTION.search(s) or any(n in s.casefold() for n in names) for s in opening):
        found.append(_finding("connection-first"))
    asks = _job_mentions(sentences)
    if asks:
        found.append(_finding("asks-for-job", shown=", ".join(f'"{a}"' for a in asks[:3])))
    if not any(_is_ask(s) for s in sentences):
        found.append(_finding("no-question", minutes=minutes))
    if not _TIME.search(body):
        found.append(_finding("no-time", minutes=minutes))
    if not _FORMAT.search(body):
        found.append(_finding("no-format"))
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


def _job_mentions(sentences: list[str]) -> list[str]:
    """Job-seeking phrases, skipping negated ones and ones about the person's own job."""
    out: list[str] = []
    for sentence in sentences:
        matches = [(m, False) for m in _JOB_STRONG.finditer(sentence)]
        matches += [(m, True) for m in _JOB_NOUN.finditer(sentence)]
        for match, owned_ok in matches:
            before = sentence[: match.start()].split()[-6:]
            if _NEGATION.search(" ".join(before)):
                continue
            if owned_ok and _OWNER.search(" ".join(before[-2:])):
                continue
            if match.group(0).lower() not in (a.lower() for a in out):
                out.append(match.group(0))
    return out


def _is_ask(sentence: str) -> bool:
    asks = sentence.rstrip("\"”’') ").endswith(("?", "？")) and len(sentence.split()) >= 3
    return asks and not re.search(r"\bhow (?:are|have) you\b", sentence, re.I)


# -- thank-you rules ---------------------------------------------------------------
def _not_specific(body: str, project: Project | None) -> list[Finding]:
    if project is not None and _notes_text(project).strip():
        folded = body.casefold()
        named = [m.text for m in project.interview.mentions] + [r.name for r in project.referrals]
        shared = (_stems(body) & _stems(_notes_text(project))) - _stems(" ".join(_own_names(project)))
        if len(shared) >= 2 or any(n.casefold() in folded for n in named if n):
            return []
        return [_finding("not-specific", why="It shares almost nothing with your interview notes.")]
    if _REPORTING.search(body):
        return []
    return [_finding("not-specific", why="It does not mention anything they said.")]


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


def _late(
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
        return [_finding("late:error", days=days, held=format_day(held), max=limits.thank_you_days_max)]
    if sent > recommended:
        return [_finding("late", days=days, hours=limits.thank_you_hours, latest=format_day(latest))]
    return []


# -- text helpers ---------------------------------------------------------------------
def _looks_english(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.casefold())
    if _CJK.search(text) and len(_CJK.findall(text)) * 2 > len(words):
        return False
    if not words:
        return True
    hits = sum(1 for w in words if w in _ENGLISH)
    return hits / len(words) >= 0.1


def _signature_start(lines: list[str]) -> int:
    """Index of the line that opens the signature block, or ``len(lines)`` if none is found."""
    for index, line in enumerate(lines):
        if line.rstrip() == "--":
            return index
    filled = [i for i, line in enumerate(lines) if line.strip()]
    for index in filled[-7:]:
        line = lines[index].strip()
        # A short line ending in a comma closes a letter, unless it is the greeting.
        short_close = len(line.split()) <= 5 and line.endswith(",") and index != filled[0]
        if not (_SIGN_OFF.match(line) or short_close):
            continue
        after = [lines[i].strip() for i in filled if i > index]
        if index == filled[0] and not after:
            continue  # "Thank you!" alone is the message, not a signature
        if len(after) <= 6 and all(len(a.split()) <= 10 and not a.endswith("?") for a in after):
            return index
    return len(lines)


def _sentences(body: str) -> list[str]:
    """Sentences of the body, the greeting line left out."""
    lines = body.splitlines()
    filled = [line.strip() for line in lines if line.strip()]
    if filled and len(filled[0].split()) <= 8 and (_GREETING.match(filled[0]) or filled[0].endswith(",")):
        body = body.replace(filled[0], "", 1)
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()]
    out: list[str] = []
    for paragraph in paragraphs:
        out += [s for s in re.split(r"(?<=[.!?。！？])[\"”’')]*\s+", paragraph) if s.strip()]
    return out
