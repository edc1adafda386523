"""Suggestions for a flagged question: a curated question from the bank first, a careful rewrite second.

A rewrite is offered only when it comes out as a clean question: capitalised, ending
in "?", written out (no "u" or "ur"), and quiet under the rules it was meant to fix.
Otherwise the student gets the bank question closest in topic, or advice on how to
write one. A job or pay ask is never reworded into another one: the suggestion says
why it does not belong and offers a fair question about the field instead.
"""

from __future__ import annotations

import re
from functools import cache

from infokit.questions.asks import asks_for_job, personal_salary
from infokit.questions.leading import Leading, leading
from infokit.questions.text import _AUX, _WH, _expand, _head, _question_head, _segments, _unfill, _words
from infokit.questions.wording import closed, double

JOB_HINT = (
    "Leave it out: asking for work puts them on the spot and ends many conversations early. To learn how "
    'people get in, ask about the field: "{0}"'
)
SALARY_HINT = 'Leave it out: their own pay is private. The field\'s range is a fair question: "{0}"'
GENERIC_CLOSED = (
    'Ask "What..." or "How..." so it cannot be answered with yes or no, e.g. "How would you describe ...?"'
)
GENERIC_LEADING = 'Ask without the assumption, e.g. "How would you describe ...?"'
GENERIC_DOUBLE = "Ask one thing at a time: split it into two questions and keep the one you most need."

_TOPICS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"\b(?:anyone|someone|somebody|anybody) else\b|\bother people\b|\bwho else\b", ("referrals-01",)),
    (r"\banything else\b|\belse (?:i should|should i)\b|\bshould have asked\b", ("catch-all-01",)),
    (
        r"\b(?:books?|read|reading|podcasts?|newsletters?|journals?|websites?)\b",
        ("resources-04", "resources-01"),
    ),
    (r"\b(?:associations?|societ(?:y|ies)|professional bod(?:y|ies)|join)\b", ("resources-02",)),
    (r"\b(?:events?|conferences?|meetups?|network\w*)\b", ("resources-03",)),
    (r"\b(?:stress\w*|pressure|burn\w*|exhaust\w*|tir\w+|overwhelm\w*)\b", ("lifestyle-04", "rewards-02")),
    (
        r"\b(?:hard|harder|difficult|tough|frustrat\w+|challeng\w+|boring|bored|worst|downsides?)\b",
        ("rewards-02", "rewards-04"),
    ),
    (
        r"\b(?:enjoy\w*|like|love|meaningful|reward\w*|fulfil\w*|happy|satisf\w+|proud|worth|fun)\b",
        ("rewards-01", "rewards-03"),
    ),
    (
        r"\b(?:regret\w*|again|choose|chose|choice|expect\w*|imagin\w+|recommend this|right career)\b",
        ("reality-01", "reality-04"),
    ),
    (r"\b(?:suit\w*|fit|background|someone like me|could i do|my degree)\b", ("fit-01", "fit-05")),
    (
        r"\b(?:internships?|volunteer\w*|work experience|experience first|before i graduate)\b",
        ("fit-02", "job-search-05"),
    ),
    (r"\b(?:hours|overtime|weekends?|nights?|on-call|shifts?|late)\b", ("lifestyle-01",)),
    (r"\b(?:travel\w*|relocat\w+|abroad|overseas|another city|move to)\b", ("lifestyle-03",)),
    (r"\b(?:home|remote\w*|flexib\w+|part-time)\b", ("lifestyle-05",)),
    (r"\b(?:balance|family|life outside|switch off)\b", ("lifestyle-02",)),
    (
        r"\b(?:degree|master'?s|phd|postgraduate|qualif\w+|licen[cs]e|certif\w+|exams?|grades?|gap year)\b",
        ("education-01", "education-04"),
    ),
    (
        r"\b(?:train\w*|courses?|study|studies|learn to|retrain\w*|specialis\w+|speciali[sz]\w+)\b",
        ("education-05", "education-03"),
    ),
    (r"\b(?:promot\w+|advance\w*|progress\w*|move up)\b", ("advancement-01", "advancement-05")),
    (r"\bturnover\b", ("advancement-04",)),
    (r"\b(?:leav\w+|quit\w*|stay\w*|secure|security)\b", ("advancement-02", "advancement-04")),
    (
        r"\b(?:future|trends?|ai|artificial|automat\w+|replace\w*|grow\w*|demand|industry|pandemic)\b",
        ("trends-01", "trends-02"),
    ),
    (r"\b(?:advice|tips?|should i|suggestions?)\b", ("advice-01", "advice-03")),
    (
        r"\b(?:manager|boss|colleagues?|team|people you work|get along|mentor)\b",
        ("organisation-03", "day-06"),
    ),
    (r"\b(?:respect\w*|appreciat\w+|valued|underrated)\b", ("reality-03",)),
    (
        r"\b(?:skills?|tools?|software|maths?|coding|code|writing|teamwork|creativ\w+|manag\w+ people)\b",
        ("duties-02", "duties-05"),
    ),
    (r"\b(?:routine|typical|varied|day|week|office-based|morning)\b", ("day-01", "day-03")),
    (
        r"\b(?:started|start|first job|always wanted|get into|on purpose|by accident)\b",
        ("path-01", "path-02"),
    ),
)
"""Words of a question and the bank questions (most fitting first) that ask the same thing openly."""
_TEXTING = re.compile(r"\b(?:u|ur|r|ppl|atm|rn|lol|tbh|wat|wats|wud|cud|shud|pls|b4)\b")


@cache
def bank_text(bank_id: str) -> str:
    from infokit.questions.bank import get

    return get(bank_id).text


def from_bank(text: str) -> str | None:
    """The bank question on the same topic as ``text``, or None when no topic is recognised."""
    low = text.lower()
    for pattern, ids in _TOPICS:
        if re.search(pattern, low):
            return bank_text(ids[0])
    return None


def clean(question: str) -> bool:
    """A rewrite worth offering: written out, capitalised, one question, quiet under the wording rules."""
    segments = _segments(question)
    words = _expand(_words(question))
    return (
        bool(question)
        and (_question_head(words) or words[:1] == ["could"])
        and question[:1].isupper()
        and question.endswith("?")
        and question.count("?") == 1
        and not _TEXTING.search(question.lower())
        and re.search(r"\b(\w+) \1\b", question.lower()) is None
        and closed(segments, question) is None
        and double(question, segments) is None
        and leading(segments, question) is None
        and not asks_for_job(question, segments)
        and not personal_salary(question)
    )


def _as_question(words: str) -> str:
    words = _unfill(words.strip()).strip(" ,;:.?!")
    words = re.sub(r"\bi\b", "I", words)
    return (words[:1].upper() + words[1:] + "?") if words else ""


def job() -> str:
    return JOB_HINT.format(bank_text("job-search-02"))


def salary() -> str:
    return SALARY_HINT.format(bank_text("pay-01"))


def googleable() -> str:
    return (
        "Look it up before the meeting (their website or annual report); then ask what only they can tell "
        f'you, e.g. "{bank_text("organisation-03")}"'
    )


def for_closed(head: str) -> str:
    """An open question to ask instead of a yes/no one."""
    low = head.lower()
    liked = re.match(r"^(?:(?:do|did) )?you (?:really |still )?(?:like|enjoy|love) (.+?)[?.!]*$", head, re.I)
    if liked:
        rewrite = _as_question(f"What do you enjoy most about {liked[1]}")
        if clean(rewrite) and len(liked[1].split()) <= 6:
            return rewrite
    if re.match(r"^(?:is|are) there anything else\b", low):
        return bank_text("catch-all-01")
    if re.match(
        r"^(?:is|are) there (?:anyone|anybody|someone) else\b|^do you know (?:any|other)\b.*\bpeople\b", low
    ):
        return bank_text("referrals-01")
    advice = re.match(
        r"^(?:do|would) you have any (?:advice|tips|suggestions)(?: for (.+?))?[?.!]*$", head, re.I
    )
    if advice:
        rewrite = _as_question(f"What advice would you give {advice[1] or 'someone in my position'}")
        if clean(rewrite):
            return rewrite
    return from_bank(head) or GENERIC_CLOSED


def for_double(parts: list[str], text: str) -> str:
    """Each question on its own, when the parts split cleanly, else a bank question or advice."""
    questions: list[str] = []
    for part in parts:
        question = _direct(part)
        segments = _segments(question)
        more = double(question, segments)
        if more and len(parts) + len(more) <= 4:
            questions += [_direct(p) for p in more]
        else:
            questions.append(question)
    questions = [_open_part(q) for q in questions]
    still_closed = any(closed(_segments(q), q) is not None for q in questions)
    if len(questions) > 1 and not still_closed and all(_simple(q) for q in questions):
        return "Ask one at a time: " + " then ".join(f'"{q}"' for q in questions)
    return _bank_or(text, GENERIC_DOUBLE)


def _direct(part: str) -> str:
    """A part of a split as a question; an embedded "how you started" becomes "Could you tell me how...?"."""
    question = _as_question(part)
    words = _words(question)
    if (
        len(words) > 2
        and words[0] in _WH
        and words[1] not in _AUX
        and (words[1] in _SUBJECTS or (words[2] in _SUBJECTS and words[0] in ("which", "what")))
    ):
        question = "Could you tell me " + question[:1].lower() + question[1:]
    return question


_SUBJECTS = frozenset(["you", "i", "they", "it", "we", "he", "she", "the", "your", "my", "people"])


_OPEN_PART: tuple[tuple[str, str], ...] = (
    (r"^(is|was|are|were) (it|this|that|they) (useful|helpful|hard|difficult|easy|worth it|stressful|"
     r"rewarding|enjoyable|interesting)$", "How {2} {0} {1}?"),
    (r"^(?:do|did) you (?:still |really )?(?:like|enjoy|love) (.+)$", "What do you enjoy most about {0}?"),
    (r"^(do|did) you (?:still |really )?(miss|regret) (.+)$", "What {0} you {1} about {2}?"),
    (r"^would you (?:recommend|suggest) (it|this|this career|this job|this field|the job)$",
     "What would you tell someone thinking about {0}?"),
    (r"^would you (?:choose|do|make) it again$", "What would you do differently if you could start again?"),
    (r"^do you see yourself (?:still )?(?:doing|in) (?:it|this|this work|this job|this field) "
     r"in (\w+) years$",
     "How do you picture your work {0} years from now?"),
    (r"^do you think (?:it's|it is|that's|that is|this is|the change is) (?:for the better|for the worse|"
     r"a good thing|an improvement)$", "How do you feel about that change?"),
)  # fmt: skip


def _open_part(question: str) -> str:
    """A yes/no part of a split asked openly (a careful rewrite or the bank) if possible, else as is."""
    if closed(_segments(question), question) is None:
        return question
    for pattern, template in _OPEN_PART:
        match = re.match(pattern, question.rstrip("?.! "), re.IGNORECASE)
        if match:
            rewrite = _as_question(template.format(*(g.lower() for g in match.groups())))
            if clean(rewrite):
                return rewrite
    found = for_closed(question)
    return found if found.endswith("?") else question


def _simple(question: str) -> bool:
    """A plain part of a split: written out, one question, not itself two."""
    segments = _segments(question)
    return (
        question[:1].isupper()
        and question.endswith("?")
        and not _TEXTING.search(question.lower())
        and re.search(r"\b(\w+) \1\b", question.lower()) is None
        and double(question, segments) is None
    )


_NEUTRAL: tuple[tuple[str, str], ...] = (
    (r"^(?:don't|do|wouldn't|would) you (?:think|agree|say|"
     r"feel)(?: that)? (?!you\b)(.+)", "What is your view on whether {0}?"),
    (r"^(?:isn't|is) it (?:true|fair to say) that (.+)", "What is your view on whether {0}?"),
    (r"^why (is|are|was|were) (.+?) so (?!much\b|many\b|"
     r"far\b)(\w+)(.*)", "How {2} {0} {1}{3}, in your experience?"),
    (r"^what makes (.+?) (?:so|such an?) \w+(.*)", "What is {0} like{1}?"),
    (r"^why do you (?:love|adore) (.+?)(?: so much)?$", "What do you enjoy about {0}?"),
    (r"^why do you hate (.+?)(?: so much)?$", "What do you find hardest about {0}?"),
    (r"^how much (?:do|did) you (?:love|enjoy|like|hate|adore) (.+)", "How do you feel about {0}?"),
    (r"^((?:the|your|this|that|my|our) [\w' -]+?) (?:is|are|was|were|must be|seems?) .+",
     "How would you describe {0}?"),
)  # fmt: skip


def for_leading(found: Leading, text: str) -> str:
    """The question without its premise, tag or loaded word, when that is clean, else a bank question."""
    candidates: list[str] = []
    if found.kind == "premise" and found.inner:
        candidates.append(_as_question(_head(found.inner)))
    degree = (
        re.match(r"^(is|was|are|were) (it )?(.+)$", found.inner, re.IGNORECASE)
        if found.kind == "degree"
        else None
    )
    if degree:
        verb, it, rest = degree[1].lower(), degree[2], degree[3]
        past = verb in ("was", "were")
        candidates.append(_as_question(f"What {verb} it like {rest}" if it else
                                       f"How {'did' if past else 'do'} you feel about {rest}"))  # fmt: skip
    source = found.inner if found.kind == "tag" else _head(text)
    for pattern, template in _NEUTRAL:
        match = re.match(pattern, source.strip().rstrip("?.! "), re.IGNORECASE)
        if match:
            candidates.append(_as_question(template.format(*(_decap(g or "") for g in match.groups()))))
    for rewrite in candidates:
        if clean(rewrite):
            return f'Ask it without the premise: "{rewrite}"' if found.kind == "premise" else rewrite
    return _bank_or(_head(text), GENERIC_LEADING)


def _decap(text: str) -> str:
    """Lower-case a clause's first word unless it is "I" or looks like a name."""
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first != "I" and not first[1:2].isupper() else text


def _bank_or(text: str, fallback: str) -> str:
    found = from_bank(text)
    return f'For example: "{found}"' if found else fallback
