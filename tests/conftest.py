"""Shared fixtures. Every test runs with INFOKIT_WORKSPACE and INFOKIT_ASSIGNMENT
pointed into its own tmp folder, so no test can touch a real student workspace
or pick up an instructor's assignment.toml from the working directory."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Callable
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


KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


@pytest.fixture
def jupyter_env(tmp_path: Path) -> dict[str, str]:
    """Environment for a Jupyter subprocess (server, kernel, nbval) kept wholly inside tmp:
    its own home, config, runtime, data, IPython and matplotlib folders, a workspace in
    tmp, and no instructor settings picked up from outside."""
    folders = {
        "HOME": "home",
        "JUPYTER_CONFIG_DIR": "jupyter-config",
        "JUPYTER_RUNTIME_DIR": "jupyter-runtime",
        "JUPYTER_DATA_DIR": "jupyter-data",
        "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
        "IPYTHONDIR": "ipython",
        "MPLCONFIGDIR": "mpl",
    }
    env = {**os.environ, **{key: str(tmp_path / name) for key, name in folders.items()}}
    (tmp_path / "home").mkdir(exist_ok=True)
    env["INFOKIT_WORKSPACE"] = str(tmp_path / "workspace")
    env["MPLBACKEND"] = "Agg"
    for key in ("INFOKIT_ASSIGNMENT", "INFOKIT_SUBMISSIONS"):
        env.pop(key, None)
    return env


@pytest.fixture
def run_nbval() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run notebooks top to bottom under ``pytest --nbval-lax`` in a subprocess, so its
    kernels and options stay apart from this session's."""

    def run(paths: list[Path], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
        command = [
            sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env",
            "-p", "no:cacheprovider", "-p", "no:benchmark", "-o", "addopts=", "-q",
            *map(str, paths),
        ]  # fmt: skip
        return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)

    return run


@pytest.fixture
def assert_stored_clean() -> Callable[[Path], None]:
    """Check a notebook is committed without outputs, with the kernelspec and short cells."""

    def check(path: Path) -> None:
        notebook = json.loads(path.read_text(encoding="utf-8"))
        assert notebook["metadata"]["kernelspec"] == KERNELSPEC
        code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
        assert code, f"{path.name} has no code cell"
        for cell in code:
            assert cell["outputs"] == [] and cell["execution_count"] is None, f"{path.name} has outputs"
            lines = "".join(cell["source"]).splitlines()
            assert len(lines) <= 6, f"{path.name}: keep cells short, logic belongs in infokit"

    return check


@pytest.fixture
def free_port() -> int:
    """A free TCP port on 127.0.0.1 (servers a test starts listen there only)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
