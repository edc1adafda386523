"""Notebook 02: the question plan (your own questions and the bank's) and the printable guide."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from infokit.actions._base import (
    WorkspaceLike,
    _assign,
    _question,
    _ws,
)
from infokit.errors import InvalidValue
from infokit.model import (
    Question,
    make,
)


def add_question(text: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Question:
    """Add your own question at the end of the plan (category, tiara, phase, priority, minutes)."""
    with _ws(workspace).update() as p:
        question = make(Question, f"questions[{len(p.questions)}]", text=text, **fields)
        for number, planned in enumerate(p.questions, 1):
            if planned.text.casefold() == question.text.casefold():
                raise InvalidValue("text", question.text, f"is already in your plan (question {number})")
        p.questions.append(question)
        return question


def add_bank_question(bank_id: str, *, priority: int = 2, workspace: WorkspaceLike = None) -> Question:
    """Copy a question from the kit's question bank into your plan."""
    from infokit.questions.bank import get

    entry = get(bank_id)
    with _ws(workspace).update() as p:
        if any(q.bank_id == bank_id for q in p.questions):
            raise InvalidValue("bank_id", bank_id, "is already in your plan")
        question = entry.to_question(priority=priority)
        p.questions.append(question)
        return question


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
