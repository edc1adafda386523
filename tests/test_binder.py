"""binder/ builds an environment the way Binder (repo2docker) would, and the kit imports in it."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
REAL_HOME = Path(pwd.getpwuid(os.getuid()).pw_dir)  # the fixtures move $HOME; its pip cache stays here
BINDER = REPO / "binder"


def supported_pythons() -> set[str]:
    """The Python versions pyproject.toml's classifiers promise."""
    import tomllib

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    prefix = "Programming Language :: Python :: 3."
    return {"3." + c.removeprefix(prefix) for c in project["classifiers"] if c.startswith(prefix)}


def test_binder_files_are_what_repo2docker_reads():
    runtime = (BINDER / "runtime.txt").read_text().strip()
    assert runtime.startswith("python-") and runtime.removeprefix("python-") in supported_pythons(), runtime
    assert os.access(BINDER / "postBuild", os.X_OK), "postBuild must be executable"
    assert "jupyterlab" in (BINDER / "requirements.txt").read_text()
    assert not (REPO / "environment.yml").exists(), "a top-level environment.yml would confuse the reader"


@pytest.mark.slow
def test_fresh_environment_from_binder_files_imports_the_kit(tmp_path):
    checkout = tmp_path / "repo"
    shutil.copytree(
        REPO,
        checkout,
        ignore=shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.egg-info", "build", ".pytest_cache"),
    )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    env = {
        **os.environ,
        "PATH": f"{venv / 'bin'}:{os.environ['PATH']}",
        "PIP_CACHE_DIR": str(REAL_HOME / ".cache" / "pip"),
        "INFOKIT_SKIP_BROWSER": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env.pop("PYTHONPATH", None)
    # repo2docker: install binder/requirements.txt, then run binder/postBuild from the repo's top.
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "-r", "binder/requirements.txt"],
        cwd=checkout,
        env=env,
        check=True,
    )
    subprocess.run(["bash", "binder/postBuild"], cwd=checkout, env=env, check=True)
    done = subprocess.run(
        [
            str(python),
            "-c",
            "import infokit, infokit.store, infokit.report, infokit.forms, jupyterlab, ipywidgets;"
            "print(infokit.__version__, infokit.__file__)",
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert str(venv) in done.stdout, "the kit must come from the Binder environment, not this one"
    version = subprocess.run(
        [str(venv / "bin" / "infokit"), "--version"], env=env, capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.startswith("infokit ")
