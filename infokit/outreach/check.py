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
from infokit.findings import Finding
from infokit.model import Project
from infokit.outreach.catalogue import _RULES, finding
from infokit.outreach.messages import EDIT_MARK
from infokit.outreach.reading import _looks_english, count_words, message_body
from infokit.outreach.request import request_rules
from infokit.outreach.thanks import late, not_specific
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
        if english:
            findings += not_specific(body, project)
        findings += late(project, settings, sent_on, interview_on)
    return findings
