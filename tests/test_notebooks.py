"""The guided notebooks: stored clean and running top to bottom.

Each run uses a workspace in tmp (never a student's real one): once empty and
once holding the sample project. nbval runs in a subprocess so its kernels
and its pytest options stay apart from this session's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))
EXPECTED = [
    "00_start_here",
    "01_contacts_and_research",
    "02_questions",
    "03_outreach",
    "04_interview",
    "05_after",
    "06_submit",
]
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def test_every_step_has_a_notebook() -> None:
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs(path: Path) -> None:
    notebook = json.loads(path.read_text(encoding="utf-8"))
    assert notebook["metadata"]["kernelspec"] == KERNELSPEC
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
            assert len(cell["source"]) <= 6, "keep notebook cells short: logic belongs in infokit"


def _run(workspace: Path, tmp_path: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "INFOKIT_WORKSPACE": str(workspace),
        "HOME": str(tmp_path / "home"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter-config"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter-runtime"),
        "JUPYTER_DATA_DIR": str(tmp_path / "jupyter-data"),
        "IPYTHONDIR": str(tmp_path / "ipython"),
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
        "MPLBACKEND": "Agg",
    }
    env.pop("INFOKIT_ASSIGNMENT", None)
    (tmp_path / "home").mkdir(exist_ok=True)
    command = [
        sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env",
        "-p", "no:cacheprovider", "-p", "no:benchmark", "-o", "addopts=", "-q",
        *sorted(str(p) for p in folder.glob("*.ipynb")),
    ]  # fmt: skip
    return subprocess.run(command, env=env, cwd=folder, capture_output=True, text=True, timeout=600)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["empty", "sample"])
def test_notebooks_run_top_to_bottom(kind: str, tmp_path: Path) -> None:
    workspace = tmp_path / "workspace"
    if kind == "sample":
        from infokit.sample import write_sample
        from infokit.store import Workspace

        write_sample(Workspace(workspace))
    folder = tmp_path / "notebooks"  # a copy: the run never writes into the source tree
    folder.mkdir()
    for path in NOTEBOOKS:
        shutil.copy(path, folder / path.name)
    result = _run(workspace, tmp_path, folder)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    written = sorted(p.name for p in folder.iterdir() if p.suffix != ".ipynb")
    assert written == [], f"a notebook wrote beside itself: {written}"
