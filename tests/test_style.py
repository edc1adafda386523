"""The codebase stays ruff clean with the one config in pyproject.toml."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_ruff_clean():
    # The ruff installed beside this Python (its pinned version), not whichever is on PATH.
    ruff = Path(sys.executable).parent / "ruff"
    if not ruff.is_file():
        pytest.fail("ruff is a test dependency and must be installed")
    done = subprocess.run(
        [str(ruff), "check", "--no-cache", "infokit", "tests", "benchmarks"],
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_changelog_has_unreleased_section():
    assert "## [Unreleased]" in (REPO / "CHANGELOG.md").read_text(encoding="utf-8")


def test_readme_gives_the_two_commands_ci_runs():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0].strip() for b in readme.split("```bash\n")[1:3]]
    start, test = blocks
    assert start.endswith("jupyter lab --allow-root notebooks/00_start_here.ipynb")
    assert test.endswith("pytest") and test in ci, "CI must run the README's test command verbatim"
    assert sys.version_info >= (3, 11)
