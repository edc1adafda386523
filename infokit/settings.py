"""The assignment settings an instructor edits (TOML), with the kit's defaults.

Settings own every number a checker, a notebook or the grader uses (question
counts, word limits, windows, due dates, the rubric). No other module writes
such a number down.

Lookup order for the settings file: the ``--assignment FILE`` a command is
given, else ``$INFOKIT_ASSIGNMENT``, else ``assignment.toml`` in the current
folder or its ``notebooks/`` parent, else the defaults shipped with the kit.
"""

from __future__ import annotations

import itertools
import os
import re
import tomllib
from datetime import date, datetime, time, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from infokit import decode
from infokit.dates import known_zone
from infokit.errors import SettingsError, show
from infokit.model import STEPS, Day, Moment, plain_reason
from infokit.model.project import PROMPT_KEY
from infokit.prompts import FRAMEWORK_LABELS

MAX_SETTING = 500
"""Longest text a setting takes (a course, a title, a criterion's description)."""

ENV_VAR = "INFOKIT_ASSIGNMENT"
FILE_NAME = "assignment.toml"

AUTO_CHECKS: tuple[str, ...] = (
    "questions",
    "outreach",
    "documentation",
    "thank_you",
    "reflection",
    "sections",
)
"""Names a rubric criterion may give as ``check``; infokit.grading scores each one."""

MERGED_SECTIONS: tuple[str, ...] = ("assignment", "limits", "grading", "extensions")
"""Tables whose keys are laid over the defaults one by one; others replace the default whole."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


Words = Annotated[str, Field(max_length=MAX_SETTING)]


class Assignment(_Strict):
    course: Words = ""
    title: Words = "Informational interview"
    timezone: Words = "UTC"
    paper: Literal["A4", "Letter"] = "A4"

    @field_validator("timezone")
    @classmethod
    def _zone(cls, value: str) -> str:
        if known_zone(value) is None:
            raise ValueError("is not a time zone name like America/Chicago")
        return value


class Limits(_Strict):
    question_min: int = Field(8, ge=1, le=100)
    question_max: int = Field(12, ge=1, le=100)
    meeting_minutes: int = Field(25, ge=5, le=180)
    thank_you_hours: int = Field(48, ge=1, le=24 * 14)
    thank_you_days_max: int = Field(7, ge=1, le=60)
    thank_you_words: int = Field(200, ge=50, le=2000)
    reflection_min_words: int = Field(400, ge=0, le=20_000)
    reflection_max_words: int = Field(1200, ge=1, le=20_000)
    reflection_prompt_min_words: int = Field(30, ge=0, le=2000)
    email_words: int = Field(100, ge=20, le=1000)
    email_words_strict: int = Field(75, ge=20, le=1000)
    strict_email: bool = False
    follow_up_second_contact_days: int = Field(3, ge=1, le=30)
    follow_up_nudge_days: int = Field(7, ge=1, le=60)
    holidays: tuple[Day, ...] = ()
    """Days that are not business days (the follow-up plan skips them, as it skips weekends)."""

    @model_validator(mode="after")
    def _ranges(self) -> Limits:
        if self.question_min > self.question_max:
            raise ValueError(f"question_min {self.question_min} is above question_max {self.question_max}")
        if self.reflection_min_words > self.reflection_max_words:
            raise ValueError(
                f"reflection_min_words {self.reflection_min_words} is above"
                f" reflection_max_words {self.reflection_max_words}"
            )
        if self.reflection_prompt_min_words > self.reflection_max_words:
            raise ValueError(
                f"reflection_prompt_min_words {self.reflection_prompt_min_words} is above"
                f" reflection_max_words {self.reflection_max_words}"
            )
        if self.follow_up_second_contact_days >= self.follow_up_nudge_days:
            raise ValueError(
                f"follow_up_second_contact_days {self.follow_up_second_contact_days} must be"
                f" below follow_up_nudge_days {self.follow_up_nudge_days}"
            )
        if self.thank_you_hours > self.thank_you_days_max * 24:
            raise ValueError(
                f"thank_you_hours {self.thank_you_hours} is longer than"
                f" thank_you_days_max {self.thank_you_days_max} days"
            )
        return self

    @property
    def email_word_limit(self) -> int:
        """The request-email word limit in force (strict or normal)."""
        return self.email_words_strict if self.strict_email else self.email_words


class Grading(_Strict):
    """How the grader treats a batch: similarity flags, lateness, the LMS column."""

    similarity_threshold: float = Field(0.4, gt=0, le=1)
    """Flag two reflections whose five-word phrases overlap at least this much (Jaccard, 0-1)."""
    similarity_min_words: int = Field(60, ge=10, le=5000)
    """Reflections shorter than this are too short to compare."""
    passage_words: int = Field(100, ge=30, le=5000)
    """Flag two reflections that share a passage of at least this many words, word for word
    (a copied paragraph inside otherwise original work)."""
    submission_due: Day | Moment | None = None
    """When the report is due: a date (due by the end of that day) or a date and time, in the
    assignment's time zone; unset means the latest date under [due]."""
    grace_days: int = Field(0, ge=0, le=60)
    """Days after the due date before a report counts as late."""
    late_penalty_per_day: float = Field(0, ge=0, le=100)
    """Percent of the total points taken off per day late (0 = no penalty)."""
    late_penalty_max: float = Field(100, ge=0, le=100)
    """The most a late penalty can take off, in percent of the total points."""
    canvas_column: Words = ""
    """The assignment's column in a Canvas gradebook export, e.g. 'Informational interview (123456)'."""
    keep: Literal["newest", "newest-before-due"] = "newest"
    """Which copy counts when a student handed in several: the newest, or the newest handed in
    by the due date (their own extension included; the newest of all when none was on time)."""
    team_submissions: bool = False
    """Read Moodle folder names as team submissions (``<Team>-<Name>_<id>`` or ``<Team>_<group id>``)."""
    roster: str = ""
    """The class list to match students against (a Canvas gradebook export, a Moodle grading
    worksheet, or a CSV of ids and names); ``--roster`` overrides it. Relative to this file."""
    rounding: Literal["nearest", "down", "none"] = "nearest"
    """How an automatic score meets the rubric's levels: the nearest level, the level at or
    below, or no rounding (points in proportion, to the half point)."""

    @field_validator("canvas_column")
    @classmethod
    def _one_line(cls, value: str) -> str:
        if "\n" in value or "\r" in value:
            raise ValueError("must be a single line")
        return value.strip()


class Level(_Strict):
    points: float = Field(ge=0, le=1000)
    description: Words = ""


class Criterion(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")
    title: Words
    points: float = Field(gt=0, le=1000)
    scoring: Literal["auto", "manual"]
    check: Words | None = None
    levels: tuple[Level, ...] = ()

    @model_validator(mode="after")
    def _check_named(self) -> Criterion:
        if self.scoring == "auto":
            if self.check not in AUTO_CHECKS:
                raise ValueError(
                    f"check {self.check!r} of an auto criterion must be one of {', '.join(AUTO_CHECKS)}"
                )
        elif self.check is not None:
            raise ValueError("a manual criterion takes no check")
        seen: set[float] = set()
        for level in self.levels:
            if level.points > self.points:
                raise ValueError(f"a level's points {level.points:g} exceed the criterion's {self.points:g}")
            if level.points in seen:
                raise ValueError(f"two levels give {level.points:g} points")
            seen.add(level.points)
        return self

    def level_for(self, points: float) -> Level | None:
        """The level worth exactly ``points``, if the rubric names one."""
        return next((level for level in self.levels if level.points == points), None)


def _word_range(kind: str, key: str, least: int | None, most: int | None) -> None:
    """A section's or a prompt's word limits must not cross."""
    if least is not None and most is not None and least > most:
        raise ValueError(f"{kind} {key!r}: min_words {least} is above max_words {most}")


# --- Report sections and the title page (issue 13) -------------------------------------


_SECTION_ID = re.compile(r"[a-z][a-z0-9_]{0,39}")


class SectionSetting(_Strict):
    """A section of the report the instructor asks for, beyond the kit's own."""

    id: Words
    title: Words
    guidance: Words = ""
    """What to write, shown to the student above the box."""
    min_words: int | None = Field(None, ge=0, le=20_000)
    max_words: int | None = Field(None, ge=1, le=20_000)
    references: bool = False
    """The section must cite its sources (one reference per line)."""
    citation_style: Words = ""
    """How to write the references (e.g. "APA 7"), shown to the student."""

    @field_validator("id")
    @classmethod
    def _short_key(cls, value: str) -> str:
        if not _SECTION_ID.fullmatch(value):
            raise ValueError(
                "must be a short key: a lowercase letter, then up to 39 lowercase letters, digits or _"
            )
        return value

    @field_validator("title")
    @classmethod
    def _titled(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("must not be empty")
        return value.strip()

    @model_validator(mode="after")
    def _consistent(self) -> SectionSetting:
        _word_range("section", self.id, self.min_words, self.max_words)
        if self.citation_style.strip() and not self.references:
            raise ValueError(
                f"section {self.id!r}: citation_style {self.citation_style!r} needs references = true"
            )
        return self


class Report(_Strict):
    """What the exported report shows beyond the kit's sections."""

    contact_details: Literal["private", "title-page"] = "private"
    """"title-page": the first page shows the interviewee's name, role, organisation, mailing
    address, phone and email; "private": contact details stay out unless the student asks."""

    @property
    def title_page(self) -> bool:
        return self.contact_details == "title-page"


def _unique_sections(sections: tuple[SectionSetting, ...]) -> tuple[SectionSetting, ...]:
    seen: set[str] = set()
    for section in sections:
        if section.id in seen:
            raise ValueError(f"section id {section.id!r} appears twice")
        seen.add(section.id)
    return sections


# --- end of report sections --------------------------------------------------------------


# --- [reflection]: the instructor's own essay prompts, or one of the kit's frameworks (issue 13) ---


class ReflectionPrompt(_Strict):
    """One essay prompt the instructor sets: its key, the text students see, its word limits."""

    id: str
    text: Words
    min_words: int | None = Field(None, ge=0, le=20_000)
    """Unset means the [limits] reflection_prompt_min_words."""
    max_words: int | None = Field(None, ge=1, le=20_000)
    """Unset means no maximum for this prompt."""

    @field_validator("id")
    @classmethod
    def _short_key(cls, value: str) -> str:
        if not PROMPT_KEY.fullmatch(value):
            raise ValueError("is not a short key (1 to 40 letters, digits, _ or -)")
        return value

    @field_validator("text")
    @classmethod
    def _said(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("is empty: write the prompt students will answer")
        return value.strip()

    @model_validator(mode="after")
    def _range(self) -> ReflectionPrompt:
        _word_range("prompt", self.id, self.min_words, self.max_words)
        return self


class ReflectionSettings(_Strict):
    """Which reflection prompts students answer: their choice of the kit's frameworks (the
    default), one framework locked by ``preset``, or the instructor's own ``prompts``."""

    preset: str | None = None
    prompts: tuple[ReflectionPrompt, ...] = ()

    @field_validator("preset")
    @classmethod
    def _known_preset(cls, value: str | None) -> str | None:
        if value is not None and value not in FRAMEWORK_LABELS:
            raise ValueError(f"is not one of the kit's frameworks ({', '.join(FRAMEWORK_LABELS)})")
        return value

    @model_validator(mode="after")
    def _one_source(self) -> ReflectionSettings:
        if self.preset is not None and self.prompts:
            raise ValueError(
                f"preset = {self.preset!r} and [[reflection.prompts]] are both given: keep the preset"
                " to use one of the kit's frameworks, or the prompts to use your own, not both"
            )
        ids = [prompt.id for prompt in self.prompts]
        for prompt_id in ids:
            if ids.count(prompt_id) > 1:
                raise ValueError(f"[[reflection.prompts]] id {prompt_id!r} appears twice")
        return self


# --- end of [reflection] ---


class Settings(_Strict):
    """One assignment's settings; every field has the kit's default."""

    assignment: Assignment = Field(default_factory=Assignment)
    due: dict[str, Day] = Field(default_factory=dict)
    extensions: dict[str, Day | Moment] = Field(default_factory=dict)
    """Per-student due dates for the report, keyed by student id (or name, as in the gradebook's
    ``student_key``); each replaces the report's due date for that student."""
    limits: Limits = Field(default_factory=Limits)
    grading: Grading = Field(default_factory=Grading)
    rubric: tuple[Criterion, ...] = ()
    sections: tuple[SectionSetting, ...] = ()
    """Report sections the instructor asks for, in order (see SectionSetting)."""
    report: Report = Field(default_factory=Report)
    reflection: ReflectionSettings = Field(default_factory=ReflectionSettings)
    """The reflection's prompts (see ReflectionSettings); infokit.essay answers which apply."""
    source: str = Field(default="defaults", exclude=True)
    """Where these settings came from (a path, or 'defaults'); not part of the file."""

    @field_validator("due")
    @classmethod
    def _steps(cls, value: dict[str, date]) -> dict[str, date]:
        for step in value:
            if step not in STEPS:
                raise ValueError(f"step {show(step) or repr(step)} is not one of {', '.join(STEPS)}")
        dated = [(step, value[step]) for step in STEPS if step in value]
        for (before, first), (after, then) in itertools.pairwise(dated):
            if then < first:
                raise ValueError(f"{after} is due {then} but comes after {before}, due {first}")
        return value

    @field_validator("sections")
    @classmethod
    def _sections(cls, value: tuple[SectionSetting, ...]) -> tuple[SectionSetting, ...]:
        return _unique_sections(value)

    def section(self, section_id: str) -> SectionSetting | None:
        """The report section the assignment defines under ``section_id``, if any."""
        return next((s for s in self.sections if s.id == section_id), None)

    @field_validator("extensions")
    @classmethod
    def _keys(cls, value: dict[str, date | datetime]) -> dict[str, date | datetime]:
        return {key.strip().casefold(): due for key, due in value.items()}

    @model_validator(mode="after")
    def _unique_criteria(self) -> Settings:
        ids = [c.id for c in self.rubric]
        for criterion_id in ids:
            if ids.count(criterion_id) > 1:
                raise ValueError(f"rubric id {criterion_id!r} appears twice")
        return self

    @property
    def total_points(self) -> float:
        return sum(c.points for c in self.rubric)

    @property
    def zone(self) -> ZoneInfo:
        """The assignment's time zone, in which every due date ends at midnight."""
        return ZoneInfo(self.assignment.timezone)

    @property
    def submission_due(self) -> datetime | date | None:
        """The report's due date (or date and time): set under [grading], else the latest step's."""
        return self.grading.submission_due or max(self.due.values(), default=None)

    def due_has_time(self, student_key: str = "") -> bool:
        """Whether the report's due (for ``student_key``) is a date and time, not a date alone."""
        due = self.extensions.get(student_key.strip().casefold()) or self.submission_due
        return isinstance(due, datetime)

    def due_moment(self, student_key: str = "") -> datetime | None:
        """When the report is due for ``student_key`` (their extension, else everyone's), as an
        aware time in the assignment's zone: a date alone means the end of that day."""
        due = self.extensions.get(student_key.strip().casefold()) or self.submission_due
        if due is None:
            return None
        if isinstance(due, datetime):
            return due.astimezone(self.zone) if due.tzinfo else due.replace(tzinfo=self.zone)
        return datetime.combine(due + timedelta(days=1), time(0), tzinfo=self.zone)

    def late_days(self, handed_in: datetime | None, student_key: str = "", grace: bool = True) -> int:
        """Days late (after the student's extension, if any, and the grace days), in the zone.

        With a due date, a report is a day late for each calendar day after it in the zone; with
        a due time, for each started day after it, counted on the zone's wall clock, so a day a
        clock change makes 23 or 25 hours long is still one day.
        """
        due = self.due_moment(student_key)
        if due is None or handed_in is None:
            return 0
        moment = handed_in if handed_in.tzinfo else handed_in.replace(tzinfo=self.zone)
        local = moment.astimezone(self.zone).replace(tzinfo=None)
        if self.due_has_time(student_key):
            late = local - due.replace(tzinfo=None)
            days = late.days + (1 if late % timedelta(days=1) else 0) if late > timedelta(0) else 0
        else:
            days = max(0, (local.date() - due.date()).days + 1)
        return max(0, days - self.grading.grace_days) if grace else days

    def late_penalty(self, days: int) -> float:
        """Points taken off for ``days`` late: a percentage of the total per day, capped."""
        percent = min(self.grading.late_penalty_per_day * days, self.grading.late_penalty_max)
        return round(self.total_points * percent / 100, 2)

    @property
    def canvas_column(self) -> str:
        """The header of the assignment's column in a Canvas import file."""
        return self.grading.canvas_column or self.assignment.title

    def criterion(self, criterion_id: str) -> Criterion:
        for criterion in self.rubric:
            if criterion.id == criterion_id:
                return criterion
        raise KeyError(criterion_id)


def _union_tag(part: object) -> bool:
    """A name pydantic adds to an error's location inside a ``date | datetime`` value."""
    return isinstance(part, str) and (part in ("date", "datetime") or part.startswith("function-after["))


def _error(exc: ValidationError, origin: str) -> SettingsError:
    """One line naming the key as the instructor wrote it in the TOML file, and the value."""
    error = exc.errors(include_url=False)[0]
    loc = [p for p in error.get("loc", ()) if p != "[key]" and not _union_tag(p)]
    key = ".".join(str(p) if not isinstance(p, int) else f"[{p}]" for p in loc)
    key = _printable(key.replace(".[", "["))
    value = error.get("input")
    reason = plain_reason(error)
    if error.get("type") == "extra_forbidden":
        return SettingsError(f"{origin}: {key} = {_shown(value)} is not a setting infokit knows")
    if isinstance(value, dict) and error.get("type") in ("value_error", "assertion_error"):
        return SettingsError(f"{origin}: {key or 'settings'}: {reason}")
    return SettingsError(f"{origin}: {key or 'settings'} = {_shown(value)}: {reason}")


def _shown(value: Any, limit: int = 60) -> str:
    """A TOML value as it looked in the file, shortened to keep the message on one line."""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 64:
        return "a very long number"
    if isinstance(value, date):
        return value.isoformat()
    text = repr(value[: limit + 1] if isinstance(value, str) else value)
    return _printable(text if len(text) <= limit else text[: limit - 3] + "...")


def _printable(text: str) -> str:
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def parse_settings(data: dict[str, Any], origin: str = "settings") -> Settings:
    """Settings from decoded TOML, on top of the defaults; one SettingsError on a bad key."""
    merged = dict(_default_data())
    for section, value in data.items():
        if section in MERGED_SECTIONS and isinstance(value, dict):
            merged[section] = {**merged.get(section, {}), **value}
        else:
            merged[section] = value
    try:
        return Settings.model_validate({**merged, "source": origin})
    except ValidationError as exc:
        raise _error(exc, origin) from None


@cache
def _default_data() -> dict[str, Any]:
    text = resources.files("infokit").joinpath("data/default_assignment.toml").read_text("utf-8")
    return tomllib.loads(text)


def default_settings() -> Settings:
    return parse_settings({}, "defaults")


def find_settings_file(start: Path | None = None) -> Path | None:
    """The settings file in force when none is named on the command line."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return Path(env).expanduser()
    here = (start or Path.cwd()).resolve()
    for folder in (here, here.parent):
        candidate = folder / FILE_NAME
        if candidate.is_file():
            return candidate
    return None


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Read an assignment settings file, or find one, or use the defaults."""
    target = Path(path).expanduser() if path is not None else find_settings_file()
    if target is None:
        return default_settings()
    try:
        raw = target.read_bytes()
    except FileNotFoundError:
        raise SettingsError(f"{target}: no such settings file") from None
    except IsADirectoryError:
        raise SettingsError(f"{target} is a folder, not a settings file") from None
    except OSError as exc:
        raise SettingsError(f"{target}: cannot be read ({exc.strerror or exc})") from None
    try:
        data = decode.toml_table(decode.text(raw))
    except decode.Undecodable as exc:
        prefix = "" if str(exc).startswith("is not valid TOML") else "cannot be read: it "
        raise SettingsError(f"{target}: {prefix}{exc}") from None
    return parse_settings(data, str(target))
