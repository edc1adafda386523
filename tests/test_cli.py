"""Every CLI command's wiring and every exit code; errors are one line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from infokit import cli
from infokit.cli import EXIT_ERROR, EXIT_FINDINGS, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, main
from infokit.store import Workspace


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse usage errors and --help
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("infokit: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


@pytest.fixture
def sample_ws(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    target = tmp_path / "sample"
    assert run(capsys, "sample", "--workspace", str(target), "--seed", "3")[0] == EXIT_OK
    return target


def test_init_and_status(capsys, workspace_dir):
    code, out, _ = run(capsys, "init")
    assert code == EXIT_OK and str(workspace_dir) in out and "Created" in out
    assert run(capsys, "init")[1].startswith("Already there")
    code, out, _ = run(capsys, "status")
    assert (
        code == EXIT_OK and "[ ] Profile and goals" in out and "Next: Profile and goals: add your name" in out
    )
    code, out, _ = run(capsys, "status", "--json")
    data = json.loads(out)
    assert code == EXIT_OK and data["complete"] is False and data["next"]["id"] == "profile"
    assert data["steps"][0]["id"] == "profile"


def test_status_without_workspace_is_an_error(capsys, tmp_path):
    code, _, err = run(capsys, "status", "--workspace", str(tmp_path / "nowhere"))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "no workspace at", "infokit init")


def test_sample_then_status_reports_every_step_complete(capsys, sample_ws):
    code, out, _ = run(capsys, "status", "--workspace", str(sample_ws), "--json")
    data = json.loads(out)
    assert code == EXIT_OK
    assert data["complete"] is True, [s for s in data["steps"] if not s["done"]]
    assert all(step["done"] for step in data["steps"]) and len(data["steps"]) == 7
    code, out, _ = run(capsys, "status", "--workspace", str(sample_ws))
    assert "Every step is complete" in out


def test_sample_refuses_to_overwrite_without_force(capsys, sample_ws):
    before = (sample_ws / "infokit-project.json").read_bytes()
    code, _, err = run(capsys, "sample", "--workspace", str(sample_ws), "--seed", "4")
    assert code == EXIT_ERROR
    assert_one_line_error(err, "already holds a project", "--force")
    assert (sample_ws / "infokit-project.json").read_bytes() == before
    assert run(capsys, "sample", "--workspace", str(sample_ws), "--seed", "4", "--force")[0] == EXIT_OK
    assert (sample_ws / "infokit-project.json").read_bytes() != before


def test_sample_needs_a_workspace(capsys):
    code, _, err = run(capsys, "sample")
    assert code == EXIT_USAGE and "--workspace" in err


def test_usage_errors(capsys):
    assert run(capsys)[0] == EXIT_USAGE
    assert run(capsys, "fly")[0] == EXIT_USAGE
    assert run(capsys, "export", "--to", "docx")[0] == EXIT_USAGE
    assert run(capsys, "sample", "--workspace", "w", "--seed", "x")[0] == EXIT_USAGE
    assert run(capsys, "--version")[0] == EXIT_OK


def test_backup_and_restore(capsys, sample_ws, tmp_path):
    code, out, _ = run(capsys, "backup", "--workspace", str(sample_ws), "-o", str(tmp_path / "b.json"))
    assert code == EXIT_OK and "b.json" in out
    fresh = tmp_path / "fresh"
    code, out, _ = run(capsys, "restore", str(tmp_path / "b.json"), "--workspace", str(fresh))
    assert code == EXIT_OK and "Restored" in out
    assert Workspace(fresh).load() == Workspace(sample_ws).load()


def test_restore_latest_and_list(capsys, sample_ws):
    ws = Workspace(sample_ws)
    original = ws.load()
    with ws.update() as project:
        project.profile.name = "Changed by mistake"
    code, out, _ = run(capsys, "restore", "--list", "--workspace", str(sample_ws))
    assert code == EXIT_OK and "project-" in out
    assert run(capsys, "restore", "--latest", "--workspace", str(sample_ws))[0] == EXIT_OK
    assert ws.load().profile.name == original.profile.name


def test_restore_errors(capsys, tmp_path):
    code, _, err = run(capsys, "restore", str(tmp_path / "missing.json"), "--workspace", str(tmp_path / "w"))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "missing.json", "no such file")
    (tmp_path / "notes.html").write_text("<html><body>my essay</body></html>")
    code, _, err = run(capsys, "restore", str(tmp_path / "notes.html"), "--workspace", str(tmp_path / "w"))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "holds no infokit data")
    code, _, err = run(capsys, "restore", "--latest", "--workspace", str(tmp_path / "w"))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "no automatic backups")
    code, _, err = run(capsys, "restore", "--workspace", str(tmp_path / "w"))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "--latest")


def test_corrupt_workspace_is_one_line_and_untouched(capsys, tmp_path):
    ws = Workspace(tmp_path / "w")
    ws.init()
    ws.file.write_text('{"format": "infokit-workspace", "vers')
    for command in (["status"], ["backup"], ["init"], ["export"], ["validate"]):
        code, _, err = run(capsys, *command, "--workspace", str(ws.path))
        assert code == EXIT_ERROR, command
        assert_one_line_error(err, "damaged or cut short")
    assert ws.file.read_text() == '{"format": "infokit-workspace", "vers'


def test_check_questions_exit_codes_and_json(capsys, tmp_path, monkeypatch):
    good = tmp_path / "good.txt"
    good.write_text(
        "What does a typical week look like for you?\n\nHow did you find your way into this work?\n"
    )
    code, out, _ = run(capsys, "check-questions", str(good), "--json")
    data = json.loads(out)
    assert code == EXIT_OK and data[0]["question"].startswith("What does a typical")
    assert all(item["findings"] == [] for item in data)
    bad = tmp_path / "bad.txt"
    bad.write_text("Do you like your job?\nCan I send you my resume for a job?\n")
    code, out, _ = run(capsys, "check-questions", str(bad), "--json")
    data = json.loads(out)
    assert code == EXIT_FINDINGS
    assert "closed" in {f["rule"] for f in data[0]["findings"]}
    assert "asks-for-job" in {f["rule"] for f in data[1]["findings"]}
    assert set(data[0]["findings"][0]) >= {"rule", "severity", "message"}
    monkeypatch.setattr(sys, "stdin", open(bad, encoding="utf-8"))  # noqa: SIM115
    code, out, _ = run(capsys, "check-questions", "-")
    assert code == EXIT_FINDINGS and "closed" in out
    code, _, err = run(capsys, "check-questions", str(tmp_path / "nope.txt"))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "nope.txt")


def test_check_email_exit_codes(capsys, tmp_path, sample_ws):
    bad = tmp_path / "bad.txt"
    bad.write_text("Hi, I am looking for a job at your company. Are you hiring? Here is my resume.\n")
    code, out, _ = run(capsys, "check-email", str(bad), "--json")
    assert code == EXIT_FINDINGS
    assert "asks-for-job" in {f["rule"] for f in json.loads(out)}
    code, _, err = run(capsys, "check-email", str(tmp_path / "none.txt"))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "none.txt")


def test_checks_use_the_default_workspace_without_being_told(capsys, tmp_path, workspace_dir):
    """Issue 12: the help says the workspace's notes and dates are used; that must hold by default."""
    question = tmp_path / "q.txt"
    question.write_text("What year did Acme open the Denver clinic?\n")
    code, out, _ = run(capsys, "check-questions", str(question), "--json")
    assert code == EXIT_OK  # no workspace yet: the text alone (a short-answer note, no warning)
    assert "googleable" not in {f["rule"] for f in json.loads(out)[0]["findings"]}
    workspace = Workspace(None)
    workspace.init()
    project = workspace.load()
    from infokit.model import ResearchNote

    project.research.append(
        ResearchNote(
            id="n1", about="organization", text="Acme opened its Denver clinic in 2015.", source="site"
        )
    )
    workspace.save(project)
    code, out, _ = run(capsys, "check-questions", str(question), "--json")
    found = json.loads(out)[0]["findings"]
    assert code == EXIT_FINDINGS and any("research note 1" in f["message"] for f in found)
    empty = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "check-questions", str(question), "--json", "--workspace", str(empty))
    assert code == EXIT_ERROR  # a workspace named on the command line must exist


def test_check_email_reads_the_default_workspaces_dates(capsys, tmp_path, workspace_dir):
    assert run(capsys, "sample", "--workspace", str(workspace_dir), "--seed", "3")[0] == EXIT_OK
    project = Workspace(None).load()
    note = tmp_path / "thanks.txt"
    note.write_text(project.thank_you.text)
    code, out, _ = run(capsys, "check-email", str(note), "--kind", "thank-you", "--json")
    assert code == EXIT_OK, out
    project.thank_you.sent_on = project.interview.held_on.replace(year=project.interview.held_on.year + 1)
    Workspace(None).save(project)
    code, out, _ = run(capsys, "check-email", str(note), "--kind", "thank-you", "--json")
    assert code == EXIT_FINDINGS and "late" in {f["rule"] for f in json.loads(out)}


def test_validate_exit_codes(capsys, sample_ws, tmp_path):
    code, _, _ = run(capsys, "validate", "--workspace", str(sample_ws))
    assert code == EXIT_OK
    empty = tmp_path / "empty"
    Workspace(empty).init()
    code, out, _ = run(capsys, "validate", "--workspace", str(empty))
    assert code == EXIT_FINDINGS and out.strip()


def test_bad_assignment_file_names_key_and_value(capsys, sample_ws, tmp_path):
    settings = tmp_path / "assignment.toml"
    settings.write_text("[limits]\nquestion_min = 'ten'\n")
    code, _, err = run(capsys, "status", "--workspace", str(sample_ws), "--assignment", str(settings))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "limits.question_min", "'ten'")


def test_export_and_restore_from_report(capsys, sample_ws, tmp_path):
    code, out, _ = run(capsys, "export", "--workspace", str(sample_ws), "-o", str(tmp_path / "out"))
    assert code == EXIT_OK
    html = [Path(line.split(": ", 1)[1]) for line in out.splitlines() if line.endswith(".html")]
    assert html and html[0].exists()
    fresh = tmp_path / "fresh"
    assert run(capsys, "restore", str(html[0]), "--workspace", str(fresh))[0] == EXIT_OK
    restored, original = Workspace(fresh).load(), Workspace(sample_ws).load()
    assert restored.questions == original.questions and restored.reflection == original.reflection


def test_internal_error_is_one_line(capsys, monkeypatch):
    def boom(args):
        raise RuntimeError("unexpected\nsecond line")

    monkeypatch.setattr(cli, "cmd_init", boom)
    code, _, err = run(capsys, "init")
    assert code == EXIT_INTERNAL
    assert len(err.strip().splitlines()) == 1 and "INFOKIT_DEBUG" in err and "Traceback" not in err


def test_console_script_and_module_entry(tmp_path, workspace_dir):
    for command in ([str(Path(sys.executable).parent / "infokit")], [sys.executable, "-m", "infokit"]):
        done = subprocess.run(
            [*command, "status", "--workspace", str(tmp_path / "x")], capture_output=True, text=True
        )
        assert done.returncode == EXIT_ERROR and "Traceback" not in done.stderr
        assert done.stderr.startswith("infokit: error: no workspace at")


def test_grade_exit_codes_and_outputs(capsys, sample_ws, tmp_path):
    reports = tmp_path / "submissions"
    code, _, _ = run(capsys, "export", "--workspace", str(sample_ws), "-o", str(reports / "a.html"))
    assert code == EXIT_OK
    gradebook = tmp_path / "grades.csv"
    code, out, _ = run(capsys, "grade", str(reports), "-o", str(gradebook), "--no-progress", "--canvas")
    assert code == EXIT_OK and gradebook.exists() and out.strip()
    assert (tmp_path / "grades_canvas.csv").exists()
    (reports / "essay.html").write_text("<html><body>not a report</body></html>")
    code, _, _ = run(capsys, "grade", str(reports), "-o", str(gradebook), "--no-progress", "--workers", "1")
    assert code == EXIT_FINDINGS
    assert "essay.html" in (tmp_path / "grades_problems.csv").read_text(encoding="utf-8")
    code, _, err = run(capsys, "grade", str(tmp_path / "nowhere"), "-o", str(gradebook), "--no-progress")
    assert code == EXIT_ERROR
    assert_one_line_error(err, "nowhere", "no such file or folder")


def test_export_process_skips_the_unused_format_checkers(sample_ws, tmp_path):
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "infokit", "export", "--workspace", str(sample_ws),
         "-o", str(tmp_path / "r.html")],
        capture_output=True, text=True,
    )  # fmt: skip
    assert done.returncode == EXIT_OK, done.stderr[-2000:]
    cost = {  # module -> cumulative import microseconds, from -X importtime
        line.split("|")[2].strip(): int(line.split("|")[1])
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and line.split("|")[1].strip().isdigit()
    }
    assert "nbformat" in cost
    assert cost.get("rfc3987_syntax", 0) < 10_000, "the IRI grammar was built (about 2 s)"
    assert cost.get("rfc3986_validator", 0) < 1_000, "the unused URI checker was imported"
    assert cost.get("isoduration", 0) < 1_000, "the unused duration checker was imported"
    assert (tmp_path / "r.html").exists()


def _workspace_file(project: str) -> str:
    return '{"format": "infokit-workspace", "version": 1, "project": ' + project + "}"


HOSTILE = {
    "nested": _workspace_file("[" * 100_000 + "]" * 100_000),
    "long-number": _workspace_file('{"questions": [{"text": "Why?", "priority": ' + "9" * 5000 + "}]}"),
    "surrogate": _workspace_file('{"profile": {"name": "\\ud800"}}'),
    "year-9999": _workspace_file('{"meeting": {"starts": "9999-12-31T23:30:00"}}'),
    "year-1": _workspace_file(
        '{"meeting": {"starts": "0001-01-01T00:00:00", "timezone": "Pacific/Kiritimati"}}'
    ),
    "zone-folder": _workspace_file('{"meeting": {"starts": "2026-03-09T14:00:00", "timezone": "America"}}'),
    "wrong-type": _workspace_file('{"contacts": {"name": "Ana"}}'),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
@pytest.mark.parametrize("command", [["status"], ["export"], ["ics"], ["validate"], ["backup"]])
def test_a_hand_edited_workspace_is_one_line_exit_3_for_every_command(capsys, tmp_path, case, command):
    ws = Workspace(tmp_path / "w")
    ws.init()
    ws.file.write_text(HOSTILE[case], encoding="utf-8")
    code, _, err = run(
        capsys,
        *command,
        "--workspace",
        str(ws.path),
        *(["-o", str(tmp_path)] if command != ["status"] and command != ["validate"] else []),
    )
    assert code == EXIT_ERROR, err
    assert_one_line_error(err, "infokit-project.json")
    assert "internal error" not in err and "tzdata" not in err


def test_a_byte_order_mark_is_not_damage(capsys, sample_ws):
    target = sample_ws / "infokit-project.json"
    target.write_bytes(b"\xef\xbb\xbf" + target.read_bytes())
    code, out, err = run(capsys, "status", "--workspace", str(sample_ws))
    assert code == EXIT_OK and "Workspace:" in out, err


def test_restore_of_another_students_work_asks_for_force(capsys, sample_ws, tmp_path):
    other = tmp_path / "other"
    assert run(capsys, "sample", "--workspace", str(other), "--seed", "5")[0] == EXIT_OK
    assert run(capsys, "backup", "--workspace", str(other), "-o", str(tmp_path / "theirs.json"))[0] == EXIT_OK
    mine, theirs = Workspace(sample_ws).load(), Workspace(other).load()
    assert mine.profile.name != theirs.profile.name
    code, _, err = run(capsys, "restore", str(tmp_path / "theirs.json"), "--workspace", str(sample_ws))
    assert code == EXIT_ERROR
    assert_one_line_error(err, f"holds the work of {theirs.profile.name}", mine.profile.name, "--force")
    assert Workspace(sample_ws).load() == mine
    code, out, _ = run(
        capsys, "restore", str(tmp_path / "theirs.json"), "--workspace", str(sample_ws), "--force"
    )
    assert code == EXIT_OK
    assert out.startswith(
        f"Restored {theirs.profile.name}'s work (student id {theirs.profile.student_id}) from"
    )
    assert f"{len(theirs.contacts)} contacts, {len(theirs.questions)} questions" in out
    assert Workspace(sample_ws).load() == theirs


def test_restore_latest_takes_the_newest_backup_that_reads(capsys, sample_ws):
    ws = Workspace(sample_ws)
    original = ws.load()
    with ws.update() as project:
        project.profile.course = "Changed by mistake"
    newest = ws.backups()[0]
    cut = ws.backup_dir / ("project-99991231T000000000000Z.json")  # newer than any, cut short
    cut.write_bytes(newest.read_bytes()[:100])
    assert ws.backups()[0] == cut
    code, out, err = run(capsys, "restore", "--latest", "--workspace", str(sample_ws))
    assert code == EXIT_OK, err
    assert str(newest) in out and ws.load().profile.course == original.profile.course
    for path in ws.backups():
        path.write_bytes(b"{")
    code, _, err = run(capsys, "restore", "--latest", "--workspace", str(sample_ws))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "automatic backups", "can be read")


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs a folder that takes no files")
def test_a_backup_that_cannot_be_written_names_the_folder_not_a_temporary_file(capsys, sample_ws):
    code, _, err = run(capsys, "backup", "--workspace", str(sample_ws), "-o", "/proc/x.json")
    assert code == EXIT_ERROR
    assert_one_line_error(err, "cannot write the backup in /proc")
    assert ".tmp-" not in err


def test_questions_saved_by_notepad_are_read_without_its_mark(capsys, tmp_path):
    path = tmp_path / "questions.txt"
    path.write_bytes(b"\xef\xbb\xbfWhat does a typical week look like for you?\n")
    code, out, _ = run(capsys, "check-questions", str(path), "--json")
    assert code == EXIT_OK and json.loads(out)[0]["question"].startswith("What does")
    path.write_bytes("Qu'est-ce qui vous a surpris ?".encode("utf-16"))
    code, _, err = run(capsys, "check-questions", str(path))
    assert code == EXIT_ERROR
    assert_one_line_error(err, "questions.txt is saved as UTF-16, not UTF-8")


def test_status_says_when_the_report_is_due_in_the_assignments_zone(capsys, sample_ws, tmp_path):
    settings = tmp_path / "assignment.toml"
    settings.write_text(
        '[assignment]\ntimezone = "Asia/Tokyo"\n[grading]\nsubmission_due = 2099-11-03T17:00:00\n'
    )
    code, out, _ = run(capsys, "status", "--workspace", str(sample_ws), "--assignment", str(settings))
    assert code == EXIT_OK
    assert "The report is due Tuesday 3 November 2099 at 17:00 (Asia/Tokyo time)" in out
    code, out, _ = run(
        capsys, "status", "--workspace", str(sample_ws), "--assignment", str(settings), "--json"
    )
    assert json.loads(out)["report_due"]["due"] == "2099-11-03T17:00:00+09:00"
