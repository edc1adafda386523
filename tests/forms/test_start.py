"""Notebook 00's forms: the profile, backup and restore."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from infokit import actions as ik
from infokit.forms import start

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def test_profile_saves_and_reloads(find, status) -> None:
    form = start.profile_form()
    find(form, "profile-name").value = "Ana Ruiz"
    find(form, "profile-course").value = "CAR 101"
    find(form, "profile-skills").value = "drawing\nspreadsheets"
    find(form, "profile-save").click()
    assert "Saved at" in status(form)
    assert ik.project().profile.skills == ["drawing", "spreadsheets"]
    again = start.profile_form()
    assert find(again, "profile-name").value == "Ana Ruiz"
    assert find(again, "profile-skills").value == "drawing\nspreadsheets"


def test_bad_email_shows_error_and_keeps_typing(find, status) -> None:
    form = start.profile_form()
    find(form, "profile-name").value = "Ana <b>Ruiz</b>"
    find(form, "profile-email").value = "ana-at-example"
    find(form, "profile-save").click()
    # The error names the field by its label, beside the field (not the internal "profile.email").
    beside = find(form, "profile-error-email").value
    assert "Email" in beside and "name@example.org" in beside and "profile.email" not in beside
    assert "Email" in status(form) and "Traceback" not in status(form)
    assert "<b>" not in status(form)
    assert find(form, "profile-email").value == "ana-at-example"
    assert find(form, "profile-name").value == "Ana <b>Ruiz</b>"
    assert ik.project().profile.name == ""


def test_damaged_workspace_shows_error_not_traceback(workspace_dir: Path, find, status) -> None:
    workspace_dir.mkdir(parents=True)
    (workspace_dir / "infokit-project.json").write_text("{")
    form = start.profile_form()
    assert "damaged" in status(form)
    find(form, "profile-save").click()
    assert "damaged" in status(form)


def test_backup_link_and_restore(find, status) -> None:
    ik.set_profile(name="Ana")
    panel = start.backup_panel()
    find(panel, "backup-make").click()
    assert "data:application/json;base64," in find(panel, "backup-link").value
    backup = panel.result
    ik.set_profile(name="Changed")
    upload = find(panel, "restore-upload")
    content = memoryview(backup.read_bytes())
    upload.value = (
        {"name": backup.name, "type": "", "size": len(content), "content": content, "last_modified": NOW},
    )
    find(panel, "restore-run").click()
    assert "Tick the box" in status(panel)
    assert ik.project().profile.name == "Changed"
    find(panel, "restore-confirm").value = True
    find(panel, "restore-run").click()
    assert "Restored" in status(panel)
    assert ik.project().profile.name == "Ana"


def test_where_is_my_work_names_the_folder(workspace_dir: Path) -> None:
    assert str(workspace_dir) in start.where_is_my_work().value
