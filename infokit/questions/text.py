"""How the question checker reads a question: normalised text, words, sentences, the question head.

Markup is skipped, curly quotes are straightened, a lead-in such as "In your
experience," or "So," is found and passed over, and English is told from other
languages. ``key_words`` gives the content words used to compare a question with
notes. The underscore names here are shared by the checker's modules
(:mod:`infokit.questions.wording`, :mod:`infokit.questions.topic`, :mod:`infokit.questions.rules`,
:mod:`infokit.questions.plan`) and are not public API.
"""

from __future__ import annotations

import re
from functools import lru_cache


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
    "people like tell describe explain any all more most some you'd you're you've it's what's i'd i'm i've "
    "if so but not no yes get got make made think know want need would've advice work working job jobs "
    "career field company team day week year time years best worst good hard recommend read reading "
    "salary pay hiring study degree experience else other"
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
    r"^(?:(?:so|and|but|also|okay|ok|well|now|then|finally|lastly|first|firstly|first of all|next|oh|um|"
    r"uh|hi|hey|please|just curious|just wondering|out of curiosity|out of interest|honestly|quick question|"
    r"by the way|anyway|right|alright|to start with|before we wrap up|one more thing)\b[\s,:]*)+"
)
_SEGMENTS = re.compile(r"(?<=[?!;])\s*|(?<=\.)\s+|\s+[—–]\s+|\s+-\s+")
_REPEATS = re.compile(r"([?!])[?!]+")


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
    """The question sentences (ending in '?'), or every sentence when none does.

    "ur salary??" is one sentence; a piece without a letter or digit is no sentence.
    """
    parts = [p.strip() for p in _SEGMENTS.split(_REPEATS.sub(r"\1", text)) if p and p.strip()]
    parts = [p for p in parts if any(c.isalnum() for c in p)]
    return [p for p in parts if p.endswith("?")] or parts


def _expand(words: list[str]) -> list[str]:
    """what's -> what is, so "Where's the office?" reads like "Where is the office?"."""
    if words and words[0].endswith("'s") and words[0][:-2] in _WH:
        return [words[0][:-2], "is", *words[1:]]
    return words


_WRAPPER = re.compile(
    r"^(?:.{0,60}?\b)?(?:tell|telling|let me know|know|ask|asking|wonder|wondering|wondered|curious|"
    r"interested|confirm|check|say|saying|share|sharing|hear|learn|understand|explain|find out|"
    r"idea|sure|remind|reminding)(?: (?:me|us))?"
    r"(?: (?:roughly|exactly|approximately|briefly|honestly|generally|again))?"
    r"(?: about)?,? "
    r"(?P<sub>if|whether|what|how|why|when|where|who|whom|whose|which)\b(?P<rest>.*)$"
)


@lru_cache(maxsize=16384)
def _unwrap(head: str) -> tuple[str, str] | None:
    """("yes-no" or "wh", the embedded question) when ``head`` wraps one: "Can you tell me if...".

    "I was wondering if you enjoy it" -> ("yes-no", "you enjoy it"); "Could you tell me
    when the firm was founded?" -> ("wh", "when the firm was founded?"). A question that
    opens with its own wh-word ("What would you do if...") wraps nothing.
    """
    low = head.lower()
    words = _words(low)
    if not words or words[0] in _WH:
        return None
    match = _WRAPPER.match(low)
    if match is None or len(_words(low[: match.start("sub")])) > 14:
        return None
    if _WH.intersection(_words(low[: match.start("sub")])):
        return None
    sub, rest = match["sub"], match["rest"].strip()
    if sub in ("if", "whether"):
        return "yes-no", rest
    return "wh", f"{sub} {rest}"


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


@lru_cache(maxsize=16384)
def _head(segment: str) -> str:
    """The part of a question sentence that carries the question, lead-in removed.

    "In your experience, do employers..." -> "do employers..."; "So, what..." -> "what...".
    Cached: every rule reads the head of the same sentences.
    """
    text = _unfill(segment.strip())
    parts = text.split(",")
    for number, part in enumerate(parts):
        if _question_head(_expand(_words(_unfill(part.strip())))):
            return _unfill(",".join(parts[number:]).strip())
    return text


def _head_words(segment: str) -> list[str]:
    words = _expand(_words(_head(segment)))
    return words[1:] if len(words) > 1 and words[0] in _PREP and words[1] in _WH else words


# -- key words -----------------------------------------------------------------------------
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
    return set(_key_words(text))


@lru_cache(maxsize=16384)
def _key_words(text: str) -> frozenset[str]:
    # Cached: every question of a plan is compared with the same note sentences.
    return frozenset(_stem(w.split("'")[0]) for w in _words(_norm(text)) if w.split("'")[0] not in _STOP)


def _capital(text: str) -> str:
    """``text`` with "i" as "I" and a capital first letter."""
    text = re.sub(r"\bi\b", "I", text)
    return text[:1].upper() + text[1:]
