"""Version-1 files (tests/data/v1/, written by the kit at format 1) under today's format.

Each fixture is copied into ``tmp_path`` first and never touched in place. The
workspace loads with its meaning unchanged and is written at the new format only
after a backup of the old file; it exports; the backup restores; the grader reads
the old reports beside a new one and scores the same work the same; and a file of
a format newer than this kit's is refused in words, by the store and the grader.
"""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import nbformat
import pytest

from infokit import store
from infokit.cli import main
from infokit.errors import NewerFormat, ReportError
from infokit.grading import grade
from infokit.report import export_report
from infokit.report.embed import (
    METADATA_KEY,
    PAYLOAD_VERSION,
    payload_from_html,
    payload_from_notebook,
    read_submission,
)
from infokit.report.private import left_out
from infokit.settings import default_settings
from infokit.store import PROJECT_FILE, VERSION, Workspace, parse, read_file

V1 = Path(__file__).parent / "data" / "v1"


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    """A private copy of the version-1 fixtures."""
    copy = tmp_path / "v1"
    shutil.copytree(V1, copy)
    return copy


def envelope(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def assert_same_meaning(old: Any, new: Any, where: str = "project") -> None:
    """Every value the version-1 data holds is in the new dump unchanged; what the new dump
    adds (format 2's optional data) is empty, its default."""
    if isinstance(old, dict):
        assert isinstance(new, dict), where
        for key, value in old.items():
            assert key in new, f"{where}.{key} was lost"
            assert_same_meaning(value, new[key], f"{where}.{key}")
        for key in new.keys() - old.keys():
            assert not new[key], f"{where}.{key} is new but not empty: {new[key]!r}"
    elif isinstance(old, list):
        assert isinstance(new, list) and len(new) == len(old), where
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            assert_same_meaning(a, b, f"{where}[{index}]")
    else:
        assert new == old, f"{where}: {old!r} became {new!r}"


def test_the_fixtures_are_version_1() -> None:
    assert VERSION == 2 and PAYLOAD_VERSION == VERSION  # the report data follows the workspace format
    assert envelope(V1 / "workspace" / PROJECT_FILE)["version"] == 1
    assert envelope(V1 / "backup.json")["version"] == 1
    assert payload_from_html((V1 / "report.html").read_text(encoding="utf-8"))["version"] == 1
    assert payload_from_notebook((V1 / "report.ipynb").read_text(encoding="utf-8"))["version"] == 1


def test_the_migration_step_copies_and_leaves_its_input_alone() -> None:
    old = envelope(V1 / "workspace" / PROJECT_FILE)["project"]
    before = json.dumps(old, sort_keys=True)
    new = store.MIGRATIONS[1](old)
    assert new == old and new is not old
    new["profile"]["name"] = "Changed"
    new["contacts"].clear()
    assert json.dumps(old, sort_keys=True) == before


@pytest.mark.parametrize("name", ["workspace/" + PROJECT_FILE, "backup.json"])
def test_a_version_1_file_loads_meaning_the_same(v1: Path, name: str) -> None:
    old = envelope(v1 / name)["project"]
    project = read_file(v1 / name)
    assert project.profile.name and project.contacts  # a real project, not an empty one
    assert_same_meaning(old, project.model_dump(mode="json"))


def test_the_next_save_writes_version_2_after_backing_up_the_version_1_file(v1: Path) -> None:
    ws = Workspace(v1 / "workspace")
    original = ws.file.read_bytes()
    before = ws.load()
    assert ws.backups() == []
    with ws.update() as project:
        project.profile.course = "CAR 200"
    assert envelope(ws.file)["version"] == VERSION
    [backup] = ws.backups()
    assert backup.read_bytes() == original  # the version-1 file itself, byte for byte
    assert read_file(backup) == before
    after = ws.load()
    assert after.profile.course == "CAR 200"
    assert after.model_copy(update={"profile": before.profile}) == before


def test_loading_alone_leaves_the_version_1_file_as_it_is(v1: Path) -> None:
    ws = Workspace(v1 / "workspace")
    original = ws.file.read_bytes()
    ws.load()
    assert ws.file.read_bytes() == original and ws.backups() == []


def test_the_migrated_workspace_exports_html_and_ipynb_at_version_2(v1: Path, tmp_path: Path) -> None:
    ws = Workspace(v1 / "workspace")
    project = ws.load()
    settings = default_settings()
    [page] = export_report(ws, to="html", output=tmp_path / "out" / "r.html", settings=settings)
    [notebook] = export_report(ws, to="ipynb", output=tmp_path / "out" / "r.ipynb", settings=settings)
    html_payload = payload_from_html(page.read_text(encoding="utf-8"))
    assert html_payload["version"] == VERSION
    nb = nbformat.read(notebook, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata[METADATA_KEY]["version"] == VERSION
    for path in (page, notebook):
        submission = read_submission(path)
        assert not submission.tampered
        assert submission.project == left_out(project)  # all of it, but the contacts' details


def test_the_version_1_reports_read_with_their_digest_intact(v1: Path) -> None:
    for name in ("report.html", "report.ipynb"):
        submission = read_submission(v1 / name)
        assert not submission.tampered, name
        text = (v1 / name).read_text(encoding="utf-8")
        payload = payload_from_html(text) if name.endswith(".html") else payload_from_notebook(text)
        assert_same_meaning(payload["project"], submission.project.model_dump(mode="json"))


def test_the_version_1_backup_restores_through_the_cli(v1: Path, tmp_path: Path, capsys) -> None:
    target = tmp_path / "restored"
    assert main(["restore", str(v1 / "backup.json"), "--workspace", str(target)]) == 0
    assert "Restored" in capsys.readouterr().out
    ws = Workspace(target)
    assert envelope(ws.file)["version"] == VERSION
    assert ws.load() == read_file(v1 / "backup.json")
    assert (v1 / "backup.json").read_bytes() == (V1 / "backup.json").read_bytes()


def test_the_version_1_backup_restores_over_work_through_the_action(v1: Path, workspace_dir: Path) -> None:
    from infokit import actions as ik

    restored = ik.restore(str(v1 / "backup.json"))
    assert Workspace(workspace_dir).load() == restored == read_file(v1 / "backup.json")
    assert envelope(workspace_dir / PROJECT_FILE)["version"] == VERSION


def scores(run: Any, key: str) -> dict[str, float]:
    return {criterion: score.points for criterion, score in run.row(key).auto.items()}


def test_the_grader_reads_version_1_and_version_2_reports_alike(v1: Path, tmp_path: Path) -> None:
    settings = default_settings()
    # One class: the two version-1 reports and a version-2 report of another (restored) student.
    restored = Workspace(tmp_path / "eleven")
    restored.save(read_file(v1 / "backup.json"))
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copy(v1 / "report.html", folder / "seven.html")
    shutil.copy(v1 / "report.ipynb", folder / "three.ipynb")
    export_report(restored, output=folder / "eleven.html", settings=settings)
    run = grade([folder], settings=settings, output=tmp_path / "grades.csv", show_progress=False, workers=1)
    assert run.problems == []
    with open(run.problems_path, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 1  # the header only
    assert sorted(row.file.rsplit("/", 1)[-1] for row in run.rows) == [
        "eleven.html",
        "seven.html",
        "three.ipynb",
    ]
    assert all(row.auto for row in run.rows)

    # The same version-1 workspace, re-exported at version 2, scores the same on every criterion.
    again = tmp_path / "again"
    again.mkdir()
    export_report(Workspace(v1 / "workspace"), output=again / "seven-v2.html", settings=settings)
    rerun = grade([again], settings=settings, output=tmp_path / "again.csv", show_progress=False, workers=1)
    assert rerun.problems == []
    [seven] = [row for row in run.rows if row.file.endswith("seven.html")]
    assert seven.key == rerun.rows[0].key
    assert scores(rerun, seven.key) == scores(run, seven.key)
    assert set(scores(run, seven.key)) and sum(scores(run, seven.key).values()) > 0


# -- a file from a newer infokit ---------------------------------------------------------


def newer_envelope(v1: Path) -> dict[str, Any]:
    data = envelope(v1 / "backup.json")
    data["version"] = VERSION + 1
    return data


def newer_html(v1: Path) -> str:
    text = (v1 / "report.html").read_text(encoding="utf-8")
    assert text.count('"version":1}</script>') == 1  # canonical JSON: the payload's last key
    return text.replace('"version":1}</script>', f'"version":{VERSION + 1}}}</script>')


def newer_notebook(v1: Path) -> str:
    notebook = json.loads((v1 / "report.ipynb").read_text(encoding="utf-8"))
    notebook["metadata"][METADATA_KEY]["version"] = VERSION + 1
    return json.dumps(notebook)


def test_a_newer_workspace_is_refused_and_left_alone(v1: Path) -> None:
    ws = Workspace(v1 / "workspace")
    text = json.dumps(newer_envelope(v1))
    ws.file.write_text(text, encoding="utf-8")
    message = f"format {VERSION + 1}, this one reads up to {VERSION}"
    with pytest.raises(NewerFormat, match="newer infokit") as caught:
        ws.load()
    assert message in str(caught.value) and "\n" not in str(caught.value)
    with pytest.raises(NewerFormat, match="newer infokit"), ws.update():
        pass
    with pytest.raises(NewerFormat, match="newer infokit"):
        parse(text)
    assert ws.file.read_text(encoding="utf-8") == text


@pytest.mark.parametrize("kind", ["backup.json", "report.html", "report.ipynb"])
def test_a_newer_file_is_refused_by_restore_in_one_line(v1: Path, tmp_path: Path, capsys, kind: str) -> None:
    path = tmp_path / kind
    maker = {"backup.json": lambda: json.dumps(newer_envelope(v1)), "report.html": lambda: newer_html(v1),
             "report.ipynb": lambda: newer_notebook(v1)}[kind]  # fmt: skip
    path.write_text(maker(), encoding="utf-8")
    with pytest.raises(ReportError, match="newer infokit"):
        read_submission(path)
    target = tmp_path / "ws"
    assert main(["restore", str(path), "--workspace", str(target)]) != 0
    err = capsys.readouterr().err.strip()
    assert "newer infokit" in err and "upgrade" in err and len(err.splitlines()) == 1
    assert "Traceback" not in err
    assert not (target / PROJECT_FILE).exists() or Workspace(target).load().contacts == []


def test_newer_files_become_problem_rows_in_the_grader(v1: Path, tmp_path: Path) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "backup.json").write_text(json.dumps(newer_envelope(v1)), encoding="utf-8")
    (folder / "report.html").write_text(newer_html(v1), encoding="utf-8")
    (folder / "report.ipynb").write_text(newer_notebook(v1), encoding="utf-8")
    shutil.copy(v1 / "report.html", folder / "ok.html")  # the batch goes on past them
    run = grade(
        [folder], settings=default_settings(), output=tmp_path / "g.csv", show_progress=False, workers=1
    )
    assert [row.file.rsplit("/", 1)[-1] for row in run.rows] == ["ok.html"]
    with open(run.problems_path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    for row in rows:
        text = " ".join(row.values())
        assert "newer infokit" in text and "upgrade" in text, row
