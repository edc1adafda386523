"""Rosters and LMS import files, in the platforms' own layouts.

* The Canvas gradebook export follows ``instructure/canvas-lms`` ``lib/gradebook_exporter.rb``
  (``Student, ID, SIS User ID, SIS Login ID, Section``, assignment columns titled
  ``Title (id)``, a ``    Points Possible`` row of ``format_numbers`` (two decimals), read-only
  total columns, ``="..."`` around a name starting with ``=``); what is written back must pass
  ``lib/gradebook_importer.rb`` (``row_has_student_headers?``: ``Student``, ``ID``, ...,
  ``Section`` before the assignments; ``Points Possible`` row skipped; match by ``ID``).
* The Moodle grading worksheet follows ``moodle/moodle`` ``mod/assign/gradingtable.php``
  (``Identifier`` = ``Participant <id>``, ``Grade``, ``Maximum grade``, ``Last modified
  (grade)``, ``Feedback comments``) and ``mod/assign/feedback/offline/importgradeslib.php``
  (the id is what follows ``Participant ``; the grade and last-modified columns must exist).
"""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, date, datetime

from infokit.grading import grade
from infokit.grading.imports import canvas_header
from infokit.grading.roster import read_roster
from infokit.settings import parse_settings

CANVAS_HEADER = [
    "Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Informational interview (4455)",
    "Reading quiz (4456)", "Current Score", "Unposted Current Score", "Final Score", "Unposted Final Score",
]  # fmt: skip


def canvas_export(path, students):
    """A gradebook export as Canvas writes it (LF, two decimals, read-only totals)."""
    rows = [CANVAS_HEADER, ["    Points Possible", "", "", "", "", "100.00", "10.00", *["(read only)"] * 4]]
    rows += [[name, uid, sis, login, "CAR 101 A", "", "8.00", "80.00", "80.00", "8.00", "8.00"]
             for name, uid, sis, login in students]  # fmt: skip
    with open(path, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return path


def canvas_zip(path, members):
    with zipfile.ZipFile(path, "w") as zf:
        for name, text in members.items():
            zf.writestr(name, text)
    return path


def table(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_a_canvas_export_is_the_roster_and_grades_canvas_fills_it(tmp_path, project, html):
    roster = canvas_export(
        tmp_path / "export.csv",
        [("One, Ann", "101", "s1", "ann1"), ("Two, Ben", "102", "s2", "ben2"),
         ('="=Cat"', "103", "s3", "cat3"), ("Four, Dan", "104", "0044", "dan4")],
    )  # fmt: skip
    archive = canvas_zip(
        tmp_path / "s.zip",
        {
            "oneann_101_1_report.html": html(project("Ann One", "s1")),
            "twoben_102_2_report.html": html(project("Ben Two", "s2")),
            "fourdan_104_3_report.html": html(project("Dan Four", "44")),
            "stranger_999_4_report.html": html(project("Sam Stranger", "s9")),
        },
    )
    settings = parse_settings({"grading": {"canvas_column": "Informational interview"}})
    run = grade(
        [archive],
        settings=settings,
        output=tmp_path / "g.csv",
        canvas=True,
        roster=roster,
        show_progress=False,
    )
    for key, writing in (("s1", 8), ("s2", None), ("44", 6)):
        run.set_manual(key, "reflection", 20)
        run.set_manual(key, "writing", writing)
    run.save()
    written = table(tmp_path / "g_canvas.csv")
    assert written[0] == [*CANVAS_HEADER[:5], "Informational interview (4455)"]  # the export's own header
    assert written[1] == ["    Points Possible", "", "", "", "", "100.00"]
    assert written[2:] == [
        ["One, Ann", "101", "s1", "ann1", "CAR 101 A", "93.00"],
        ["Two, Ben", "102", "s2", "ben2", "CAR 101 A", ""],  # manual criteria unscored: no change
        ['="=Cat"', "103", "s3", "cat3", "CAR 101 A", ""],  # Canvas's own quoting, kept
        ["Four, Dan", "104", "0044", "dan4", "CAR 101 A", "91.00"],
    ]
    assert b"\r\n" not in (tmp_path / "g_canvas.csv").read_bytes()
    assert any("has no assignment id" in w for w in run.warnings)
    missing = [p for p in run.problems if p.kind == "not-submitted"]
    assert [p.student_key for p in missing] == ["canvas 103"] and "=Cat" in missing[0].reason
    assert "not-on-roster" in {f.rule for f in run.row("s9").flags}


def test_canvas_column_without_an_id_and_no_roster_is_a_warning(tmp_path):
    settings = parse_settings({"grading": {"canvas_column": "Informational interview"}})
    column, warnings = canvas_header(None, settings)
    assert column == "Informational interview" and "no assignment id" in warnings[0]
    fine = parse_settings({"grading": {"canvas_column": "Informational interview (4455)"}})
    assert canvas_header(None, fine) == ("Informational interview (4455)", [])


MOODLE_HEADER = [
    "Identifier", "Full name", "Email address", "Status", "Grade", "Maximum grade", "Grade can be changed",
    "Last modified (submission)", "Last modified (grade)", "Feedback comments",
]  # fmt: skip


def test_a_moodle_worksheet_roster_gives_submission_times_and_is_filled_back(tmp_path, project, html):
    worksheet = tmp_path / "worksheet.csv"
    with open(worksheet, "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(
            [
                MOODLE_HEADER,
                [
                    "Participant 4242",
                    "Jane Smith",
                    "jane@example.edu",
                    "Submitted for grading",
                    "",
                    "100.00",
                    "Yes",
                    "Thursday, 5 November 2026, 9:30 AM",
                    "-",
                    "",
                ],
                [
                    "Participant 4343",
                    "John Doe",
                    "john@example.edu",
                    "No submission",
                    "",
                    "100.00",
                    "Yes",
                    "-",
                    "-",
                    "",
                ],
            ]
        )
    folder = tmp_path / "moodle"
    (folder / "Jane Smith_4242_assignsubmission_file").mkdir(parents=True)
    exported = datetime(2026, 11, 1, tzinfo=UTC)  # the student's clock says on time
    (folder / "Jane Smith_4242_assignsubmission_file" / "report.html").write_text(
        html(project("Jane Smith", "s1"), exported_at=exported)
    )
    settings = parse_settings(
        {"assignment": {"timezone": "Europe/London"}, "grading": {"submission_due": date(2026, 11, 3)}}
    )
    run = grade(
        [folder],
        settings=settings,
        output=tmp_path / "g.csv",
        moodle=True,
        roster=worksheet,
        show_progress=False,
    )
    jane = run.row("s1")
    assert jane.late_days == 2 and jane.handed_in == datetime(2026, 11, 5, 9, 30, tzinfo=settings.zone)
    run.set_manual("s1", "reflection", 25)
    run.set_manual("s1", "writing", 10, comments="Thorough work")
    run.save()
    written = table(tmp_path / "g_moodle.csv")
    assert written[0] == MOODLE_HEADER
    assert written[1][0] == "Participant 4242" and written[1][4] == "100.00"
    assert written[1][8] == "-" and written[1][9] == "Thorough work"  # last-modified kept as Moodle wrote it
    assert written[2] == ["Participant 4343", "John Doe", "john@example.edu", "No submission", "", "100.00",
                          "Yes", "-", "-", ""]  # fmt: skip
    assert [p.student_key for p in run.problems if p.kind == "not-submitted"] == ["moodle 4343"]


def test_a_plain_roster_of_ids_and_names(tmp_path):
    path = tmp_path / "class.csv"
    path.write_text("student_id;name\n0012;Zoe Zero\ns2;Ben Two\n", encoding="cp1252")
    roster = read_roster(path, parse_settings({}).zone)
    assert roster.kind == "plain" and [e.name for e in roster.entries] == ["Zoe Zero", "Ben Two"]
