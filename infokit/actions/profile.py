"""Notebook 00: your profile, goals, values, interests and skills."""

from __future__ import annotations

from typing import Any

from infokit.actions._base import (
    WorkspaceLike,
    _assign,
    _lines,
    _ws,
)
from infokit.model import (
    Profile,
)

_LIST_FIELDS = ("career_interests", "learning_goals", "values", "interests", "skills")


def set_profile(*, workspace: WorkspaceLike = None, **fields: Any) -> Profile:
    """Change profile fields, e.g. ``set_profile(name="Ana", course="CAR 101")``.

    List fields (career_interests, learning_goals, values, interests, skills)
    take a list or a text with one entry per line.
    """
    fields = {k: _lines(v) if k in _LIST_FIELDS else v for k, v in fields.items()}
    with _ws(workspace).update() as p:
        _assign(p.profile, "profile", fields)
        return p.profile
