"""The records a grading run is made of: problems, hints, scores and one row per student.

Plain dataclasses with no behaviour beyond arithmetic, so every other module of
the subpackage can share them without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from infokit.findings import Finding

PROBLEM_KINDS: dict[str, str] = {
    "unreadable": "the file could not be read or its embedded data is damaged",
    "foreign": "the file holds no infokit data (not exported by infokit)",
    "tampered": "the embedded data was edited after export (graded, but check it)",
    "duplicate": "an older export from a student who submitted more than once (not graded)",
    "empty": "the file is empty",
    "ignored": "not a report (.html, .ipynb or .json): left alone",
    "missing": "in the previous gradebook, but no submission was found this time",
    "not-submitted": "on the roster, but no submission was found",
}
"""Every kind of row in the problems table, with what it means."""


@dataclass(frozen=True, slots=True)
class Problem:
    """One file the batch could not grade as it stands, and why."""

    file: str
    kind: str
    reason: str
    student_key: str = ""

    def as_row(self) -> dict[str, str]:
        return {
            "file": self.file,
            "problem": self.kind,
            "reason": self.reason,
            "student_key": self.student_key,
        }


@dataclass(frozen=True, slots=True)
class LmsHint:
    """What a learning platform's bulk download says about a file (see :mod:`infokit.grading.lms`)."""

    lms: str
    """'canvas', 'moodle', 'blackboard' or 'gradescope'."""
    name: str
    """The name as the platform wrote it ('smithjane' on Canvas, 'Jane Smith' on Moodle)."""
    user_id: str
    """Canvas's user id (or ``anon_<id>``), Moodle's participant id, Blackboard's user name,
    Gradescope's student id."""
    submission_id: str = ""
    late: bool = False
    """Canvas marked the upload late."""
    anonymous: bool = False
    """Anonymous (Canvas) or blind (Moodle) grading: the platform gave no name."""
    team: str = ""
    """The team a Moodle team submission was filed under."""
    kind: str = "file"
    """'file', 'text entry' (typed into the platform, not a report), 'receipt' or 'metadata'."""
    local_time: datetime | None = None
    """A wall-clock time in the name (Blackboard's attempt), before its zone is known."""
    submitted_at: datetime | None = None
    """When the platform received the file, where the download says."""
    team_members: tuple[str, ...] = ()
    """Other submitters of the same file (Gradescope groups)."""

    @property
    def account(self) -> str:
        """One platform account, as text: ``canvas 12345``."""
        return f"{self.lms} {self.user_id}" if self.user_id else ""


@dataclass(frozen=True, slots=True)
class CriterionScore:
    """The automatic score of one rubric criterion, with the reasons for it."""

    criterion: str
    points: float
    max_points: float
    fraction: float
    """What the check measured, 0-1, before rounding to a level."""
    level: str = ""
    """The description of the rubric level reached, when the rubric has levels."""
    reasons: tuple[Finding, ...] = ()

    @property
    def full(self) -> bool:
        return self.points >= self.max_points

    @property
    def why(self) -> str:
        """The reasons that cost points, as one line for a spreadsheet cell (none on a full score)."""
        if self.full:
            return ""
        lost = [f.message.strip().rstrip(".") for f in self.reasons if f.severity != "info"]
        return "; ".join(text for text in lost if text)


@dataclass(slots=True)
class Facts:
    """Measured facts about one project, for the class dashboard."""

    steps: dict[str, bool] = field(default_factory=dict)
    thank_you_days: int | None = None
    """Days from the interview to the thank-you, when both are recorded."""
    categories: tuple[str, ...] = ()
    """Question categories the plan covers."""
    question_count: int = 0


@dataclass(slots=True)
class GradeRow:
    """One student's line in the gradebook."""

    key: str
    name: str
    student_id: str
    file: str
    kind: str
    exported_at: datetime | None = None
    lms: LmsHint | None = None
    auto: dict[str, CriterionScore] = field(default_factory=dict)
    manual: dict[str, float | None] = field(default_factory=dict)
    comments: str = ""
    criterion_comments: dict[str, str] = field(default_factory=dict)
    """The instructor's comment on one criterion, by criterion id (shown beside it)."""
    adjustment: float = 0.0
    """Points the instructor adds (or takes off, when negative) by hand."""
    late_days: int = 0
    penalty: float = 0.0
    flags: list[Finding] = field(default_factory=list)
    facts: Facts = field(default_factory=Facts)
    submitted: bool = True
    """False for a row carried over from the previous gradebook with no submission this time."""
    handed_in: datetime | None = None
    """When it was handed in: the platform's time where the download gives it, else the export's."""
    fingerprint: str = ""
    """What was graded (data and export time), so a later copy is seen as changed."""
    earlier: str = ""
    """Manual scores entered for an earlier copy and not carried over to a changed one."""
    source: Any = field(default=None, repr=False, compare=False)
    """Where it was read from (a :class:`~infokit.grading.sources.Source`), to read it again for
    the review view without holding every project in memory."""

    @property
    def complete(self) -> bool:
        """A submission was graded and every manual criterion has a score."""
        return self.submitted and all(value is not None for value in self.manual.values())

    @property
    def total(self) -> float:
        """Automatic and entered manual points, plus the adjustment, less the penalty; never below 0."""
        points = sum(score.points for score in self.auto.values())
        points += sum(value for value in self.manual.values() if value is not None)
        return round(max(0.0, points + self.adjustment - self.penalty), 2)

    def score(self, criterion_id: str) -> float | None:
        if criterion_id in self.auto:
            return self.auto[criterion_id].points
        return self.manual.get(criterion_id)
