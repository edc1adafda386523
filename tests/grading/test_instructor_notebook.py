"""The instructor notebook: stored clean, and running top to bottom on a demo class and on a given folder.

nbval runs in a subprocess with HOME, TMPDIR and the Jupyter folders inside
tmp_path, so the demo class, the outputs and the kernel's files all land
there and never in the repository.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "notebooks" / "instructor" / "grade_class.ipynb"
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}


def test_stored_without_outputs_with_short_cells_and_a_kernelspec():
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert notebook["metadata"]["kernelspec"] == KERNELSPEC
    code = [cell for cell in notebook["cells"] if cell["cell_type"] == "code"]
    assert code
    for cell in code:
        assert cell["outputs"] == [] and cell["execution_count"] is None
        assert len("".join(cell["source"]).splitlines()) <= 6, "logic belongs in infokit, not the notebook"


def _run(tmp_path: Path, submissions: Path | None) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    scratch = tmp_path / "scratch"
    home.mkdir()
    scratch.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(scratch),
        "INFOKIT_GRADING_OUTPUT": str(tmp_path / "out"),
        "JUPYTER_CONFIG_DIR": str(tmp_path / "jupyter-config"),
        "JUPYTER_RUNTIME_DIR": str(tmp_path / "jupyter-runtime"),
        "JUPYTER_DATA_DIR": str(tmp_path / "jupyter-data"),
        "IPYTHONDIR": str(tmp_path / "ipython"),
        "MPLCONFIGDIR": str(tmp_path / "mpl"),
        "MPLBACKEND": "Agg",
    }
    env.pop("INFOKIT_ASSIGNMENT", None)
    env.pop("INFOKIT_SUBMISSIONS", None)
    if submissions is not None:
        env["INFOKIT_SUBMISSIONS"] = str(submissions)
    command = [sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env", "-p", "no:cacheprovider",
               "-o", "addopts=", "-q", str(NOTEBOOK)]  # fmt: skip
    return subprocess.run(command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=600)


def _students(gradebook: Path) -> list[str]:
    with open(gradebook, encoding="utf-8-sig", newline="") as handle:
        return [row["student_key"] for row in csv.DictReader(handle)]


@pytest.mark.slow
def test_runs_on_a_generated_demo_class(tmp_path):
    before = sorted(p.name for p in NOTEBOOK.parent.iterdir())
    result = _run(tmp_path, None)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert len(_students(tmp_path / "out" / "grades.csv")) == 12
    assert (tmp_path / "out" / "grades_canvas.csv").exists()
    assert len(list((tmp_path / "out" / "feedback").glob("*.html"))) == 12
    assert list((tmp_path / "scratch").glob("infokit-demo-class-*/submissions.zip"))
    assert sorted(p.name for p in NOTEBOOK.parent.iterdir()) == before, "the notebook wrote beside itself"


@pytest.mark.slow
def test_runs_on_the_folder_named_by_the_environment(tmp_path, project, report):
    folder = tmp_path / "class"
    report(folder / "ann.html", project("Ann One", "s1", seed=1))
    report(folder / "ben.html", project("Ben Two", "s2", seed=2))
    result = _run(tmp_path, folder)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert sorted(_students(tmp_path / "out" / "grades.csv")) == ["s1", "s2"]
