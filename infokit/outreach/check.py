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
asks-for-job        both        error            asks for work: openings, hiring, applying for a
                                                 role, a CV attached or offered, "keep me in
                                                 mind", "if any junior roles come up", even after
                                                 "I'm not asking for a job, but". Not the
                                                 person's own job ("your first job", "what the
                                                 job is really like"), applying to study, course
                                                 codes ("COOP 100") or a negated mention
no-question         request     warning          no question ("...?") asks for the meeting
no-time             request     warning          no length of time is named ("20 minutes",
                                                 "15-20 min", "half an hour")
no-format           request     info             no way of meeting is offered (phone, video,
                                                 in person, coffee...)
subject             both        warning          no ``Subject:`` line, or one that says nothing
                                                 ("Hi", "Question", "Quick question")
greeting            both        warning          no opening greeting, a casual one ("Hey",
                                                 "yo") or one without a name ("To whom it may
                                                 concern", "Dear Sir or Madam")
sign-off            both        warning          no closing line and name, or a casual one
                                                 ("cya", "xoxo")
pushy               both        warning          a deadline set for them ("reply by Friday",
                                                 "as soon as possible"), a demand ("I need 20
                                                 minutes of your time") or an order instead of
                                                 a question ("Call me on...")
not-specific        thank-you   warning          names nothing specific the person said: with a
                                                 project, fewer than two content words shared
                                                 with the interview notes and no mention or
                                                 referral named; without notes, no sentence that
                                                 reports what they said with specific words
                                                 (stock phrases such as "the insights you shared"
                                                 do not count)
too-long            thank-you   warning          the body has more words than
                                                 ``limits.thank_you_words``
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

The rules live in small modules: :mod:`~infokit.outreach.reading` (body, signature,
sentences), :mod:`~infokit.outreach.request` (request rules),
:mod:`~infokit.outreach.jobs` (asks-for-job), :mod:`~infokit.outreach.form`
(subject, greeting, sign-off), :mod:`~infokit.outreach.tone` (pushy),
:mod:`~infokit.outreach.thanks` (thank-you rules) and
:mod:`~infokit.outreach.catalogue` (each rule's message and suggestion).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from infokit.errors import InvalidValue
from infokit.findings import Finding
from infokit.model import Project
from infokit.outreach.catalogue import _RULES, finding
from infokit.outreach.form import greeting_problem, sign_off_problem, subject_problem
from infokit.outreach.jobs import job_mentions
from infokit.outreach.messages import EDIT_MARK, split_subject
from infokit.outreach.reading import _looks_english, _sentences, count_words, message_body
from infokit.outreach.request import request_rules
from infokit.outreach.thanks import late, not_specific, too_long
from infokit.outreach.tone import pushy
from infokit.settings import Settings, default_settings

__all__ = ["MessageKind", "check_message", "count_words", "message_body"]

MessageKind = Literal["request", "thank-you"]
_ALIASES = {"request": "request", "request-email": "request", "thank-you": "thank-you"}
_PLACEHOLDER = re.compile(
    re.escape(EDIT_MARK) + r"|\[(?:insert|your |name|company|organi[sz]ation|date|time|title)[^\]\n]{0,40}\]",
    re.I,
)
_ = _RULES  # the catalogue, documented in the table above


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
        return [finding("empty")]
    findings = [finding("unedited")] if _PLACEHOLDER.search(text) else []
    english = _looks_english(body)
    if not english:
        findings.append(finding("language"))
    if which == "request":
        findings += request_rules(body, words, english, project, settings, strict)
    else:
        findings += too_long(words, settings)
    if english:
        card = which == "thank-you" and project is not None and project.thank_you.channel == "card"
        findings += _both(text, body, which, card=card)
        if which == "thank-you":
            findings += not_specific(body, project)
    if which == "thank-you":
        findings += late(project, settings, sent_on, interview_on)
    return findings


# Hidden asks the phrase list of :mod:`infokit.outreach.jobs` does not name: offering to fill a gap
# in their staff ("if you are ever short of hands"), or asking to be taken on "someone like me".
# Read per clause, like the phrase list, and skipped when the clause says the opposite
# ("I am not asking to be taken on").
_HIDDEN_ASK = re.compile(
    r"\b(?:if|ever|whenever|should)\b.{0,50}\b(?:(?:extra|spare) (?:pair of )?hands|short of (?:hands|staff|"
    r"people|help))\b|"
    r"\b(?:take|taking|consider|considering|hire|hiring|have|having) (?:on )?(?:someone|a student|a graduate|"
    r"people|anyone) like me\b(?: on\b)?|"
    r"\b(?:is|be|have|has|any) (?:\w+ )?room for (?:me|(?:a|an) (?:\w+ )?(?:student|graduate|intern|trainee|"
    r"junior|assistant)|someone)(?: like me)?\b",
    re.IGNORECASE,
)
_ASK_CLAUSE = re.compile(r"[,;:]|\b(?:but|however|although|though|yet)\b", re.IGNORECASE)
_ASK_NEGATION = re.compile(r"\b(?:not|never|no|without|rather than|instead of)\b|n't\b", re.IGNORECASE)


def hidden_asks(sentences: list[str]) -> list[str]:
    """The phrases in ``sentences`` that offer to fill a gap on their staff or ask to be taken on."""
    found: list[str] = []
    for sentence in sentences:
        for clause in _ASK_CLAUSE.split(sentence):
            for match in _HIDDEN_ASK.finditer(clause):
                if not _ASK_NEGATION.search(clause[: match.start()]):
                    found.append(match.group(0).strip())
    return found


def _both(text: str, body: str, kind: str, *, card: bool = False) -> list[Finding]:
    """The rules a request and a thank-you share: asks-for-job, subject, greeting, sign-off, pushy.

    A thank-you sent as a handwritten card (``project.thank_you.channel``) needs no subject line.
    """
    sentences = _sentences(body)
    found: list[Finding] = []
    asks = job_mentions(sentences)
    asks += [a for a in hidden_asks(sentences) if a.lower() not in {x.lower() for x in asks}]
    if asks:
        found.append(finding("asks-for-job", shown=", ".join(f'"{a}"' for a in asks[:3])))
    subject = None if card else subject_problem(text, kind)
    if subject:
        found.append(finding("subject" if subject == "missing" else "subject:vague",
                             subject=split_subject(text)[0] or ""))  # fmt: skip
    greeting = greeting_problem(body)
    if greeting:
        first = next((line.strip() for line in body.splitlines() if line.strip()), "")
        key = "greeting" if greeting == "missing" else f"greeting:{greeting}"
        found.append(finding(key, greeting=" ".join(first.split()[:3]).rstrip(",")))
    closing = sign_off_problem(text)
    if closing:
        last = [line.strip() for line in text.splitlines() if line.strip()][-1]
        found.append(finding("sign-off" if closing == "missing" else "sign-off:casual", closing=last[:30]))
    shown = pushy(sentences)
    if shown:
        found.append(finding("pushy", shown=shown))
    return found
