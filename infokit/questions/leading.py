"""The ``leading`` rule: a question that suggests its answer or rests on a loaded premise.

Found: tags asking for agreement (", isn't it?"), "Don't you think...", "Wouldn't you
agree...", "Surely...", "I assume / I bet / I take it...", "Everyone knows...", a
premise clause ("Since nurses are so underappreciated, ...", "Given how toxic the
industry is, ..."), a strongly loaded degree ("How frustrating is...", "How amazing
was..."), "Why is X so Y / the best...", "What makes X so...", "How much do you
love...", "such an awful...". Not leading: asking for their own extreme ("What is
the hardest part...?") or a mild degree ("How challenging is the exam?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from infokit.questions.text import _any, _head, _unfill
from infokit.questions.wording import tag_question

_LOADED = (
    r"frustrating|stressful|exhausting|exhausted|overwhelming|thankless|draining|tiring|boring|dull|tedious|"
    r"depressing|awful|terrible|horrible|horrendous|dreadful|amazing|awesome|incredible|fantastic|wonderful|"
    r"exciting|thrilling|great|brilliant|toxic|brutal|miserable|soul-crushing|infuriating|annoying|painful|"
    r"cool|fun|glamorous|impossible|useless|chaotic|crazy|insane|pointless|hopeless|underpaid|underappreciated|"
    r"underrated|overworked|overcrowded|stressed|perfect|nightmarish|unbearable|intolerable|ridiculous|absurd|"
    r"heartbreaking|crushing|hellish|gruelling|grueling|punishing|unfair|cut-throat|cutthroat|ruthless|bleak|"
    r"grim|maddening|harrowing|traumatic|demorali[sz]ing|degrading|backbreaking|relentless|endless|never-ending|"
    r"mindless|torturous|disastrous|terrifying|disappointing|devastating|upsetting|humiliating|embarrassing|"
    r"gutting|scary|burnt out|burned out|"
    r"\w+-(?:destroying|crushing|numbing|sapping|breaking|killing|wrenching)"
)
_INTENSE = (
    r"so(?! many| much| few| far| long)|such|obviously|clearly|everyone|everybody|nobody|no one|always|"
    r"never|all|dying|badly|really|"
    r"totally|completely|extremely|incredibly|notoriously|famously"
)
_PREMISE = re.compile(
    r"^(?:since|given(?: that| how)?|because|as|with|considering(?: that| how)?|knowing(?: that| how)?|"
    r"seeing(?: as| that| how)?|now that)\s+(?P<premise>[^,;?]{3,120}?)\s*[,;]\s*(?P<ask>.+)$"
)
_DECLINE = (
    r"replac\w+|taking over|dying|collapsing|disappearing|obsolete|dead|doomed|ruin\w*|destroy\w*|"
    r"falling apart|in decline|declining|shrinking|broken|corrupt|rigged|sexist|racist|male-dominated|"
    r"looks? down on|"
    r"underfunded|overrated|a joke|a scam|a dead end|(?:chews?|spits?) (?:people|you) (?:up|out)|"
    r"eats? (?:people|you) alive|(?:burns?|wears?) (?:people|you) out|grinds? (?:people|you) down"
)
"""A premise of decline or wrongdoing stated as fact: "now that AI is replacing designers"."""
_PREMISE_LOAD = re.compile(rf"\b(?:{_LOADED}|{_INTENSE}|{_DECLINE}|most \w+ (?:fail|are|is)|fail\w*)\b")
_SELF = re.compile(r"^(?:i|i'm|i've|my|me|we|our|you've told|what i)\b")
_ASKS_AGREEMENT = _any(
    r"\b(?:do|would|wouldn't|don't) you agree\b|^you(?:'d| would)? agree\b|^you'd say\b",
    r"^(?:how|why) on earth\b|^how the (?:hell|heck)\b",
    r"^(?:don't|doesn't|didn't|isn't|aren't|wasn't|weren't|wouldn't|won't|can't|couldn't|shouldn't|haven't|"
    r"hasn't)\b",
    r"^(?:is it|isn't it) (?:true|fair to say|obvious)\b",
    r"\b(?:surely|obviously|of course|everyone (?:knows|says|agrees)|everybody (?:knows|says)|as we all know|"
    r"as everyone knows|i assume|i take it|i bet|i guess you|i imagine you|no doubt|i(?:'m| am) (?:guessing|"
    r"assuming|betting|sure you)|i suppose (?:you|the|it|that)|i presume|i reckon (?:you|the|it)|"
    r"i'd imagine)\b",
    # "How are you not burnt out?": the question takes the bad state for granted
    r"^how (?:are|is|were|was|have|has) (?:you|they|people|anyone|someone|\w+) (?:still |even )?not\b|"
    r"^how (?:do|does|did|can|could) (?:you|they|people|anyone|someone|\w+) (?:still |even )?not (?:get|go|"
    r"feel|burn|quit|hate|give up|lose (?:your|their) (?:mind|minds|temper))\b",
    r"^(?:you|your \w+) must\b",
)
_BOOST = (
    r"insanely|ridiculously|incredibly|unbelievably|absurdly|crazily|impossibly|brutally|painfully|stupidly|"
    r"ludicrously|outrageously|hideously|horribly|terribly|awfully|massively|hugely|unbearably|brutally"
)
"""An intensifier that loads even a mild degree: "how insanely competitive"."""
_DEGREE = re.compile(
    rf"^how (?:\w+ )?(?:{_LOADED})\b|^how (?:{_BOOST}) \w+|^how much (?:better|worse|easier|harder|happier|"
    r"nicer|more fun|more rewarding|more interesting|more exciting) (?:is|are|was|were)\b|"
    r"^how much of an? (?:\w+ )?(?:nightmare|pain|drag|struggle|hassle|joke|disaster|mess|grind|slog|chore|"
    r"headache|burden|dream|joy)\b|^how badly\b"
)
_HEAD = _any(
    r"^why (?:is|are|was|were|do|does|did)\b.{0,80}?\b(?:the (?:best|worst|greatest|hardest|easiest|most|"
    r"least)\b|\w+est (?:job|career|degree|field|work|part)|better than|worse than|so (?!far\b|many\b|"
    r"long\b|often\b)\w+|such\b)",
    r"\bthe (?:ridiculous|insane|awful|terrible|horrible|brutal|toxic|absurd|dreadful|miserable|crushing|"
    r"gruelling|unbearable) \w+",
    # a loaded word about the work taken as given: "the endless paperwork", "pointless meetings"
    r"\b(?:endless|relentless|never-ending|mind-numbing|soul-destroying|soul-crushing|pointless|useless|"
    r"meaningless|mindless) (?:\w+ )?(?:meetings|paperwork|admin|tasks|bureaucracy|rules|targets|emails|"
    r"reports|work|politics|hours|shifts|pressure|deadlines|changes|forms|calls)\b",
    # "a job this stressful"
    rf"\b(?:job|role|field|place|industry|career|work|environment|company|team|sector) (?:this|that) "
    rf"(?:{_LOADED})\b",
    r"^why (?:do|did|does) \w+ (?:love|hate|adore)\b",
    r"^what makes\b.{0,80}?\b(?:so|the best|the worst|such an?)\b",
    r"^what(?: is|'s) so (?:special|great|good|bad|hard|amazing|wonderful)\b",
    r"^how much (?:do|did) you (?:love|hate|adore|enjoy|like)\b.*\b(?:such|so)\b|^how much (?:do|did) you "
    r"(?:love|hate|adore)\b",
    rf"\bsuch (?:an? )?(?:\w+ )?(?:{_LOADED}|demanding|difficult|bad|good|hard|chaotic)\b",
    rf"\b(?:is|are|was|were|be) so (?:{_LOADED}|easy|hard|bad|good|difficult|special)\b",
    # "Why would anyone...", "Why do managers always...": the question assumes its answer
    r"^why would (?:anyone|anybody|people) (?:ever |still |even )?\w+|^why would you (?:ever|still)\b|"
    r"^why (?:does|do|is|are|did|was|were) (?:nobody|no one|everyone|everybody)\b|"
    r"^why (?:do|does|did|is|are|was|were|would|will) (?!you\b|i\b|we\b)(?:\w+ ){1,4}(?:always|never)\b",
    r"^how much (?:do|did) you (?:regret|resent|dread)\b",
)
_STATEMENT_LOAD = re.compile(
    rf"\b(?:{_LOADED}|{_DECLINE}|obviously|clearly|everyone|everybody|nobody|no one|notoriously|famously|"
    r"all about|hates?|sucks?)\b"
)
"""A loaded word in a statement put before the question: "Law is famously boring, so what...?"."""


@dataclass(frozen=True)
class Leading:
    """What makes a question leading: ``kind`` and the neutral question inside it, when there is one."""

    kind: str
    """"tag", "premise", "agreement", "degree" or "loaded"."""
    inner: str = ""
    """For a tag, the statement before it; for a premise, the question after it; for a degree, its subject."""


_SENTENCES = re.compile(r"(?<=[.;!?])\s+")


def _loaded_statement(before: str) -> bool:
    """A statement before the question that takes a loaded view as given (not the student's own)."""
    before = _unfill(before.strip().strip(",;:— -"))
    if len(before.split()) < 3 or _SELF.match(before.lower()) or not re.search(r"\w", before):
        return False
    low = before.lower()
    if re.match(
        r"^(?:in your|in my|from your|as a|as an|if|when|while|after|before|many|some|a few|a lot of|"
        r"lots of|people say|you mentioned|you said)\b",
        low,
    ):
        return False  # a lead-in, a condition or a hedged report, not a claim
    return _STATEMENT_LOAD.search(low) is not None


def leading(segments: list[str], text: str) -> Leading | None:
    """Why the question is leading, or None."""
    if tag_question(text):
        return Leading("tag", re.split(r",|\s[—–-]\s", text.strip())[0].strip())
    for segment in segments:
        whole = _unfill(segment.strip())
        if re.match(r"now that\b", segment.strip().lower()):
            whole = segment.strip()  # "now" is a filler elsewhere, but "now that" opens a premise
        premise = _PREMISE.match(whole.lower())
        if premise and not _SELF.match(premise["premise"]) and _PREMISE_LOAD.search(premise["premise"]):
            return Leading("premise", whole[premise.start("ask") :].strip())
        head = _head(segment)
        low = head.lower()
        if _loaded_statement(whole[: max(0, len(whole) - len(head))]):
            return Leading("premise", head)
        if _ASKS_AGREEMENT.search(low):
            return Leading("agreement")
        if _DEGREE.match(low):
            rest = re.match(rf"^how (?:\w+ )?(?:{_LOADED}) ((?:is|are|was|were) .+?)[?.!]*$", head, re.I)
            return Leading("degree", rest[1].strip() if rest else "")
        if _HEAD.search(low):
            return Leading("loaded")
    statements = [s for s in _SENTENCES.split(text.strip()) if s and not s.rstrip().endswith("?")]
    asked = [s for s in segments if s.rstrip().endswith("?")]
    if asked and any(_loaded_statement(s) for s in statements):
        return Leading("premise", _head(asked[0]))
    low = text.lower()
    if _ASKS_AGREEMENT.search(low) or re.search(rf"\bsuch (?:an? )?(?:{_LOADED})\b", low):
        return Leading("agreement" if _ASKS_AGREEMENT.search(low) else "loaded")
    return None
