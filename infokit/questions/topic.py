"""Rules on what a question asks: for a job, the person's own pay, or facts already looked up.

``asks-for-job`` and ``personal-salary`` are errors: the interview is for learning
about a field. ``googleable`` flags facts a web search answers (founding year,
headquarters, revenue...) and questions the student's own research notes already
answer. The rules read the question with shorthand spelled out
(:mod:`infokit.questions.shorthand`) and look through polite wrappers ("Could you
tell me when the firm was founded?").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from infokit.questions.text import _any, _head, _key_words, _unwrap, key_words

NOTE_OVERLAP = 0.6
"""Share of a question's key words found in one sentence of a research note to call it answered."""
NOTE_MIN_SHARED = 3


# -- asks for a job --------------------------------------------------------------------
_ORG = (
    r"(?:company|team|firm|organi[sz]ation|org|department|office|group|lab|business|practice|agency|"
    r"hospital|studio|school|unit|place|work|workplace|division|branch|clinic|bank|charity|ministry|"
    r"council|paper|newsroom|side)"
)
_ROLE = (
    r"(?:job|jobs|position|positions|role|roles|internship|internships|placement|placements|vacancy|"
    r"vacancies|"
    r"opening|openings|post|posts|spot|spots|place)"
)
_YOURS = (
    rf"(?:here|there|with you|for you(?: guys| all)?|at your (?:\w+ )?{_ORG}|(?:in|on|at|with|for) your "
    rf"(?:\w+ )?{_ORG}|at your place|your (?:\w+ )?{_ORG})"
)
_FIELD = re.compile(
    r"\b(?:field|industry|area|sector|profession|region|city|country|market|in general|this line)\b"
)
_JOB_ASK = _any(
    r"\b(?:hire|employ|recruit|consider|interview|take) me\b|\btake me on\b|\bhook me up\b|"
    r"\bset me up with\b",
    r"\b(?:hire|employ|take on|consider|recruit) (?:\w+ ){0,3}(?:like me|with my)\b",
    rf"\b(?:give|get|find|offer|land|help) me (?:to )?(?:get |find |land |with )?(?:a |an |the |any |some )?"
    rf"(?:\w+ )?(?:{_ROLE}|interview|work)\b",
    r"\brefer me (?:for|to (?:the|a|your) (?:hiring|recruit|hr\b))|\brecommend me (?:for (?:a |an |the |"
    r"your )?"
    r"(?:\w+ )?(?:job|role|position|internship|programme|program|placement|scheme|post)|to (?:your|the|a) "
    r"(?:\w+ )?(?:boss|manager|team|hr|recruit\w*|hiring))",
    r"\breferral for (?:a |an |the |any )?(?:job|position|role|opening|internship)",
    r"\bput (?:in )?a (?:good )?word\b|\bput (?:my name|me) forward\b|\bkeep (?:me|my name|my cv|"
    r"my resume) in mind\b",
    r"\bpass (?:my name|me) (?:along|on)\b",
    rf"^(?:do|does|did|would|will|are|is) (?:you|your (?:\w+ )?{_ORG})(?: guys)? (?:ever |still |currently )?"
    r"(?:take on|taking on|hire|hiring|recruit|employ|accept|need)\b.{0,40}\b(?:volunteers|interns|trainees|"
    r"students|graduates|staff|juniors|assistants|people like me|someone like me|help)\b",
    rf"\b(?:are|is) (?:you|your (?:\w+ )?{_ORG})(?: guys| all)?(?: currently| still| now)? "
    r"(?:hiring|recruiting)\b",
    r"\b(?:let|tell) me know (?:if|when|about|whether)\b.{0,40}\b(?:opens? up|comes? up|becomes? available|"
    r"openings?|vacanc\w*|(?:any|an?) (?:\w+ )?(?:jobs?|roles?|positions?|internships?|placements?))",
    rf"\b(?:when|if) (?:a|an|any)\b.{{0,25}}\b{_ROLE}\b.{{0,30}}\b(?:opens?|comes? up|becomes? available)\b",
    r"\b(?:introduce|connect|put) me (?:in touch )?(?:to|with)\b.{0,45}\b(?:hiring|hires|recruit\w*|hr\b|"
    r"human resources|talent|about a job)",
    r"\bmy chances? of (?:getting|being|landing) (?:hired|a job|an offer|a position|taken on|in)",
    rf"\b(?:{_ROLE}|anything|something|work|a place|room|a spot) (?:available |open )?for (?:me|"
    rf"someone like me)\b",
    r"\broom for (?:an? )?(?:intern|trainee|student|junior|assistant|me)\b",
    r"\bi(?:'m| am) (?:looking|searching|hunting) (?:for )?(?:a |an |some )?(?:\w+ )?(?:job|position|role|"
    r"work|internship|placement)\b",
    rf"\b(?:{_ROLE})\b[^.?!]{{0,20}}\bi (?:could|can|might) (?:apply|fill|take|get)\b",
    rf"\bi\b(?:(?!\byou\b)[^.?!]){{0,30}}\b(?:apply|get hired|be hired|being hired|work|working|intern|start|"
    rf"join|(?:get|land) (?:a |an )?(?:job|role|position|internship|placement))\b (?:\w+ )?{_YOURS}",
    rf"\b(?:i|me)\b(?:(?!\byou\b)[^.?!]){{0,30}}\b(?:apply|applied|get hired|be hired|being hired|taken on)\b"
    rf"[^.?!]{{0,30}}\b(?:here|there|your (?:\w+ )?{_ORG}|you)\b",
    r"\b(?:get|land|find|have) (?:a |an )?(?:\w+ )?(?:job|role|position|internship|placement|interview) "
    r"(?:on|at|in|with|for) (?:your|you)\b",
    rf"\b(?:a|an|any|some)\s+(?:\w+ )?(?:job|role|position|internship|placement)s? {_YOURS}\b",
    r"\b(?:arrange|set up|get|organi[sz]e|book) (?:me )?(?:a |an )?(?:job )?interview\b(?! for my)",
    r"\b(?:hiring manager|recruiter|hr\b|human resources)\b.{0,40}\b(?:my (?:cv|resume|application|name))|"
    r"\bmy (?:cv|resume|application)\b.{0,60}\b(?:hiring manager|recruiter|hr\b|human resources|"
    r"future openings|on file)",
    r"\b(?:send|email|give|hand) (?:my )?(?:cv|resume|application) to\b|\bwho(?:m)? (?:should|do|can) i "
    r"(?:send|give|email) (?:my )?(?:cv|resume|application)",
    r"\bhow (?:can|do|could|would|should) i (?:apply|get hired|get in)\b(?! to (?:study|university|grad))",
    r"\b(?:work for|join) your (?:\w+ )?" + _ORG + r"\b.{0,30}\b(?:how|apply|after)|\bi would love to work "
    r"(?:for|with) (?:you|your)\b",
    r"\bif (?:you have|there is) (?:some|any) (?:job|work|position|role) for me\b",
    r"\bplease,? (?:you can )?(?:give|consider) me\b|\bconsider me for\b",
)
_HIRING = re.compile(
    rf"^(?:are|is|will|would) (?:you|you guys|you all|your (?:\w+ )?{_ORG}|anyone|someone|anybody|the "
    rf"(?:\w+ )?{_ORG}|(?:anyone|someone|anybody) (?:on|in|at) your (?:\w+ )?{_ORG})(?: currently| still|"
    rf" now)? "
    r"(?:hiring|recruiting|taking on|taking|looking for (?:new |more |any |an? )?(?:\w+ )?(?:graduates|"
    r"interns|"
    r"staff|people|students|candidates|hires|someone|employees|assistants?|trainees?|juniors?|help)|"
    r"(?:have|offering|going to have) (?:any )?(?:\w+ )?(?:internships|openings|vacancies|jobs|roles))\b"
)
_TAKES = re.compile(
    rf"\b(?:you|your (?:\w+ )?{_ORG}|the (?:\w+ )?{_ORG})\b.{{0,10}}\b(?:take|takes|taking|hire|hires|hiring|"
    r"accept|accepts|recruit|recruits|offer|offers|have|has)\s+(?:on\s+)?(?:any\s+|summer\s+|new\s+|"
    r"student\s+)*"
    r"(?:interns|internships|trainees|students|graduates|apprentices|placements)\b"
)
_AVAILABLE = re.compile(
    r"^(?:(?:have you |you )?got|have|any(?: chance of)?|are there(?: any)?|is there(?: any| some)?|"
    r"(?:\w+ )?(?:internships?|vacanc\w+|openings?|jobs?|positions?|roles?|placements?)\b)\b.{0,30}"
    r"\b(?:openings?|vacanc\w+|internships?|positions?|roles?|jobs?|placements?|hiring)\b"
)
_HIRING_FRAGMENT = re.compile(r"^hiring\b")
_OPENING = re.compile(
    r"\b(?:openings?|vacanc(?:y|ies)|open (?:positions?|roles?)|internships?|placements?|"
    r"(?:jobs?|positions?|roles?|posts?) (?:available|going|open))\b"
)
_FOR_ME = re.compile(
    rf"\b(?:your (?:\w+ )?{_ORG}|here|with you|do you have|does your|for me|i (?:could|can|might) "
    r"(?:apply|fill|take|get))\b"
)
_RESUME = _any(
    r"\b(?:pass|forward|send|give|hand|share|circulate|submit|take|keep|hold)\b[^.?!]{0,25}\bmy (?:resume|"
    r"résumé|cv|application)\b",
    r"\bmy (?:resume|résumé|cv|application) (?:to|with|on to|along to) (?:your|the) (?:hiring|hr\b|recruit|"
    r"manager|boss|team)",
    r"\bsend (?:you )?my (?:resume|résumé|cv)\b",
)
_FEEDBACK = re.compile(
    r"\b(?:feedback|comments?|suggestions?|improve|critique|look over|review|stronger|advice|convincing)\b"
)


# Cues that together make a job ask, however it is worded: something to be hired into (or a
# need for staff), the interviewee's own organisation, and the student (or a yes/no about openings).
_JOB_THING = re.compile(
    r"\b(?:jobs?|roles?|positions?|posts?|vacanc\w+|openings?|internships?|placements?|trainee\w*|"
    r"apprentice\w*|graduate (?:programme|program|scheme)s?|spots?|places?|room|hire[ds]?|hiring|recruit\w*|"
    r"interviews?|applications?|cv|resume|résumé|referee|reference|staff|work experience)\b|"
    r"\bneeds? (?:anyone|someone|somebody|an? (?:\w+ )?(?:assistant|intern|trainee|junior|volunteer|"
    r"helper))\b|"
    r"\b(?:something|anything) (?:comes|opens) up\b"
)
_THEIR_PLACE = re.compile(
    rf"\b(?:your|ur) (?:\w+ )?(?:{_ORG}|boss|manager|hr|recruiters?|programme|program|scheme|firm's|"
    r"company's)\b|\b(?:where you work|on your side|your place|you guys|at yours|here|there)\b"
)
_SELF = re.compile(
    r"\b(?:i|me|my|myself|someone like me|someone with my|a (?:student|grad|graduate) like me)\b"
)
_AVAILABLE_ASK = re.compile(
    r"^(?:is|are|was|were|do|does|did|will|would|could|can|has|have|might|any|got)\b|"
    r"\b(?:going to (?:hire|recruit|take)|need(?:s)? (?:anyone|someone|somebody|an? \w+|help|more \w+)|"
    r"looking for (?:anyone|someone|an? \w+)|still open|take on|taking on|(?:comes?|opens?) up|"
    r"(?:is|are) (?:hiring|recruiting))\b"
)
_NOT_AN_ASK = re.compile(
    r"\b(?:your (?:field|industry|profession|sector|line of work|area)|in (?:this|the|your) (?:field|"
    r"industry|"
    r"profession|sector|area)|how (?:did|do|does|would) (?:you|people|they|graduates|most)|when you were "
    r"hired|your (?:first|current|last) (?:job|role)|(?:a|the) role like yours|what (?:do|did|does) \w+ "
    r"(?:look|ask)|process|usually|typically|feedback|look over|improve|stronger|convincing)\b"
)


_POLITE = re.compile(
    r"\b(?:if you don't mind (?:me|my) asking|(?:don't )?mind (?:me|my) asking|if i (?:may|can|might) ask|"
    r"(?:may|can|could) i ask|let me ask|excuse me|if i'm honest|i hope|i was wondering|i wonder)\b"
)


def _job_cues(low: str, heads: list[str]) -> bool:
    low = _POLITE.sub(" ", low)
    if not (_JOB_THING.search(low) and _THEIR_PLACE.search(low)) or _NOT_AN_ASK.search(low):
        return False
    return bool(_SELF.search(low)) or any(_AVAILABLE_ASK.search(h) for h in heads)


def asks_for_job(text: str, segments: list[str]) -> bool:
    """Whether the question asks the person for a job, an opening, a referral or to pass on a CV."""
    low = text.lower()
    heads = [_head(s).lower() for s in segments]
    if _JOB_ASK.search(low) or any(_HIRING.match(h) or _HIRING_FRAGMENT.match(h) for h in heads):
        return True
    if _job_cues(low, heads):
        return True
    if _TAKES.search(low):
        return True
    if any(_AVAILABLE.match(h) for h in heads) and not _FIELD.search(low):
        return True
    if _RESUME.search(low) and not _FEEDBACK.search(low):
        return True
    for match in _OPENING.finditer(low):  # an opening at their organisation, or for the student
        own = re.search(r"\byour (?:\w+ )?$", low[max(0, match.start() - 16) : match.start()])
        if not own and _FOR_ME.search(low) and not re.search(r"\bhow (?:do|did|does) (?:people|you)\b", low):
            return True
    return False


# -- personal salary -------------------------------------------------------------------
_MONEY = r"(?:make|earn|get paid|take home|bring home|bring in|pull in|charge|get|receive)"
_PAY = (
    r"(?:salary|salaries|pay|paycheck|paycheque|income|wages?|earnings|compensation|compensation package|"
    r"hourly rate|day rate|rate of pay|pay packet|bonus|raise|take-home|take home|pay rise|salary band|"
    r"pay grade|pay band|rate)"
)
_PAY_MOD = (
    r"(?:own |current |annual |yearly |monthly |weekly |hourly |starting |base |basic |actual |gross |net |"
    r"total |personal |first |new )?"
)
_SALARY = _any(
    rf"\bhow much (?:money )?(?:do|did|does|are|were|would) you (?:\w+ )?(?:{_MONEY}|paid)\b",
    rf"\bhow much you (?:\w+ )?(?:{_MONEY}|are paid|get paid|earn|make)\b",
    rf"\bhow much (?:is|was) (?:your|ur) {_PAY_MOD}{_PAY}\b",
    r"\bwhat (?:do|did) you (?:\w+ )?(?:earn|get paid|take home|bring home|charge)\b",
    r"\bwhat (?:do|did) you make\b(?! of)(?! with)",
    r"\bwhat you (?:\w+ )?(?:earn|make|take home|get paid|are paid|charge)\b(?! of)",
    rf"\byour {_PAY_MOD}{_PAY}\b",
    r"\b(?:are|were) you (?:\w+ )?(?:paid|compensated)\b|\byou(?:'re| are| were) (?:\w+ )?(?:paid|"
    r"compensated)\b",
    r"\b(?:do|did) you (?:\w+ )?(?:get )?paid\b",
    r"\b(?:do|did) you (?:\w+ )?(?:make|earn) (?:good|decent|enough|a lot|much|more|less|six|big)\b",
    r"\byou (?:\w+ )?(?:earn|make) (?:more|less) than\b",
    rf"\byou (?:\w+ )?(?:earn|make|get|receive|draw) (?:a |an )?(?:good |decent |high |big |low |nice |fair |"
    rf"reasonable |six-figure )?{_PAY}\b",
    r"\b(?:are|were) you on (?:a |an )?(?:\w+ )?(?:salary|wage|pay)\b",
    r"^what (?:are|were) you on\b(?! about)",
    r"\b(?:salary|pay) (?:band|grade|scale|bracket|level) (?:are|were) you\b",
    r"\b(?:bonus|raise|pay rise|rise|increase|pay increase) (?:did|do|have) you (?:get|receive|got)\b",
    r"\byou (?:\w+ )?(?:get|got|receive|received) (?:a |any )?(?:pay rise|raise|bonus|pay increase)\b",
    r"\b(?:someone|somebody|people|anyone|a person|a person) (?:at|in|on) your (?:exact )?(?:level|position|"
    r"grade|band|role|job)\b.{0,30}\b(?:earn|make|take home|paid|get paid|salary)",
    r"\b(?:salary|pay|wage) (?:for|of|in) your (?:job|role|position)\b",
    r"\b(?:does|do) (?:your|the) (?:\w+ )?(?:job|role|company|employer|firm|work) pay you\b",
    r"\bhow much\b.{0,30}\byou\b.{0,15}\b(?:make|making|made|earn|earning|earned|paid|getting|bring|"
    r"bringing|take home)\b(?! of)",
    r"\b(?:pay|paid|paying|pays) you\b|\byou paid\b",
    r"\byou (?:\w+ )?(?:earn|make) (?:well|good money|decent money)\b",
    r"\b(?:do|did) you have (?:a |an )?(?:\w+ )?(?:income|salary|wage)\b",
    r"\b(?:salary|pay|wage|income|package)\b.{0,15}\b(?:are|were) you on\b",
    r"\byour (?:\w+ )?(?:role|job|position|work) (?:pays?|brings? in|earns?)\b|\b(?:does|did) your "
    r"(?:\w+ )?(?:role|job|position|work) (?:pay|bring in)\b",
    r"\b(?:tell|telling|share|sharing|say|saying|disclose|disclosing|reveal|revealing|ask|asking) "
    rf"(?:me |us )?(?:what|how much) you (?:\w+ )?{_MONEY}\b",
)


def personal_salary(text: str, segments: Sequence[str] = ()) -> bool:
    """Whether the question asks the interviewee's own pay."""
    low = text.lower()
    return _SALARY.search(low) is not None or any(_SALARY.search(_head(s).lower()) for s in segments)


# -- googleable ------------------------------------------------------------------------
_BIG = (
    r"(?:company|organi[sz]ation|org|firm|business|agency|corporation|charity|non-?profit|employer|"
    r"enterprise|brand|hospital|university|school|clinic|museum|bank|airline|chain|group|practice|studio|"
    r"network|council|department|ministry|publisher|newspaper|store|app)"
)
_WHEN = r"^(?:in )?(?:when|what year|which year)"
_GOOGLEABLE = _any(
    r"^(?:in )?(?:when|who|what year|which year|how old)\b.*\b(?:founded|established|incorporated|formed|"
    r"set up|launched)\b",
    rf"{_WHEN} (?:did|was|were|is) (?:the|your|this|it) (?:\w+ )?(?:{_BIG} )?(?:first )?"
    r"(?:start|begin|open|launch|opened|launched|founded|go public|merge|list|float)\b",
    r"\b(?:go|went) public\b|\bmerge[ds]? with\b",
    r"^(?:in )?how many (?:employees|staff|people|workers|offices|locations|branches|stores|sites|countries|"
    rf"customers|clients|members|subsidiaries|clinics|hospitals|markets|cities|regions|shops)\b.*\b(?:{_BIG}|"
    r"employ|operate|work there|work here|have|run|serve)",
    r"^(?:in )?how many (?:countries|offices|locations|branches|stores|sites|clinics|markets|cities|regions|"
    r"shops|subsidiaries)\b",
    rf"\bwhat (?:exactly |actually )?(?:does|do|did) (?:the|your|this|it) (?:\w+ )?{_BIG}"
    r"(?: actually| exactly| really)? do\b",
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
    r"\b(?:in )?(?:which|what) (?:countries|regions|cities|markets|states|continents)\b.{0,40}"
    r"\b(?:operate|operating|work|working|present|active|based|have offices)",
    r"^what (?:hospitals|companies|brands|clinics|schools|stores|sites|offices) (?:are part of|belong to)\b",
    r"\bname of (?:the|your) (?:\w+ )?(?:ceo|chief executive|founder|president|director|owner|chair|"
    r"parent company)\b|\bparent company\b|^which (?:company|group|firm) owns\b",
    r"\bpublicly (?:traded|listed|owned)\b|\blisted on (?:the )?(?:stock|share)|\b(?:private or public|"
    r"public or private)\b|\bregistered (?:non-?profit|charity)\b",
    rf"\b{_BIG} have (?:any )?(?:offices|branches|sites|locations|stores) (?:abroad|overseas|in other|"
    rf"outside)",
    rf"\bawards? (?:has|have|did) (?:the|your|this) {_BIG}\b|\baddress of (?:the|your)\b",
    r"\bwhat does (?:the |your |this )?(?:[\w.]+ ){0,4}stand for\b|\bofficial name of\b",
    rf"\b{_BIG} (?:make|makes|sell|sells) \w+ as well as\b",
    rf"\bwhat (?:is|was) the (?:annual )?(?:turnover|revenue|profit) of (?:the|your|this) {_BIG}",
)


def googleable(segments: list[str]) -> bool:
    """Whether, by its wording, the question asks an organisation fact a web search answers."""
    for segment in segments:
        head = _expanded(_head(segment).lower())
        wrapped = _unwrap(head)
        if _GOOGLEABLE.search(head) or (wrapped and wrapped[0] == "wh" and _GOOGLEABLE.search(wrapped[1])):
            return True
    return False


def _expanded(low: str) -> str:
    """'where's head office' -> 'where is head office'."""
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
