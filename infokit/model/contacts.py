"""The student and the people they might talk to: the profile, contacts, their status history."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import Field, model_validator

from infokit.model.fields import Day, Email, Id, Items, Line, Model, Name, Phone, Text


class Profile(Model):
    """Who the student is and what they want from the interview."""

    name: Line = ""
    student_id: Line = ""
    course: Line = ""
    email: Email = ""
    """The student's own address, used to sign messages."""
    phone: Phone = ""
    career_interests: Items = Field(default_factory=list)
    """Careers or fields the student is curious about."""
    learning_goals: Items = Field(default_factory=list)
    """What the student wants to find out from the interview."""
    values: Items = Field(default_factory=list)
    interests: Items = Field(default_factory=list)
    skills: Items = Field(default_factory=list)

    def is_same_student(self, other: Profile) -> bool:
        """Whether two profiles are one student's: the same student id when both have one,
        else the same name when both have one; two profiles without either count as one."""
        mine, theirs = _key(self.student_id), _key(other.student_id)
        if mine and theirs:
            return mine == theirs
        names = _key(self.name), _key(other.name)
        if all(names):
            return names[0] == names[1]
        return not any((mine, theirs, *names))


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


class ContactStatus(StrEnum):
    """Where a contact stands; the order of members is the order of the steps."""

    IDENTIFIED = "identified"
    REQUESTED = "requested"
    SCHEDULED = "scheduled"
    INTERVIEWED = "interviewed"
    THANKED = "thanked"
    FOLLOWED_UP = "followed-up"

    @property
    def rank(self) -> int:
        return list(ContactStatus).index(self)


SOURCES: dict[str, str] = {
    "family": "Family member",
    "friend": "Friend or friend of the family",
    "neighbour": "Neighbour",
    "colleague": "Colleague or classmate",
    "former-employer": "Former employer",
    "faculty": "Faculty or university office",
    "career-centre": "Career centre employer contacts",
    "association": "Professional association or its meetings",
    "chamber": "Chamber of commerce",
    "community": "Community, trade or service organisation",
    "company-website": "Company website or directory",
    "article": "Article in a newspaper, magazine or journal",
    "online-network": "Professional networking site",
    "referral": "Referred by another interviewee",
    "other": "Other",
}
"""Where a contact was found: key stored in the file, label shown to the student."""

Source = Literal[
    "family",
    "friend",
    "neighbour",
    "colleague",
    "former-employer",
    "faculty",
    "career-centre",
    "association",
    "chamber",
    "community",
    "company-website",
    "article",
    "online-network",
    "referral",
    "other",
]
Relationship = Literal["none", "acquaintance", "relative", "close-friend"]
ContactChannel = Literal["any", "email", "phone", "message"]


class StatusChange(Model):
    """One move of a contact's status, with the day it happened."""

    status: ContactStatus
    on: Day
    note: Line = ""


class Contact(Model):
    """A person the student might interview or has interviewed."""

    id: Id
    name: Name
    role: Line = ""
    organization: Line = ""
    source: Source = "other"
    relationship: Relationship = "none"
    """A relative or close friend makes a weak interviewee: the kit warns."""
    referred_by: Line = ""
    preferred_channel: ContactChannel = "any"
    email: Email = ""
    phone: Phone = ""
    address: Text = ""
    """Mailing address, when the assignment asks for it on the report's title page."""
    notes: Text = ""
    history: list[StatusChange] = Field(default_factory=list)
    """Every status move in order; empty means just identified."""

    @property
    def status(self) -> ContactStatus:
        return self.history[-1].status if self.history else ContactStatus.IDENTIFIED

    def status_date(self, status: ContactStatus) -> date | None:
        """The day the contact reached ``status``, or None if it has not."""
        for change in self.history:
            if change.status == status:
                return change.on
        return None

    @property
    def is_close_tie(self) -> bool:
        return self.relationship in ("relative", "close-friend")

    @model_validator(mode="after")
    def _history_moves_forward(self) -> Contact:
        previous: StatusChange | None = None
        for change in self.history:
            if previous is not None:
                if change.status.rank <= previous.status.rank:
                    raise ValueError(
                        f"status cannot move from {previous.status.value!r} back to {change.status.value!r}"
                    )
                if change.on < previous.on:
                    raise ValueError(
                        f"{change.status.value!r} on {change.on} is before "
                        f"{previous.status.value!r} on {previous.on}"
                    )
            previous = change
        return self
