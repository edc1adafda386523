"""Rules on how a question is worded: closed, double-barreled, short-answer, too-long.

Each rule reads the question as :mod:`infokit.questions.text` prepares it (lead-in
skipped, shorthand spelled out) and returns what it found; the suggestions are
written by :mod:`infokit.questions.suggest`. Severities and the rule catalogue are
in :mod:`infokit.questions`.
"""

from __future__ import annotations

import re

from infokit.questions.text import (
    _AUX,
    _WH,
    _any,
    _expand,
    _head,
    _head_words,
    _question_head,
    _set,
    _unfill,
    _unwrap,
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
    r"^(?:can|could|will|would) you (?:please |possibly |kindly )?(?:describe|explain|share|outline|"
    r"summari[sz]e|elaborate|expand|recount|discuss|clarify|illustrate|reflect|name|list|introduce|refer|"
    r"pass|forward|send|connect|review|paint|sketch|compare|identify|offer|mention|highlight|recall|speak|"
    r"tell|provide|guide|characteri[sz]e|define|detail|arrange|hire|help|hook|add|consider|email|organi[sz]e|"
    r"book|schedule|invite|include|teach|advise|write|make sure|set (?:me |us )?up|sum (?:it )?up|"
    r"talk (?:me |us )?(?:through|about|a little|a bit)|walk (?:me|us)|run (?:me|us)|take (?:me|us)|"
    r"show (?:me|us)|point (?:me|us)|keep (?:me|us|my)|get (?:me|us)|find (?:me|us)|let (?:me|us)|"
    r"give (?:me|us|an?|some|examples?|advice|my|them|him|her)|go (?:over|through|into)|look (?:over|at|"
    r"into)|"
    r"put (?:in|me|my)|ask (?:your|ur|them|him|her|someone|around)|keep an eye out|recommend (?:me|my|us)|"
    r"vouch for|(?:mention|flag) (?:me|my)|be (?:a|an|my|our) \w+|think of|"
    r"say (?:more|a|something|what|how)|break (?:down|it)|check (?:my|over))\b",
    r"^(?:can|could) you (?:please )?(?:suggest|recommend)\b",
    r"^would you (?:please )?(?:mind(?! if\b)|be (?:willing|able|happy|open|comfortable|prepared|"
    r"kind enough)|"
    r"like to (?:share|describe|explain|tell))\b",
    r"^(?:may|can|could|might) i ask\b",
    r"^do you mind (?:telling|sharing|explaining|describing|walking|talking|saying)\b",
)
_COURTESY_OPEN = _any(
    r"^(?:may|can|could|might|shall) i\b",
    r"^(?:is it|would it be|will it be) (?:ok|okay|all right|alright|fine|possible)\b",
    r"^(?:do|would) you mind (?:if|me)\b",
    r"^would you (?:be comfortable|like me|prefer|rather)\b",
)
_COURTESY_ACT = re.compile(
    r"\b(?:mention\w*|your name|quot\w*|cite|citing|notes?|jot\w*|record\w*|contact you|get (?:back )?in "
    r"touch|follow(?:ing)? up|email you|call you|write to you|send you (?:a |an )?(?:short |quick |brief )?"
    r"(?:thank|note|email|message|update|card)|let you know|keep you (?:posted|updated|informed)|"
    r"(?:stay|keep) in touch|leave your name|anonym\w*|come back to you|check back)"
)
_TAG_WORDS = (
    r"(?:(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't|"
    r"shouldn't|mustn't|is|are|do|does|did|would|will|could|can|should|have|has|must) "
    r"(?:it|you|they|there|he|she|we|that|this|i)|right|correct|yes|no|true|surely|huh|eh|yeah|ok|okay|"
    r"agreed|am i right|don't you think|wouldn't you (?:say|agree)|do you agree|you know|innit)"
)
_TAG = re.compile(rf"(?:,|\s[—–-])\s*{_TAG_WORDS}\s*\?")
_BARE_TAG = re.compile(
    r"\s(?:isn't|aren't|wasn't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|haven't|hasn't)"
    r" (?:it|you|they|there|he|she|we|that|this)\s*[?.!]*$|\s(?:right|huh|eh|innit)\s*[.!]*$"
)
_SECOND_CLOSED = re.compile(
    r"\b(?:and|or|but)\s+(?:then\s+)?(?:do|does|did|is|are|was|were|would|will|can|could|have|has|should)\s+"
    r"(?:you|it|there|they|i|we|that|this|people)\b"
)
_STATEMENT_START = _set(
    "you you've you're it it's this that that's the they they're there's your my people most everyone "
    "i i'm so"
)
_STATEMENT_VERB = _set(
    "is are was were am 's do does did has have had must been involves involve needs need takes take "
    "means enjoy like love work works get gets feel find pays make makes would will can could should "
    "paid earn earned got made done"
)
_FRAGMENT_YES_NO = _set(
    "happy unhappy stressful worth enjoy enjoying like love hiring available open hard easy fun satisfied "
    "glad busy difficult ok okay nice boring tiring rewarding secure flexible"
)


_FUTURE = re.compile(
    r"\b(?:comes? up|opens? up|becomes? available|is advertised|hear of|hear about|appears)\b"
)
"""An embedded event to be told about later: "let me know if a role comes up" asks for news, not yes/no."""


def tag_question(text: str) -> bool:
    """Whether ``text`` ends in a tag that asks for agreement (", isn't it?", "... right")."""
    low = text.lower().rstrip()
    if _TAG.search(low):
        return True
    words = _words(low)
    statement = bool(words) and words[0] not in _WH and words[0] not in _AUX
    return statement and "?" not in low[:-1] and _BARE_TAG.search(low) is not None


def courtesy(head: str) -> bool:
    """A request for permission the kit recommends: to mention a name, take notes, keep in touch..."""
    low = head.lower()
    if re.search(r"\b(?:cv|resume|résumé|application|portfolio)\b", low):
        return False  # emailing a CV to be passed on is not a courtesy of the conversation
    return _COURTESY_OPEN.match(low) is not None and _COURTESY_ACT.search(low) is not None


def closed(segments: list[str], text: str) -> str | None:
    """The first yes/no (or either/or) question sentence, lead-in removed, or None."""
    if tag_question(text):
        return text
    for segment in segments:
        head = _head(segment)
        low = head.lower()
        words = _head_words(segment)
        if not words or courtesy(head):
            continue
        wrapped = _unwrap(head)
        if wrapped:
            if wrapped[0] == "yes-no" and not _FUTURE.search(wrapped[1]):
                return head
            continue
        if _REQUEST.match(low):
            continue
        if words[0] in _AUX or words[0] == "surely":
            return head
        if words[0] not in _WH and _SECOND_CLOSED.search(low) is None and _closed_statement(words, segment):
            return head
        if words[0] in _WH and _SECOND_CLOSED.search(low):
            return head
    return None


def _closed_statement(words: list[str], segment: str) -> bool:
    """A statement or fragment asked as a question: "You enjoy it?", "Any advice?", "Happy here?"."""
    if not segment.rstrip().endswith("?") and not (words[:1] == ["any"] and len(words) <= 10):
        return False
    if words[0] in ("any", "anyone", "anything", "anybody", "got", "have") or words[:2] == ["i", "take"]:
        return True
    if re.match(
        r"i (?:assume|take it|guess|suppose|imagine|bet|reckon|presume)\b|i'm (?:guessing|assuming|betting|"
        r"supposing|imagining)\b",
        " ".join(words[:3]),
    ):
        return True
    if _WH.intersection(words):
        return False
    if words[0] in _STATEMENT_START and _STATEMENT_VERB.intersection(words[1:]):
        return True
    if words[0].endswith(("'s", "'ve", "'re", "'d", "'ll")) and words[0].split("'")[0] in _STATEMENT_START:
        return True
    return len(words) <= 5 and not _WH.intersection(words) and bool(_FRAGMENT_YES_NO.intersection(words))


# -- double-barreled ---------------------------------------------------------------------
_POS = (
    r"best|like|love|enjoy|pros|advantages?|upsides?|rewarding|satisfying|enjoyable|fun|exciting|fulfilling|"
    r"strengths?|good|positive|easiest|favou?rite|rewards|benefits|energi[sz]e\w*|success(?:es)?|highs?|"
    r"high points?|perks|strong points?|pluses|positives|wins|gains"
)
_NEG = (
    r"least favou?rite|worst|least|dislike|hate|cons|disadvantages?|downsides?|drawbacks?|frustrating|"
    r"challenging|stressful|"
    r"boring|tedious|toughest|weakness(?:es)?|bad|negative|annoying|draining|hardest|failures?|lows?|"
    r"low points?|pitfalls|weak points?|minuses|negatives|losses|regrets?|sacrifices|costs|trade-offs?"
)
_VS = (
    r"\s+(?:and|or|versus|vs\.?|n)\s+(?:(?:the|your|its|their|his|her|our|my)\s+)?"
    r"(?:(?:most|biggest|greatest|main|major|key|real)\s+)?"
)
_PAIR = re.compile(
    rf"\b(?:({_POS}){_VS}({_NEG})|({_NEG}){_VS}({_POS})|(most){_VS}(least)|(least){_VS}(most))\b"
)
_APART = _any(
    r"\b(?:best|proudest|happiest|greatest|finest|brightest|nicest|easiest|coolest|funniest|favou?rite|"
    r"most (?:rewarding|enjoyable|"
    r"satisfying|successful))\b[\w' ]{1,30}?"
    r"\b(?:and|or)\s+(?:(?:the|your|my|their)\s+)?(?:worst|hardest|toughest|saddest|least (?:favou?rite|"
    r"enjoyable)|biggest (?:mistakes?|regrets?|failures?|disappointments?)|most (?:frustrating|stressful|"
    r"difficult))\b",
    r"\bmost\b(?: \w+){0,3}? (?:and|or|but) (?:\w+ ){0,2}least\b|"
    r"\bleast\b(?: \w+){0,3}? (?:and|or|but) (?:\w+ ){0,2}most\b",
    rf"(?<!balance )(?<!between )\b(?:{_POS})\b(?: [\w']+){{1,3}}? (?:versus|vs\.?|compared (?:with|to)) "
    rf"(?:the |its |their )?(?:{_NEG})\b",
    r"\b(?:upsides?|advantages?|pros|benefits|strengths?|positives|good points?|pluses|perks)\b[\w' ,]{1,40}?"
    r"\b(?:and|or|versus|vs\.?) (?:the |its |their |any )?(?:downsides?|disadvantages?|cons|drawbacks?|"
    r"weakness(?:es)?|negatives|bad points?|minuses|pitfalls)\b",
)
"""Opposites with words between: "your proudest moment and your worst mistake", "love most and like least"."""
_TWO_REQUESTS = re.compile(
    r"^(?:can|could|would|will) you (?:please )?(?:describe|explain|tell me about|share|outline|"
    r"walk me through)\b.{3,}?,? and (?:also |then )?(?:tell|explain|describe|share|outline|walk|talk)\b"
)
"""Two requests in one: "Could you describe your role and tell me how you got it?"."""
_JOIN = re.compile(
    r"(?:,?\s*\b(?:and|or|but)|;)\s+(?:then\s+|also\s+)?"
    r"(?P<wh>what|how|why|where|when|who|which|whom|whose|do|does|did|is|are|was|were|have|has|can|could|"
    r"would|will|should)\b(?P<next>\s+[\w']+)?"
)
_WONDER = re.compile(
    r"\b(?:wondering|wonder|curious|interested to know|like to know|love to know|to hear|to understand)\s+"
    r"(?P<rest>(?:how|what|why|where|when|who|which)\b.*)$",
    re.IGNORECASE,
)
_WH_IS = re.compile(r"\b(what|how|where|who|why|when|which)'s\b", re.IGNORECASE)
_EMBEDDED = _set("you i they it we he she the your my our their people a an this that there")


def double(text: str, segments: list[str]) -> list[str] | None:
    """The questions asked together (two or more), or None when it asks one thing.

    An empty list means "two questions, but no clean way to split the words".
    """
    asked = [s for s in segments if s.endswith("?")]
    if len(asked) > 1 and sum(_question_head(_expand(_words(_unfill(s)))) for s in asked) > 1:
        return asked[:3]
    if len(asked) > 1 and _APART.search(" and ".join(_unfill(a.rstrip("?! ")) for a in asked).lower()):
        return asked[:3]  # "What's the best part? And the worst?": one opposite asked after the other
    dashed = [p for p in re.split(r"\s+[—–-]\s+", text.strip()) if p.strip()]
    if len(dashed) > 1 and sum(_question_head(_expand(_words(_unfill(p)))) for p in dashed) > 1:
        return []  # "What was your path here — and would you take it again?"
    head = _head(asked[0] if asked else (segments[0] if segments else text))
    head = _WH_IS.sub(r"\1 is", head)  # "and what's difficult" joins a second question like "and what is"
    low = head.lower()
    pair = _PAIR.search(low)
    if pair:
        first, second = [g for g in pair.groups() if g][:2]
        start, end = pair.span()
        return [head[:start] + first + head[end:], head[:start] + second + head[end:]]
    if _APART.search(low) or _TWO_REQUESTS.match(low):
        return []
    wh = "(what|how|why|where|when|who|which)"
    both = re.match(rf"^{wh} (?:and|or) {wh} (.+)", head, re.IGNORECASE)
    if both:
        return [f"{both[1]} {both[3]}", f"{both[2]} {both[3]}"]
    first_words = _expand(_words(low))
    request = _REQUEST.match(low) is not None or (_unwrap(head) or ("", ""))[0] == "wh"
    if first_words and not (_question_head(first_words) or request):
        inside = _WONDER.search(head)  # "...and I was wondering how you prepared and what you would..."
        if inside is None:
            return None  # "I am looking for a job; can you help?" is a statement and a question
        head, low, request = inside["rest"], inside["rest"].lower(), True
    if not first_words:
        return None
    for join in _JOIN.finditer(low):
        word, following = join["wh"], (join["next"] or "").strip()
        before = low[: join.start()]
        if word in _WH and (not following or following in ("to", "not", "else")):
            continue  # "..., and why?", "how and when to apply"
        if word in ("who", "which") and _relative(low, join.start()):
            continue  # "someone who is... and who has...": a second relative clause
        if word not in _WH:
            if not re.match(r"(?:you|it|there|they|i|we|that|this|people)\b", following):
                continue
        elif following not in _AUX:
            embedded = _WH.intersection(_words(before)[1:] if not request else _words(before))
            if bool(embedded) != request:
                continue  # "describe a challenge and how you handled it"; "between what... and what..."
        after = head[join.end("wh") - len(word) :].strip()
        return [head[: join.start()].rstrip(" ,;"), after]
    return None


def _relative(low: str, at: int) -> bool:
    return re.search(r"\w[\w,]* (?:who|which)\b", low[:at]) is not None


# -- short answer ----------------------------------------------------------------------
_REFERRAL_WHO = re.compile(
    r"^(?:who|whom)(?: else|\s+\w+\s+else)\b.*\b(?:talk|speak|contact|meet|get in touch|reach|ask|approach|"
    r"recommend|suggest|see|call|write|email)|"
    # the next person to talk to, however it is put: "Who would you suggest I contact next?"
    r"^(?:who|whom)\b.*\b(?:recommend|suggest)\b.*\b(?:talk|speak|contact|meet|get in touch|reach out|reach|"
    r"approach|call|write|email)\b|"
    r"^(?:who|whom) (?:should|could|can|might|would) i (?:talk|speak|reach out|contact|meet|approach|"
    r"get in touch)\b.*\b(?:next|also|too)\b"
)
_FACT_NOUNS = _set("year founded ceo founder founders owner owners headquarters hq address date name")
_ROUGHLY = _set("roughly approximately about around approx just so exactly")
"""Words of approximation before the question word: "Roughly how many...", "At around what age..."."""
"""In a fragment of a few words ("Year founded?", "Your CEO?"), a name, date or place is asked for."""
_FEELING = _set("love adore enjoy like hate miss value care dislike appreciate mind resent")
"""After "how much do you", a degree of feeling ("How much do you love it?"), not an amount."""
_OPINION_WHERE = re.compile(
    r"^where (?:do|would|does|did) (?:you|they|people) (?:think|see|expect|imagine|predict)"
)
_MONEY = _set(
    "make making earn earning paid pay paying cost costs charge bring take get salary income bonus raise "
    "wage wages clear on"
)
_ORGANISATION = _set(
    "company firm organisation organization business agency practice department office team studio "
    "charity hospital school lab employer group org"
)
"""After "how big is": the size of a workplace is a number (its head count)."""
_DEGREE_NOUNS = _set("weight importance emphasis attention difference influence say freedom autonomy")
_COMPARATIVES = _set("better worse easier harder happier nicer calmer safer busier tougher")
"""After "how much", a comparison of degree ("How much better is it?"), not an amount."""
_TIME_SPENT = _set("travel commute drive fly overtime sleep")
_MEASURE = _set("hours size headcount age years number")
_AMOUNT_NOUNS = _set(
    "salary salaries pay income wage wages rate rates fee fees price prices cost costs revenue revenues "
    "turnover budget bonus bonuses take-home band bracket tips earnings commission percentage proportion "
    "share number size headcount compensation raise raises figure count capitalisation capitalization"
)
"""Nouns that name a number or an amount: "What is your hourly rate?", "What percentage of..."."""
_NAME_NOUNS = _set(
    "name names city cities country countries town towns state states region regions county counties "
    "province provinces continent continents suburb neighbourhood neighborhood address family families "
    "university universities college colleges school schools company companies firm firms bank banks"
)
"""Nouns that name a name or a place: "Which city is the firm based in?", "What is the name of..."."""
_BEFORE_THE_NOUN = _set(
    "the a an your their his her its our my typical usual average starting current hourly daily weekly "
    "monthly annual yearly base total rough approximate exact entry-level take-home salary pay going "
    "full official parent legal take home day night per market realistic reasonable fair decent ur head"
)
"""Words that may stand between "What is" and the amount or name it asks for."""
_EARN_VERBS = _set("charge charges charged earn earns earned earning make makes made making pay paid")
_NAME_VERBS = _set(
    "owns own runs run leads lead sells sell makes make hires hire operates operate funds fund manages "
    "manage employs employ publishes publish supplies supply"
)
_AFTER_A_NAME = _set(
    "of in at on for as that which where you we they i is was are were these those now again called "
    "today right based"
)
"""Words that may follow the name or place asked for ("What is the name of...", "...the city you work in")."""
_PERSON = _set("you they people someone he she we i")
_OPINION_VERBS = _set("think thinks believe believes feel feels say guess find reckon")


def short_answer(segments: list[str]) -> bool:
    """Whether a question sentence asks for a name, a date, a place, a number or an amount."""
    for segment in segments:
        head = _head(segment)
        clauses = [head] + [head[m.start("wh") :] for m in _JOIN.finditer(head.lower()) if m["wh"] in _WH]
        wrapped = _unwrap(head)
        if wrapped and wrapped[0] == "wh":
            clauses.append(wrapped[1])
        notify = _NOTIFY_ME.search(head.lower()) is not None
        for clause in clauses:
            if notify and clause is not head and clause.lower().startswith("when"):
                continue  # "Could you let me know when a post opens?": asks to be told later, not for a date
            if _short_clause(_expand(_words(clause)), embedded=clause is not head):
                return True
        if _SHARE_AN_AMOUNT.search(head.lower()):
            return True
        words = _head_words(segment)
        if 0 < len(words) <= 3 and words[0] in ("your", "ur") and words[1:2] and words[1] in _MONEY_ASKED:
            return True  # "Your salary?": a fragment asking for a figure
        if (
            0 < len(words) <= 4
            and words[0] not in _AUX
            and not _WH.intersection(words)
            and (_MEASURE | _FACT_NOUNS) & set(words)
        ):
            return True
    return False


def _short_clause(w: list[str], *, embedded: bool) -> bool:
    if w[:1] and w[0] in ("in", "at", "by", "from", "since") and w[1:3] and w[1] in _ROUGHLY and w[2] in _WH:
        w = w[2:]
    while w[:1] and w[0] in _ROUGHLY and w[1:2] and w[1] in _WH:
        w = w[1:]
    if w[:1] == ["whereabouts"]:
        w = ["where", *w[1:]]
    if w[:1] and w[0] in ("in", "at", "by", "from", "since") and w[1:2] and w[1] in _WH:
        w = w[1:]
    if not w:
        return False
    text = " ".join(w)
    if w[0] in ("who", "whom", "whose", "who's"):
        return _REFERRAL_WHO.match(text) is None
    if w[0] in ("what", "which") and w[1:2] and w[1] in ("year", "month", "date", "time", "age", "day"):
        return True
    if w[0] in ("what", "which") and _amount_or_name(w[1:]):
        return True
    if w[0] in ("when", "where") and len(w) > 1:
        if _OPINION_WHERE.match(text) or (
            w[0] == "where" and {"heading", "headed", "going", "fit", "fits", "stand", "stands"} & set(w)
        ):
            return False
        return w[1] in _AUX or embedded or w[1] in ("you", "they", "i", "we", "people", "the", "your", "it")
    if w[0] == "since" and w[1:2] == ["when"]:
        return True
    if w[0] == "how" and w[1:2] and w[1] in ("many", "long", "often", "old", "soon", "frequently"):
        return True
    if w[0] == "how" and w[1:3] in (["big", "is"], ["large", "is"], ["big", "are"], ["large", "are"]):
        return bool(_ORGANISATION & set(w[3:6]))  # "How big is your company?": a head count
    if w[:2] == ["how", "much"] and w[2:3]:
        # "How much travel...?" asks an amount; "How much has it changed?" asks a degree.
        if w[2] in _DEGREE_NOUNS or w[2] in _COMPARATIVES:
            return False  # "How much weight should...": a degree, not an amount
        if w[2] in _AUX and _FEELING.intersection(w[4:6]):
            return False  # "How much do you adore it?": a degree of feeling
        if w[2] in _AUX and w[3:4] and w[4:5] and w[4] in _TIME_SPENT:
            return True  # "How much do you travel?": an amount of time
        return w[2] not in _AUX or bool(_MONEY & set(w[3:])) or w[2] == "of"
    return False


def _amount_or_name(rest: list[str]) -> bool:
    """After "what"/"which": whether the question asks for an amount, a name or a place.

    "which city is", "what percentage of"; "what is your hourly rate", "what was the
    company's revenue"; "what do you charge", "what you earn"; "what kind of money". Not
    "what company culture" (a noun used as an adjective), "what is the pay like" (a
    description) or "what do you make of it" (an opinion).
    """
    if not rest:
        return False
    if rest[0] in _RATE_ADJECTIVES and rest[1:2] and rest[1] in _AMOUNT_NOUNS:
        rest = rest[1:]  # "What hourly rate do you charge?"
    if rest[0] in _AMOUNT_NOUNS or rest[0] in _NAME_NOUNS:
        after = rest[1] if rest[1:] else ""
        if after == "of":
            return rest[0] in ("percentage", "proportion", "share", "number", "name")
        verb = rest[0] in _NAME_NOUNS and after in _NAME_VERBS  # "Which family owns the estate?"
        compound = rest[0] in _AMOUNT_NOUNS and after in _RANGES  # "What salary band..."
        return not after or after in _AUX or verb or compound
    if rest[:2] in (["kind", "of"], ["sort", "of"]) and rest[2:3] and rest[2] in _MONEY_ASKED:
        return True  # "What sort of salary are you on?": a figure
    if rest[0] in ("your", "ur", "the", "their") and _owned_amount_is(rest):
        return True  # "... what your salary is", "what the starting pay is"
    if rest[0] in ("are", "were", "is", "r") and rest[1:2] and rest[1] in _PERSON | {"u"}:
        # "What are you paid per hour?", "What are you earning now?", "what r u making these days"
        told = rest[2:3] in (["paid"], ["earning"], ["making"], ["on"], ["taking"])
        return told and "like" not in rest[3:5]
    if rest[0] in ("is", "was", "are", "were"):
        for at, word in enumerate(rest[1:7], start=1):
            if word in _AMOUNT_NOUNS or word in _NAME_NOUNS:
                after = rest[at + 1 : at + 3]
                described = "like" in after  # "What is the pay like?"
                doing = bool(after) and after[0].endswith("ing")  # "What is the company doing...?"
                # "What is the firm's main activity?" written without the 's: the name noun is an adjective
                adjective = word in _NAME_NOUNS and bool(after) and after[0] not in _AFTER_A_NAME
                online = word == "address" and bool({"website", "web", "email", "e-mail"} & set(rest[at:]))
                unlike = not (described or doing or adjective or online)
                return (at > 1 or word in ("name", "address")) and unlike
            if not (word in _BEFORE_THE_NOUN or word.endswith("'s")):
                return False
        return False
    if rest[0] in ("do", "does", "did", "would", "will", "might", "should", "can", "could"):
        words = rest[1:]  # "What do you charge?"
    elif rest[0] in _PERSON:
        words = rest  # "... telling me what you earn"
    else:
        return False  # "What mistakes do newcomers make...?": "what" asks for a thing
    if words[:1] and words[0] in ("it", "that", "this", "there"):
        return False  # "What does it take to earn their trust?"
    for at, word in enumerate(words[:6]):
        if word in _OPINION_VERBS:
            return False  # "What do you think makes it hard?"
        if word == "take" and words[at + 1 : at + 2] == ["home"]:
            return at > 0  # "What do you take home?", "what you take home"
        if word in _EARN_VERBS:
            after = words[at + 1 : at + 2]
            if word.startswith("ma"):
                # "make" is an amount only with one: "a year", "per hour", "in tips"
                return at > 0 and after in (["a"], ["an"], ["per"], ["in"], ["each"], ["every"], ["money"])
            if word.startswith("pa"):
                # "What does your job pay?", "What do you get paid an hour?"; not "pay attention to"
                return at > 0 and (not after or after[0] in _AFTER_PAY)
            return at > 0
    return False


_AFTER_PAY = _set("you u a an per each every for")
_RATE_ADJECTIVES = _set("hourly daily weekly monthly annual yearly starting typical average base total")
_RANGES = _set("range ranges band bands bracket brackets rate rates")
_MONEY_ASKED = _set("salary pay money raise rise income wage wages rate bonus earnings compensation package")
"""After "what kind of" / "what sort of": a figure ("What sort of salary are you on?")."""


def _owned_amount_is(rest: list[str]) -> bool:
    """ "your salary is", "the starting pay is": an embedded ask for one amount, not "your pay like"."""
    for at, word in enumerate(rest[1:5], start=1):
        if word in _AMOUNT_NOUNS:
            tail = rest[at + 1 : at + 3]
            return bool(tail) and tail[0] in ("is", "was", "are", "were") and "like" not in tail
        if not (word in _BEFORE_THE_NOUN or word.endswith("'s")):
            return False
    return False


_NOTIFY_ME = re.compile(r"\b(?:let|keep) (?:me|us) (?:know|posted|informed|updated) when\b")
"""A request to be told later ("let me know when a role opens"), not a question about a date."""

_SHARE_AN_AMOUNT = re.compile(
    r"\b(?:share|sharing|tell me|telling me|give me|giving me|disclose|disclosing|ask|asking|ask about"
    r"|asking about|know)"
    r"(?: (?:roughly|approximately|broadly))? (?:your|the) (?:(?!on |about |of |for )[\w'-]+ ){0,3}?"
    r"(?:salary|pay|income|wage|wages|rate|fee|fees|take-home|take home pay|band|bracket|earnings|bonus)\b"
)
"""A request for an amount with no question word: "Would you mind sharing your salary band?"."""


# -- too long --------------------------------------------------------------------------
def too_long(text: str, segments: list[str]) -> tuple[str, str | None] | None:
    """(why, the short question inside it, if there is one) when the question is too long to follow by ear."""
    words = [w for w in text.split() if any(c.isalnum() for c in w)]
    breaks = len(re.findall(r"[,;:()—–]|\b(?:because|although|though|whereas|unless|while)\b", text.lower()))
    fits = len(words) <= MAX_WORDS and len(text) <= MAX_CHARS
    if fits and not (len(words) > BUSY_WORDS and breaks >= 3):
        return None
    why = f"{len(words)} words" if len(text) <= MAX_CHARS else f"{len(text)} characters"
    if fits:
        why += f" in {breaks + 1} parts"
    parts = (segments[-1] if segments else text).split(",")
    found = None
    # Tails grow from the right; the longest short one wins. A tail far past BUSY_WORDS cannot
    # shrink back under it, so the walk stops there and the cost stays linear in the text.
    for number in range(len(parts) - 1, 0, -1):
        raw = ",".join(parts[number:])
        if len(raw.split()) > 3 * BUSY_WORDS:
            break
        tail = _unfill(raw.strip())
        if _question_head(_expand(_words(tail))) and 4 <= len(tail.split()) <= BUSY_WORDS:
            found = tail
    return why, found
