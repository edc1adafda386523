"""Bulk downloads laid out exactly as each platform's own code writes them.

Sources (read from the platforms' code, not from memory):

* Canvas: ``instructure/canvas-lms`` ``lib/content_zipper.rb`` (``get_filename``,
  ``sanitize_user_name``, ``add_upload_submission``, ``add_text_or_url``); rubyzip
  writes names without the UTF-8 flag unless told to.
* Moodle: ``moodle/moodle`` ``mod/assign/classes/downloader.php``
  (``get_student_prefix``, ``load_submissionplugin_filelist``) and, before 4.1,
  ``mod/assign/locallib.php`` ``download_submissions`` (trailing ``_`` on folders,
  ``<Team>-<Full Name>_<id>_`` for teams).
* Blackboard Grade Center *Assignment File Download*: attempt files and their
  ``.txt`` receipts (``Name: ... (user)``, ``Date Submitted: ...``).
* Gradescope *Export Submissions*: ``submission_<id>/`` folders and
  ``submission_metadata.yml`` (``:submitters:``, ``:created_at:``).
"""

from __future__ import annotations

import zipfile
from datetime import UTC, date, datetime

import pytest

from infokit.grading import grade
from infokit.grading.lms import lms_hint, zip_member_name
from infokit.grading.sources import find_sources
from infokit.settings import parse_settings


def without_utf8_flag(path, members):
    """Write a zip the way rubyzip does by default: UTF-8 name bytes, flag bit 11 clear."""
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    raw = bytearray(path.read_bytes())
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (found := raw.find(signature, start)) >= 0:
            raw[found + offset] &= 0xFF ^ 0x00  # low byte untouched
            raw[found + offset + 1] &= 0xFF ^ 0x08  # bit 11 is bit 3 of the high byte
            start = found + 4
    path.write_bytes(bytes(raw))


def with_cp437_names(path, members):
    """A zip from an old Windows tool: names in cp437 bytes, no UTF-8 flag."""
    placeholders = {}
    with zipfile.ZipFile(path, "w") as zf:
        for number, (name, data) in enumerate(members.items()):
            raw = name.encode("cp437")
            stand_in = f"{number:0{len(raw)}d}"[-len(raw) :].encode()
            placeholders[stand_in] = raw
            zf.writestr(stand_in.decode(), data)
    blob = path.read_bytes()
    for stand_in, raw in placeholders.items():
        blob = blob.replace(stand_in, raw)
    path.write_bytes(blob)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # content_zipper.rb: [sortable name, LATE?, user id].join("_"), then _<attachment id>_<file>
        ("smithjane_12345_67890_infokit-report.html", "canvas 12345|smithjane||file"),
        ("smithjane_LATE_12345_67890_report-1.html", "canvas 12345|smithjane|late|file"),
        ("smithjane_late_12345_67890_report.html", "canvas 12345|smithjane|late|file"),
        ("o_brienmary_12_34_report.html", "canvas 12|o_brienmary||file"),
        ("wójcikłukasz_7_8_raport.html", "canvas 7|wójcikłukasz||file"),
        ("anon_x7Kq2_67890_report.html", "canvas anon_x7Kq2||anonymous|file"),
        ("LATE_anon_x7Kq2_67890_report.html", "canvas anon_x7Kq2||late,anonymous|file"),
        ("smithjane_12345_text.html", "canvas 12345|smithjane||text entry"),
        # downloader.php: <Full Name>_<id>_assignsubmission_file/<file>; locallib.php added a "_"
        ("Jane Smith_4242_assignsubmission_file/report.html", "moodle 4242|Jane Smith||file"),
        ("Jane Smith_4242_assignsubmission_file_/report.html", "moodle 4242|Jane Smith||file"),
        ("Jane Smith_4242_assignsubmission_file_report.html", "moodle 4242|Jane Smith||file"),
        ("Participant_4242_assignsubmission_file/report.html", "moodle 4242|Participant|anonymous|file"),
        ("Jane Smith_4242_assignsubmission_onlinetext/onlinetext.html", "moodle 4242|Jane Smith||text entry"),
        # Blackboard: <Assignment>_<user>_attempt_<YYYY-MM-DD-HH-MM-SS>_<file> and <...>.txt receipts
        (
            "Informational interview_jsmith_attempt_2026-11-02-18-00-00_report.html",
            "blackboard jsmith|jsmith||file",
        ),
        (
            "Informational interview_jsmith_attempt_2026-11-02-18-00-00.txt",
            "blackboard jsmith|jsmith||receipt",
        ),
    ],
)
def test_platform_names(name, expected):
    """``expected`` is account|name as written|late,anonymous|kind."""
    hint = lms_hint(name)
    flags = ",".join(f for f, on in (("late", hint.late), ("anonymous", hint.anonymous)) if on)
    assert f"{hint.account}|{hint.name}|{flags}|{hint.kind}" == expected


def test_the_identity_comes_from_the_platforms_part_of_the_path_not_the_students_file_name():
    # A student in Moodle folder 4242 uploads a file named like someone else's Moodle folder.
    inside = "Jane Smith_4242_assignsubmission_file/Ben Two_5555_assignsubmission_file_report.html"
    assert lms_hint(inside).account == "moodle 4242"
    # Canvas's prefix comes first; the student's own display name follows it.
    canvas = "smithjane_12345_67890_twoben_5555_1_report.html"
    assert lms_hint(canvas).account == "canvas 12345"
    gradescope = "assignment_77_export/submission_901/smithjane_12345_67890_x.html"
    assert lms_hint(gradescope).lms == "gradescope" and lms_hint(gradescope).submission_id == "901"


def test_moodle_team_folders_when_the_settings_say_so():
    old = lms_hint("Team Red-Jane Smith_4242_assignsubmission_file_/report.html", teams=True)
    assert (old.team, old.name, old.user_id) == ("Team Red", "Jane Smith", "4242")
    new = lms_hint("Team Red_17_assignsubmission_file/report.html", teams=True)
    assert (new.team, new.user_id) == ("Team Red", "17")


def test_zips_without_the_utf8_flag_and_with_cp437_names(tmp_path, html, project):
    rubyzip = tmp_path / "canvas.zip"
    without_utf8_flag(rubyzip, {"wójcikłukasz_7_8_raport.html": html(project("Łukasz Wójcik", "s7"))})
    (info,) = zipfile.ZipFile(rubyzip).infolist()
    assert not info.flag_bits & 0x800 and info.filename != "wójcikłukasz_7_8_raport.html"
    assert zip_member_name(info) == "wójcikłukasz_7_8_raport.html"
    old = tmp_path / "old.zip"
    with_cp437_names(
        old, {"Ren\u00e9e Dupont_12_assignsubmission_file_r.html": html(project("Renée Dupont", "s8"))}
    )
    (info,) = zipfile.ZipFile(old).infolist()
    assert zip_member_name(info) == "Renée Dupont_12_assignsubmission_file_r.html"
    run = grade([rubyzip, old], output=tmp_path / "g.csv", show_progress=False, workers=1)
    rows = {row.key: row for row in run.rows}
    assert rows["s7"].lms.name == "wójcikłukasz" and rows["s7"].file.endswith("wójcikłukasz_7_8_raport.html")
    assert rows["s8"].lms.name == "Renée Dupont"
    assert not [f for row in run.rows for f in row.flags if f.rule == "lms-name-mismatch"]


RECEIPT = """Name: Jane Smith (jsmith)
Assignment: Informational interview
Date Submitted: Monday, November 2, 2026 6:00:00 PM CST
Current Grade: Needs Grading

Submission Field:
There is no student submission text data for this assignment.

Comments:
There are no student comments for this assignment.

Files:
\tOriginal filename: infokit-report.html
\tFilename: Informational interview_jsmith_attempt_2026-11-05-09-30-00_infokit-report.html
"""


def test_blackboard_receipts_give_the_user_and_the_attempt_time(tmp_path, html, project):
    archive = tmp_path / "gradebook_CAR101_Informational20interview_2026-11-06-10-00-00.zip"
    attempt = "Informational interview_jsmith_attempt_2026-11-05-09-30-00"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr(f"{attempt}.txt", RECEIPT)
        zf.writestr(f"{attempt}_infokit-report.html", html(project("Jane Smith", "s1")))
    settings = parse_settings(
        {"assignment": {"timezone": "America/Chicago"}, "grading": {"submission_due": date(2026, 11, 3)}}
    )
    run = grade([archive], settings=settings, output=tmp_path / "g.csv", show_progress=False, workers=1)
    assert run.problems == []  # the receipt is read, not listed
    (row,) = run.rows
    assert row.lms.account == "blackboard jsmith" and row.lms.name == "Jane Smith"
    assert row.handed_in == datetime(2026, 11, 5, 15, 30, tzinfo=UTC)
    assert row.late_days == 2


METADATA = """submission_901:
  :submitters:
  - :name: Jane Smith
    :sid: 's1'
    :email: jane@example.edu
  :created_at: 2026-11-04 10:15:22.123456000 -06:00
  :score:
  :status: processed
  :history: []
submission_902:
  :submitters:
  - :name: Ben Two
    :sid: 's2'
    :email: ben@example.edu
  :created_at: !ruby/object:ActiveSupport::TimeWithZone 2026-11-02 10:00:00.000000000 Z
"""


def test_gradescope_metadata_gives_submitters_and_created_at(tmp_path, html, project):
    archive = tmp_path / "assignment_77_export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("assignment_77_export/submission_metadata.yml", METADATA)
        zf.writestr("assignment_77_export/submission_901/report.html", html(project("Jane Smith", "s1")))
        zf.writestr("assignment_77_export/submission_902/report.html", html(project("Ben Two", "s2")))
    settings = parse_settings({"grading": {"submission_due": date(2026, 11, 3)}})
    run = grade([archive], settings=settings, output=tmp_path / "g.csv", show_progress=False, workers=1)
    assert run.problems == []
    rows = {row.key: row for row in run.rows}
    assert rows["s1"].lms.account == "gradescope s1"
    assert rows["s1"].handed_in == datetime(2026, 11, 4, 16, 15, 22, 123456, tzinfo=UTC)
    assert rows["s1"].late_days == 1 and rows["s2"].late_days == 0


def test_damaged_metadata_is_one_problem_and_text_entries_are_not_reports(tmp_path, html, project):
    folder = tmp_path / "export"
    (folder / "submission_5").mkdir(parents=True)
    (folder / "submission_metadata.yml").write_text("submission_5: [unclosed\n")
    (folder / "submission_5" / "r.html").write_text(html(project("Ann One", "s1")))
    (folder / "smithjane_12_text.html").write_text("<p>I typed my essay here</p>")
    sources = find_sources([folder])
    assert {s.name for s in sources} == {"submission_metadata.yml", "r.html", "smithjane_12_text.html"}
    run = grade([folder], output=tmp_path / "g.csv", show_progress=False, workers=1)
    kinds = {p.file.rsplit("/", 1)[-1]: (p.kind, p.reason) for p in run.problems}
    assert kinds["submission_metadata.yml"][0] == "unreadable"
    assert "Gradescope's metadata" in kinds["submission_metadata.yml"][1]
    assert (
        kinds["smithjane_12_text.html"][0] == "ignored"
        and "typed into Canvas" in kinds["smithjane_12_text.html"][1]
    )
    assert [row.key for row in run.rows] == ["s1"]


def test_names_longer_than_any_file_system_allows_are_not_parsed():
    """(A 40,000-character name of underscores would keep the lazy patterns busy for minutes.)"""
    assert lms_hint("_".join(["x"] * 20_000) + "_attempt_.html") is None
    assert lms_hint("a_" * 120 + "1_2_report.html") is not None  # under the cap: still parsed
