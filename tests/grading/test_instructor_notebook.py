"""The instructor notebook: stored clean, and running top to bottom on a demo class and on a given folder.

nbval runs in a subprocess with HOME, TMPDIR and the Jupyter folders inside
tmp_path, so the demo class, the outputs and the kernel's files all land
there and never in the repository.
"""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = REPO / "notebooks" / "instructor" / "grade_class.ipynb"


def test_stored_without_outputs_with_short_cells_and_a_kernelspec(assert_stored_clean):
    assert_stored_clean(NOTEBOOK)


@pytest.fixture
def run_notebook(tmp_path, jupyter_env, run_nbval):
    """Run the notebook with its demo class, outputs and scratch files all under tmp_path."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {**jupyter_env, "TMPDIR": str(scratch), "INFOKIT_GRADING_OUTPUT": str(tmp_path / "out")}

    def run(submissions: Path | None) -> subprocess.CompletedProcess[str]:
        if submissions is not None:
            env["INFOKIT_SUBMISSIONS"] = str(submissions)
        return run_nbval([NOTEBOOK], env, tmp_path)

    return run


def _students(gradebook: Path) -> list[str]:
    with open(gradebook, encoding="utf-8-sig", newline="") as handle:
        return [row["student_key"] for row in csv.DictReader(handle)]


@pytest.mark.slow
def test_runs_on_a_generated_demo_class(tmp_path, run_notebook):
    before = sorted(p.name for p in NOTEBOOK.parent.iterdir())
    result = run_notebook(None)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert len(_students(tmp_path / "out" / "grades.csv")) == 12
    assert (tmp_path / "out" / "grades_canvas.csv").exists()
    assert len(list((tmp_path / "out" / "feedback").glob("*.html"))) == 12
    assert list((tmp_path / "scratch").glob("infokit-demo-class-*/submissions.zip"))
    assert sorted(p.name for p in NOTEBOOK.parent.iterdir()) == before, "the notebook wrote beside itself"


@pytest.mark.slow
def test_runs_on_the_folder_named_by_the_environment(tmp_path, project, report, run_notebook):
    folder = tmp_path / "class"
    report(folder / "ann.html", project("Ann One", "s1", seed=1))
    report(folder / "ben.html", project("Ben Two", "s2", seed=2))
    result = run_notebook(folder)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    assert sorted(_students(tmp_path / "out" / "grades.csv")) == ["s1", "s2"]
