"""The ``googleable`` rule: facts a web search, or the student's own research notes, answer.

By wording alone: founding year, headquarters, size, countries, what the
organisation does or sells, who leads or owns it, revenue, listings (read through
polite wrappers: "Could you tell me when the firm was founded?"). Against the
research notes: a question most of whose key words sit in one sentence of a note.
The job and pay rules are in :mod:`infokit.questions.asks`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from infokit.questions.text import _any, _head, _key_words, _unwrap, key_words

NOTE_OVERLAP = 0.6
"""Share of a question's key words found in one sentence of a research note to call it answered."""
NOTE_MIN_SHARED = 3


# -- googleable ------------------------------------------------------------------------
_BIG = (
    r"(?:company|organi[sz]ation|org|firm|business|agency|corporation|charity|non-?profit|employer|"
    r"enterprise|brand|hospital|university|school|clinic|museum|bank|airline|chain|group|practice|studio|"
    r"network|council|department|ministry|publisher|newspaper|store|app|startup|consultancy|foundation|"
    r"institute|restaurant|magazine|trust|employer|outfit|corporation|conglomerate|label|platform)"
)
_ORG_REF = rf"(?:the|your|this|ur|their) (?:[\w-]+ )?{_BIG}"
"""The organisation itself: "your company", "the parent firm", "this charity"."""
_FACT = (
    r"(?:size|headcount|head count|staff numbers|turnover|revenues?|sales|profits?|market (?:cap|"
    r"capitali[sz]ation|"
    r"share|value)|share price|stock price|valuation|shareholders?|owners?|ownership|parent (?:company|group|"
    r"organi[sz]ation|firm|corporation)|founders?|founding date|chief executive|ceo|chair(?:man|woman|"
    r"person)?|"
    r"president|managing director|mission(?: statement)?|vision(?: statement)?|values|slogan|motto|"
    r"tagline|logo|"
    r"(?:full |official |legal |registered )?name|main (?:products|services|business|activity|markets)|"
    r"products|services|brands|markets|subsidiaries|competitors|rivals|address|website|headquarters|"
    r"head office|offices|branches|locations|factories|history|annual report|lines? of business|net worth|"
    r"opening (?:hours|times)|registered (?:number|address|office)|(?:company|charity) number|"
    r"(?:annual |yearly )?income|endowment|funders|donors)"
)
"""Facts about an organisation that its website or a search shows."""
_WHEN = r"^(?:in )?(?:when|what year|which year)"
_GOOGLEABLE = _any(
    r"^(?:in )?(?:when|who|what year|which year|how old)\b.*\b(?:founded|established|incorporated|formed|"
    r"set up|launched)\b",
    rf"{_WHEN} (?:did|was|were|is) (?:the|your|this|it) (?:\w+ )?(?:{_BIG} )?(?:first )?"
    r"(?:start|begin|open|launch|opened|launched|founded|go public|merge|list|float|make a profit|"
    r"turn a profit|become profitable|expand abroad|go international)\b",
    r"\b(?:go|went) public\b|\bmerge[ds]? with\b",
    r"^(?:in )?how many (?:employees|staff|people|workers|offices|locations|branches|stores|sites|countries|"
    r"customers|clients|members|subsidiaries|clinics|hospitals|markets|cities|regions|shops|students|pupils|"
    r"patients|users|subscribers|readers|passengers|campuses|schools|factories|brands|volunteers|donors|"
    rf"trustees|partners)\b.*\b(?:{_BIG}|"
    r"employ|operate|work there|work here|have|run|serve)",
    r"^(?:in )?how many (?:countries|offices|locations|branches|stores|sites|clinics|markets|cities|regions|"
    r"shops|subsidiaries)\b",
    rf"\bwhat (?:exactly |actually )?(?:does|do|did) (?:the|your|this|it) (?:\w+ )?{_BIG}"
    r"(?: actually| exactly| really)? do(?: exactly| actually| really| for a living)?\b(?![ \w])",
    rf"\bwhat (?:exactly |actually )?(?:does|do) (?:the|your|this) (?:\w+ )?{_BIG}"
    r"(?: actually| exactly| really)? (?:sell|make|manufacture|produce)\b",
    rf"^how long (?:has|have) (?:the|your|this) (?:\w+ )?{_BIG} been (?:around|operating|in business|trading|"
    r"going|running|in existence|open)\b",
    rf"\bhow much (?:revenue|profit|money|turnover) (?:does|did|do) (?:the|your|this) (?:\w+ )?{_BIG}\b",
    r"\bwhat does (?:the )?(?:abbreviation|acronym|initialism) [\w.]+ (?:mean|stand for)\b",
    rf"\b(?:{_BIG}|who) (?:that )?owns (?:the|your|this) (?:\w+ )?{_BIG}\b",
    r"^what (?:kinds? of |types? of |kind of |sort of )?(?:industries|sectors|clients|customers) "
    rf"(?:does|do) (?:the|your|this) (?:\w+ )?{_BIG} (?:serve|work for|work with|work in|have|sell to)\b",
    r"^what(?: is|'s) (?:the|your) (?:\w+ )?(?:website|web address|web site|ticker(?: symbol)?)\b|"
    rf"\b{_BIG}'?s? (?:web address|ticker(?: symbol)?|stock ticker)\b",
    rf"^what is (?:the|your) {_BIG}'?s? (?:main|core) (?:business|activity|product|service)s?\b",
    rf"^what (?:the|your|this) (?:\w+ )?{_BIG}(?: actually| exactly| really)? (?:does|do|sells|makes|"
    r"offers|provides|produces)\b",
    r"\bheadquarter|^where (?:is|are|'s)\b.*\b(?:head office|main office|headquarters)\b",
    rf"^where (?:is|are) (?:the|your|this) (?:\w+ )?{_BIG}(?:'s)? (?:based|located|headquartered)",
    rf"^who (?:owns|runs|leads|started|founded) (?:the|your|this|it) ?(?:\w+ )?(?:{_BIG})?",
    r"^who (?:is|was|'s) (?:the |your )?(?:\w+ )?(?:ceo|chief executive|president|founder|chair|chairman|"
    r"chairwoman|owner|managing director|head of (?:the|your) \w+)\b",
    rf"^(?:what|which)\b.*\b{_BIG}'?s? (?:core )?(?:mission(?: statement)?|vision statement|values|revenue|"
    r"annual revenue|stock price|share price|market share|headcount|slogan|logo|website|turnover)\b",
    r"^what (?:was|is|were|are) (?:the|your) (?:annual )?(?:revenue|headcount|stock price|share price|"
    r"market share|mission)\b",
    rf"^what (?:is|was) (?:the|your)(?: \w+)? (?:organi[sz]ation|{_BIG})'?s? (?:annual )?(?:revenue|turnover|"
    r"mission|website|slogan|values)",
    rf"^what (?:kinds? of |types? of )?(?:products?|services?|goods|brands?|languages|markets?|cities|"
    rf"hospitals|companies) (?:does|do|did) (?:the|your|this|it) ?(?:{_BIG})? ?(?:sell|offer|make|provide|"
    r"produce|have|own|come in|fly to|sell to|serve|operate)\b",
    rf"^how (?:big|large|old) is (?:the|your|this) {_BIG}\b",
    rf"^what (?:industry|sector|market|field) (?:is|does|do) (?:the|your|this) {_BIG}\b",
    r"\b(?:in )?(?:which|what) (?:countries|regions|cities|markets|states|continents)\b"
    r"(?!.*\b(?:find|hardest|easiest|prefer|enjoy|like|best|worst|you personally)\b).{0,40}"
    r"\b(?:operate|operating|work|working|present|active|based|have offices)",
    r"^what (?:hospitals|companies|brands|clinics|schools|stores|sites|offices) (?:are part of|belong to)\b",
    r"\bname of (?:the|your) (?:\w+ )?(?:ceo|chief executive|founder|president|director|owner|chair|"
    r"parent company)\b|\bparent company\b|^which (?:company|group|firm) owns\b",
    r"\bpublicly (?:traded|listed|owned)\b|\blisted on (?:the )?(?:stock|share)|\b(?:private or public|"
    r"public or private)\b|\bregistered (?:non-?profit|charity)\b",
    rf"\b{_BIG} have (?:any )?(?:offices|branches|sites|locations|stores) (?:abroad|overseas|in other|"
    rf"outside)",
    rf"\bawards? (?:has|have|did) (?:the|your|this) {_BIG}\b|\baddress of (?:the|your)\b",
    r"\bwhat (?:does|do) (?:the |your |this )?(?:[\w.]+ ){0,4}stand for\b|\bofficial name of\b",
    # a plain public definition: "What does the term 'due diligence' mean?"
    r"^what (?:does|do) the (?:term|word|phrase|expression|acronym|abbreviation|letters|initials) "
    r"[\w' .-]{2,40} mean\s*[?.!]*$",
    r"^what is the (?:official |legal |dictionary )?(?:definition|meaning) of (?!.*\b(?:you|your|good|bad|"
    r"success)\b)",
    rf"^what does {_ORG_REF}'s name (?:mean|stand for)\b",
    rf"\b{_BIG} (?:make|makes|sell|sells) \w+ as well as\b",
    rf"\bwhat (?:is|was) the (?:annual )?(?:turnover|revenue|profit) of (?:the|your|this) {_BIG}",
    # an organisation fact named with the organisation: "your firm's market value", "the size of your company"
    rf"^(?:what|which)(?: is| are| was| were)? {_ORG_REF}'s? (?:[\w-]+ ){{0,2}}?{_FACT}\b(?!.*\blike\b)",
    rf"^(?:what|which) (?:is|are|was|were) the (?:[\w-]+ ){{0,2}}?{_FACT} (?:of|for|behind) {_ORG_REF}\b"
    r"(?!.*\blike\b)",
    # which markets, countries, products... the organisation has or serves
    r"^(?:in |on |to )?(?:which|what) (?:main |other |major )?(?:markets|countries|regions|cities|"
    r"continents|states|"
    r"products|services|brands|companies|firms|businesses|stock exchange|exchange|sectors|industries|"
    rf"airports|routes)\b[^?]{{0,30}}\b(?:does|do|did|is|are|has|have|was|were) {_ORG_REF}\b",
    # who leads, owns or holds it
    rf"^who (?:is|are|was|were|'s) (?:{_ORG_REF}'s? |the |your )(?:[\w-]+ ){{0,2}}?(?:ceo|chief executive|"
    r"shareholders?|owners?|founders?|chair\w*|president|investors?|backers?|managing director)\b",
    rf"^who (?:is|was|'s) (?:in charge|at the (?:top|helm)) (?:of|at) {_ORG_REF}\b",
    r"^who (?:currently |now |actually )?(?:heads|manages|owns|runs|leads|founded|started|set up|bought|"
    rf"acquired|controls) (?:up )?{_ORG_REF}\b",
    # where it is, has sites or operates
    rf"^where (?:is|are|was|were) {_ORG_REF}'?s? (?:\w+ )?(?:offices?|headquarters|factory|factories|plants?|"
    r"sites?|bases?|branch|branches|stores?|shops?|warehouses?|operations)\b",
    rf"^where (?:does|do|did) {_ORG_REF} (?:have|run|operate|keep|make|manufacture)\b",
    rf"^where (?:is|are) (?:you guys|you all|y'all|{_ORG_REF}) (?:\w+ )?(?:based|located|headquartered)\b",
    # how long it has existed, how much it sells
    rf"^how long (?:has|have) {_ORG_REF} (?:existed|been in existence|been established)\b",
    rf"^how much (?:\w+ )?(?:does|did|do) {_ORG_REF} (?:make|earn|bring in|turn over|sell)\b(?! (?:you|staff|"
    r"people|graduates|juniors|interns))",
    # owned by, part of a group, public or private
    rf"^(?:is|are|was|were|does|do) {_ORG_REF} (?:\w+ )?(?:owned by|a subsidiary of|part of|belong to|"
    r"a member of|backed by)\b",
    rf"^(?:who|what|which \w+) (?:is|are|was|were) {_ORG_REF} (?:\w+ )?(?:owned|run|backed|funded) by\b",
    rf"^(?:is|are|was|were) {_ORG_REF} (?:a |an )?(?:public|private|listed|(?:family|state|employee|"
    r"government|foreign)[- ]owned|non-?profit|for-profit|publicly|privately)\b",
    rf"^what size (?:is|are|was) {_ORG_REF}\b",
    # word orders of other languages and of texting: "your company was founded when?"
    rf"^where (?:is|are) {_ORG_REF} from\b|^(?:which|what) (?:country|city|town) (?:is |are )?{_ORG_REF}"
    r"(?: is| are)? (?:from|based)\b",
    r"\bin how many (?:countries|cities|markets|regions|states|locations)\b",
    rf"^how much (?:workers|employees|people|staff) (?:does |do )?{_ORG_REF} (?:has|have|employ)\b",
    r"\b(?:founded|established|set up|incorporated|started|created) (?:in )?(?:when|what year|which year)\b",
    rf"^who (?:is|'s) (?:the )?(?:big )?(?:boss|head|leader|owner|founder|ceo|chief executive|president) of "
    rf"{_ORG_REF}\b",
    r"^who (?:are|were) the (?:\w+ )?(?:directors|owners|founders|partners|board members|trustees|"
    rf"shareholders|investors|funders) (?:of|at|behind) {_ORG_REF}\b",
    rf"^who (?:funds|finances|sponsors|backs|invests in|donates to) {_ORG_REF}\b",
    rf"^(?:is|are|was) {_ORG_REF} (?:a |an )?(?:registered )?(?:charity|non-?profit|social enterprise|"
    r"co-?operative|co-op|plc|limited company|partnership|public body|government agency)\b",
    rf"^what (?:does|do|did) {_ORG_REF} (?:specialise|specialize|focus|deal|trade) in\b",
    rf"^what (?:is|are|was) {_ORG_REF} (?:best |most |mainly |chiefly )?(?:known|famous|noted) for\b",
    r"\b(?:share|percentage|proportion|slice) of the market\b",
    rf"^how much (?:is|was|are) {_ORG_REF} (?:\w+ )?worth\b",
    rf"^who (?:are|were) {_ORG_REF}'s (?:\w+ )?(?:clients|customers|partners|suppliers|investors)\b",
    rf"^(?:in )?(?:which|what) (?:city|town|country|state|region|county|part of \w+) (?:is|"
    rf"are) {_ORG_REF}'?s? "
    r"(?:\w+ )?(?:based|located|headquartered|registered|in)\b",
    r"\b(?:traded|trade|trades|listed|quoted) on (?:the |a |any )?(?:\w+ )?(?:stock|share) (?:exchange|"
    r"market)\b|"
    r"\b(?:stock|share) exchange\b.{0,30}\b(?:listed|traded|quoted)\b",
    rf"^what (?:line|kind|type|sort) of (?:business|work) is {_ORG_REF} in\b",
)


_ACRONYM = re.compile(
    r"^what (?:does|do) (?:the |an? )?(?:(?:term|word|acronym|abbreviation|letters|initials) )?['\"]?"
    r"[A-Z][A-Z0-9&]{1,6}s?['\"]? (?:mean|stand for|refer to)\b|^what(?: is|'s) (?:an? |the )?['\"]?"
    r"[A-Z][A-Z0-9&]{1,6}['\"]?\s*[?.!]*$",
    re.IGNORECASE,
)
"""What an acronym means, read on the question as written (capitals tell an acronym from a word)."""


def _acronym(head: str) -> bool:
    match = _ACRONYM.match(head)
    return match is not None and any(w.isupper() and len(w) > 1 for w in re.findall(r"[A-Za-z0-9&]+", head))


_VIEW = re.compile(
    r"\byou (?:\w+ )?(?:see|find|feel|think|like|enjoy|notice|value|admire|wish)\b|\bin practice\b|"
    r"\bday to day\b|\bto you personally\b|\bfor you personally\b"
)
"""The person's own view or experience of a fact, which no search gives."""


def googleable(segments: list[str]) -> bool:
    """Whether, by its wording, the question asks an organisation fact a web search answers."""
    for segment in segments:
        if _acronym(_head(segment)):
            return True
        head = _expanded(_head(segment).lower())
        if _VIEW.search(head):
            continue  # "Which of your company's values do you see in practice?" asks their experience
        wrapped = _unwrap(head)
        if _GOOGLEABLE.search(head) or (wrapped and wrapped[0] == "wh" and _GOOGLEABLE.search(wrapped[1])):
            return True
    return False


def _expanded(low: str) -> str:
    """'where's head office' -> 'where is head office'."""
    low = re.sub(r"^(?:roughly|approximately|about|exactly|just|and|so),? ", "", low)
    return re.sub(r"^(what|where|who|when|how)'s\b", r"\1 is", low)


# -- research notes --------------------------------------------------------------------
def in_notes(text: str, research: Sequence[str]) -> tuple[int, list[str]] | None:
    """(note number, shared words) when one sentence of one note holds most of the question's key words."""
    mine = key_words(text)
    if len(mine) < NOTE_MIN_SHARED:
        return None
    for number, note in enumerate(research, 1):
        for sentence in re.split(r"(?<=[.!?;])\s+|\n+", note):
            shared = mine & _key_words(sentence)
            if len(shared) >= NOTE_MIN_SHARED and len(shared) >= NOTE_OVERLAP * len(mine):
                return number, sorted(shared)
    return None
