"""One-line Python for every step, for students who prefer code to forms.

Each function opens the workspace (``workspace=`` a folder or a
:class:`~infokit.store.Workspace`; the default location otherwise), changes
the project under the workspace lock and saves it, or raises one
:class:`~infokit.errors.InfokitError` line and saves nothing. The forms call
these same functions, so a form and a line of code can never disagree.

Contacts, questions, referrals and follow-ups are named by their id or, for
convenience, by their name or text (ignoring case).

One module per notebook step: ``profile`` (00), ``contacts`` (01), ``questions``
(02), ``outreach`` (03), ``interview`` (04), ``after`` (05), ``carry`` (backup,
restore and export: 00 and 06); ``_base`` holds what they share. Every name is
also here, so ``import infokit.actions as ik`` reaches them all.
"""

from __future__ import annotations

from infokit.actions._base import CALENDAR_FILE, CHECKLIST, REPORT_FOLDER, WorkspaceLike, project, workspace
from infokit.actions.after import (
    add_follow_up,
    complete_follow_up,
    mark_thanked,
    remove_follow_up,
    set_reflection,
    set_thank_you,
)
from infokit.actions.carry import backup, export, holds_work, owner, restore, restore_submission, whose_work
from infokit.actions.contacts import (
    add_contact,
    add_research,
    choose_interviewee,
    edit_contact,
    remove_contact,
    remove_research,
    set_status,
    undo_status,
)
from infokit.actions.interview import (
    add_mention,
    add_referral,
    edit_referral,
    note_answer,
    referral_to_contact,
    remove_mention,
    remove_referral,
    set_interview,
)
from infokit.actions.outreach import (
    checklist,
    confirm_meeting,
    drafts,
    save_draft,
    schedule_meeting,
    tick,
    write_calendar,
)
from infokit.actions.profile import set_profile
from infokit.actions.questions import (
    add_bank_question,
    add_question,
    edit_question,
    move_question,
    remove_question,
    write_guide,
)
from infokit.actions.sections import set_section

__all__ = [
    "CALENDAR_FILE",
    "CHECKLIST",
    "REPORT_FOLDER",
    "WorkspaceLike",
    "add_bank_question",
    "add_contact",
    "add_follow_up",
    "add_mention",
    "add_question",
    "add_referral",
    "add_research",
    "backup",
    "checklist",
    "choose_interviewee",
    "complete_follow_up",
    "confirm_meeting",
    "drafts",
    "edit_contact",
    "edit_question",
    "edit_referral",
    "export",
    "holds_work",
    "mark_thanked",
    "move_question",
    "note_answer",
    "owner",
    "project",
    "referral_to_contact",
    "remove_contact",
    "remove_follow_up",
    "remove_mention",
    "remove_question",
    "remove_referral",
    "remove_research",
    "restore",
    "restore_submission",
    "save_draft",
    "schedule_meeting",
    "set_interview",
    "set_profile",
    "set_reflection",
    "set_section",
    "set_status",
    "set_thank_you",
    "tick",
    "undo_status",
    "whose_work",
    "workspace",
    "write_calendar",
    "write_guide",
]
