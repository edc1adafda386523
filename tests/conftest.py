"""Shared fixtures. Every test runs with INFOKIT_WORKSPACE and INFOKIT_ASSIGNMENT
pointed into its own tmp folder, so no test can touch a real student workspace
or pick up an instructor's assignment.toml from the working directory."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def _isolated_workspace(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("INFOKIT_WORKSPACE", str(home / "infokit-workspace"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("INFOKIT_ASSIGNMENT", raising=False)
    monkeypatch.chdir(home)
    return home / "infokit-workspace"


@pytest.fixture
def workspace_dir(_isolated_workspace: Path) -> Path:
    """The (not yet created) default workspace folder of this test."""
    return _isolated_workspace
