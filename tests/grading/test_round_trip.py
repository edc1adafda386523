"""The whole class round trip the README documents, run through the ``infokit grade`` command.

Grade a Canvas download against the instructor's Canvas gradebook export; fill the manual
scores in the spreadsheet; one student resubmits; grade again; the Canvas import file holds
only totals that are complete and current. The files follow ``lib/content_zipper.rb`` (the
download) and ``lib/gradebook_exporter.rb`` / ``lib/gradebook_importer.rb`` (the gradebook).
"""

from __future__ import annotations

import csv
import zipfile
from datetime import UTC, datetime

from infokit.cli import main

HEADER = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Informational interview (4455)"]


def write_csv(path, rows, **options):
    with open(path, "w", encoding=options.pop("encoding", "utf-8"), newline="") as handle:
        csv.writer(handle, **options).writerows(rows)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def canvas_importer_accepts(rows, export):
    """What lib/gradebook_importer.rb checks before it reads any score."""
    header = rows[0]
    assert "Student" in header[0] and "ID" in header[1] and header[4] == "Section"
    assert "Points Possible" in rows[1][0]
    ids = {row[1] for row in export[2:]}
    assert {row[1] for row in rows[2:]} <= ids  # every row matches a Canvas user by ID


def test_grade_fill_resubmit_grade_again_import(tmp_path, project, html, capsys):
    export = [HEADER, ["    Points Possible", "", "", "", "", "100.00"]]
    export += [["One, Ann", "101", "s1", "ann", "A", ""], ["Two, Ben", "102", "s2", "ben", "A", ""],
               ["Three, Cat", "103", "s3", "cat", "A", ""]]  # fmt: skip
    write_csv(tmp_path / "canvas_export.csv", export, lineterminator="\n")
    (tmp_path / "assignment.toml").write_text(
        '[grading]\ncanvas_column = "Informational interview (4455)"\nsubmission_due = 2026-11-03\n'
    )
    first = tmp_path / "submissions.zip"
    ben_first = html(project("Ben Two", "s2", seed=2), exported_at=datetime(2026, 11, 1, tzinfo=UTC))
    with zipfile.ZipFile(first, "w") as zf:
        zf.writestr("oneann_101_9001_infokit-report.html", html(project("Ann One", "s1", seed=1)))
        zf.writestr("twoben_102_9002_infokit-report.html", ben_first)
    command = ["grade", str(first), "--assignment", str(tmp_path / "assignment.toml"),
               "--roster", str(tmp_path / "canvas_export.csv"), "-o", str(tmp_path / "grades.csv"),
               "--canvas", "--feedback", str(tmp_path / "feedback"), "--no-progress"]  # fmt: skip
    assert main(command) == 1  # Cat handed in nothing: listed as a problem
    problems = read_csv(tmp_path / "grades_problems.csv")
    assert [row[1] for row in problems[1:]] == ["not-submitted"] and "Three, Cat" in problems[1][2]

    # The instructor fills the manual scores in Excel, which saves with ';' in their locale.
    book = read_csv(tmp_path / "grades.csv")
    header = book[0]
    for row in book[1:]:
        row[header.index("reflection")] = "20"
        row[header.index("writing")] = "8,5"
        row[header.index("comments")] = f"Good work, {row[header.index('name')].split()[0]}"
    write_csv(tmp_path / "grades.csv", book, delimiter=";", encoding="utf-8-sig")

    # Ben resubmits: Canvas's next download has his new copy (and Ann's unchanged one).
    second = tmp_path / "submissions-2.zip"
    ben_second = html(project("Ben Two", "s2", seed=22), exported_at=datetime(2026, 11, 2, tzinfo=UTC))
    with zipfile.ZipFile(first) as old, zipfile.ZipFile(second, "w") as zf:
        zf.writestr("oneann_101_9001_infokit-report.html", old.read("oneann_101_9001_infokit-report.html"))
        zf.writestr("twoben_102_9003_infokit-report-1.html", ben_second)
    command[1] = str(second)
    assert main(command) == 1
    capsys.readouterr()
    again = {row[0]: dict(zip(read_csv(tmp_path / "grades.csv")[0], row, strict=True))
             for row in read_csv(tmp_path / "grades.csv")[1:]}  # fmt: skip
    ann, ben = again["s1"], again["s2"]
    assert (ann["reflection"], ann["writing"], ann["complete"]) == ("20", "8.5", "yes")
    assert ben["reflection"] == "" and ben["complete"] == "no"
    assert "changed-since-graded" in ben["flags"] and ben["earlier"] == "reflection=20; writing=8.5"
    assert ben["file"].endswith("twoben_102_9003_infokit-report-1.html")

    canvas = read_csv(tmp_path / "grades_canvas.csv")
    canvas_importer_accepts(canvas, export)
    assert canvas[0] == HEADER and canvas[1][5] == "100.00"
    totals = {row[1]: row[5] for row in canvas[2:]}
    assert totals == {"101": f"{65 + 20 + 8.5:.2f}", "102": "", "103": ""}
    assert b"\r\n" not in (tmp_path / "grades_canvas.csv").read_bytes()
    ann_page = (tmp_path / "feedback" / "Ann-One-s1.html").read_text(encoding="utf-8")
    assert "Good work, Ann" in ann_page
