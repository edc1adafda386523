"""Notebook 05: the thank-you, follow-ups and the reflection."""

from __future__ import annotations

from datetime import date
from typing import Any

from infokit import essay
from infokit.actions._base import (
    WorkspaceLike,
    _assign,
    _contact,
    _find,
    _ws,
    happened_on,
)
from infokit.actions.contacts import _move_on
from infokit.errors import InvalidValue
from infokit.model import (
    ContactStatus,
    FollowUp,
    Project,
    make,
    set_field,
)


def set_thank_you(*, workspace: WorkspaceLike = None, **fields: Any) -> None:
    """Save the thank-you note's text and channel (email, card, letter, message)."""
    if fields.get("sent_on") is not None:
        fields["sent_on"] = happened_on(fields["sent_on"], SENT, "thank_you.sent_on")
    with _ws(workspace).update() as p:
        _assign(p.thank_you, "thank_you", fields)


SENT = "the day you sent the thank-you"


def mark_thanked(
    on: date | None = None, *, date_required: bool = False, workspace: WorkspaceLike = None
) -> None:
    """Record the day the thank-you went out (today if None, unless ``date_required``; never
    in the future); the interviewee moves to 'thanked'."""
    day = happened_on(on, SENT, "thank_you.sent_on", date_required=date_required)
    with _ws(workspace).update() as p:
        set_field(p.thank_you, "sent_on", day, "thank_you")
        person = p.interviewee
        if person is not None and person.status.rank < ContactStatus.THANKED.rank:
            _move_on(person, ContactStatus.THANKED, day)


def add_follow_up(
    action: str, due_on: date, *, contact: Any = None, workspace: WorkspaceLike = None
) -> FollowUp:
    """Plan something to do after the interview, with a due date."""
    with _ws(workspace).update() as p:
        who = _contact(p, contact).id if contact else None
        item = make(FollowUp, "follow_up", action=action, due_on=due_on, contact_id=who)
        p.follow_ups.append(item)
        return item


def complete_follow_up(
    follow_up: Any,
    on: date | None = None,
    *,
    date_required: bool = False,
    workspace: WorkspaceLike = None,
) -> FollowUp:
    """Mark a follow-up done, today unless ``on`` says otherwise (never in the future)."""
    day = happened_on(on, "the day you did it", "follow_up.done_on", date_required=date_required)
    with _ws(workspace).update() as p:
        found = _find(p.follow_ups, follow_up, "follow-up", "action")
        set_field(found, "done_on", day, "follow_up")
        return found


def remove_follow_up(follow_up: str, *, workspace: WorkspaceLike = None) -> None:
    """Delete a follow-up (by id or its words)."""
    with _ws(workspace).update() as p:
        p.follow_ups.remove(_find(p.follow_ups, follow_up, "follow-up", "action"))


def set_reflection(
    framework: str | None = None,
    *,
    discard: bool = False,
    keep: bool = False,
    workspace: WorkspaceLike = None,
    **answers: str,
) -> None:
    """Save reflection answers by prompt id; switching framework keeps nothing unless ``discard=True``.

    ``keep=True`` (used when the assignment requires other prompts) switches without losing
    anything: the answers so far are kept aside under their framework, and answers kept earlier
    under the new framework come back."""
    with _ws(workspace).update() as p:
        current = p.reflection
        if framework and framework != current.framework and keep:
            _switch_keeping(p, framework)
        elif framework and framework != current.framework:
            if any(current.answers.values()) and not discard:
                were = essay.framework_label(current.framework)
                to = essay.framework_label(framework)
                raise InvalidValue.says(
                    "reflection.framework",
                    framework,
                    f"Switching to {to} would drop your answers to {were}: copy your answers out first,"
                    " then switch with discard=True",
                )
            set_field(p, "reflection", {"framework": framework, "answers": {}, "kept": current.kept})
        merged = {**p.reflection.answers, **answers}
        set_field(p.reflection, "answers", {k: v for k, v in merged.items() if v.strip()}, "reflection")


def _switch_keeping(p: Project, framework: str) -> None:
    """Switch the reflection to ``framework``, keeping the answers so far aside (issue 13)."""
    current = p.reflection
    kept = {k: dict(v) for k, v in current.kept.items()}
    if any(current.answers.values()):
        kept[current.framework] = {**kept.get(current.framework, {}), **current.answers}
    back = kept.pop(framework, {})
    set_field(p, "reflection", {"framework": framework, "answers": back, "kept": kept})
