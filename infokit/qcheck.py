"""The question checker: rules for single questions and checks of a whole interview plan.

Every rule is a plain, explainable pattern over the question's words (no model, no
network), so a student can see why a question was flagged and an instructor can
predict the result. Rule ids are stable: the CLI's JSON, tests and the grader use them.

Per-question rules and their severities:

- ``empty`` (error): nothing to check.
- ``asks-for-job`` (error): asks for a job, an opening, a referral for a role, or to
  pass on a resume. Asking how people in the field find openings is fine.
- ``personal-salary`` (error): asks the person's own pay. The field's starting
  salary or typical range is a fair question.
- ``closed`` (warning): answerable by yes or no: opens with an auxiliary verb, is a
  statement with a question mark, or ends in a tag. Polite requests such as
  "Could you walk me through..." are open.
- ``double-barreled`` (warning): two questions in one (two question marks, two
  question clauses joined by and/or, or opposites such as "like and dislike").
  A list of objects ("What skills and training...") is one question.
- ``leading`` (warning): suggests the answer or assumes a fact.
- ``googleable`` (warning): a web search or the student's own research notes
  already answer it.
- ``too-long`` (warning): too long to follow when heard once.
- ``short-answer`` (info): asks who, when, where, how many, how much, how long or
  which year. Info, not warning: such questions are sometimes needed ("How long
  does training take?") and are not wrong, but a plan built of them collects
  facts instead of stories, so the student should keep them few.
- ``not-english`` (info): the rules read English only; the question was not checked.

The rules read the question sentence(s): a lead-in such as "In your experience,"
or "So," is skipped before the opening word is read. Markup such as HTML is never
rendered or decoded: tags are skipped when the words are read, and the question is
returned exactly as given.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from infokit.errors import InvalidValue
from infokit.findings import Finding, Severity
from infokit.model import TIARA_AREAS, Question
from infokit.settings import Settings, load_settings

MAX_WORDS = 35
"""Longer than this is hard to hold in mind when heard once (about 12 seconds of speech)."""
BUSY_WORDS = 25
"""Above this, three or more clause breaks (commas, dashes, "because"...) also make it hard to follow."""
MAX_CHARS = 300
"""A cap that also works for scripts written without spaces."""
NOTE_OVERLAP = 0.6
"""Share of a question's key words found in one sentence of a research note to call it answered."""
NOTE_MIN_SHARED = 3
UNDERFILL = 0.75
"""A plan filling less than this share of the meeting gets an info finding."""

RULES: dict[str, Severity] = {
    "empty": "error",
    "asks-for-job": "error",
    "personal-salary": "error",
    "closed": "warning",
    "double-barreled": "warning",
    "leading": "warning",
    "googleable": "warning",
    "too-long": "warning",
    "short-answer": "info",
    "not-english": "info",
}
"""Per-question rule id to its severity."""


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


def _any(*parts: str) -> re.Pattern[str]:
    """One pattern matching any of ``parts`` (kept as a list so each reads on its own line)."""
    return re.compile("|".join(parts))


_AUX = _set(
    "is are was were am do does did have has had can could will would should may might shall must "
    "isn't aren't wasn't weren't don't doesn't didn't haven't hasn't hadn't can't cannot couldn't "
    "won't wouldn't shouldn't mightn't mustn't"
)
_WH = _set("what which who whom whose how why when where")
_PREP = _set("in at for from by since to of")
_EN = _set(
    "the a an you your i me my we our what how why who when where which is are was were do does did have "
    "has can could would will should to of in on for and or that it this with about at be there they "
    "people like tell describe explain"
)
_NOT_EN = _set(
    "el la los las del que en es por para con una un le les des est vous tu du der das und ist nicht ich "
    "sie wie mit zu il di che sono não você et qué cómo ein eine einem einen einer im auf dem sind bist hast "
    "oder aber wir ihr mein dein tu su mi al se te nos muy más les avec pour dans sur ce cette mon votre nous"
)
_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'", "\u201c": '"', "\u201d": '"',
    "\u201e": '"', "\uff1f": "?", "\u00a0": " ", "\u2014": " — ", "\u2013": " – ",
})  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_FILLER = re.compile(
    r"^(?:(?:so|and|but|also|okay|ok|well|now|then|finally|lastly|first|firstly|next|oh|um|uh|hi|hey|"
    r"just curious|out of curiosity|honestly|quick question)\b[\s,:]*)+"
)
_SEGMENTS = re.compile(r"(?<=[?!;])\s*|(?<=\.)\s+|\s+[—–]\s+|\s+-\s+")


_MARKUP = re.compile(r"<[^<>]{0,200}>|\"")


def _norm(text: str) -> str:
    """The text the rules read: straight quotes, single spaces, tags and double quotes skipped.

    Markup is never rendered or decoded; "<b>Do you...?</b>" is read as "Do you...?".
    """
    return " ".join(_MARKUP.sub(" ", text.translate(_QUOTES)).split())


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def _is_english(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if not letters or "¿" in text or "¡" in text:
        return False
    if sum(not c.isascii() for c in letters) > 0.3 * len(letters):
        return False
    words = _words(text)
    english = sum(w in _EN for w in words)
    other = sum(w in _NOT_EN for w in words)
    return not (other and other >= english) and not (english == 0 and len(words) >= 4)


def _segments(text: str) -> list[str]:
    """The question sentences (ending in '?'), or every sentence when none does."""
    parts = [p.strip() for p in _SEGMENTS.split(text) if p and p.strip()]
    return [p for p in parts if p.endswith("?")] or parts


def _expand(words: list[str]) -> list[str]:
    """what's -> what is, so "Where's the office?" reads like "Where is the office?"."""
    if words and words[0].endswith("'s") and words[0][:-2] in _WH:
        return [words[0][:-2], "is", *words[1:]]
    return words


def _question_head(words: list[str]) -> bool:
    if words[:1] and words[0] in _PREP and words[1:2] and words[1] in _WH:
        words = words[1:]  # "In how many countries..."
    if not words:
        return False
    if words[0] in _AUX or words[0] in ("what", "which", "who", "whom", "whose", "how", "why"):
        return True
    return words[0] in ("when", "where") and len(words) > 1 and words[1] in _AUX


def _unfill(text: str) -> str:
    """``text`` without leading fillers such as "So," or "Okay, and"."""
    return text[len(text) - len(_FILLER.sub("", text.lower())) :]


def _head(segment: str) -> str:
    """The part of a question sentence that carries the question, lead-in removed.

    "In your experience, do employers..." -> "do employers..."; "So, what..." -> "what...".
    """
    text = _unfill(segment.strip())
    parts = text.split(",")
    for number, part in enumerate(parts):
        if _question_head(_expand(_words(part))):
            return _unfill(",".join(parts[number:]).strip())
    return text


def _head_words(segment: str) -> list[str]:
    words = _expand(_words(_head(segment)))
    return words[1:] if len(words) > 1 and words[0] in _PREP and words[1] in _WH else words


# -- closed ---------------------------------------------------------------------------
_REQUEST = _any(
    r"^(?:can|could|will|would) you (?:please )?(?:describe|explain|share|outline|summari[sz]e|elaborate|"
    r"expand|recount|discuss|clarify|illustrate|reflect|name|list|introduce|refer|pass|forward|send|"
    r"connect|review|paint|sketch|compare|identify|offer|mention|highlight|recall|speak|tell|provide|"
    r"guide|characteri[sz]e|define|detail|talk (?:me |us )?(?:through|about)|walk (?:me|us)|run (?:me|us)|"
    r"take (?:me|us)|show (?:me|us)|point (?:me|us)|help (?:me|us)|keep (?:me|us)|get (?:me|us)|"
    r"find (?:me|us)|let (?:me|us)|give (?:me|us|an?|some|examples?|advice)|go (?:over|through|into)|"
    r"look (?:over|at)|put (?:in|me)|think of|say (?:more|a|something|what|how)|break (?:down|it))\b",
    r"^(?:can|could) you (?:please )?(?:suggest|recommend)\b",
    r"^would you (?:please )?(?:mind|be (?:willing|able|happy|open)|like to (?:share|describe|explain|"
    r"tell))\b",
    r"^(?:may|can|could|might) i ask\b",
    r"^do you mind (?:telling|sharing|explaining|describing|walking|talking)\b",
)
_TAG = re.compile(
    r"(?:,|\s[—–-])\s*(?:(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|"
    r"haven't|hasn't|shouldn't|is|are|do|does|did) (?:it|you|they|there|he|she|we|that|this|i)|right|correct|"
    r"yes|no|true|surely|huh|eh|yeah|ok|okay|agreed|am i right|don't you think|wouldn't you (?:say|agree)|"
    r"do you agree|you know)\s*\?"
)


def _closed(segments: list[str], text: str) -> str | None:
    """The first yes/no question sentence (lead-in removed), or None."""
    if _TAG.search(text.lower()):
        return text
    for segment in segments:
        words = _head_words(segment)
        head = _head(segment)
        if words and (
            (words[0] in _AUX and not _REQUEST.match(head.lower()))
            or words[0] == "surely"
            or (words[0] == "you" and not _WH.intersection(words) and segment.endswith("?"))
            or (re.match(r"i (?:assume|take it|guess|suppose|imagine|bet)\b", " ".join(words[:3]))
                and segment.endswith("?"))
        ):  # fmt: skip
            return head
    return None


_CUT = re.compile(
    r",\s*(?:and|or|but)\b|;|\s(?:and|or)\s+(?=(?:what|how|why|where|when|who|which|do|does|did|is|are)\b)",
    re.IGNORECASE,
)
_GENERIC = 'Start with "What" or "How", e.g. "How would you describe ...?"'
_OPEN_UP: list[tuple[str, str]] = [
    (r"^(?:(?:do|does|did) )?you (?:really |still )?(?:like|enjoy|love) (.+)",
     "What do you enjoy most about {0}?"),
    (r"^(?:(?:is|are) there (?:any(?:thing|one)? |something |someone )?else|would you like to add)\b.*",
     "What else would be useful for me to know that I have not asked about?"),
    (r"^(?:is|are) there (?:any |a |an |some )?(?:particular |specific )?(.+)",
     "What can you tell me about {0}?"),
    (r"^(?:do|does|did) you know (?:of |about )?(?:any )?(.+)", "What can you tell me about {0}?"),
    (r"^(do|did) you have (?:any |a |an |some )?(advice|tips|suggestions|recommendations|regrets|concerns|"
     r"thoughts)\b(.*)", "What {1} {0} you have{2}?"),
    (r"^(?:is it (?:all right|alright|ok|okay) (?:if i |for me to |to )|(?:may|can|could|might) i )(.+)",
     "What would be the best way for me to {0}?"),
    (r"^should i (.+)", "What would help me decide whether I should {0}?"),
    (r"^(?:surely|(?:isn't|is) it true that|(?:don't|do|wouldn't|would) you (?:think|agree|say|feel)"
     r"(?: that)?) (.+)", "What is your view on whether {0}?"),
]  # fmt: skip


def _rewrite(text: str, rules: list[tuple[str, str]]) -> str | None:
    for pattern, template in rules:
        match = re.match(pattern, text, re.IGNORECASE)
        if match:
            return _capital(template.format(*(_decap(g or "") for g in match.groups())))
    return None


def _capital(text: str) -> str:
    text = re.sub(r"\bi\b", "I", text)
    return text[:1].upper() + text[1:]


def _decap(text: str) -> str:
    """Lower-case a clause's first word when it is a common word (names stay as written)."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in _STOP and first != "I" else text


def _open_up(head: str) -> str:
    """An open rewrite of a yes/no question, or advice on how to write one."""
    tag = _TAG.search(head.lower())
    if tag:
        clause = head[: tag.start()].strip()
        if re.match(r"(?:you|i)\b", clause, re.IGNORECASE):
            return _GENERIC
        if _words(clause)[:1] and _words(clause)[0] in _AUX:
            return _open_up(clause)
        return _capital(f"What is your view on whether {_decap(clause)}?")
    first = _CUT.split(head.strip(), maxsplit=1)[0].strip().rstrip("?.! ")
    found = _rewrite(first, _OPEN_UP)
    if found:
        return found
    aux = re.match(r"([a-z']+) (.+)", first, re.IGNORECASE)
    if aux and aux[1].lower() in _AUX:
        verb = _POSITIVE.get(aux[1].lower(), aux[1].lower())
        return _capital(f"To what extent {verb} {_decap(aux[2].replace(' ever ', ' '))}?")
    return _GENERIC


_POSITIVE = {w: w.removesuffix("n't") for w in _AUX if w.endswith("n't")} | {
    "can't": "can", "cannot": "can", "won't": "will"
}  # fmt: skip


# -- short answer, double-barreled, leading -------------------------------------------
def _short_answer(segments: list[str]) -> bool:
    for segment in segments:
        w = _head_words(segment)
        if not w:
            continue
        if w[0] in ("who", "whom", "whose"):
            return True
        if w[0] in ("what", "which") and w[1:2] and w[1] in ("year", "month", "date", "time", "age"):
            return True
        if w[0] in ("when", "where") and w[1:2] and w[1] in _AUX:
            return not (w[0] == "where" and {"see", "heading", "headed", "going"} & set(w))
        if w[0] == "how" and w[1:2] and w[1] in ("many", "long", "often", "old"):
            return True
        if w[:2] == ["how", "much"] and w[2:3]:
            # "How much travel...?" asks an amount; "How much has it changed?" asks a degree.
            money = {"make", "earn", "paid", "pay", "cost", "charge", "bring", "take"}
            return w[2] not in _AUX or bool(money & set(w[3:]))
    return False


_POS = (
    "best|most|like|love|enjoy|pros|advantages?|upsides?|rewarding|satisfying|enjoyable|fun|exciting|"
    "fulfilling|strengths?|good|positive|easiest|favou?rite"
)
_NEG = (
    "worst|least|dislike|hate|cons|disadvantages?|downsides?|drawbacks?|frustrating|challenging|difficult|"
    "hard|hardest|stressful|boring|tedious|toughest|weakness(?:es)?|bad|negative|annoying"
)
_VS = r"\s+(?:and|or|versus|vs\.?)\s+(?:the\s+)?(?:most\s+)?"
_PAIR = re.compile(rf"\b(?:({_POS}){_VS}({_NEG})|({_NEG}){_VS}({_POS}))\b")
_JOIN = _any(
    r"(?:\b(?:and|or|but)|;)\s+(?:then\s+|also\s+)?(what|how|why|where|when|who|which|whom)\b"
    r"(?!\s+to\b|\s*\?|\s+not\s*\?)",
    r"(?:\b(?:and|or|but)|;)\s+(?:is|are|was|were|do|does|did|have|has|can|could|would|will|should)\s+"
    r"(?:you|it|there|they|that|this|i|we|he|she)\b",
)


def _relative(low: str, join: re.Match[str]) -> bool:
    """'someone who is ... and who has ...': a second relative clause, not a second question."""
    earlier = re.search(rf"\w[\w,]* {join[1]}\b", low[: join.start()]) if join[1] else None
    return join[1] in ("who", "which", "whom") and earlier is not None


def _double(text: str, segments: list[str]) -> str | None:
    """A suggested split when the text asks two things, else None."""
    low = text.lower()
    asked = [s for s in segments if s.endswith("?")]
    if len(asked) > 1:
        return "Ask one at a time: " + " / ".join(f'"{s}"' for s in asked[:3])
    pair = _PAIR.search(low)
    if pair:
        two = [g for g in pair.groups() if g][1]
        start, end = pair.span()
        first, second = text[:start] + text[start:end].split()[0], text[:start] + two
        return f'Ask one side at a time: "{first}{text[end:]}" then "{second}{text[end:]}"'
    wh = "(what|how|why|where|when|who|which)"
    both = re.match(rf"^{wh} (?:and|or) {wh} (.+)", text, re.IGNORECASE)
    if both:
        return f'Ask one at a time: "{_capital(both[1])} {both[3]}" then "{_capital(both[2])} {both[3]}"'
    join = next((j for j in _JOIN.finditer(low) if not _relative(low, j)), None)
    if join is None:
        return None
    before = text[: join.start()].rstrip(" ,;")
    after = text[join.start() :].lstrip(" ;")
    after = re.sub(r"^(?:and|or|but)\s+(?:then\s+|also\s+)?", "", after, flags=re.IGNORECASE)
    embedded = re.search(r"\b(?:what|how|why|where|when|who|which)\b", before.lower())
    if _REQUEST.match(before.lower()) and embedded and _words(after)[1:2] and _words(after)[1] not in _AUX:
        after = before[: embedded.start()] + after  # "Could you explain how... and what you do now?"
    return f'Ask one at a time: "{before.rstrip("?")}?" then "{_capital(after)}"'


_LEADING_ANY = _any(
    r"\b(?:do|would|wouldn't|don't) you agree\b",
    r"\b(?:surely|obviously|of course|everyone (?:knows|says|agrees)|as we all know|i assume|i take it|"
    r"i bet|no doubt)\b",
)
_LEADING_HEAD = _any(
    r"^why (?:is|are|was|were)\b.{0,80}?\b(?:the best|the worst|the greatest|better than|worse than|"
    r"so (?!far\b|many\b)\w+)",
    r"^why (?:do|did|does) \w+ (?:love|hate|adore)\b",
    r"^what makes\b.{0,80}?\b(?:so|the best|the worst|such an?)\b",
    r"^how much (?:do|did) you (?:love|enjoy|like|hate|adore)\b",
    r"^how (?:amazing|awesome|great|wonderful|fantastic|incredible|terrible|awful|horrible|exciting|"
    r"thrilling|boring)\b",
    r"^[a-z]+n't\b",
)
_NEUTRAL: list[tuple[str, str]] = [
    (r"^everyone (?:knows|says|agrees) (?:that )?(.+?),.*", "What is your view on whether {0}?"),
    (r"^why (is|are|was|were) (.+?) so (\w+)(.*)", "How {2} {0} {1}{3}, in your experience?"),
    (r"^why is (.+?) the (?:best|greatest|worst) (\w+)(.*)", "How does {0} compare with other {1}s{2}?"),
    (r"^why are (.+?) the (?:best|greatest|worst) (\w+)(.*)", "How do {0} compare with other {1}s{2}?"),
    (r"^what makes (.+?) so \w+(.*)", "What is {0} like{1}?"),
    (r"^why do you (?:love|adore) (.+?)(?: so much)?$", "What do you enjoy about {0}?"),
    (r"^why do you hate (.+?)(?: so much)?$", "What do you find hardest about {0}?"),
    (r"^how much (?:do|did) you (?:love|enjoy|like|hate|adore) (.+)", "How do you feel about {0}?"),
    (r"^how \w+ (is|was) it (.+)", "What {0} it like {1}?"),
]


def _leading(segments: list[str], text: str) -> str | None:
    """A neutral rewrite (or advice) when the question suggests its answer."""
    heads = [_head(s) for s in segments]
    tagged = _TAG.search(text.lower()) is not None
    heading = any(_LEADING_HEAD.search(h.lower()) for h in heads)
    if not (tagged or heading or _LEADING_ANY.search(text.lower())):
        return None
    head = heads[0].rstrip("?. ")
    found = _rewrite(head, _NEUTRAL) or _rewrite(text.rstrip("?. "), _NEUTRAL)
    if found:
        return found
    rewrite = _open_up(text if tagged else head)
    if rewrite == _GENERIC:
        return 'Ask without the assumption, e.g. "How would you describe ...?"'
    return rewrite


# -- asks for a job, googleable, personal salary --------------------------------------
_ORG = (r"(?:company|team|firm|organi[sz]ation|department|office|group|lab|business|practice|agency|"
        r"hospital|studio)")
_BIG = (r"(?:company|organi[sz]ation|firm|business|agency|corporation|charity|non-?profit|employer|"
        r"enterprise|brand)")
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


# -- research notes and length ---------------------------------------------------------
_STOP = _set(
    "a an the and or but if of to in on at for from by with about as into than then so that this these those "
    "it its is are was were be been being do does did have has had can could will would should may might "
    "must shall i me my we our you your yours they them their he she his her there here what which who whom "
    "whose how why when where not no any some all more most very much many also just like think tell "
    "describe explain say know get got make work job role career field industry company organisation "
    "organization people person typical usually really"
)


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def key_words(text: str) -> set[str]:
    """The content words used to compare a question with research notes (light stemming)."""
    return {_stem(w.split("'")[0]) for w in _words(_norm(text)) if w.split("'")[0] not in _STOP}


def _in_notes(text: str, research: Sequence[str]) -> tuple[int, list[str]] | None:
    """(note number, shared words) when one sentence of one note holds most of the question's key words."""
    mine = key_words(text)
    if len(mine) < NOTE_MIN_SHARED:
        return None
    for number, note in enumerate(research, 1):
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", note):
            shared = mine & key_words(sentence)
            if len(shared) >= NOTE_MIN_SHARED and len(shared) >= NOTE_OVERLAP * len(mine):
                return number, sorted(shared)
    return None


def _too_long(text: str, segments: list[str]) -> tuple[str, str] | None:
    """(why, suggestion) when the question is too long to follow by ear."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    breaks = len(re.findall(r"[,;:()—–]|\b(?:because|although|though|whereas|unless|while)\b", text.lower()))
    fits = len(words) <= MAX_WORDS and len(text) <= MAX_CHARS
    if fits and not (len(words) > BUSY_WORDS and breaks >= 3):
        return None
    why = f"{len(words)} words" if len(text) <= MAX_CHARS else f"{len(text)} characters"
    if fits:
        why += f" in {breaks + 1} parts"
    parts = (segments[-1] if segments else text).split(",")
    for number in range(1, len(parts)):
        tail = _unfill(",".join(parts[number:]).strip())
        if _question_head(_expand(_words(tail))) and 4 <= len(tail.split()) <= BUSY_WORDS:
            return why, f'Keep a short lead-in and ask just: "{_capital(tail)}"'
    return why, f"Split it: a short sentence of background, then one question of at most {BUSY_WORDS} words."


# -- public API for questions -----------------------------------------------------------
_SALARY_HINT = "What salary range is typical for someone starting out in this field?"
_JOB_HINT = "How do people usually hear about openings in this field?"
_ORDER = {"error": 0, "warning": 1, "info": 2}


def _finding(rule: str, message: str, suggestion: str | None = None) -> Finding:
    return Finding(rule, RULES[rule], message, suggestion)


def check_question(text: str, *, research: Sequence[str] = ()) -> list[Finding]:
    """Findings for one question, most severe first; [] when nothing was noticed.

    ``research`` holds the texts of the student's research notes: a question they
    already answer is flagged ``googleable``. Empty text gives one ``empty`` finding
    rather than an exception, so one blank line does not stop a whole list.
    """
    if not isinstance(text, str):
        raise InvalidValue("question", text, "is not text")
    norm = _norm(text)
    if not any(c.isalnum() for c in norm):
        return [_finding("empty", "The question is empty." if not norm else "The question has no words.")]
    segments = _segments(norm)
    if _is_english(norm):
        found = _english_rules(norm, segments, research)
    else:
        found = [_finding("not-english", "The checker reads English only; this was not checked.")]
    long = _too_long(norm, segments)
    if long:
        found.append(_finding("too-long", f"Too long to follow when heard once ({long[0]}).", long[1]))
    return sorted(found, key=lambda f: _ORDER[f.severity])


def _english_rules(text: str, segments: list[str], research: Sequence[str]) -> list[Finding]:
    found: list[Finding] = []
    job = _asks_for_job(text, segments)
    salary = _SALARY.search(text.lower()) is not None
    if job:
        found.append(_finding("asks-for-job", "Asks for a job or a referral for one; this interview is for "
                              "learning, not applying.", _JOB_HINT))  # fmt: skip
    if salary:
        found.append(_finding("personal-salary", "Asks the person's own pay; ask about the field instead.",
                              _SALARY_HINT))  # fmt: skip
    closed = _closed(segments, text)
    if closed:
        hint = _JOB_HINT if job else _SALARY_HINT if salary else _open_up(closed)
        found.append(_finding("closed", "Can be answered with yes or no.", hint))
    split = _double(text, segments)
    if split:
        found.append(_finding("double-barreled", "Asks two questions in one.", split))
    neutral = _leading(segments, text)
    if neutral:
        found.append(_finding("leading", "Suggests the answer or assumes a fact.", neutral))
    if any(_GOOGLEABLE.search(_head(s).lower()) for s in segments):
        found.append(_finding("googleable", "A web search answers this; look it up beforehand.",
                              "What is it like to work there day to day?"))  # fmt: skip
    elif research and (notes := _in_notes(text, research)):
        found.append(_finding("googleable", f"Your research note {notes[0]} already covers this (shared "
                              f"words: {', '.join(notes[1])}).", "Ask what the notes cannot tell you: what "
                              "it is like in practice."))  # fmt: skip
    if _short_answer(segments):
        found.append(_finding("short-answer", "Asks for a fact rather than a story; keep such questions few.",
                              'Follow it with "What was that like?" or ask "How..." instead.'))  # fmt: skip
    return found


@dataclass(frozen=True)
class QuestionResult:
    """One question as given and what the checker found in it."""

    question: str
    findings: list[Finding]

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "findings": [f.to_dict() for f in self.findings]}


def check_questions(texts: Sequence[str], *, research: Sequence[str] = ()) -> list[QuestionResult]:
    """Check each text; results keep the input order."""
    if isinstance(texts, str):
        raise InvalidValue("questions", texts, "must be a list of questions, not one string")
    return [QuestionResult(text, check_question(text, research=research)) for text in texts]


# -- the whole plan ---------------------------------------------------------------------
_CATCH_ALL = _any(
    r"\banything (?:else )?(?:(?:that )?i (?:haven't|have not|didn't|did not|should have|ought to have|"
    r"forgot to) ask|you(?:'d| would) (?:like|want) to add|(?:else )?i should know|(?:else )?(?:to add|"
    r"we haven't covered|we have not covered))",
    r"\bwhat else (?:should i|would (?:be|you)|do you think i|might i|could i|"
    r"is (?:there|worth|important))\b",
    r"\bquestions? (?:should i have|i should have|i (?:haven't|have not|didn't|did not)) asked\b",
    r"\bwhat (?:have|haven't) (?:we|i) (?:not )?(?:covered|asked|talked about|discussed)",
    r"\bnot thought to ask\b|\bwould you like to add\b",
)
_REFERRAL = _any(
    r"\b(?:who else|anyone else|someone else|other people|others|colleagues?|contacts?)\b.{0,60}"
    r"\b(?:talk|speak|contact|reach|meet|approach|ask|chat|interview)",
    r"\b(?:suggest|recommend|refer me to|introduce me to)\b.{0,40}\b(?:someone|anyone|people|person|"
    r"colleagues?|others)\b",
    r"\b(?:mention|use) your name\b",
)
_RESOURCE = re.compile(
    r"\b(?:journals?|magazines?|newsletters?|publications?|books?|podcasts?|websites?|blogs?|associations?|"
    r"societies|professional bodies|conferences?|events?|meetups?|communities|resources?)\b"
)
_SENSITIVE = re.compile(
    r"\b(?:salary|salaries|pay|paid|earn\w*|income|money|turnover|quit|fired|laid off|layoffs?|hardest|worst|"
    r"burn(?:ing)? ?out|leav(?:e|ing) (?:the|this|your))\b"
)
_ENDING = ("catch-all", "referral")


def is_catch_all(text: str) -> bool:
    """Whether a question invites whatever the student did not think to ask."""
    return _CATCH_ALL.search(_norm(text).lower()) is not None


def _kind(question: Question) -> str:
    """'catch-all', 'referral', 'resources', 'opening' or 'core', from category, TIARA area or wording."""
    low = _norm(question.text).lower()
    if question.category == "catch-all" or is_catch_all(low):
        return "catch-all"
    if question.category == "referrals" or _REFERRAL.search(low):
        return "referral"
    if question.tiara == "resources" or question.category == "resources" or _RESOURCE.search(low):
        return "resources"
    return "opening" if question.phase == "opening" or question.category == "path" else "core"


def _tiara(question: Question) -> str:
    """The TIARA area given, else the bank entry's, else the commonest in its bank category."""
    from infokit.bank import load_bank

    if question.tiara:
        return question.tiara
    bank = load_bank()
    entry = next((b for b in bank if b.id == question.bank_id), None)
    if entry:
        return entry.tiara
    areas = [b.tiara for b in bank if b.category == question.category]
    return max(TIARA_AREAS, key=areas.count) if areas else "unassigned"


@dataclass(frozen=True)
class PlanReport:
    """What :func:`check_plan` found; ``keep`` and ``drop`` hold the plan's own Question objects."""

    findings: list[Finding]
    """Findings about the plan as a whole (per-question ones are in ``results``)."""
    results: list[QuestionResult]
    total_minutes: float
    budget_minutes: int
    keep: list[Question] = field(default_factory=list)
    """The questions that fit the meeting, chosen by priority, shown in plan order."""
    drop: list[Question] = field(default_factory=list)
    """What to skip if time runs short: lowest priority first, later before earlier."""
    coverage: dict[str, dict[str, int]] = field(default_factory=dict)
    """{"category": {slug: count}, "tiara": {area: count}} for the notebooks' charts."""

    @property
    def over_budget(self) -> bool:
        return self.total_minutes > self.budget_minutes

    def to_dict(self) -> dict[str, Any]:
        return {
            "findings": [f.to_dict() for f in self.findings],
            "questions": [r.to_dict() for r in self.results],
            "total_minutes": self.total_minutes,
            "budget_minutes": self.budget_minutes,
            "keep": [q.id for q in self.keep],
            "drop": [q.id for q in self.drop],
            "coverage": self.coverage,
        }


def _numbers(indexes: Sequence[int]) -> str:
    return ", ".join(str(i + 1) for i in indexes)


def check_plan(
    questions: Sequence[Question],
    *,
    settings: Settings | None = None,
    meeting_minutes: int | None = None,
    research: Sequence[str] = (),
) -> PlanReport:
    """Check a whole interview plan: count, resources and catch-all, coverage, order, time.

    The limits come from ``settings`` (the assignment's settings file when None);
    ``meeting_minutes`` overrides the meeting length, e.g. when the interviewee
    offered a different slot.
    """
    from infokit.bank import categories, key_categories, load_bank

    limits = (settings or load_settings()).limits
    budget = limits.meeting_minutes if meeting_minutes is None else meeting_minutes
    if isinstance(budget, bool) or not isinstance(budget, int) or budget <= 0:
        raise InvalidValue("meeting_minutes", meeting_minutes, "must be a whole number of minutes above 0")
    plan = list(questions)
    n, bank = len(plan), load_bank()
    kinds = [_kind(q) for q in plan]
    tiaras = [_tiara(q) for q in plan]
    findings: list[Finding] = []

    def add(rule: str, severity: Severity, message: str, suggestion: str | None = None) -> None:
        findings.append(Finding(rule, severity, message, suggestion))

    low, high = limits.question_min, limits.question_max
    if n == 0:
        add("count", "error", f"The plan has no questions; write {low} to {high}.")
    elif not low <= n <= high:
        add("count", "warning", f"The plan has {n} questions; the assignment asks for {low} to {high}.",
            "Add questions from the bank." if n < low else "Keep the ones you most need.")  # fmt: skip
    if n and not any(k in ("referral", "resources") for k in kinds) and "resources" not in tiaras:
        add("no-resources", "warning", "No resources or referral question (whom to talk to, what to read).",
            next(b.text for b in bank if b.category == "referrals"))  # fmt: skip
    if n and "catch-all" not in kinds:
        add("no-catch-all", "warning", "No catch-all question to close with.",
            next(b.text for b in bank if b.category == "catch-all"))  # fmt: skip

    by_tiara = {area: tiaras.count(area) for area in TIARA_AREAS}
    if "unassigned" in tiaras:
        by_tiara["unassigned"] = tiaras.count("unassigned")
    labels = categories()
    rank = {slug: i for i, slug in enumerate(labels)}
    by_category = {
        c: sum(q.category == c for q in plan)
        for c in sorted({q.category for q in plan}, key=lambda c: (rank.get(c, len(rank)), c))
    }
    missing = [area for area in TIARA_AREAS if not by_tiara[area]]
    if n and missing:
        tip = next((b for b in bank if b.tiara == b.category == missing[0]), None)
        tip = tip or next(b for b in bank if b.tiara == missing[0])
        add("coverage", "warning" if len(missing) > 1 else "info",
            f"No questions on the TIARA area(s): {', '.join(missing)}.",
            f'For {missing[0]}: "{tip.text}"')  # fmt: skip
    gaps = [labels[c] for c in key_categories() if c not in by_category]
    if n and gaps:
        add("coverage", "info", f"No questions on: {', '.join(gaps)}.", "Browse the bank by category.")

    if n and kinds[0] != "opening":
        add("order", "warning", "Start with an opening question that builds rapport.",
            next(b.text for b in bank if b.phase == "opening"))  # fmt: skip
    early = [i for i, q in enumerate(plan[: n // 3]) if q.sensitive or _SENSITIVE.search(q.text.lower())]
    if early:
        add("order", "warning", f"Sensitive question(s) {_numbers(early)} come in the first third.",
            "Move pay, turnover and hard-parts questions later, once there is rapport.")  # fmt: skip
    closing = [kinds[i] in _ENDING or q.phase == "closing" for i, q in enumerate(plan)]
    last_core = max((i for i in range(n) if not closing[i]), default=-1)
    late = [i for i in range(last_core) if closing[i]]
    if late:
        add("order", "warning", f"Closing question(s) {_numbers(late)} come before core questions.",
            "Move referral, catch-all and other closing questions to the end.")  # fmt: skip

    total = round(sum(q.minutes for q in plan), 2)
    # Drop lowest priority first and, at equal priority, later questions first; the
    # referral and catch-all go last because they lead to the next conversation.
    drop_order = sorted(range(n), key=lambda i: (-plan[i].priority, kinds[i] in _ENDING, -i))
    kept: set[int] = set()
    used = 0.0
    for i in reversed(drop_order):
        if used + plan[i].minutes <= budget:
            kept.add(i)
            used += plan[i].minutes
    dropped = [i for i in drop_order if i not in kept]
    if total > budget:
        add("time-budget", "warning", f"The questions need about {total:g} minutes; the meeting is {budget}.",
            f"If time runs short, skip question(s) {_numbers(dropped)} (in that order).")  # fmt: skip
    elif n and total < UNDERFILL * budget:
        add("time-budget", "info", f"The questions fill about {total:g} of the meeting's {budget} minutes.",
            "Add a few questions or plan follow-ups.")  # fmt: skip
    return PlanReport(
        findings=findings,
        results=check_questions([q.text for q in plan], research=research),
        total_minutes=total,
        budget_minutes=budget,
        keep=[plan[i] for i in sorted(kept)],
        drop=[plan[i] for i in dropped],
        coverage={"category": by_category, "tiara": by_tiara},
    )
