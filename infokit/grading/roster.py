"""The class list: match each graded student to the instructor's roster, and write the LMS import files.

A roster is one of:

* a **Canvas gradebook export** (``lib/gradebook_exporter.rb``): ``Student, ID,
  [SIS User ID,] SIS Login ID, Section``, then one column per assignment titled
  ``Title (assignment id)``, a ``    Points Possible`` row (and sometimes a
  ``Manual Posting`` row) before the students; names as ``Last, First``, a name
  starting with ``=`` written as ``="..."``;
* a **Moodle offline grading worksheet** (``mod/assign/gradingtable.php``):
  ``Identifier`` (``Participant <id>``), ``Full name``, ..., ``Grade``, ``Last
  modified (submission)``, ``Last modified (grade)``, ``Feedback comments``;
* a **plain CSV or workbook** with an id column (``student_id``, ``id``, ``sis
  id``...) and a name column.

Students are matched as Canvas's own importer (``lib/gradebook_importer.rb``)
matches them: by the platform account, then by SIS/student id, then by exact
name. :mod:`infokit.grading.imports` writes the files the platforms import back.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from infokit.errors import GradingError
from infokit.findings import Finding
from infokit.grading.records import GradeRow, Problem
from infokit.grading.sheets import id_form, read_table, uninert
from infokit.settings import Settings

POINTS_POSSIBLE = "Points Possible"
MOODLE_ID = "Identifier"
MOODLE_PARTICIPANT = "Participant "
_NOT_STUDENT = re.compile(r"\s*(Muted|Manual Posting.*)?\s*", re.IGNORECASE)
TITLE_ID = re.compile(r"^(?P<title>.*\S)\s*\((?P<id>\d+)\)$")
_ID_HEADERS = ("student_id", "student id", "sis user id", "sis id", "id number", "idnumber", "id", "username")
_NAME_HEADERS = ("name", "full name", "student", "student name")


@dataclass
class Entry:
    """One student on the roster."""

    line: int
    name: str
    account: str = ""
    """The platform account in the form of :attr:`LmsHint.account` ('canvas 123', 'moodle 456')."""
    ids: tuple[str, ...] = ()
    """Student ids to match (SIS ids, login ids, a plain id)."""
    submitted_at: datetime | None = None
    """Moodle's submission time, from its worksheet."""
    cells: list[str] = field(default_factory=list)


@dataclass
class Roster:
    """A class list read from a file, and what kind of file it was."""

    path: Path
    kind: str
    """'canvas', 'moodle' or 'plain'."""
    header: list[str]
    entries: list[Entry]
    before: list[list[str]] = field(default_factory=list)
    """Canvas's rows between the header and the students (Points Possible, Manual Posting)."""

    def __post_init__(self) -> None:
        # Indexes, so matching a class against its roster stays linear.
        self._by_account: dict[str, Entry] = {}
        self._by_id: dict[str, Entry] = {}
        self._by_name: dict[str, Entry] = {}
        for entry in self.entries:
            if entry.account:
                self._by_account.setdefault(entry.account, entry)
            for given in entry.ids:
                if given:
                    self._by_id.setdefault(id_form(given), entry)
            for name in {_plain(entry.name), _plain(_first_last(entry.name))} - {""}:
                self._by_name.setdefault(name, entry)

    def match(self, row: GradeRow) -> Entry | None:
        """The roster entry of ``row``: by account, then student id, then exact name."""
        account = row.lms.account if row.lms is not None else ""
        found = self._by_account.get(account) if account else None
        if found is None and row.student_id:
            found = self._by_id.get(id_form(row.student_id))
        if found is None and row.name:
            found = self._by_name.get(_plain(row.name))
        return found


def _plain(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _first_last(name: str) -> str:
    """'Smith, Jane' as 'Jane Smith' (Canvas's sortable names)."""
    last, comma, first = name.partition(",")
    return f"{first.strip()} {last.strip()}" if comma else name


def read_roster(path: str | os.PathLike[str], zone: ZoneInfo) -> Roster:
    """Read a Canvas gradebook export, a Moodle grading worksheet or a plain class list."""
    path = Path(path)
    table = [row for row in read_table(path, raw=True) if any(cell.strip() for cell in row)]
    if not table:
        raise GradingError(f"{path}: the roster is empty")
    header = [h.strip() for h in table[0]]
    if len(header) > 3 and "Student" in header[0] and "ID" in header[1]:
        return _canvas(path, header, table[1:])
    if MOODLE_ID in header:
        return _moodle(path, header, table[1:], zone)
    lowered = [h.casefold() for h in header]
    id_at = next((lowered.index(h) for h in _ID_HEADERS if h in lowered), None)
    name_at = next((lowered.index(h) for h in _NAME_HEADERS if h in lowered), None)
    if id_at is None and name_at is None:
        raise GradingError(
            f"{path}: not a roster infokit knows (a Canvas gradebook export, a Moodle grading worksheet,"
            " or a list with a 'student_id' or 'name' column)"
        )
    entries = [
        Entry(
            number,
            uninert(row[name_at]).strip() if name_at is not None and name_at < len(row) else "",
            ids=(uninert(row[id_at]).strip(),) if id_at is not None and id_at < len(row) else (),
            cells=row,
        )
        for number, row in enumerate(table[1:], start=2)
    ]
    return Roster(path, "plain", header, entries)


def _canvas(path: Path, header: list[str], rows: list[list[str]]) -> Roster:
    at = {name: header.index(name) for name in ("SIS User ID", "SIS Login ID", "Section") if name in header}
    before: list[list[str]] = []
    entries = []
    for number, row in enumerate(rows, start=2):
        first = row[0] if row else ""
        if POINTS_POSSIBLE in first or all(_NOT_STUDENT.fullmatch(c) for c in row):
            before.append(row)
            continue
        cells = row + [""] * (len(header) - len(row))
        ids = tuple(cells[at[name]].strip() for name in ("SIS User ID", "SIS Login ID") if name in at)
        uid = cells[1].strip()
        name = uninert(first).strip()
        entries.append(Entry(number, name, f"canvas {uid}" if uid else "", ids, cells=cells))
    return Roster(path, "canvas", header, entries, before)


def _moodle(path: Path, header: list[str], rows: list[list[str]], zone: ZoneInfo) -> Roster:
    at = {h: i for i, h in enumerate(header)}
    entries = []
    for number, row in enumerate(rows, start=2):
        cells = row + [""] * (len(header) - len(row))
        ident = cells[at[MOODLE_ID]].strip()
        uid = ident.removeprefix(MOODLE_PARTICIPANT.strip()).strip()
        ids = tuple(cells[at[h]].strip() for h in ("ID number", "Username", "Email address") if h in at)
        submitted = cells[at["Last modified (submission)"]] if "Last modified (submission)" in at else ""
        when = _moodle_time(submitted, zone)
        name = uninert(cells[at["Full name"]]).strip() if "Full name" in at else ""
        entries.append(Entry(number, name, f"moodle {uid}" if uid else "", ids, when, cells))
    return Roster(path, "moodle", header, entries)


_MOODLE_TIMES = (
    "%A, %d %B %Y, %I:%M %p", "%A, %d %B %Y, %H:%M", "%d %B %Y, %I:%M %p",
    "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M",
)  # fmt: skip


def _moodle_time(text: str, zone: ZoneInfo) -> datetime | None:
    """Moodle's ``userdate`` ('Monday, 2 November 2026, 6:00 PM'), read in the assignment's zone."""
    text = " ".join(text.split())
    for pattern in _MOODLE_TIMES:
        try:
            return datetime.strptime(text, pattern).replace(tzinfo=zone)
        except ValueError:
            continue
    return None


TIMING_RULES = ("late", "lms-late", "canvas-on-time", "exported-after-handed-in")


def apply_roster(rows: list[GradeRow], roster: Roster, settings: Settings) -> list[Problem]:
    """Match ``rows`` to ``roster``: flag who is not on it or came from another account, take Moodle's
    submission times from its worksheet, and list everyone on it who handed in nothing."""
    from infokit.grading.score import late_penalty
    from infokit.grading.timing import timing

    matched: set[int] = set()
    for row in rows:
        entry = roster.match(row)
        if entry is None:
            row.flags.append(
                Finding("not-on-roster", "warning", f"not on the roster {roster.path.name}; check the id")
            )
            continue
        matched.add(id(entry))
        account = row.lms.account if row.lms is not None else ""
        if entry.account and account and entry.account != account:
            row.flags.append(
                Finding(
                    "roster-account-mismatch",
                    "warning",
                    f"the roster gives {row.name or row.key} the account {entry.account}, but this was"
                    f" handed in from {account}",
                )
            )
        if entry.submitted_at is not None and (row.lms is None or row.lms.submitted_at is None):
            when = timing(row.exported_at, row.lms, settings, row.key, platform_time=entry.submitted_at)
            row.flags = [f for f in row.flags if f.rule not in TIMING_RULES] + when.flags
            row.handed_in, row.late_days = when.handed_in, when.late_days
            row.penalty = late_penalty(when.late_days, settings)
    return [
        Problem(
            str(roster.path),
            "not-submitted",
            f"on the roster (line {entry.line}: {entry.name or ', '.join(entry.ids)}), no submission found",
            entry.account or (entry.ids[0] if entry.ids else entry.name),
        )
        for entry in roster.entries
        if id(entry) not in matched
    ]


def roster_for(given: str | os.PathLike[str] | None, settings: Settings) -> Roster | None:
    """The roster named on the command line, else by ``[grading] roster`` (relative to the settings)."""
    if given is None and settings.grading.roster:
        base = Path(settings.source).parent if settings.source != "defaults" else Path.cwd()
        given = base / settings.grading.roster
    return read_roster(given, settings.zone) if given is not None else None
