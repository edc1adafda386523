"""One student's informational-interview project, as typed classes.

Validation happens here, at the boundary: every class validates on creation
and on attribute assignment, and :func:`validate_project` turns pydantic's
report into one :class:`~infokit.errors.InvalidValue` line that names the
field and the value. Imports nothing of infokit but errors and prompts.

Order is meaningful in lists: ``Project.questions`` is the interview plan in
the order the student means to ask, so there is no separate order field.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from infokit.errors import InvalidValue
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

MAX_TEXT = 20_000
"""Longest free text a field keeps (about eight pages); longer is refused, not cut."""

MAX_LINE = 300
"""Longest single-line field (a name, a role, a place)."""


def _new_id() -> str:
    return uuid.uuid4().hex[:10]


def _clean_line(value: str) -> str:
    value = value.strip()
    if "\n" in value or "\r" in value:
        raise ValueError("must be a single line")
    if len(value) > MAX_LINE:
        raise ValueError(f"is longer than {MAX_LINE} characters")
    return value


def _clean_text(value: str) -> str:
    value = value.replace("\r\n", "\n").strip()
    if len(value) > MAX_TEXT:
        raise ValueError(f"is longer than {MAX_TEXT} characters")
    return value


def _required(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ().\-/]{6,24}(\s*(ext\.?|x)\s*[0-9]{1,6})?$", re.IGNORECASE)


def _email(value: str) -> str:
    if value and not _EMAIL.match(value):
        raise ValueError("is not an email address like name@example.org")
    return value


def _phone(value: str) -> str:
    if value and (not _PHONE.match(value) or sum(c.isdigit() for c in value) < 6):
        raise ValueError("is not a phone number (digits, spaces, + ( ) - and an optional ext)")
    return value


def _url_or_text(value: str) -> str:
    return value


Line = Annotated[str, AfterValidator(_clean_line)]
Text = Annotated[str, AfterValidator(_clean_text)]
Name = Annotated[str, AfterValidator(_clean_line), AfterValidator(_required)]
RequiredText = Annotated[str, AfterValidator(_clean_text), AfterValidator(_required)]
Email = Annotated[str, AfterValidator(_clean_line), AfterValidator(_email)]
Phone = Annotated[str, AfterValidator(_clean_line), AfterValidator(_phone)]
Id = Annotated[str, Field(default_factory=_new_id, pattern=r"^[A-Za-z0-9_\-]{1,40}$")]


def _items(value: list[str]) -> list[str]:
    """A list of short entries: blanks dropped, duplicates (ignoring case) dropped."""
    seen: set[str] = set()
    out: list[str] = []
    for item in value:
        item = _clean_line(item)
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return out


Items = Annotated[list[str], AfterValidator(_items)]


class Model(BaseModel):
    """Base for every record: strict about unknown keys, validates on assignment."""

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=False,
        use_enum_values=False,
    )


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
    on: date
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


class ResearchNote(Model):
    """Something the student learned about the field or the organisation, with its source."""

    id: Id
    about: Literal["field", "organization"] = "field"
    text: RequiredText
    source: Name
    """Where it came from: a URL, a report's title, a person."""
    added_on: date | None = None


Tiara = Literal["trends", "insights", "advice", "resources", "assignments"]
Phase = Literal["opening", "core", "closing"]
TIARA_AREAS: tuple[str, ...] = ("trends", "insights", "advice", "resources", "assignments")
PHASES: tuple[str, ...] = ("opening", "core", "closing")


class Question(Model):
    """One question in the student's interview plan."""

    id: Id
    text: RequiredText
    category: Line = "custom"
    tiara: Tiara | None = None
    phase: Phase = "core"
    priority: int = Field(default=2, ge=1, le=3)
    """1 must ask, 2 should ask, 3 ask if time allows."""
    minutes: float = Field(default=2.0, gt=0, le=30)
    sensitive: bool = False
    bank_id: str | None = None
    """The question-bank entry this came from, if any."""
    asked: bool = False
    answer_notes: Text = ""
    """What the interviewee said, noted during or right after the meeting."""


MeetingFormat = Literal["in-person", "phone", "video"]


class Meeting(Model):
    """When, where and how the interview takes place."""

    contact_id: str | None = None
    starts: datetime
    """Local wall-clock time at the meeting's place (no offset stored)."""
    timezone: Line = "UTC"
    planned_minutes: int = Field(default=25, ge=5, le=180)
    format: MeetingFormat = "video"
    place: Line = ""
    """Address, video link or phone number."""
    directions: Text = ""
    """Directions and parking notes for a site visit."""
    confirmed_on: date | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("is not a time zone name like Europe/London") from None
        return value

    @field_validator("starts", mode="after")
    @classmethod
    def _wall_clock(cls, value: datetime) -> datetime:
        return value.replace(tzinfo=None, second=0, microsecond=0)

    @model_validator(mode="before")
    @classmethod
    def _aware_to_local(cls, data: Any) -> Any:
        if isinstance(data, dict):
            starts = data.get("starts")
            zone = data.get("timezone")
            if isinstance(starts, datetime) and starts.tzinfo is not None:
                if zone:
                    # An unknown zone is reported by the timezone field's own validator.
                    with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
                        data = {**data, "starts": starts.astimezone(ZoneInfo(zone))}
                else:
                    data = {**data, "timezone": getattr(starts.tzinfo, "key", "UTC")}
        return data

    @property
    def starts_at(self) -> datetime:
        """The start as an aware datetime in the meeting's time zone."""
        return self.starts.replace(tzinfo=ZoneInfo(self.timezone))


MentionKind = Literal["person", "organization", "publication", "trend", "other"]


class Mention(Model):
    """A name, organisation, publication or trend the interviewee brought up."""

    kind: MentionKind = "other"
    text: Name
    note: Line = ""


class InterviewNotes(Model):
    """What happened in the meeting; per-question notes live on each Question."""

    held_on: date | None = None
    started_at: datetime | None = None
    """When the student pressed start during the meeting: the clock survives a kernel restart."""
    actual_minutes: int | None = Field(default=None, ge=1, le=600)
    free_notes: Text = ""
    observations: Text = ""
    """What the workplace was like: would the student want to work there?"""
    interviewee_interests: Text = ""
    mentions: list[Mention] = Field(default_factory=list)


class Referral(Model):
    """Someone the interviewee suggested talking to next."""

    id: Id
    name: Name
    role: Line = ""
    organization: Line = ""
    may_use_name: bool = False
    """Whether the interviewee agreed their name may be mentioned."""
    contacted: bool = False
    contact_id: str | None = None
    """The contact made from this referral, once the student adds one."""
    note: Line = ""


ThankYouChannel = Literal["email", "card", "letter", "message"]


class ThankYou(Model):
    """The thank-you note: its text, when and how it was sent."""

    text: Text = ""
    sent_on: date | None = None
    channel: ThankYouChannel = "email"


class FollowUp(Model):
    """Something to do after the interview, with its due and done dates."""

    id: Id
    action: Name
    due_on: date
    done_on: date | None = None
    contact_id: str | None = None


MessageKind = Literal[
    "request-email", "phone-script", "voicemail", "confirmation", "follow-up", "referrer-update"
]
MESSAGE_KINDS: tuple[str, ...] = (
    "request-email",
    "phone-script",
    "voicemail",
    "confirmation",
    "follow-up",
    "referrer-update",
)
"""Messages kept as the student edited them; the thank-you note has its own record."""


class MessageCopy(Model):
    """The student's own version of a message, and the day it went out (a copy for the record)."""

    text: Text = ""
    sent_on: date | None = None


ReflectionFramework = Literal["prompts", "deal", "gibbs"]


class Reflection(Model):
    """Answers to the reflection prompts, keyed by prompt id (see infokit.prompts)."""

    framework: ReflectionFramework = "prompts"
    answers: dict[str, Text] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _known_prompts(self) -> Reflection:
        known = REFLECTION_PROMPTS[self.framework]
        for key in self.answers:
            if key not in known:
                raise ValueError(
                    f"prompt {key!r} is not one of the {self.framework!r} prompts ({', '.join(known)})"
                )
        return self

    def word_count(self) -> int:
        return sum(len(text.split()) for text in self.answers.values())


class Project(Model):
    """Everything one student records for the assignment."""

    profile: Profile = Field(default_factory=Profile)
    contacts: list[Contact] = Field(default_factory=list)
    interviewee_id: str | None = None
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

    @field_validator("preparation")
    @classmethod
    def _known_items(cls, value: dict[str, bool]) -> dict[str, bool]:
        for key in value:
            if key not in PREPARATION:
                raise ValueError(f"checklist item {key!r} is not one of {', '.join(PREPARATION)}")
        return value

    def check_references(self) -> None:
        """Every id that points at a contact points at one that exists.

        Checked where a whole project crosses the boundary (validate_project: every load
        and save), not on each assignment, where a change made in two steps would trip it.
        """
        ids = [c.id for c in self.contacts]
        if len(set(ids)) != len(ids):
            raise ValueError("two contacts share one id")
        if self.interviewee_id is not None and self.interviewee_id not in ids:
            raise ValueError(f"interviewee_id {self.interviewee_id!r} is not one of the contacts")
        if self.meeting is not None and self.meeting.contact_id not in (None, *ids):
            raise ValueError(f"meeting.contact_id {self.meeting.contact_id!r} is not one of the contacts")
        for number, referral in enumerate(self.referrals):
            if referral.contact_id not in (None, *ids):
                raise ValueError(
                    f"referrals[{number}].contact_id {referral.contact_id!r} is not one of the contacts"
                )
        for number, follow_up in enumerate(self.follow_ups):
            if follow_up.contact_id not in (None, *ids):
                raise ValueError(
                    f"follow_ups[{number}].contact_id {follow_up.contact_id!r} is not one of the contacts"
                )

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
        raise InvalidValue.across("project", str(exc)) from None
    return project


def as_invalid(exc: ValidationError, prefix: str = "") -> InvalidValue:
    """Turn pydantic's report into one line: the first problem's field path and value."""
    error = exc.errors(include_url=False)[0]
    path = _path(error.get("loc", ()), prefix)
    value = error.get("input")
    reason = str(error.get("msg", "is not valid"))
    reason = reason.removeprefix("Value error, ")
    if error.get("type") == "missing":
        return InvalidValue(path, None, "is required")
    if error.get("type") == "extra_forbidden":
        return InvalidValue(path, value, "is not a field infokit knows")
    if not reason.startswith(("is ", "must ", "status ", "prompt ", "checklist ")):
        reason = "is not valid: " + reason[0].lower() + reason[1:]
    if isinstance(value, dict) and error.get("type") == "value_error":
        return InvalidValue.across(path or "project", reason)
    return InvalidValue(path or exc.title, value, reason)


def _path(loc: tuple[Any, ...], prefix: str) -> str:
    out = prefix
    for part in loc:
        if part == "[key]":  # pydantic's marker for a bad dictionary key; the key is already named
            continue
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def set_field(record: BaseModel, field: str, value: Any, path: str = "") -> None:
    """Assign ``record.field = value`` with the one-line error on bad input."""
    try:
        setattr(record, field, value)
    except ValidationError as exc:
        raise as_invalid(exc, prefix=path) from None


def make(cls: type[Model], path: str = "", **values: Any) -> Any:
    """Create a record of ``cls`` with the one-line error on bad input."""
    try:
        return cls(**values)
    except ValidationError as exc:
        raise as_invalid(exc, prefix=path) from None
