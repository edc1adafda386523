"""The spreadsheet round trip survives what Excel does: zeros, ';', Windows-1252, .xlsx, formulas, -o."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from infokit.errors import GradingError
from infokit.grading import grade
from infokit.grading.gradebook import read_previous
from infokit.grading.sheets import read_table, same_id, write_table
from infokit.settings import default_settings


def graded(tmp_path, project, report, *people, output="grades.csv"):
    folder = tmp_path / "class"
    for name, sid in people:  # written once: the same files are handed in again
        if not (folder / f"{sid}.html").exists():
            report(folder / f"{sid}.html", project(name, sid, seed=len(sid)))
    return grade([folder], output=tmp_path / output, show_progress=False, workers=1)


def excel_saves(path, rows, *, delimiter=",", encoding="utf-8-sig"):
    """What Excel writes back: its own delimiter and encoding, CRLF, numbers unquoted."""
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)


def fill(path, changes, strip_zeros=False, **saving):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    header = table[0]
    for row in table[1:]:
        key = row[0]
        for column, value in changes.get(key, {}).items():
            row[header.index(column)] = value
        if strip_zeros:
            row[0] = row[0].lstrip("0")
            row[2] = row[2].lstrip("0")
    excel_saves(path, table, **saving)


def test_leading_zeros_stripped_by_excel_still_match_the_student(tmp_path, project, report):
    graded(tmp_path, project, report, ("Zoe Zero", "0012345"))
    fill(tmp_path / "grades.csv", {"0012345": {"writing": "8"}}, strip_zeros=True)
    run = graded(tmp_path, project, report, ("Zoe Zero", "0012345"))
    assert [row.key for row in run.rows] == ["0012345"]  # not a second student "12345"
    assert run.row("0012345").manual["writing"] == 8
    assert not [p for p in run.problems if p.kind == "missing"]


@pytest.mark.parametrize(("delimiter", "encoding"), [(";", "utf-8-sig"), (";", "cp1252"), (",", "cp1252")])
def test_semicolons_and_windows_1252_are_read(tmp_path, project, report, delimiter, encoding):
    graded(tmp_path, project, report, ("Renée Côté", "s1"))
    fill(
        tmp_path / "grades.csv",
        {"s1": {"writing": "7,5", "comments": "Très bien, Renée"}},
        delimiter=delimiter,
        encoding=encoding,
    )
    run = graded(tmp_path, project, report, ("Renée Côté", "s1"))
    row = run.row("s1")
    assert row.manual["writing"] == 7.5 and row.comments == "Très bien, Renée"


def test_an_xlsx_gradebook_round_trips_with_ids_as_text_and_formulas_inert(tmp_path, project, report):
    run = graded(tmp_path, project, report, ("Zoe Zero", "0012345"), ("Eve Equals", "=1+2"), output="g.xlsx")
    book = openpyxl.load_workbook(tmp_path / "g.xlsx")
    sheet = book.active
    header = [cell.value for cell in sheet[1]]
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    assert set(cells) == {"0012345", "=1+2"}  # leading zeros kept: the cell is text
    eve = cells["=1+2"]
    assert eve[0].data_type == "s"  # a text cell, never a formula
    eve[header.index("writing")].value = 9
    eve[header.index("comments")].value = "@SUM(A1) is not a formula"
    book.save(tmp_path / "g.xlsx")
    again = graded(
        tmp_path, project, report, ("Zoe Zero", "0012345"), ("Eve Equals", "=1+2"), output="g.xlsx"
    )
    assert again.row("=1+2").manual["writing"] == 9
    assert again.row("=1+2").comments == "@SUM(A1) is not a formula"
    assert run.rows and (tmp_path / "g.xlsx.bak").exists()


def test_formula_ids_in_csv_are_written_inert_and_read_back(tmp_path):
    path = write_table(tmp_path / "t.csv", ["id", "n"], [["=HYPERLINK(1)", 2.5], ["+44 1", None]], bom=True)
    text = path.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK(1)" in text and "'+44 1" in text
    assert read_table(path)[1:] == [["=HYPERLINK(1)", "2.5"], ["+44 1", ""]]


def test_unreadable_files_say_how_to_fix_them(tmp_path):
    fake = tmp_path / "grades.csv"
    fake.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(GradingError, match=r"rename it to \.xlsx"):
        read_table(fake)
    utf16 = tmp_path / "u.csv"
    utf16.write_text("student_key,writing\ns1,4\n", encoding="utf-16")
    with pytest.raises(GradingError, match="CSV UTF-8"):
        read_table(utf16)
    broken = tmp_path / "b.xlsx"
    broken.write_text("not a workbook")
    with pytest.raises(GradingError, match="save it from your spreadsheet"):
        read_table(broken)


def test_no_choice_of_o_drops_the_instructors_entries(tmp_path, project, report):
    graded(tmp_path, project, report, ("Ann One", "s1"))
    fill(tmp_path / "grades.csv", {"s1": {"writing": "6"}})
    # A workbook named on the next run finds the entries in its CSV twin.
    run = graded(tmp_path, project, report, ("Ann One", "s1"), output="grades.xlsx")
    assert run.row("s1").manual["writing"] == 6
    # A file that is not a gradebook is never written over.
    (tmp_path / "notes.csv").write_text("my,own\nnotes,here\n")
    with pytest.raises(GradingError, match="cannot be re-graded over"):
        graded(tmp_path, project, report, ("Ann One", "s1"), output="notes.csv")
    assert (tmp_path / "notes.csv").read_text() == "my,own\nnotes,here\n"
    # Scores in a criterion column the rubric dropped stop the run instead of vanishing.
    with open(tmp_path / "grades.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    table[0].insert(3, "oral")
    for row in table[1:]:
        row.insert(3, "4")
    excel_saves(tmp_path / "grades.csv", table)
    with pytest.raises(GradingError, match="column 'oral' holds '4'"):
        read_previous(tmp_path / "grades.csv", default_settings())


def test_same_id():
    assert same_id("0012345", "12345") and same_id(" S01 ", "s01")
    assert not same_id("a012", "a12") and not same_id("123", "1234")
