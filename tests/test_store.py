"""The workspace store: atomic saves, no lost updates, damaged files refused, backups."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from infokit import store
from infokit.errors import (
    CannotWrite,
    CorruptWorkspace,
    ForeignFile,
    NewerFormat,
    WorkspaceError,
    WorkspaceExists,
)
from infokit.model import Project, ResearchNote
from infokit.store import Workspace, default_location, open_workspace


def test_default_location_follows_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("INFOKIT_WORKSPACE", str(tmp_path / "mine"))
    assert default_location() == tmp_path / "mine"
    assert Workspace().path == tmp_path / "mine"
    monkeypatch.delenv("INFOKIT_WORKSPACE")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_location() == tmp_path / "infokit-workspace"


def test_init_load_update(tmp_path):
    ws = Workspace(tmp_path / "w")
    assert not ws.exists()
    assert ws.load() == Project()
    assert ws.init() is True
    assert ws.init() is False
    with ws.update() as project:
        project.profile.name = "Zoë"
    assert ws.load().profile.name == "Zoë"
    data = json.loads(ws.file.read_text(encoding="utf-8"))
    assert data["format"] == "infokit-workspace" and data["version"] == store.VERSION
    assert data["project"]["profile"]["name"] == "Zoë"


def test_failed_update_writes_nothing(tmp_path):
    ws = open_workspace(tmp_path / "w")
    before = ws.file.read_bytes()
    with pytest.raises(RuntimeError), ws.update() as project:
        project.profile.name = "half done"
        raise RuntimeError("student closed the notebook")
    assert ws.file.read_bytes() == before


def test_invalid_change_is_refused_whole(tmp_path):
    ws = open_workspace(tmp_path / "w")
    before = ws.file.read_bytes()
    with (
        pytest.raises(Exception, match="The interviewee you chose is not one of your contacts"),
        ws.update() as project,
    ):
        project.profile.name = "Ana"
        # bypass assignment validation the way a careless caller might
        object.__setattr__(project, "interviewee_id", "ghost")
    assert ws.file.read_bytes() == before


def test_workspace_path_that_is_a_file(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("hello")
    with pytest.raises(WorkspaceError, match="is a file, not a workspace folder"):
        Workspace(target).init()


BAD_FILES = {
    "empty": (b"", CorruptWorkspace, "is empty"),
    "blank": (b"  \n", CorruptWorkspace, "is empty"),
    "truncated": (None, CorruptWorkspace, "damaged or cut short"),
    "garbage": (b"\x00\xff\xfe garbage", ForeignFile, "not UTF-8"),
    "foreign-notebook": (b'{"cells": [], "nbformat": 4}', ForeignFile, "not an infokit workspace file"),
    "json-list": (b"[1, 2, 3]", ForeignFile, "not an infokit workspace file"),
    "newer": (b'{"format": "infokit-workspace", "version": 99, "project": {}}', NewerFormat, "newer infokit"),
    "bad-version": (
        b'{"format": "infokit-workspace", "version": "1", "project": {}}',
        CorruptWorkspace,
        "bad",
    ),
    "no-project": (b'{"format": "infokit-workspace", "version": 1}', CorruptWorkspace, "no project data"),
    "bad-value": (
        b'{"format": "infokit-workspace", "version": 1, "project": {"profile": {"email": "x"}}}',
        CorruptWorkspace,
        "Your email 'x' is not an email address",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_damaged_files_are_refused_and_never_overwritten(tmp_path, case):
    content, error, message = BAD_FILES[case]
    ws = open_workspace(tmp_path / "w")
    with ws.update() as project:
        project.profile.name = "Ana"
    if content is None:
        content = ws.file.read_bytes()[:-40]
    ws.file.write_bytes(content)
    for attempt in (ws.load, ws.init):
        with pytest.raises(error, match=message):
            attempt()
    with pytest.raises(error), ws.update() as project:
        project.profile.name = "overwritten?"
    assert ws.file.read_bytes() == content
    with pytest.raises(error) as caught:
        ws.load()
    assert "\n" not in str(caught.value)


def test_restore_sets_a_damaged_file_aside(tmp_path):
    ws = open_workspace(tmp_path / "w")
    ws.file.write_bytes(b'{"format": "infokit-w')
    ws.restore(Project.model_validate({"profile": {"name": "Back again"}}))
    assert ws.load().profile.name == "Back again"
    aside = list(ws.backup_dir.glob("unreadable-*.json"))
    assert len(aside) == 1 and aside[0].read_bytes() == b'{"format": "infokit-w'


def test_backups_rotate_and_restore(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "BACKUP_EVERY", store.timedelta(0))
    monkeypatch.setattr(store, "KEEP_BACKUPS", 3)
    ws = open_workspace(tmp_path / "w")
    for number in range(6):
        with ws.update() as project:
            project.profile.name = f"v{number}"
    backups = ws.backups()
    assert len(backups) == 3
    assert store.read_file(backups[0]).profile.name == "v4"  # the state before the last save
    ws.restore(store.read_file(backups[-1]))
    assert ws.load().profile.name == "v2"


def test_backups_are_rate_limited(tmp_path):
    ws = open_workspace(tmp_path / "w")
    for number in range(5):
        with ws.update() as project:
            project.profile.name = f"v{number}"
    assert len(ws.backups()) == 1


def test_backup_file_can_be_restored_elsewhere(tmp_path):
    ws = open_workspace(tmp_path / "w")
    with ws.update() as project:
        project.profile.name = "Åsa"
    target = ws.backup(tmp_path / "keep")
    assert target.parent == tmp_path / "keep" or target == tmp_path / "keep"
    other = Workspace(tmp_path / "other")
    other.restore(store.read_file(target))
    assert other.load().profile.name == "Åsa"
    with pytest.raises(WorkspaceError, match="cannot overwrite the workspace file"):
        ws.backup(ws.file)


def test_backup_of_nothing_is_an_error(tmp_path):
    with pytest.raises(WorkspaceError, match="no work to back up"):
        Workspace(tmp_path / "none").backup(tmp_path / "b.json")


def test_ensure_empty(tmp_path):
    ws = open_workspace(tmp_path / "w")
    with pytest.raises(WorkspaceExists, match="already holds a project; use --force"):
        store.ensure_empty(ws, force=False)
    store.ensure_empty(ws, force=True)
    store.ensure_empty(Workspace(tmp_path / "fresh"), force=False)


def test_migration_path(tmp_path, monkeypatch):
    """An older file is migrated on load and written at the new version after a backup."""
    ws = open_workspace(tmp_path / "w")
    old = json.loads(ws.file.read_text(encoding="utf-8"))
    old["project"]["profile"]["full_name"] = "Old Format"  # pretend v1 called it full_name
    ws.file.write_text(json.dumps(old), encoding="utf-8")

    def rename(project: dict) -> dict:
        profile = dict(project["profile"])
        profile["name"] = profile.pop("full_name")
        return {**project, "profile": profile}

    current = store.VERSION
    monkeypatch.setattr(store, "VERSION", current + 1)
    monkeypatch.setattr(store, "MIGRATIONS", {**store.MIGRATIONS, current: rename})
    assert ws.load().profile.name == "Old Format"
    with ws.update() as project:
        project.profile.course = "CAR 101"
    assert json.loads(ws.file.read_text(encoding="utf-8"))["version"] == current + 1
    assert ws.load().profile.name == "Old Format"


# -- crash safety: a writer killed at any instant -----------------------------

KILLS = 200


def _writer_forever(path: Path) -> None:
    """Child process body: save ever-changing, large states until killed."""
    ws = Workspace(path)
    filler = "x" * 2_000
    while True:
        with ws.update() as project:
            counter = int(project.profile.name.split()[-1]) + 1 if project.profile.name else 1
            project.profile.name = f"save {counter}"
            project.research = [
                ResearchNote(text=f"{counter} {filler}", source="test", id=f"n{i}") for i in range(40)
            ]


# Where inside a save the writer is killed. A crash can only leave the file half written,
# written but not yet durable, complete but not yet renamed, or renamed but the rename not yet
# synced; each is reached by a hook on the OS call that starts the next stage.
KILL_POINTS = ("half-written", "before-fsync", "before-rename", "after-rename")


def _arm_kill_point(point: str, saves_first: int, ready: int) -> None:
    """In the child: after ``saves_first`` whole saves, stop at ``point`` of the next one, tell the
    parent through the pipe ``ready`` and wait there to be killed."""
    import stat

    real_fsync, real_replace = os.fsync, os.replace
    done = [0]

    def stop_here() -> None:
        os.write(ready, b"!")
        while True:
            time.sleep(60)

    def project_tmp(fd: int) -> bool:  # the project's own temporary file, not a backup's
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        return Path(os.readlink(f"/proc/self/fd/{fd}")).name.startswith(f".{store.PROJECT_FILE}.tmp-")

    def fsync(fd: int) -> None:
        if done[0] >= saves_first and project_tmp(fd):
            if point == "half-written":
                os.ftruncate(fd, os.fstat(fd).st_size // 2)
                stop_here()
            if point == "before-fsync":
                stop_here()
        real_fsync(fd)

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        tmp = Path(src).name.startswith(f".{store.PROJECT_FILE}.tmp-")
        if tmp and done[0] >= saves_first and point == "before-rename":
            stop_here()
        real_replace(src, dst)
        if tmp:
            if done[0] >= saves_first and point == "after-rename":
                stop_here()
            done[0] += 1

    os.fsync, os.replace = fsync, replace  # type: ignore[assignment]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs fork and /proc (Linux)")
def test_writer_killed_mid_save_never_leaves_an_unreadable_workspace(tmp_path):
    """Each kill lands at a known point inside a write (no timing involved), 200 times."""
    import select

    ws = open_workspace(tmp_path / "w")
    names: set[str] = set()
    leftovers = {point: 0 for point in KILL_POINTS}
    for kill in range(KILLS):
        point = KILL_POINTS[kill % len(KILL_POINTS)]
        ready_read, ready_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never returns into pytest
            try:
                os.close(ready_read)
                _arm_kill_point(point, kill % 2, ready_write)
                _writer_forever(ws.path)
            finally:
                os._exit(0)
        os.close(ready_write)
        try:
            reached, _, _ = select.select([ready_read], [], [], 120)
            assert reached and os.read(ready_read, 1) == b"!", f"the writer never reached {point}"
        finally:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(ready_read)
        leftovers[point] += any(ws.path.glob(f".{store.PROJECT_FILE}.tmp-{pid}-*"))  # this writer's own
        project = ws.load()  # must always be readable
        names.add(project.profile.name)
        assert len(project.research) in (0, 40)
    killed_inside_a_write = KILLS // len(KILL_POINTS)
    assert leftovers == {
        "half-written": killed_inside_a_write,
        "before-fsync": killed_inside_a_write,
        "before-rename": killed_inside_a_write,
        "after-rename": 0,
    }, leftovers
    assert len(names) > KILLS // 8, "the writer rarely got to save: the test proves little"
    with ws.update() as project:  # and the next save sweeps the leftovers
        project.profile.course = "after the crashes"
    assert not list(ws.path.glob(f".{store.PROJECT_FILE}.tmp-*"))


# -- two processes, no lost update --------------------------------------------

UPDATES = 500

_CHILD = """
import sys
from infokit.model import ResearchNote
from infokit.store import Workspace
ws = Workspace(sys.argv[1])
tag = sys.argv[2]
for number in range({updates}):
    with ws.update() as project:
        project.research.append(ResearchNote(text=f"{{tag}} {{number}}", source=tag))
        project.profile.skills = [*project.profile.skills[-5:], f"{{tag}}{{number}}"]
"""


def test_two_processes_lose_no_update(tmp_path):
    ws = open_workspace(tmp_path / "w")
    script = _CHILD.format(updates=UPDATES)
    children = [
        subprocess.Popen([sys.executable, "-c", script, str(ws.path), tag])
        for tag in ("kernel-a", "kernel-b")
    ]
    for child in children:
        assert child.wait(timeout=300) == 0
    texts = [note.text for note in ws.load().research]
    assert len(texts) == 2 * UPDATES
    for tag in ("kernel-a", "kernel-b"):
        mine = [int(text.split()[1]) for text in texts if text.startswith(tag)]
        assert mine == list(range(UPDATES)), f"{tag} lost or reordered updates"


# -- hand-edited and hostile files ----------------------------------------------------------


def _envelope(project: str) -> bytes:
    return ('{"format": "infokit-workspace", "version": 1, "project": ' + project + "}").encode()


HOSTILE_FILES = {
    "nested-100000-deep": (_envelope("[" * 100_000 + "]" * 100_000), CorruptWorkspace, "nested deeper"),
    "nested-objects": (
        _envelope('{"profile": {"name": ' + '{"a": ' * 100_000 + "1" + "}" * 100_002),
        CorruptWorkspace,
        "nested deeper",
    ),
    "5000-digit-integer": (
        _envelope('{"questions": [{"text": "Why?", "priority": ' + "9" * 5000 + "}]}"),
        CorruptWorkspace,
        "number too long",
    ),
    "40-digit-integer": (
        _envelope('{"questions": [{"text": "Why?", "priority": ' + "9" * 40 + "}]}"),
        CorruptWorkspace,
        "number too long",
    ),
    "huge-float": (
        _envelope('{"questions": [{"text": "Why?", "minutes": 1e999}]}'),
        CorruptWorkspace,
        "too large",
    ),
    "nan": (_envelope('{"questions": [{"text": "Why?", "minutes": NaN}]}'), CorruptWorkspace, "NaN"),
    "lone-surrogate": (_envelope('{"profile": {"name": "\\ud800"}}'), CorruptWorkspace, "broken character"),
    "surrogate-in-a-key": (_envelope('{"profile": {"\\udfff": 1}}'), CorruptWorkspace, "broken character"),
    "list-for-profile": (_envelope('{"profile": []}'), CorruptWorkspace, "Your profile must be a group"),
    "string-for-contacts": (
        _envelope('{"contacts": "Ana"}'),
        CorruptWorkspace,
        "Your contacts 'Ana' must be a list",
    ),
    "string-for-project": (_envelope('"everything"'), CorruptWorkspace, "no project data"),
    "list-for-a-version": (
        b'{"format": "infokit-workspace", "version": [[[1]]], "project": {}}',
        CorruptWorkspace,
        "bad format version",
    ),
    "year-1": (
        _envelope('{"meeting": {"starts": "0001-01-01T00:00:00"}}'),
        CorruptWorkspace,
        "years 1900 to 2200",
    ),
    "year-9999": (
        _envelope('{"follow_ups": [{"action": "Call", "due_on": "9999-12-31"}]}'),
        CorruptWorkspace,
        "years 1900 to 2200",
    ),
    "zone-that-is-a-folder": (
        _envelope('{"meeting": {"starts": "2026-03-09T14:00:00", "timezone": "America"}}'),
        CorruptWorkspace,
        "The meeting's time zone 'America' is not a time zone name",
    ),
    "huge-bank-id": (
        _envelope('{"questions": [{"text": "Why?", "bank_id": "' + "x" * 5_000_000 + '"}]}'),
        CorruptWorkspace,
        "question-bank entry",
    ),
    "huge-contact-id": (
        _envelope('{"meeting": {"starts": "2026-03-09T14:00:00", "contact_id": "' + "y" * 100_000 + '"}}'),
        CorruptWorkspace,
        "person",
    ),
    "huge-reflection-key": (
        _envelope('{"reflection": {"answers": {"' + "k" * 1_000_000 + '": "x"}}}'),
        CorruptWorkspace,
        "is not one of the 'prompts' prompts",
    ),
    "utf-16": ('{"format": "infokit-workspace"}'.encode("utf-16"), ForeignFile, "saved as UTF-16"),
    "latin-1": ('{"profile": {"name": "Zoë"}}'.encode("latin-1"), ForeignFile, "not UTF-8 text"),
    "bom-then-garbage": (b"\xef\xbb\xbf\xff", ForeignFile, "not UTF-8 text"),
    "bom-only": (b"\xef\xbb\xbf", CorruptWorkspace, "is empty"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_FILES))
def test_hostile_files_end_in_one_line_and_stay_as_they_are(tmp_path, case):
    content, error, message = HOSTILE_FILES[case]
    ws = open_workspace(tmp_path / "w")
    ws.file.write_bytes(content)
    with pytest.raises(error) as caught:
        ws.load()
    text = str(caught.value)
    assert message in text and "\n" not in text and len(text) < 400, text
    assert text.isprintable()
    with pytest.raises(error), ws.update() as project:
        project.profile.name = "overwritten?"
    assert ws.file.read_bytes() == content


def test_a_byte_order_mark_as_notepad_writes_it_is_read_everywhere(tmp_path):
    from infokit.report.embed import read_submission

    ws = open_workspace(tmp_path / "w")
    with ws.update() as project:
        project.profile.name = "Zoë"
    ws.file.write_bytes(b"\xef\xbb\xbf" + ws.file.read_bytes())
    assert ws.load().profile.name == "Zoë"
    assert store.read_file(ws.file).profile.name == "Zoë"
    assert read_submission(ws.file).project.profile.name == "Zoë"
    with ws.update() as project:  # and the next save writes plain UTF-8 again
        project.profile.course = "CAR 101"
    assert not ws.file.read_bytes().startswith(b"\xef\xbb\xbf")


# -- the store on a bad day: full disks, cut-short copies, folders that cannot be written ---


def _fail_writes_under(folder: Path, monkeypatch, code: int = errno.ENOSPC) -> None:
    """Make every file the kit syncs inside ``folder`` fail as a full disk does, half written."""
    real = os.fsync

    def fsync(fd: int) -> None:
        where = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if folder in where.parents:
            os.ftruncate(fd, os.fstat(fd).st_size // 2)
            raise OSError(code, os.strerror(code))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def _good_backups(ws: Workspace) -> list[Path]:
    return [path for path in ws.backups() if store.backup_readable(path)]


def _backup_at(ws: Workspace, moment: store.datetime, content: bytes) -> Path:
    ws.backup_dir.mkdir(exist_ok=True)
    path = ws.backup_dir / f"project-{store._stamp(moment)}.json"
    path.write_bytes(content)
    return path


needs_proc = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")


@needs_proc
def test_a_backup_cut_short_by_a_full_disk_leaves_nothing_half_written(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "BACKUP_EVERY", store.timedelta(0))
    ws = open_workspace(tmp_path / "w")
    for number in range(3):
        with ws.update() as project:
            project.profile.name = f"v{number}"
    good = _good_backups(ws)
    assert len(good) == 3
    _fail_writes_under(ws.backup_dir, monkeypatch)
    for number in range(3, 8):  # the disk under backups/ is full; saving the work still works
        with ws.update() as project:
            project.profile.name = f"v{number}"
    assert ws.load().profile.name == "v7"
    assert ws.backups() == good  # no truncated backup, every good one kept
    assert not [p for p in ws.backup_dir.iterdir() if ".tmp-" in p.name]


def test_a_damaged_newest_backup_neither_holds_back_a_new_one_nor_counts(tmp_path):
    ws = open_workspace(tmp_path / "w")
    with ws.update() as project:
        project.profile.name = "first"
    now = store._now()
    [made] = ws.backups()
    hour_ago = made.rename(ws.backup_dir / f"project-{store._stamp(now - store.timedelta(hours=1))}.json")
    # An interrupted plain copy from an older kit: the newest backup, from a minute ago, cut short.
    _backup_at(ws, now - store.timedelta(minutes=1), ws.file.read_bytes()[:-30])
    with ws.update() as project:
        project.profile.name = "second"
    good = _good_backups(ws)
    assert len(good) == 2 and good[1] == hour_ago
    assert store.read_file(good[0]).profile.name == "first"
    assert ws.latest_backup() == good[0]


def test_after_a_long_outage_the_last_good_backups_survive(tmp_path, monkeypatch):
    """What the issue saw: copies cut short during a full disk rotated out the good backups."""
    monkeypatch.setattr(store, "KEEP_BACKUPS", 4)
    monkeypatch.setattr(store, "BACKUP_EVERY", store.timedelta(0))
    ws = open_workspace(tmp_path / "w")
    with ws.update() as project:
        project.profile.name = "good"
    for first in ws.backups():  # the empty project's backup: not part of this story
        first.unlink()
    start = store._now() - store.timedelta(days=3)
    intact = ws.file.read_bytes()
    for hour in range(3):
        _backup_at(ws, start + store.timedelta(hours=hour), intact)
    for hour in range(3, 40):  # a day and a half of truncated copies
        _backup_at(ws, start + store.timedelta(hours=hour), intact[: len(intact) // 3])
    with ws.update() as project:
        project.profile.name = "after the outage"
    good = _good_backups(ws)
    assert len(good) == 4  # the new backup and the three from before the outage
    assert all(store.read_file(path).profile.name == "good" for path in good)
    assert ws.latest_backup() == good[0] and good[0] == ws.backups()[0]
    for _ in range(6):  # once good backups are made again, the damaged ones age out
        with ws.update() as project:
            project.profile.course += "x"
    assert len(ws.backups()) == len(_good_backups(ws)) == 4


def test_the_last_good_backup_is_never_deleted(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "KEEP_BACKUPS", 2)
    ws = open_workspace(tmp_path / "w")
    with ws.update() as project:
        project.profile.name = "only good one"
    [only] = ws.backups()
    for minute in range(1, 30):
        _backup_at(ws, store._now() + store.timedelta(minutes=minute), b'{"format": "infokit-w')
    monkeypatch.setattr(store, "BACKUP_EVERY", store.timedelta(0))
    monkeypatch.setattr(store, "_now", lambda: store.datetime.now(store.UTC) + store.timedelta(hours=1))
    with ws.update() as project:
        project.profile.name = "later"
    assert only.exists() and only in _good_backups(ws)


@needs_proc
def test_a_full_disk_says_which_folder_and_what_to_do_never_a_temporary_file(tmp_path, monkeypatch):
    ws = open_workspace(tmp_path / "w")
    before = ws.file.read_bytes()
    _fail_writes_under(ws.path, monkeypatch)
    with pytest.raises(CannotWrite) as caught, ws.update() as project:
        project.profile.name = "lost?"
    text = str(caught.value)
    assert str(ws.path) in text and "the disk is full: free some space" in text
    assert ".tmp-" not in text and "\n" not in text
    assert ws.file.read_bytes() == before
    assert not list(ws.path.glob(".*.tmp-*"))


@needs_proc
def test_a_restore_that_cannot_keep_its_safety_copy_replaces_nothing(tmp_path, monkeypatch):
    ws = open_workspace(tmp_path / "w")
    with ws.update() as project:
        project.profile.name = "mine"
    before = ws.file.read_bytes()
    _fail_writes_under(ws.backup_dir, monkeypatch)
    with pytest.raises(CannotWrite, match="keep a safety copy"):
        ws.restore(Project.model_validate({"profile": {"name": "theirs"}}))
    assert ws.file.read_bytes() == before


@pytest.mark.skipif(not Path("/proc/version").is_file(), reason="needs a folder that takes no files")
def test_a_backup_into_a_folder_that_takes_no_files_names_the_folder(tmp_path):
    ws = open_workspace(tmp_path / "w")
    with pytest.raises(CannotWrite) as caught:
        ws.backup("/proc/x.json")
    text = str(caught.value)
    assert text.startswith("cannot write the backup in /proc: ") and ".tmp-" not in text, text


def test_write_atomic_names_the_target_not_its_temporary_file(tmp_path):
    target = tmp_path / "gone" / "x.json"
    with pytest.raises(FileNotFoundError) as caught:
        store.write_atomic(target, "{}")
    assert caught.value.filename == str(target)


def test_every_older_version_has_a_migration_step():
    """A file of any version from 1 to VERSION - 1 can be brought up to date, step by step."""
    assert sorted(store.MIGRATIONS) == list(range(1, store.VERSION))
    old = {"profile": {"name": "Ana Ruiz"}, "contacts": []}
    assert store.migrate(old, 1) == old and store.migrate(old, store.VERSION) is old
    envelope = {"format": store.FORMAT, "version": 1, "project": old}
    assert store.from_envelope(envelope).profile.name == "Ana Ruiz"
