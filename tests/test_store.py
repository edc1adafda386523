"""The workspace store: atomic saves, no lost updates, damaged files refused, backups."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from infokit import store
from infokit.errors import CorruptWorkspace, ForeignFile, NewerFormat, WorkspaceError, WorkspaceExists
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
    with pytest.raises(Exception, match="is not one of the contacts"), ws.update() as project:
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
        "profile.email: 'x' is not an email address",
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

    monkeypatch.setattr(store, "VERSION", 2)
    monkeypatch.setattr(store, "MIGRATIONS", {1: rename})
    assert ws.load().profile.name == "Old Format"
    with ws.update() as project:
        project.profile.course = "CAR 101"
    assert json.loads(ws.file.read_text(encoding="utf-8"))["version"] == 2
    assert ws.load().profile.name == "Old Format"


# -- crash safety: a writer killed at any instant -----------------------------

KILLS = 200


def _writer_forever(path: Path) -> None:
    """Child process body: save ever-changing, large states until killed."""
    ws = Workspace(path)
    filler = "x" * 19_000
    while True:
        with ws.update() as project:
            counter = int(project.profile.name.split()[-1]) + 1 if project.profile.name else 1
            project.profile.name = f"save {counter}"
            project.research = [
                ResearchNote(text=f"{counter} {filler}", source="test", id=f"n{i}") for i in range(40)
            ]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_writer_killed_mid_save_never_leaves_an_unreadable_workspace(tmp_path):
    ws = open_workspace(tmp_path / "w")
    rng = random.Random(7)
    names: set[str] = set()
    mid_write = 0
    for _ in range(KILLS):
        pid = os.fork()
        if pid == 0:  # child: never returns into pytest
            try:
                _writer_forever(ws.path)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        mid_write += any(ws.path.glob(f".{store.PROJECT_FILE}.tmp-*"))
        project = ws.load()  # must always be readable
        names.add(project.profile.name)
        assert len(project.research) in (0, 40)
    assert mid_write > 0, "no kill landed during a write: the test proves nothing"
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
