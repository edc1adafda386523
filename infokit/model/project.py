"""The whole project of one student, the reflection, and the check of a project at the boundary."""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from infokit.errors import InvalidValue, show
from infokit.model.contacts import Contact, Profile
from infokit.model.fields import Key, Line, Model, Text, as_invalid
from infokit.model.meeting import (
    FollowUp,
    InterviewNotes,
    Meeting,
    MessageCopy,
    MessageKind,
    Referral,
    ThankYou,
)
from infokit.model.plan import Question, ResearchNote
from infokit.prompts import PREPARATION, REFLECTION_PROMPTS

STEPS: dict[str, str] = {
    "profile": "Profile and goals",
    "research": "Contacts and research",
    "questions": "Questions",
    "outreach": "Outreach and meeting",
    "interview": "Interview notes",
    "after": "Thank-you and follow-ups",
    "reflection": "Reflection",
}
"""The assignment's steps in order: id (used in settings and files) to label."""

ReflectionFramework = Literal["prompts", "deal", "gibbs", "assignment"]
"""The kit's frameworks (infokit.prompts), or "assignment": the instructor's own prompts, whose
ids the settings name; the model checks only their shape (infokit.essay checks them against the
settings)."""

PROMPT_KEY = re.compile(r"[A-Za-z0-9_-]{1,40}")
"""The shape of an assignment prompt's id: a short key of letters, digits, ``_`` or ``-``."""


class Reflection(Model):
    """Answers to the reflection prompts, keyed by prompt id (see infokit.prompts)."""

    framework: ReflectionFramework = "prompts"
    answers: dict[str, Text] = Field(default_factory=dict)
    kept: dict[ReflectionFramework, dict[str, Text]] = Field(default_factory=dict, exclude_if=lambda v: not v)
    """Answers under other frameworks, kept when the assignment's required prompts replaced them
    (restored if the student comes back to that framework), so nothing typed is lost."""

    @model_validator(mode="after")
    def _known_prompts(self) -> Reflection:
        if self.framework == "assignment":
            for key in self.answers:
                if not PROMPT_KEY.fullmatch(key):
                    raise ValueError(
                        f"prompt {show(key) or repr(key)} is not a prompt id (letters, digits, _ or -)"
                    )
            return self
        known = REFLECTION_PROMPTS[self.framework]
        for key in self.answers:
            if key not in known:
                raise ValueError(
                    f"prompt {show(key) or repr(key)} is not one of the {self.framework!r} prompts"
                    f" ({', '.join(known)})"
                )
        return self

    def word_count(self) -> int:
        return sum(len(text.split()) for text in self.answers.values())


class ReportSection(Model):
    """The student's text for one report section the assignment asks for, and its sources."""

    text: Text = ""
    references: list[Line] = Field(default_factory=list)
    """One reference per entry, written in the assignment's citation style."""

    def word_count(self) -> int:
        return len(self.text.split())


class Project(Model):
    """Everything one student records for the assignment."""

    profile: Profile = Field(default_factory=Profile)
    contacts: list[Contact] = Field(default_factory=list)
    interviewee_id: Key | None = None
    """The contact chosen for the interview."""
    research: list[ResearchNote] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    meeting: Meeting | None = None
    interview: InterviewNotes = Field(default_factory=InterviewNotes)
    referrals: list[Referral] = Field(default_factory=list)
    thank_you: ThankYou = Field(default_factory=ThankYou)
    follow_ups: list[FollowUp] = Field(default_factory=list)
    reflection: Reflection = Field(default_factory=Reflection)
    preparation: dict[str, bool] = Field(default_factory=dict)
    """The preparation checklist (keys from infokit.prompts.PREPARATION), ticked or not."""
    messages: dict[MessageKind, MessageCopy] = Field(default_factory=dict)
    """The student's edited messages by kind, with the day each was sent."""
    sections: dict[Key, ReportSection] = Field(default_factory=dict)
    """The student's report sections, keyed by the assignment's section id."""

    @field_validator("preparation")
    @classmethod
    def _known_items(cls, value: dict[str, bool]) -> dict[str, bool]:
        for key in value:
            if key not in PREPARATION:
                shown = show(key) or repr(key)
                raise ValueError(f"checklist item {shown} is not one of {', '.join(PREPARATION)}")
        return value

    def check_references(self) -> None:
        """Every id that points at a contact points at one that exists.

        Checked where a whole project crosses the boundary (validate_project: every load
        and save), not on each assignment, where a change made in two steps would trip it.
        """
        ids = [c.id for c in self.contacts]
        known = set(ids)  # a set: this runs on every load and save, and must stay linear
        if len(known) != len(ids):
            raise ValueError("two of your contacts share one id (was the file edited by hand?)")
        if self.interviewee_id is not None and self.interviewee_id not in known:
            raise ValueError("the interviewee you chose is not one of your contacts")
        meeting = self.meeting
        if meeting is not None and meeting.contact_id is not None and meeting.contact_id not in known:
            raise ValueError("the meeting is with someone who is not one of your contacts")
        for number, referral in enumerate(self.referrals):
            if referral.contact_id is not None and referral.contact_id not in known:
                raise ValueError(f"referral {number + 1} points at someone who is not one of your contacts")
        for number, follow_up in enumerate(self.follow_ups):
            if follow_up.contact_id is not None and follow_up.contact_id not in known:
                raise ValueError(f"follow-up {number + 1} is with someone who is not one of your contacts")

    @property
    def interviewee(self) -> Contact | None:
        return self.contact(self.interviewee_id) if self.interviewee_id else None

    def contact(self, contact_id: str) -> Contact | None:
        return next((c for c in self.contacts if c.id == contact_id), None)


def validate_project(data: Any) -> Project:
    """Build a Project from plain data, or raise one InvalidValue naming the field."""
    try:
        project = Project.model_validate(data)
    except ValidationError as exc:
        raise as_invalid(exc) from None
    try:
        project.check_references()
    except ValueError as exc:
        reason = str(exc)
        raise InvalidValue.says("project", None, reason[:1].upper() + reason[1:]) from None
    return project
