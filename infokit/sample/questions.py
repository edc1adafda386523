"""The question plan of a sample and its answers, and the research notes behind it.

Questions come from the bank (those ``plan.json`` maps to an answer topic) and
the field's own; answers come from the field's pools first, then generic ones.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from infokit.model import Question, ResearchNote
from infokit.questions.bank import BankQuestion, key_categories
from infokit.sample.draw import _cap, _Draw

QUESTIONS = (9, 12)
"""How many questions a sample plan holds."""


def _make_questions(draw: _Draw) -> list[Question]:
    """Opening, core (every key category and TIARA area), sensitive, then closing questions."""
    rng, plan, bank = draw.rng, draw.c.plan, draw.c.bank
    total = rng.randint(*QUESTIONS)
    n_open, n_sensitive = rng.choice([1, 1, 2]), rng.randint(1, 3)
    closing = ["resources", "referrals", "catch-all"]
    if rng.random() < 0.4:
        closing.remove("resources")
    own = rng.sample(draw.field["questions"], rng.randint(1, 3))

    def pick(category: str, sensitive: bool) -> BankQuestion:
        return rng.choice(draw.c.shelves[category, sensitive])

    key = set(key_categories())
    sensitive_order = [cat for cat in plan["sensitive_order"] if (cat, True) in draw.c.shelves]
    # A sensitive question on a key topic (the hardest parts, the industry's problems) covers it.
    ranked = sorted(rng.sample(sensitive_order, len(sensitive_order)), key=lambda cat: cat not in key)
    while True:
        chosen = set(ranked[:n_sensitive])
        covered = {q["category"] for q in own} | (chosen & key)
        required = [cat for cat in key_categories() if cat in plan["core_order"] and cat not in covered]
        if not any(q["tiara"] == "assignments" for q in own):
            required.append("projects")
        n_core = max(len(required), total - n_open - len(own) - n_sensitive - len(closing))
        if n_open + len(own) + n_sensitive + len(closing) + n_core <= QUESTIONS[1]:
            break
        if n_sensitive > 1:
            n_sensitive -= 1
        elif "resources" in closing:
            closing.remove("resources")
        elif n_open > 1:
            n_open = 1
        elif len(own) > 1:
            own.remove(next((q for q in own if q["category"] not in key), own[-1]))
        else:
            break
    others = [cat for cat in plan["core_order"] if cat not in covered and cat not in required]
    order = plan["core_order"].index
    core = [(order(cat), pick(cat, False)) for cat in required + rng.sample(others, n_core - len(required))]
    core += [(order(q["category"]), q) for q in own]
    entries: list[Any] = [bank[qid] for qid in sorted(rng.sample(plan["opening"], n_open))]
    entries += [entry for _, entry in sorted(core, key=lambda pair: pair[0])]
    entries += [pick(cat, True) for cat in sensitive_order if cat in chosen]
    entries += [pick(cat, False) for cat in closing]

    core_bank = [n for n, e in enumerate(entries) if isinstance(e, BankQuestion) and e.phase == "core"]
    skipped = set(rng.sample(core_bank, rng.choice([0, 0, 0, 1, 2])))
    questions = []
    for number, entry in enumerate(entries):
        if isinstance(entry, BankQuestion):
            priority = _priority(draw, entry)
            answer = _answer(draw, plan["topics"][entry.id])
            fields = {
                "text": entry.text,
                "category": entry.category,
                "tiara": entry.tiara,
                "phase": entry.phase,
                "minutes": entry.minutes,
                "sensitive": entry.sensitive,
                "bank_id": entry.id,
            }
        else:  # one of the field's own questions
            priority = 1
            answer = draw.fill(rng.choice(entry["answers"]))
            fields = {key: entry[key] for key in ("text", "category", "tiara", "minutes")}
        asked = answer is not None and not (number in skipped and priority == 3)
        if not asked:
            draw.flags.add("skipped")
        questions.append(
            Question(
                id=draw.id(),
                priority=priority,
                asked=asked,
                answer_notes=answer if asked and answer else "",
                **fields,
            )
        )
    return questions


def _priority(draw: _Draw, question: BankQuestion) -> int:
    if question.phase == "opening" or question.category in ("referrals", "catch-all"):
        return 1
    if question.category == "resources":
        return 2
    return draw.rng.choice([2, 3] if question.sensitive else [1, 1, 2, 2, 3])


def _answer(draw: _Draw, topic: str) -> str | None:
    """A note for a question on ``topic``: the field's own answers first, then generic ones."""
    pool = draw.answer_pools.get(topic)
    if pool is None:
        own = list(draw.field["answers"].get(topic, []))
        generic = draw.usable(draw.texts["generic_answers"].get(topic, []))
        draw.rng.shuffle(own)
        draw.rng.shuffle(generic)
        pool = draw.answer_pools[topic] = own + generic
    return draw.fill(pool.pop(0)) if pool else None


def _make_research(draw: _Draw) -> list[ResearchNote]:
    """One or two notes on the field, one or two on the interviewee's organisation."""
    rng, f = draw.rng, draw.field
    read = rng.sample(f["field_notes"], rng.choice([1, 2, 2]))
    draw.slots["research_source"] = read[0]["as_read"]
    notes = [
        ResearchNote(
            id=draw.id(),
            about="field",
            text=note["text"],
            source=note["source"],
            added_on=draw.identified + timedelta(days=rng.randint(0, 4)),
        )
        for note in read
    ]
    notes += [
        ResearchNote(
            id=draw.id(),
            about="organization",
            text=draw.fill(template),
            source=_cap(draw.fill(rng.choice(f["org_sources"]))),
            added_on=draw.requested + timedelta(days=rng.randint(0, 3)),
        )
        for template in rng.sample(f["org_notes"], rng.choice([1, 1, 2]))
    ]
    return notes
