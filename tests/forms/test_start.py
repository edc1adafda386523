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
    assert "email" in beside.lower() and "name@example.org" in beside and "profile.email" not in beside
    assert "email" in status(form).lower() and "Traceback" not in status(form)
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
    ik.set_profile(name="Ana", course="CAR 101")
    panel = start.backup_panel()
    find(panel, "backup-make").click()
    assert "data:application/json;base64," in find(panel, "backup-link").value
    backup = panel.result
    ik.set_profile(course="Changed")
    upload = find(panel, "restore-upload")
    content = memoryview(backup.read_bytes())
    upload.value = (
        {"name": backup.name, "type": "", "size": len(content), "content": content, "last_modified": NOW},
    )
    find(panel, "restore-run").click()
    assert "Tick the box" in status(panel)
    assert ik.project().profile.course == "Changed"
    find(panel, "restore-confirm").value = True
    find(panel, "restore-run").click()
    assert "Restored" in status(panel)
    assert ik.project().profile.course == "CAR 101"


def test_where_is_my_work_names_the_folder(workspace_dir: Path) -> None:
    assert str(workspace_dir) in start.where_is_my_work().value


def test_empty_profile_save_says_what_is_still_required(find, status) -> None:
    form = start.profile_form()
    find(form, "profile-save").click()
    assert "Saved at" not in status(form)
    assert "add your name" in status(form) and "add your course" in status(form)
    find(form, "profile-name").value = "Ana"
    find(form, "profile-save").click()
    assert "Saved at" in status(form) and "add your course" in status(form)


def test_profile_saves_only_what_was_changed_and_says_what_changed_elsewhere(find, status) -> None:
    ik.set_profile(name="Ana", course="CAR 101")
    form = start.profile_form()
    ik.set_profile(course="CAR 202", skills=["maps"])  # another notebook, kernel or the CLI
    find(form, "profile-name").value = "Ana Ruiz"
    find(form, "profile-save").click()
    saved = ik.project().profile
    assert (saved.name, saved.course, saved.skills) == ("Ana Ruiz", "CAR 202", ["maps"])
    assert "Course" in status(form) and "Your skills" in status(form)
    assert find(form, "profile-course").value == "CAR 202"


def test_a_full_disk_shows_one_line_and_keeps_what_was_typed(find, status, monkeypatch) -> None:
    import errno

    from infokit import store

    form = start.profile_form()
    find(form, "profile-name").value = "Ana"
    find(form, "profile-save").click()
    assert "Saved at" in status(form)

    def full(path, text):
        raise OSError(errno.ENOSPC, "No space left on device", str(path.with_name(".x.tmp-1")))

    monkeypatch.setattr(store, "write_atomic", full)
    find(form, "profile-name").value = "Ana Ruiz"
    find(form, "profile-save").click()
    line = status(form)
    assert "No space left on device" in line and "Saved at" not in line and ".tmp" not in line
    assert find(form, "profile-name").value == "Ana Ruiz"


def test_typing_not_saved_is_offered_back_after_a_kernel_restart(find) -> None:
    ik.set_profile(name="Ana")
    form = start.profile_form()
    find(form, "profile-values").value = "patience\nfairness"
    del form  # the kernel restarts before Save
    again = start.profile_form()
    assert find(again, "profile-values").value == ""
    find(again, "unsaved-restore").click()
    assert find(again, "profile-values").value == "patience\nfairness"
    find(again, "profile-save").click()
    assert ik.project().profile.values == ["patience", "fairness"]
    assert not start.profile_form().extra.children  # saved: nothing left to offer


def test_a_form_cell_also_shows_the_rerun_note_for_a_dead_kernel() -> None:
    from IPython.core.interactiveshell import InteractiveShell

    from infokit.forms.guard import RERUN

    form = start.profile_form()
    shown: list[dict] = []
    shell = InteractiveShell.instance()
    shell.display_pub.publish = lambda data, *a, **k: shown.append(data)  # type: ignore[method-assign]
    form._ipython_display_()
    html_note, bundle = shown
    assert (
        "infokit-rerun" in html_note["text/html"] and "jupyter-widgets-disconnected" in html_note["text/html"]
    )
    assert "application/vnd.jupyter.widget-view+json" in bundle and bundle["text/plain"] == RERUN


def test_where_is_my_work_says_when_the_file_browser_cannot_show_it(workspace_dir: Path, monkeypatch) -> None:
    from infokit.forms import files

    monkeypatch.setattr(files, "served_root", lambda: workspace_dir.parent / "course")
    text = start.where_is_my_work().value
    assert str(workspace_dir) in text and "not listed there" in text
    monkeypatch.setattr(files, "served_root", lambda: workspace_dir.parent)
    assert "in the file browser on the left: <code>infokit-workspace</code>" in start.where_is_my_work().value


def test_restoring_another_students_work_asks_first(find, status) -> None:
    """Written against helper 9A's API: actions.restore(..., force=False) raises
    OtherStudentsWork (saying whose work it is) and actions.owner(project)."""
    ik.set_profile(name="Bo Other")
    theirs = ik.backup()
    ik.set_profile(name="Ana Ruiz")
    panel = start.backup_panel()
    content = memoryview(theirs.read_bytes())
    find(panel, "restore-upload").value = (
        {"name": theirs.name, "type": "", "size": len(content), "content": content, "last_modified": NOW},
    )
    find(panel, "restore-confirm").value = True
    find(panel, "restore-run").click()
    assert "Bo Other" in find(panel, "ask-question").value
    assert ik.project().profile.name == "Ana Ruiz"
    find(panel, "ask-yes").click()
    assert ik.project().profile.name == "Bo Other" and "Restored" in status(panel)
