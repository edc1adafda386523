"""The reflection of a sample: core moves for every prompt, extra moves up to a target length.

The sentence pools and the order of moves are in ``reflection.json``.
"""

from __future__ import annotations

from infokit.model import Reflection
from infokit.prompts import REFLECTION_PROMPTS
from infokit.sample.draw import _Draw

REFLECTION_WORDS = (470, 880)
"""The length a sample reflection aims for (inside the kit's default 400 to 1200)."""


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _words(text: str) -> int:
    return len(text.split())


def _make_reflection(draw: _Draw) -> Reflection:
    """Core moves for every prompt of a framework, then extra moves until the target length."""
    rng, spec = draw.rng, draw.c.reflection
    asked = [q for q in draw.questions if q.asked]
    topics = [draw.c.plan["topics"].get(q.bank_id or "", "field") for q in asked if q.phase == "core"]
    labels = list(dict.fromkeys(draw.texts["topic_labels"][t] for t in topics))
    draw.slots.update(
        n_questions=str(len(draw.questions)),
        n_asked=str(len(asked)),
        topics=draw.fill(_join(rng.sample(labels, min(3, len(labels))))),
    )
    framework = rng.choice(list(REFLECTION_PROMPTS))
    prompts = spec["frameworks"][framework]
    used: set[str] = set()
    parts = {
        key: [(move, _move(draw, move, used)) for move in moves["core"]] for key, moves in prompts.items()
    }
    words = sum(_words(s) for sentences in parts.values() for _, s in sentences)
    target = rng.randint(REFLECTION_WORDS[0] + 50, REFLECTION_WORDS[1] - 80)
    extras = [(key, move) for key, moves in prompts.items() for move in moves["extra"]]
    rng.shuffle(extras)
    once = set(spec["once"])
    for key, move in extras:
        if words >= target:
            break
        if move in once and any(move == name for moves in parts.values() for name, _ in moves):
            continue
        sentence = _move(draw, move, used)
        if sentence and words + _words(sentence) <= REFLECTION_WORDS[1]:
            anchor = prompts[key]["before"].get(move)
            names = [name for name, _ in parts[key]]
            at = names.index(anchor) if anchor in names else len(names)
            parts[key].insert(at, (move, sentence))
            words += _words(sentence)
    answers = {}
    for key, moves in parts.items():
        sentences = [sentence for _, sentence in moves]
        half = (len(sentences) + 1) // 2 if len(sentences) > 3 else len(sentences)
        answers[key] = "\n\n".join(" ".join(p) for p in (sentences[:half], sentences[half:]) if p)
    return Reflection(framework=framework, answers=answers)


def _move(draw: _Draw, name: str, used: set[str]) -> str:
    """A sentence from pool ``name`` not yet used in this reflection ("" when none is left)."""
    fresh = [v for v in draw.usable(draw.c.reflection["moves"][name]) if v not in used]
    if not fresh:
        return ""
    choice = draw.rng.choice(fresh)
    used.add(choice)
    return draw.fill(choice)
