"""One bad file never stops the batch: every hostile file becomes a problem row, the rest is graded.

Each file below is built here with a valid digest (so only its hostile part is wrong) and graded
beside a good report, through :func:`infokit.grading.grade` and through the ``infokit grade``
command (exit 1: problems listed beside the gradebook, never an internal error).
"""

from __future__ import annotations

import csv
import json
import zipfile
from datetime import UTC, datetime

from infokit.cli import main
from infokit.grading import batch, grade
from infokit.grading.batch import grade_sources
from infokit.grading.collect import MAX_RATIO, find_sources
from infokit.report.embed import PAYLOAD_VERSION, SCRIPT_ID, digest, make_payload, script_tag

EXPORTED = datetime(2026, 10, 20, 12, tzinfo=UTC)


def sealed(project, change=None, exported_at=None):
    """A payload whose project data ``change`` edited, with the digest recomputed to match."""
    payload = make_payload(project, exported_at=EXPORTED)
    if change is not None:
        change(payload["project"])
    if exported_at is not None:
        payload["exported_at"] = exported_at
    payload["digest"] = digest(payload["project"], payload["exported_at"])
    return payload


def page(body: str) -> str:
    tag = f'<script type="application/json" id="{SCRIPT_ID}">{body}</script>'
    return f"<!DOCTYPE html><html><body>{tag}</body></html>"


def raw_payload_text(payload) -> str:
    """The payload as JSON text with no escaping of non-ASCII (so a lone surrogate survives)."""
    return json.dumps(payload, ensure_ascii=True)


def hostile_files(project):
    """(file name, text) for every hostile file the issue lists."""
    base = project("Hana Host", "h1")
    notebook = {"nbformat": 4, "nbformat_minor": 5, "cells": []}
    surrogate = raw_payload_text(sealed(base, lambda d: d["profile"].update(name="Ann"))).replace(
        '"name": "Ann"', '"name": "\\ud800"'
    )
    out = {
        "block-list.html": page("[1, 2, 3]"),
        "block-string.html": page('"just a string"'),
        "meta-list.ipynb": json.dumps({**notebook, "metadata": ["infokit"]}),
        "meta-string.ipynb": json.dumps({**notebook, "metadata": {"infokit": "data"}}),
        "deep.html": page("[" * 100_000 + "]" * 100_000),
        "deep.ipynb": json.dumps({**notebook, "metadata": {}})[:-1]
        + ', "x": '
        + "[" * 100_000
        + "]" * 100_000
        + "}",
        "digits.html": page(
            raw_payload_text(sealed(base)).replace(
                f'"version": {PAYLOAD_VERSION}', '"version": ' + "9" * 5000
            )
        ),
        "digits-field.html": page(
            raw_payload_text(sealed(base, lambda d: d["interview"].update(actual_minutes=7))).replace(
                '"actual_minutes": 7', '"actual_minutes": ' + "1" * 5000
            )
        ),
        "surrogate.html": page(surrogate),
        "year-one.html": page(
            script_body(sealed(base, lambda d: d["interview"].update(held_on="0001-01-01")))
        ),
        "year-9999.html": page(
            script_body(sealed(base, lambda d: d["interview"].update(held_on="9999-12-31")))
        ),
        "thanks-9999.html": page(
            script_body(sealed(base, lambda d: d["thank_you"].update(sent_on="9999-12-31")))
        ),
        "exported-year-one.html": page(script_body(sealed(base, exported_at="0001-01-01T00:00:00+00:00"))),
        "exported-9999.html": page(script_body(sealed(base, exported_at="9999-12-31T23:59:59-12:00"))),
        "zone-america.html": page(
            script_body(sealed(base, lambda d: d["meeting"].update(timezone="America")))
        ),
    }
    return out


def script_body(payload) -> str:
    tag = script_tag(payload)
    return tag[tag.index(">") + 1 : tag.rindex("</script>")]


def test_every_hostile_file_is_a_problem_row_and_the_rest_is_graded(tmp_path, project, html):
    folder = tmp_path / "class"
    folder.mkdir()
    files = hostile_files(project)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8", errors="surrogatepass")
    (folder / "good.html").write_text(html(project("Gail Good", "g1")), encoding="utf-8")
    run = grade([folder], output=tmp_path / "out" / "grades.csv", show_progress=False, workers=1)
    assert [row.key for row in run.rows] == ["g1"]
    with open(tmp_path / "out" / "grades_problems.csv", encoding="utf-8-sig", newline="") as handle:
        problems = {row["file"].rsplit("/", 1)[-1]: row for row in csv.DictReader(handle)}
    assert set(problems) == set(files)
    for name, row in problems.items():
        assert row["problem"] in ("unreadable", "foreign"), name
        reason = row["reason"]
        assert reason and "\n" not in reason and "Traceback" not in reason, (name, reason)
        assert "Error" not in reason, (name, reason)  # words, not a Python exception's name
    # The words come from the decoders (store/embed) where they know, else from the grader's own net.
    assert "nested" in problems["deep.html"]["reason"] and "nested" in problems["deep.ipynb"]["reason"]
    assert "number too long" in problems["digits.html"]["reason"]
    assert "broken character" in problems["surrogate.html"]["reason"]
    assert "1900 to 2200" in problems["year-9999.html"]["reason"]
    assert "time zone" in problems["zone-america.html"]["reason"]


def test_the_command_exits_1_with_a_gradebook_not_an_internal_error(tmp_path, project, html, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    for name, text in hostile_files(project).items():
        (folder / name).write_text(text, encoding="utf-8", errors="surrogatepass")
    (folder / "good.html").write_text(html(project("Gail Good", "g1")), encoding="utf-8")
    code = main(["grade", str(folder), "-o", str(tmp_path / "grades.csv"), "--no-progress"])
    captured = capsys.readouterr()
    assert code == 1, captured.err
    assert "internal error" not in captured.err
    assert (tmp_path / "grades.csv").read_text(encoding="utf-8-sig").count("\n") == 2


def test_hostile_files_inside_a_zip_and_a_decompression_bomb(tmp_path, project, html):
    archive = tmp_path / "submissions.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, text in hostile_files(project).items():
            zf.writestr(f"host_1_2_{name}", text.encode("utf-8", "surrogatepass"))
        zf.writestr("bomb_3_4_report.html", b"<html>" + b" " * (MAX_RATIO * 2**20 // 100) + b"</html>")
        zf.writestr("good_5_6_report.html", html(project("Gail Good", "g1")))
    run = grade([archive], output=tmp_path / "grades.csv", show_progress=False, workers=1)
    assert [row.key for row in run.rows] == ["g1"]
    bomb = next(p for p in run.problems if p.file.endswith("bomb_3_4_report.html"))
    assert bomb.kind == "unreadable" and "zip bomb" in bomb.reason


def test_a_file_over_its_time_budget_becomes_a_problem(tmp_path, project, html, monkeypatch):
    (tmp_path / "slow.html").write_text(html(project("Sam Slow", "s9")), encoding="utf-8")
    (tmp_path / "fine.html").write_text(html(project("Fay Fine", "f1")), encoding="utf-8")
    real = batch.row_for

    def slow_for_one(found, settings):
        if found.submission.student_key == "s9":
            import time

            time.sleep(30)
        return real(found, settings)

    monkeypatch.setattr(batch, "row_for", slow_for_one)
    monkeypatch.setattr(batch, "FILE_SECONDS", 0.2)
    outcomes = list(grade_sources(find_sources([tmp_path]), default_settings_(), workers=1))
    problems = [o for o in outcomes if not hasattr(o, "row")]
    assert [p.file.rsplit("/", 1)[-1] for p in problems] == ["slow.html"]
    assert "longer than 0.2 s" in problems[0].reason
    assert [o.row.key for o in outcomes if hasattr(o, "row")] == ["f1"]


def default_settings_():
    from infokit.settings import default_settings

    return default_settings()


def test_one_zip_is_opened_once_per_process_whatever_the_chunks(tmp_path, project, html, monkeypatch):
    archive = tmp_path / "big.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for number in range(3 * batch.CHUNK):
            zf.writestr(f"s{number}_{number}_9_report.html", html(project(f"Stu {number}", f"id{number}")))
    opened = []
    real = zipfile.ZipFile

    class Counting(real):
        def __init__(self, file, *args, **kwargs):
            if args[:1] in ((), ("r",)):
                opened.append(str(file))
            super().__init__(file, *args, **kwargs)

    monkeypatch.setattr(zipfile, "ZipFile", Counting)
    sources = find_sources([archive])
    opened.clear()
    outcomes = list(grade_sources(sources, default_settings_(), workers=1))
    assert len(outcomes) == 3 * batch.CHUNK
    assert opened == [str(archive)]


def test_files_past_the_size_budget_are_not_read(tmp_path, project, html, monkeypatch):
    from infokit.grading import collect

    monkeypatch.setattr(collect, "MAX_FILE_BYTES", 2**20)
    padded = html(project("Big Bea", "b1")).replace("<body>", "<body>" + "<p>pad</p>" * 120_000)
    (tmp_path / "big.html").write_text(padded, encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "s.zip", "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bea_1_2_big.html", padded)
    run = grade([tmp_path], output=tmp_path / "out" / "g.csv", show_progress=False, workers=1)
    assert run.rows == []
    assert [p.reason for p in run.problems] == ["larger than 1 MB, far more than any report; not read"] * 2
