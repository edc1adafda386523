"""Notebook 05: the thank-you, follow-ups and the reflection."""

from __future__ import annotations

from datetime import date
from typing import Any

from infokit.actions._base import (
    WorkspaceLike,
    _assign,
    _contact,
    _find,
    _ws,
)
from infokit.errors import InvalidValue
from infokit.model import (
    ContactStatus,
    FollowUp,
    make,
    set_field,
)


def set_thank_you(*, workspace: WorkspaceLike = None, **fields: Any) -> None:
    """Save the thank-you note's text and channel (email, card, letter, message)."""
    with _ws(workspace).update() as p:
        _assign(p.thank_you, "thank_you", fields)


def mark_thanked(on: date | None = None, *, workspace: WorkspaceLike = None) -> None:
    """Record the day the thank-you went out; the interviewee moves to 'thanked'."""
    day = on or date.today()
    with _ws(workspace).update() as p:
        set_field(p.thank_you, "sent_on", day, "thank_you")
        person = p.interviewee
        if person is not None and person.status.rank < ContactStatus.THANKED.rank:
            set_field(
                person, "history", [*person.history, {"status": ContactStatus.THANKED, "on": day}], "contact"
            )


def add_follow_up(
    action: str, due_on: date, *, contact: str | None = None, workspace: WorkspaceLike = None
) -> FollowUp:
    """Plan something to do after the interview, with a due date."""
    with _ws(workspace).update() as p:
        who = _contact(p, contact).id if contact else None
        item = make(
            FollowUp, f"follow_ups[{len(p.follow_ups)}]", action=action, due_on=due_on, contact_id=who
        )
        p.follow_ups.append(item)
        return item


def complete_follow_up(
    follow_up: str, on: date | None = None, *, workspace: WorkspaceLike = None
) -> FollowUp:
    """Mark a follow-up done, today unless ``on`` says otherwise."""
    with _ws(workspace).update() as p:
        found = _find(p.follow_ups, follow_up, "follow-up", "action")
        set_field(found, "done_on", on or date.today(), "follow_up")
        return found


def remove_follow_up(follow_up: str, *, workspace: WorkspaceLike = None) -> None:
    """Delete a follow-up (by id or its words)."""
    with _ws(workspace).update() as p:
        p.follow_ups.remove(_find(p.follow_ups, follow_up, "follow-up", "action"))


def set_reflection(
    framework: str | None = None, *, discard: bool = False, workspace: WorkspaceLike = None, **answers: str
) -> None:
    """Save reflection answers by prompt id; switching framework keeps nothing unless ``discard=True``."""
    with _ws(workspace).update() as p:
        current = p.reflection
        if framework and framework != current.framework:
            if any(current.answers.values()) and not discard:
                raise InvalidValue(
                    "reflection.framework",
                    framework,
                    "would drop your answers to the other framework: copy them out, then pass discard=True",
                )
            set_field(p, "reflection", {"framework": framework, "answers": {}})
        merged = {**p.reflection.answers, **answers}
        set_field(p.reflection, "answers", {k: v for k, v in merged.items() if v.strip()}, "reflection")
