"""Notebook 02: the question plan (your own questions and the bank's) and the printable guide."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from infokit.actions._base import (
    WorkspaceLike,
    _assign,
    _question,
    _quote,
    _ws,
)
from infokit.errors import InvalidValue
from infokit.model import (
    Project,
    Question,
    make,
)


def add_question(text: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Question:
    """Add your own question at the end of the plan (category, tiara, phase, priority, minutes)."""
    with _ws(workspace).update() as p:
        question = make(Question, "question", text=text, **fields)
        _not_twice(p, question.text)
        p.questions.append(question)
        return question


def add_bank_question(bank_id: str, *, priority: int = 2, workspace: WorkspaceLike = None) -> Question:
    """Copy a question from the kit's question bank into your plan."""
    from infokit.questions.bank import get

    try:
        entry = get(bank_id)
    except InvalidValue:
        raise InvalidValue.says(
            "bank_id", bank_id, "That question is not in the kit's question bank (any more): pick another"
        ) from None
    with _ws(workspace).update() as p:
        if any(q.bank_id == bank_id for q in p.questions) or _same_text(p, entry.text):
            raise InvalidValue.says(
                "bank_id", bank_id, f"This question is already in your plan: {_quote(entry.text, 'question')}"
            )
        question = entry.to_question(priority=priority)
        p.questions.append(question)
        return question


def _same_text(p: Project, text: str) -> bool:
    wanted = " ".join(text.casefold().split())
    return any(" ".join(q.text.casefold().split()) == wanted for q in p.questions)


def _not_twice(p: Project, text: str) -> None:
    if _same_text(p, text):
        raise InvalidValue.says(
            "question", text, f"This question is already in your plan: {_quote(text, 'question')}"
        )


def edit_question(question: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Question:
    """Change a question (text, priority, minutes, asked, answer_notes...)."""
    with _ws(workspace).update() as p:
        found = _question(p, question)
        _assign(found, "question", fields)
        return found


def move_question(question: str, by: int = -1, *, workspace: WorkspaceLike = None) -> int:
    """Move a question up (by=-1) or down (by=1) the plan; returns its new 1-based position."""
    with _ws(workspace).update() as p:
        found = _question(p, question)
        old = p.questions.index(found)
        new = max(0, min(len(p.questions) - 1, old + by))
        p.questions.insert(new, p.questions.pop(old))
        return new + 1


def remove_question(question: str, *, workspace: WorkspaceLike = None) -> None:
    with _ws(workspace).update() as p:
        p.questions.remove(_question(p, question))


def write_guide(*, workspace: WorkspaceLike = None) -> Path:
    """Write your printable interview guide (questions in order, room for notes) into the workspace."""
    from infokit.report.guide import write_guide as write

    ws = _ws(workspace)
    return write(ws.load(), ws.path)
