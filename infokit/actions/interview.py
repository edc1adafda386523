"""Notebook 04: notes during the meeting, names mentioned, referrals."""

from __future__ import annotations

from typing import Any

from infokit.actions._base import (
    WorkspaceLike,
    _assign,
    _find,
    _ws,
    happened_on,
)
from infokit.actions.questions import edit_question
from infokit.errors import InvalidValue
from infokit.model import (
    Contact,
    Mention,
    Question,
    Referral,
    make,
)


def note_answer(
    question: str, notes: str, *, asked: bool = True, workspace: WorkspaceLike = None
) -> Question:
    """Write what the interviewee said to one question (and mark it asked)."""
    return edit_question(question, answer_notes=notes, asked=asked, workspace=workspace)


def set_interview(*, workspace: WorkspaceLike = None, **fields: Any) -> None:
    """Record held_on, actual_minutes, free_notes, observations, interviewee_interests
    (held_on, the day of the interview, cannot be in the future)."""
    if fields.get("held_on") is not None:
        fields["held_on"] = happened_on(fields["held_on"], "the day of the interview", "interview.held_on")
    with _ws(workspace).update() as p:
        _assign(p.interview, "interview", fields)


def add_mention(
    text: str, kind: str = "other", note: str = "", *, workspace: WorkspaceLike = None
) -> Mention:
    """Keep a name, organisation, publication or trend the interviewee mentioned."""
    with _ws(workspace).update() as p:
        mention = make(Mention, "mention", text=text, kind=kind, note=note)
        p.interview.mentions.append(mention)
        return mention


def remove_mention(index: int, *, workspace: WorkspaceLike = None) -> None:
    """Delete the mention at ``index`` (0-based, in the order shown)."""
    with _ws(workspace).update() as p:
        count = len(p.interview.mentions)
        if not isinstance(index, int) or not 0 <= index < count:
            raise InvalidValue.says(
                "mention",
                index,
                f"There is no mention number {index + 1 if isinstance(index, int) else index!r}"
                f" (you have {count}): run this cell again to refresh the list",
            )
        del p.interview.mentions[index]


def add_referral(name: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Referral:
    """Keep someone the interviewee suggested (role, organization, may_use_name, note)."""
    with _ws(workspace).update() as p:
        referral = make(Referral, "referral", name=name, **fields)
        p.referrals.append(referral)
        return referral


def edit_referral(referral: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Referral:
    with _ws(workspace).update() as p:
        found = _find(p.referrals, referral, "referral", "name")
        _assign(found, "referral", fields)
        return found


def remove_referral(referral: str, *, workspace: WorkspaceLike = None) -> None:
    """Delete a referral (by id or name); a contact made from it stays."""
    with _ws(workspace).update() as p:
        p.referrals.remove(_find(p.referrals, referral, "referral", "name"))


def referral_to_contact(referral: str, *, workspace: WorkspaceLike = None) -> Contact:
    """Turn a referral into a contact to reach out to, linked back to the referral."""
    with _ws(workspace).update() as p:
        found = _find(p.referrals, referral, "referral", "name")
        if found.contact_id and p.contact(found.contact_id):
            raise InvalidValue.says("referral", referral, f"{found.name} is already one of your contacts")
        by = p.interviewee.name if p.interviewee else ""
        note = (
            "May mention the referrer's name."
            if found.may_use_name
            else "Do not mention the referrer's name."
        )
        contact = make(
            Contact,
            "contact",
            name=found.name,
            role=found.role,
            organization=found.organization,
            source="referral",
            referred_by=by,
            notes=" ".join(x for x in (found.note, note) if x),
        )
        p.contacts.append(contact)
        found.contact_id = contact.id
        return contact
