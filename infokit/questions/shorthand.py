"""Texting shorthand and dropped apostrophes, spelled out so the rules can read them.

"r u hiring atm" is read as "are you hiring at the moment", "wats ur salary" as
"what's your salary", "dont u think" as "don't you think". Only the checker's
reading changes: the question is always shown and returned as the student wrote
it. Words that are also ordinary English ("n", "w", "4", "2") are spelled out only
where the shorthand reading is the likely one.
"""

from __future__ import annotations

import re

_WORDS: dict[str, str] = {
    "u": "you", "ya": "you", "yu": "you", "ur": "your", "urs": "yours", "r": "are",
    "wat": "what", "wot": "what", "wut": "what", "whta": "what", "wats": "what's", "whats": "what's",
    "wots": "what's", "hw": "how", "hows": "how's", "wen": "when", "whens": "when's", "wer": "where",
    "wheres": "where's", "whos": "who's", "whose's": "whose", "wich": "which", "wud": "would",
    "wld": "would", "cud": "could", "cld": "could", "shud": "should", "shld": "should", "cn": "can",
    "ppl": "people", "pls": "please", "plz": "please", "thx": "thanks", "ty": "thanks",
    "b4": "before", "bc": "because", "cos": "because", "coz": "because", "cuz": "because",
    "abt": "about", "bout": "about", "wrk": "work", "yr": "year", "yrs": "years", "mins": "minutes",
    "hrs": "hours", "sumthing": "something", "smth": "something", "sth": "something",
    "kinda": "kind of", "sorta": "sort of", "gonna": "going to", "wanna": "want to", "gotta": "have to",
    "dunno": "do not know", "im": "I'm", "ive": "I've", "id": "I'd", "ill": "I'll", "dont": "don't",
    "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't", "wasnt": "wasn't",
    "werent": "weren't", "cant": "can't", "wont": "won't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't", "youre": "you're",
    "theyre": "they're", "thats": "that's", "theres": "there's", "its": "it's", "rn": "right now",
    "atm": "at the moment", "tbh": "", "lol": "", "lmao": "", "omg": "", "ngl": "", "pls.": "please",
    "uni": "university", "grads": "graduates", "2day": "today", "2morrow": "tomorrow", "gr8": "great",
    "lmk": "let me know", "idk": "I don't know", "tho": "though", "thru": "through",
}  # fmt: skip
"""Whole tokens (any case) and what they stand for; "" drops a token that carries no meaning."""

_TOKEN = re.compile(r"(?<![\w'])[A-Za-z0-9]+(?:'[A-Za-z]+)?(?![\w'])")
_PRONOUN_AFTER = re.compile(
    r"\s+(?:you|u|me|your|ur|this|that|a|an|the|someone|people|ppl|them|us|him|her)\b", re.I
)
_SPACE = re.compile(r"\s{2,}")


def spell_out(text: str) -> str:
    """``text`` with texting shorthand written out (for reading only; see the module docstring)."""
    if not text:
        return text
    out: list[str] = []
    last = 0
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        low = word.lower()
        replacement = _WORDS.get(low)
        after = text[match.end() :]
        if low in ("4", "2") and _PRONOUN_AFTER.match(after) and not _number_before(text, match.start()):
            replacement = "for" if low == "4" else "to"
        elif low == "2" and _repeated_around(text, match):
            replacement = "to"  # "day 2 day"
        elif low == "n" and _between_words(text, match):
            replacement = "and"
        elif low == "w" and _between_words(text, match):
            replacement = "with"
        elif low in ("its", "id", "ill") and word != low:
            replacement = None  # "Its", "ID" and "Ill" as written may be meant
        if replacement is None:
            continue
        out.append(text[last : match.start()])
        out.append(_keep_case(word, replacement))
        last = match.end()
    out.append(text[last:])
    return _SPACE.sub(" ", "".join(out)).strip()


def _keep_case(word: str, replacement: str) -> str:
    if word[:1].isupper() and replacement:
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _number_before(text: str, start: int) -> bool:
    return re.search(r"\d\s*$", text[:start]) is not None


def _repeated_around(text: str, match: re.Match[str]) -> bool:
    before = re.search(r"(\w+)\s+$", text[: match.start()])
    after = re.match(r"\s+(\w+)", text[match.end() :])
    return bool(before and after) and before[1].lower() == after[1].lower()  # type: ignore[index]


def _between_words(text: str, match: re.Match[str]) -> bool:
    before = text[: match.start()].rstrip()
    after = text[match.end() :].lstrip()
    return bool(before) and before[-1].isalpha() and bool(after) and after[0].isalpha()
