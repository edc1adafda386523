"""The guided notebooks: stored clean and running top to bottom.

Each run uses a workspace in tmp (never a student's real one): once empty and
once holding the sample project.
"""

from __future__ import annotations

import shutil
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


def test_every_step_has_a_notebook() -> None:
    assert [p.stem for p in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_stored_without_outputs(path: Path, assert_stored_clean) -> None:
    assert_stored_clean(path)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["empty", "sample"])
def test_notebooks_run_top_to_bottom(kind: str, tmp_path: Path, jupyter_env, run_nbval) -> None:
    workspace = Path(jupyter_env["INFOKIT_WORKSPACE"])
    if kind == "sample":
        from infokit.sample import write_sample
        from infokit.store import Workspace

        write_sample(Workspace(workspace))
    folder = tmp_path / "notebooks"  # a copy: the run never writes into the source tree
    folder.mkdir()
    for path in NOTEBOOKS:
        shutil.copy(path, folder / path.name)
    result = run_nbval(sorted(folder.glob("*.ipynb")), jupyter_env, folder)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-3000:]
    written = sorted(p.name for p in folder.iterdir() if p.suffix != ".ipynb")
    assert written == [], f"a notebook wrote beside itself: {written}"
