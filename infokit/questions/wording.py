"""Rules on how a question is worded: closed, double-barreled, leading, short-answer, too-long.

Each rule returns what it found together with a suggested rewrite (an open, single,
neutral or shorter question) or advice on writing one. Severities and the rule
catalogue are in :mod:`infokit.questions`.
"""

from __future__ import annotations

import re

from infokit.questions.text import (
    _AUX,
    _STOP,
    _WH,
    _any,
    _expand,
    _head,
    _head_words,
    _question_head,
    _unfill,
    _words,
)

MAX_WORDS = 35
"""Longer than this is hard to hold in mind when heard once (about 12 seconds of speech)."""
BUSY_WORDS = 25
"""Above this, three or more clause breaks (commas, dashes, "because"...) also make it hard to follow."""
MAX_CHARS = 300
"""A cap that also works for scripts written without spaces."""


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


# -- too long --------------------------------------------------------------------------
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
