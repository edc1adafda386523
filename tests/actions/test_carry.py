"""Restoring work: whose it is, asked before someone else's replaces the workspace's."""

from __future__ import annotations

from pathlib import Path

import pytest

from infokit import actions as ik
from infokit.errors import OtherStudentsWork, WorkspaceExists
from infokit.model import Profile, Project
from infokit.report.embed import make_payload, script_tag
from infokit.store import Workspace


def _report(profile: Profile, tmp_path: Path, **extra: object) -> Path:
    path = tmp_path / "report.html"
    project = Project(profile=profile, **extra)
    path.write_text(f"<html><body>{script_tag(make_payload(project))}</body></html>", encoding="utf-8")
    return path


def test_owner_says_whose_work_it_is() -> None:
    assert ik.owner(Project(profile=Profile(name="Ana Ruiz", student_id="1234567"))) == (
        "Ana Ruiz (student id 1234567)"
    )
    assert ik.owner(Project(profile=Profile(name="Ana Ruiz"))) == "Ana Ruiz"
    assert ik.owner(Project(profile=Profile(student_id="1234567"))) == "student id 1234567"
    assert ik.owner(Project()) == "no name yet"


def test_another_students_report_is_refused_until_forced(workspace_dir: Path, tmp_path: Path) -> None:
    ik.set_profile(name="Ana Ruiz", student_id="1234567")
    ik.add_contact("Sam Lee")
    before = (workspace_dir / "infokit-project.json").read_bytes()
    path = _report(Profile(name="Bo Chen", student_id="7654321"), tmp_path)
    with pytest.raises(OtherStudentsWork) as caught:
        ik.restore(str(path))
    error = caught.value
    assert isinstance(error, WorkspaceExists)
    assert str(error) == (
        "This file holds the work of Bo Chen (student id 7654321), but this workspace holds the work"
        " of Ana Ruiz (student id 1234567): restoring replaces it (a safety copy is kept under backups/)"
    )
    assert (error.file_owner, error.workspace_owner) == (
        "Bo Chen (student id 7654321)",
        "Ana Ruiz (student id 1234567)",
    )
    assert (workspace_dir / "infokit-project.json").read_bytes() == before
    with pytest.raises(OtherStudentsWork):
        ik.restore(path.name, path.read_bytes())
    restored = ik.restore(str(path), force=True)
    assert restored.profile.name == "Bo Chen" and ik.project().profile.name == "Bo Chen"
    safety = Workspace(workspace_dir).latest_backup()
    assert safety is not None and Workspace(workspace_dir).backups()
    from infokit.store import read_file

    assert read_file(safety).profile.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("mine", "theirs", "asks"),
    [
        (
            {"name": "Ana Ruiz", "student_id": "1234567"},
            {"name": "ana  ruiz", "student_id": "1234567"},
            False,
        ),
        (
            {"name": "Ana Ruiz", "student_id": "1234567"},
            {"name": "Ana Ruiz-Lopez", "student_id": "1234567"},
            False,
        ),
        ({"name": "Ana Ruiz"}, {"name": "Ana Ruiz", "student_id": "1234567"}, False),
        ({"name": "Ana Ruiz", "student_id": "1234567"}, {"name": "Ana Ruiz", "student_id": "7654321"}, True),
        ({"name": "Ana Ruiz"}, {"name": "Bo Chen"}, True),
        ({"name": "Ana Ruiz"}, {}, True),
        ({}, {"name": "Bo Chen"}, False),  # an empty workspace holds nothing to lose
    ],
)
def test_who_counts_as_someone_else(mine: dict, theirs: dict, asks: bool, tmp_path: Path) -> None:
    if mine:
        ik.set_profile(**mine)
    path = _report(Profile(**theirs), tmp_path)
    if asks:
        with pytest.raises(OtherStudentsWork):
            ik.restore(str(path))
    else:
        ik.restore(str(path))


def test_work_with_no_name_is_still_work(tmp_path: Path) -> None:
    ik.add_question("What does a typical week look like?")
    with pytest.raises(OtherStudentsWork, match="but this workspace holds work with no name yet"):
        ik.restore(str(_report(Profile(name="Bo Chen"), tmp_path)))


def test_an_unreadable_workspace_is_set_aside_not_compared(workspace_dir: Path, tmp_path: Path) -> None:
    ik.set_profile(name="Ana Ruiz")
    (workspace_dir / "infokit-project.json").write_text('{"format": "infokit-w', encoding="utf-8")
    assert ik.restore(str(_report(Profile(name="Bo Chen"), tmp_path))).profile.name == "Bo Chen"
    assert list((workspace_dir / "backups").glob("unreadable-*.json"))
