"""Gradebook CSV details: column order, spreadsheet-safe text, reading an earlier gradebook."""

from __future__ import annotations

import csv

import pytest

from infokit.errors import GradingError
from infokit.grading.gradebook import Entered, columns, read_previous, write_gradebook
from infokit.grading.records import GradeRow
from infokit.settings import default_settings


def test_manual_columns_come_first_then_totals_then_details():
    header = columns(default_settings())
    assert header[:9] == [
        "student_key", "name", "student_id", "questions", "outreach", "documentation",
        "thank_you", "reflection", "writing",
    ]  # fmt: skip
    assert header.index("comments") < header.index("flags") < header.index("questions_why")
    assert "reflection_why" not in header  # reflection is manual in the defaults


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd"])
def test_formula_like_text_is_written_inert_and_read_back_unchanged(tmp_path, text):
    settings = default_settings()
    row = GradeRow(key=text.strip().casefold(), name=text, student_id="s1", file="f", kind="html",
                   manual={"reflection": None, "writing": 4.0}, comments=text, adjustment=-1.5)  # fmt: skip
    path = write_gradebook(tmp_path / "g.csv", [row], settings)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        (written,) = list(csv.DictReader(handle))
    assert written["name"].startswith("'") and written["comments"] == "'" + text
    assert written["adjustment"] == "-1.5"  # numbers stay numbers
    back = read_previous(path, settings)
    assert back[row.key] == Entered({"reflection": None, "writing": 4.0}, text, -1.5, text, "s1")


def test_previous_gradebook_errors(tmp_path):
    settings = default_settings()
    with pytest.raises(GradingError, match="no such gradebook"):
        read_previous(tmp_path / "nope.csv", settings)
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n")
    with pytest.raises(GradingError, match="no student_key column"):
        read_previous(other, settings)
    bad = tmp_path / "bad.csv"
    bad.write_text("student_key,adjustment\ns1,-500\n")
    with pytest.raises(
        GradingError, match=r"bad.csv, line 2 \(s1\), adjustment: '-500' is not between -100 and 100"
    ):
        read_previous(bad, settings)


def test_decimal_comma_and_blank_rows_are_accepted(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text('student_key,writing,reflection\ns1,"7,5",\n,,\n', encoding="utf-8")
    assert read_previous(path, default_settings())["s1"].manual == {"reflection": None, "writing": 7.5}
