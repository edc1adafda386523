"""The meeting and what follows it: notes, mentions, referrals, thank-you, follow-ups, messages."""

from __future__ import annotations

import contextlib
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from pydantic import Field, field_validator, model_validator

from infokit.dates import known_zone
from infokit.model.fields import Day, Id, Key, Line, Model, Moment, Name, Text

MeetingFormat = Literal["in-person", "phone", "video"]


class Meeting(Model):
    """When, where and how the interview takes place."""

    contact_id: Key | None = None
    starts: Moment
    """Local wall-clock time at the meeting's place (no offset stored)."""
    timezone: Line = "UTC"
    planned_minutes: int = Field(default=25, ge=5, le=180)
    format: MeetingFormat = "video"
    place: Line = ""
    """Address, video link or phone number."""
    directions: Text = ""
    """Directions and parking notes for a site visit."""
    confirmed_on: Day | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        if known_zone(value) is None:
            raise ValueError("is not a time zone name like Europe/London")
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
                    # An unknown zone is reported by the timezone field's own validator,
                    # a start too near year 1 or 9999 to shift by the starts field's.
                    known = known_zone(zone) if isinstance(zone, str) else None
                    if known is not None:
                        with contextlib.suppress(OverflowError):
                            data = {**data, "starts": starts.astimezone(known)}
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

    held_on: Day | None = None
    started_at: Moment | None = None
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
    contact_id: Key | None = None
    """The contact made from this referral, once the student adds one."""
    note: Line = ""


ThankYouChannel = Literal["email", "card", "letter", "message"]


class ThankYou(Model):
    """The thank-you note: its text, when and how it was sent."""

    text: Text = ""
    sent_on: Day | None = None
    channel: ThankYouChannel = "email"


class FollowUp(Model):
    """Something to do after the interview, with its due and done dates."""

    id: Id
    action: Name
    due_on: Day
    done_on: Day | None = None
    contact_id: Key | None = None


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
    sent_on: Day | None = None
