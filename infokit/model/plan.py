"""Before the meeting: research notes with their sources, and the question plan."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from infokit.model.fields import Day, Id, Key, Line, Model, Name, RequiredText, Text


class ResearchNote(Model):
    """Something the student learned about the field or the organisation, with its source."""

    id: Id
    about: Literal["field", "organization"] = "field"
    text: RequiredText
    source: Name
    """Where it came from: a URL, a report's title, a person."""
    added_on: Day | None = None


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
    bank_id: Key | None = None
    """The question-bank entry this came from, if any."""
    asked: bool = False
    answer_notes: Text = ""
    """What the interviewee said, noted during or right after the meeting."""
