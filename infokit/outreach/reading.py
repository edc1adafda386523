"""How the message checker reads a message: its body, signature, sentences and language.

Words are counted in the body only: the ``Subject:`` line and the signature block
(from a sign-off line such as "Best regards," or a ``--`` line to the end) are left
out; the greeting counts. A word is a whitespace-separated token with a letter or
digit in it; each Chinese or Japanese character counts as one.
"""

from __future__ import annotations

import re

from infokit.outreach.messages import split_subject


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
