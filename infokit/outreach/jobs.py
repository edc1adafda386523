"""The ``asks-for-job`` rule for messages: a request email or a thank-you that asks for work.

Caught: openings, hiring, applying for a role, a CV attached or offered, "keep me
in mind", "consider me", "if any junior roles come up", "I would love an internship
at...", wanting to join or work for them, even after "I'm not asking for a job,
but...". Not caught: the person's own job ("your first job", "what the job is
really like"), applying to study, a course code such as "COOP 100", a negated
mention ("I am not looking for a job"), and texting spellings of the same.
"""

from __future__ import annotations

import re

_COURSE_CODE = re.compile(r"\b[A-Z]{2,6}[ -]?\d{2,4}[A-Z]?\b")
_STUDY = (
    r"(?:study|studies|university|college|grad(?:uate)? school|(?:a |the )?(?:master'?s|phd|doctorate|degree|"
    r"course|programme of study|medical school|law school|pharmacy school|nursing school)|"
    r"(?:a |the )?(?:\w+ )?(?:volunteer\w*|scholarship|grant|bursary|workshop|module|elective))"
)
_ROLE = (
    r"(?:jobs?|positions?|roles?|posts?|internships?|placements?|vacanc(?:y|ies)|openings?|traineeships?|"
    r"apprenticeships?|graduate (?:roles?|schemes?|programmes?|programs?)|research assistant (?:posts?|"
    r"roles?|positions?))"
)
_THEIRS = (
    r"(?:your|ur) (?:\w+ )?(?:team|company|firm|organi[sz]ation|department|office|lab|unit|agency|studio|"
    r"school|hospital|practice|clinic|unit|ward|bank|group|side)|you|here|there"
)
_ASKS = re.compile(
    "|".join(
        [
            r"\b(?:hiring|hire me|(?:employ|recruit) me|consider me|considered|keep me in mind|"
            r"think of me)\b",
            r"(?<![\w-])openings\b|\b(?:an|any|the next) (?:\w+ )?opening\b(?! (?:of|hours|night|ceremony))|"
            r"\bvacanc(?:y|ies)\b",
            rf"\b(?:tell|let) me (?:know )?(?:when|if|whether|about)\b.{{0,60}}\b{_ROLE}\b",
            rf"\bappl(?:y|ying|ied) (?:for|to) (?!{_STUDY})(?:a |an |the |"
            rf"any )?(?:\w+ ){{0,3}}?{_ROLE} (?:at|with|on|"
            rf"in) (?:{_THEIRS}|(?-i:[A-Z])\w+)|\bappl(?:y|ying|ied) (?:for|to) (?:{_THEIRS})\b",
            r"\b(?:love|like|glad|happy|hope|want|keen) to apply\b",
            r"\bapplications? (?:for|to) (?:a |an |the |your )?(?:\w+ )?" + _ROLE,
            r"\b(?:my|attached|enclosed|attaching) (?:resume|résumé|cv|curriculum vitae|cover letter|"
            r"portfolio)\b",
            r"\b(?:resume|résumé|cv) (?:is |are )?(?:attached|enclosed)\b",
            r"\b(?:pass|forward|share|send|give) (?:it|them|my (?:resume|résumé|cv|details|name))\b.{0,40}"
            r"\b(?:hiring|hr\b|human resources|recruit\w*|manager|team)\b",
            r"\brefer me\b|\breferral for\b|\bput (?:in )?a (?:good )?word\b|\bput (?:my name|me) forward\b",
            rf"\b(?:to|could|can|might|would|will) (?:work|intern) (?:for|with|at|in) (?:{_THEIRS})\b",
            rf"\bworking (?:for|with|at) (?:{_THEIRS})\b (?:one day|someday|some day|after|"
            rf"in (?:the )?future|next)",
            r"\bjoin(?:ing)? (?:your|ur) (?:team|company|organi[sz]ation|firm|lab|studio|agency|practice|"
            r"unit)\b",
            rf"\b(?:any|open|available) (?:\w+ )?(?:opportunit(?:y|ies)|{_ROLE})\b",
            rf"\b{_ROLE} (?:\w+ ){{0,4}}(?:comes?|opens?|becomes?) (?:up|available)\b|\b{_ROLE} opens?\b",
            r"\b(?:if|when) (?:anything|something) (?:\w+ )?(?:comes?|opens?) up\b|\bhear of anything\b",
            r"\bneeds? (?:an?|any) (?:\w+ )?(?:intern|assistant|trainee|junior|volunteer|helper)s?\b",
            rf"\b(?:i|i'd|i'm)\b.{{0,30}}\b(?:love|like|want|hope|looking for|searching for|hunting for|"
            rf"seeking)\b"
            rf"(?: to (?:get|find|land|secure|have))? (?:a|an|any|some) (?:\w+ )?{_ROLE}\b",
            rf"\b(?:a|an|any) (?:\w+ )?{_ROLE} (?:at|with|on|in) (?:{_THEIRS})\b",
            r"\b(?:looking|searching|hunting) for (?:a )?(?:job|work|position|role)\b",
            rf"\b(?:a|an|any|some) (?:\w+ )?{_ROLE} (?:for me|for someone like me)\b",
            rf"\b(?:do|does|would|will) (?:you|your (?:\w+ )?(?:team|company|firm|office)) have (?:a|an|"
            rf"any) (?:\w+ )?"
            rf"{_ROLE}\b",
        ]
    ),
    re.IGNORECASE,
)
_NEGATION = re.compile(r"\b(?:not|never|no|without|rather than|instead of)\b|n't\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:]|\b(?:but|however|although|though|yet)\b", re.IGNORECASE)


def job_mentions(sentences: list[str]) -> list[str]:
    """The job-seeking phrases in ``sentences``, leaving out negated ones ("I am not looking for a job")."""
    found: list[str] = []
    for sentence in sentences:
        text = _COURSE_CODE.sub("COURSE", sentence)
        for clause in _CLAUSE.split(text):
            for match in _ASKS.finditer(clause):
                if _NEGATION.search(clause[: match.end()]):
                    continue
                shown = match.group(0).strip()
                if shown.lower() not in (f.lower() for f in found):
                    found.append(shown)
    return found
