"""One-line Python for every step, for students who prefer code to forms.

Each function opens the workspace (``workspace=`` a folder or a
:class:`~infokit.store.Workspace`; the default location otherwise), changes
the project under the workspace lock and saves it, or raises one
:class:`~infokit.errors.InfokitError` line and saves nothing. The forms call
these same functions, so a form and a line of code can never disagree.

Contacts, questions, referrals and follow-ups are named by their id or, for
convenience, by their name or text (ignoring case).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from infokit.errors import InvalidValue, WorkspaceError
from infokit.model import (
    Contact,
    ContactStatus,
    FollowUp,
    Meeting,
    Mention,
    MessageCopy,
    Profile,
    Project,
    Question,
    Referral,
    ResearchNote,
    make,
    set_field,
)
from infokit.prompts import PREPARATION
from infokit.store import Workspace

WorkspaceLike = Workspace | str | os.PathLike[str] | None

CALENDAR_FILE = "meeting.ics"
REPORT_FOLDER = "report"
"""Exported reports go into this folder inside the workspace."""
CHECKLIST = PREPARATION
"""The preparation checklist: key stored in the workspace, label shown to the student."""


def workspace(where: WorkspaceLike = None) -> Workspace:
    """The workspace to use: the one given, a folder, or the default location."""
    return where if isinstance(where, Workspace) else Workspace(where)


def project(where: WorkspaceLike = None) -> Project:
    """The saved project (an empty one if nothing was saved yet)."""
    return workspace(where).load()


def _ws(where: WorkspaceLike) -> Workspace:
    return workspace(where)


def _lines(value: str | Iterable[str]) -> list[str]:
    """A list field given as a list, or as text with one entry per line."""
    if isinstance(value, str):
        return value.splitlines()
    return list(value)


def _find(items: list[Any], key: str, what: str, *attrs: str) -> Any:
    wanted = str(key).strip()
    for item in items:
        if item.id == wanted:
            return item
    for item in items:
        if any(str(getattr(item, a)).strip().casefold() == wanted.casefold() for a in attrs):
            return item
    raise InvalidValue(what, key, f"is not one of your {what}s (give its id or its exact {attrs[0]})")


def _contact(p: Project, key: str) -> Contact:
    return _find(p.contacts, key, "contact", "name")


def _question(p: Project, key: str) -> Question:
    return _find(p.questions, key, "question", "text")


def _assign(record: Any, path: str, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        if name not in type(record).model_fields or name in ("id", "history"):
            raise InvalidValue(f"{path}.{name}" if path else name, value, "is not a field you can set here")
        set_field(record, name, value, path)


# -- profile ---------------------------------------------------------------
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


# -- contacts and research ---------------------------------------------------
def add_contact(name: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Contact:
    """Add a person you could interview; fields as in :class:`~infokit.model.Contact`."""
    with _ws(workspace).update() as p:
        contact = make(Contact, f"contacts[{len(p.contacts)}]", name=name, **fields)
        p.contacts.append(contact)
        return contact


def edit_contact(contact: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Contact:
    """Change a contact's details (not its status: use :func:`set_status`)."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
        _assign(found, "contact", fields)
        return found


def remove_contact(contact: str, *, workspace: WorkspaceLike = None) -> None:
    """Delete a contact and every link to it (interviewee choice, referral, meeting)."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
        p.contacts.remove(found)
        if p.interviewee_id == found.id:
            p.interviewee_id = None
        if p.meeting is not None and p.meeting.contact_id == found.id:
            p.meeting.contact_id = None
        for item in [*p.referrals, *p.follow_ups]:
            if item.contact_id == found.id:
                item.contact_id = None


def set_status(
    contact: str, status: str, *, on: date | None = None, note: str = "", workspace: WorkspaceLike = None
) -> Contact:
    """Move a contact on, e.g. ``set_status("Ana Ruiz", "requested", on=date(2026, 3, 2))``."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
        try:
            new = ContactStatus(status)
        except ValueError:
            choices = ", ".join(s.value for s in ContactStatus)
            raise InvalidValue("status", status, f"is not one of {choices}") from None
        if new.rank <= found.status.rank:
            raise InvalidValue(
                "status", status, f"is not after {found.name}'s current status {found.status.value!r}"
            )
        change = {"status": new, "on": on or date.today(), "note": note}
        set_field(found, "history", [*found.history, change], "contact")
        return found


def undo_status(contact: str, *, workspace: WorkspaceLike = None) -> Contact:
    """Take back a contact's last status move (for a click made by mistake)."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact)
        found.history = found.history[:-1]
        return found


def choose_interviewee(contact: str | None, *, workspace: WorkspaceLike = None) -> Contact | None:
    """Say whom you will interview (None to undo the choice)."""
    with _ws(workspace).update() as p:
        found = _contact(p, contact) if contact else None
        p.interviewee_id = found.id if found else None
        if found and p.meeting is not None and p.meeting.contact_id is None:
            p.meeting.contact_id = found.id
        return found


def add_research(
    text: str, source: str, *, about: str = "field", on: date | None = None, workspace: WorkspaceLike = None
) -> ResearchNote:
    """Keep something you learned before the interview, with where it came from."""
    with _ws(workspace).update() as p:
        note = make(
            ResearchNote,
            f"research[{len(p.research)}]",
            text=text,
            source=source,
            about=about,
            added_on=on or date.today(),
        )
        p.research.append(note)
        return note


def remove_research(note_id: str, *, workspace: WorkspaceLike = None) -> None:
    with _ws(workspace).update() as p:
        p.research.remove(_find(p.research, note_id, "research note", "text"))


# -- questions -------------------------------------------------------------
def add_question(text: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Question:
    """Add your own question at the end of the plan (category, tiara, phase, priority, minutes)."""
    with _ws(workspace).update() as p:
        question = make(Question, f"questions[{len(p.questions)}]", text=text, **fields)
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


# -- outreach and the meeting -------------------------------------------------
def schedule_meeting(
    starts: datetime, *, workspace: WorkspaceLike = None, contact: str | None = None, **fields: Any
) -> Meeting:
    """Record the meeting: ``schedule_meeting(datetime(2026, 3, 9, 14, 0), timezone="Europe/London",
    planned_minutes=25, format="in-person", place="...", directions="...")``."""
    with _ws(workspace).update() as p:
        who = _contact(p, contact).id if contact else p.interviewee_id
        old = p.meeting.model_dump() if p.meeting else {}
        values = {**old, "contact_id": who, **fields, "starts": starts}
        p.meeting = make(Meeting, "meeting", **values)
        return p.meeting


def confirm_meeting(on: date | None = None, *, workspace: WorkspaceLike = None) -> Meeting:
    """Record the day you sent (or got) the confirmation email."""
    with _ws(workspace).update() as p:
        if p.meeting is None:
            raise InvalidValue("meeting", None, "is not scheduled yet: schedule it first")
        set_field(p.meeting, "confirmed_on", on or date.today(), "meeting")
        return p.meeting


def checklist(*, workspace: WorkspaceLike = None) -> dict[str, bool]:
    """The preparation checklist as ticked so far."""
    ticks = _ws(workspace).load().preparation
    return {key: ticks.get(key, False) for key in CHECKLIST}


def tick(item: str, done: bool = True, *, workspace: WorkspaceLike = None) -> dict[str, bool]:
    """Tick (or untick) one preparation item, e.g. ``tick("dress")``."""
    if item not in CHECKLIST:
        raise InvalidValue("checklist item", item, f"is not one of {', '.join(CHECKLIST)}")
    with _ws(workspace).update() as p:
        set_field(p, "preparation", {**p.preparation, item: bool(done)})
        ticks = dict(p.preparation)
    return {key: ticks.get(key, False) for key in CHECKLIST}


def drafts(*, workspace: WorkspaceLike = None) -> dict[str, str]:
    """Your saved message drafts by kind (request-email, phone-script...)."""
    return {kind: copy.text for kind, copy in _ws(workspace).load().messages.items() if copy.text}


def save_draft(kind: str, text: str, *, sent_on: date | None = None, workspace: WorkspaceLike = None) -> str:
    """Keep your edited version of a message (and the day you sent it); the thank-you goes
    into the project's thank-you record."""
    from infokit.outreach.messages import KINDS

    if kind not in KINDS:
        raise InvalidValue("kind", kind, f"is not one of {', '.join(KINDS)}")
    if kind == "thank-you":
        set_thank_you(text=text, workspace=workspace)
        return text
    with _ws(workspace).update() as p:
        old = p.messages.get(kind)  # type: ignore[call-overload]
        sent = sent_on or (old.sent_on if old else None)
        copy = make(MessageCopy, f"messages.{kind}", text=text, sent_on=sent)
        set_field(p, "messages", {**p.messages, kind: copy})
    return text


def write_calendar(*, workspace: WorkspaceLike = None) -> Path:
    """Write the meeting as ``meeting.ics`` into the workspace folder, for a calendar app."""
    from infokit.outreach.schedule import write_ics

    ws = _ws(workspace)
    return write_ics(ws.load(), ws.path / CALENDAR_FILE)


def write_guide(*, workspace: WorkspaceLike = None) -> Path:
    """Write your printable interview guide (questions in order, room for notes) into the workspace."""
    from infokit.forms.guide import write_guide as write

    ws = _ws(workspace)
    return write(ws.load(), ws.path)


# -- the interview -----------------------------------------------------------
def note_answer(
    question: str, notes: str, *, asked: bool = True, workspace: WorkspaceLike = None
) -> Question:
    """Write what the interviewee said to one question (and mark it asked)."""
    return edit_question(question, answer_notes=notes, asked=asked, workspace=workspace)


def set_interview(*, workspace: WorkspaceLike = None, **fields: Any) -> None:
    """Record held_on, actual_minutes, free_notes, observations, interviewee_interests."""
    with _ws(workspace).update() as p:
        _assign(p.interview, "interview", fields)


def add_mention(
    text: str, kind: str = "other", note: str = "", *, workspace: WorkspaceLike = None
) -> Mention:
    """Keep a name, organisation, publication or trend the interviewee mentioned."""
    with _ws(workspace).update() as p:
        mention = make(
            Mention, f"interview.mentions[{len(p.interview.mentions)}]", text=text, kind=kind, note=note
        )
        p.interview.mentions.append(mention)
        return mention


def remove_mention(index: int, *, workspace: WorkspaceLike = None) -> None:
    """Delete the mention at ``index`` (0-based, in the order shown)."""
    with _ws(workspace).update() as p:
        if not 0 <= index < len(p.interview.mentions):
            raise InvalidValue("mention", index, "is not the number of a mention")
        del p.interview.mentions[index]


def add_referral(name: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Referral:
    """Keep someone the interviewee suggested (role, organization, may_use_name, note)."""
    with _ws(workspace).update() as p:
        referral = make(Referral, f"referrals[{len(p.referrals)}]", name=name, **fields)
        p.referrals.append(referral)
        return referral


def edit_referral(referral: str, *, workspace: WorkspaceLike = None, **fields: Any) -> Referral:
    with _ws(workspace).update() as p:
        found = _find(p.referrals, referral, "referral", "name")
        _assign(found, "referral", fields)
        return found


def referral_to_contact(referral: str, *, workspace: WorkspaceLike = None) -> Contact:
    """Turn a referral into a contact to reach out to, linked back to the referral."""
    with _ws(workspace).update() as p:
        found = _find(p.referrals, referral, "referral", "name")
        if found.contact_id and p.contact(found.contact_id):
            raise InvalidValue("referral", referral, "is already one of your contacts")
        by = p.interviewee.name if p.interviewee else ""
        note = (
            "May mention the referrer's name."
            if found.may_use_name
            else "Do not mention the referrer's name."
        )
        contact = make(
            Contact,
            f"contacts[{len(p.contacts)}]",
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


# -- after the interview -------------------------------------------------------
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


# -- carrying work in and out ----------------------------------------------------
def backup(output: str | os.PathLike[str] | None = None, *, workspace: WorkspaceLike = None) -> Path:
    """Write a backup file to download (default: into the workspace folder)."""
    ws = _ws(workspace)
    return ws.backup(output if output is not None else ws.path)


def restore(filename: str, content: bytes | None = None, *, workspace: WorkspaceLike = None) -> Project:
    """Replace the project with a backup (.json) or an exported report (.html/.ipynb).

    ``content`` is the file's bytes (from an upload); without it ``filename`` is
    read from disk. What was there before is kept under ``backups/``.
    """
    from infokit.report import embed

    if content is None:
        submission = embed.read_submission(filename)
    else:
        submission = embed.submission_from_bytes(content, filename)
    return restore_submission(submission, workspace=workspace)


def restore_submission(submission: Any, *, workspace: WorkspaceLike = None) -> Project:
    """Make a read report or backup the current project; contact details a report left
    out are kept from the current workspace (when it can be read)."""
    from infokit.report.embed import merge_private_details

    ws = _ws(workspace)
    project = submission.project
    if submission.kind != "backup":
        with contextlib.suppress(WorkspaceError):  # an unreadable current file has nothing to keep
            project = merge_private_details(project, ws.load())
    ws.restore(project)
    return project


def export(
    to: str = "html", *, include_contact_details: bool = False, workspace: WorkspaceLike = None
) -> list[Path]:
    """Export your report (``to`` = "html", "pdf" or "ipynb") into the workspace's report/ folder."""
    from infokit.report import export_report

    ws = _ws(workspace)
    folder = ws.path / REPORT_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(f"{folder}: cannot create the folder ({exc.strerror})") from None
    return export_report(ws, to=to, output=folder, include_contact_details=include_contact_details)
