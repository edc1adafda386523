"""Build a checkout the way Binder (repo2docker) does, into ROOT: ``python build.py ROOT``.

ROOT/home is the checkout (Binder's home folder), ROOT/venv the environment, ROOT/build.log
what happened, ROOT/ok written last when postBuild succeeded. The session's conftest starts
this in the background as soon as the Binder tests are collected, so the minute or so it takes
overlaps the rest of the suite; the tests wait for it.

Everything postBuild installs comes from a local folder of wheels kept between runs (pip
still resolves and installs each one, and builds the kit from source); on a first run, or
when a requirement changes, the folder is filled from the package index and the build runs
again.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
REAL_HOME = Path(pwd.getpwuid(os.getuid()).pw_dir)  # the test fixtures move $HOME; caches stay here
WHEELHOUSE = REAL_HOME / ".cache" / "infokit-tests" / "binder-wheels"
PIP_CACHE = REAL_HOME / ".cache" / "pip"


def env_for(venv: Path, home: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "PATH": f"{venv / 'bin'}:{os.environ['PATH']}",
        "HOME": str(home),
        "PIP_CACHE_DIR": str(PIP_CACHE),
        "INFOKIT_SKIP_BROWSER": "1",
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_FIND_LINKS": str(WHEELHOUSE),
        "PIP_NO_INDEX": "1",
        "PIP_NO_COMPILE": "1",  # byte-compiling the whole stack is not what is checked
    }
    for key in ("PYTHONPATH", "VIRTUAL_ENV", "INFOKIT_WORKSPACE", "JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR"):
        env.pop(key, None)
    return env


def _fill_wheelhouse(checkout: Path) -> None:
    """Wheels for postBuild's install and the kit's build (the network only on a first run)."""
    postbuild = (checkout / "binder" / "postBuild").read_text(encoding="utf-8")
    found = re.search(r"pip install --no-cache-dir (.+)", postbuild)
    assert found, "postBuild no longer says what it installs"
    specs = [spec.strip("\"'") for spec in found.group(1).split()]
    build = tomllib.loads((checkout / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]
    WHEELHOUSE.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "pip", "wheel", "-q", "--wheel-dir", str(WHEELHOUSE)]
    env = {**os.environ, "PIP_CACHE_DIR": str(PIP_CACHE)}
    subprocess.run([*command, *specs, *build["requires"]], cwd=checkout, env=env, check=True)


def build(root: Path) -> bool:
    checkout, venv = root / "home", root / "venv"
    skip = shutil.ignore_patterns(".git", ".venv", "__pycache__", "*.egg-info", "build", ".*_cache")
    shutil.copytree(REPO, checkout, ignore=skip)
    shutil.copytree(checkout, root / "pristine")  # for filling the wheelhouse, if need be
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    env = env_for(venv, checkout)
    with (root / "build.log").open("w") as log:
        done = subprocess.run(["bash", "binder/postBuild"], cwd=checkout, env=env, stdout=log, stderr=log)
    if done.returncode != 0 and "No matching distribution" in (root / "build.log").read_text():
        _fill_wheelhouse(root / "pristine")
        with (root / "build.log").open("a") as log:
            done = subprocess.run(["bash", "binder/postBuild"], cwd=checkout, env=env, stdout=log, stderr=log)
    shutil.rmtree(root / "pristine", ignore_errors=True)
    if done.returncode == 0:
        (root / "ok").write_text("postBuild succeeded\n")
    return done.returncode == 0


def wait_for(config: object) -> Path:
    """The folder of the background build (or of one made now), once it is done and succeeded."""
    import pytest

    started = getattr(config, "_infokit_binder_build", None)  # set by conftest.py
    if started is None:
        import tempfile

        root = Path(tempfile.mkdtemp(prefix="infokit-binder-"))
        build(root)
    else:
        process, root = started
        try:
            process.wait(timeout=1200)
        except subprocess.TimeoutExpired:
            process.kill()
            pytest.fail("the Binder build took over 20 minutes")
    if not (root / "ok").is_file():
        log = (root / "build.log").read_text() if (root / "build.log").is_file() else "no log"
        pytest.fail(f"binder/postBuild failed:\n{log[-4000:]}")
    return root


if __name__ == "__main__":
    sys.exit(0 if build(Path(sys.argv[1])) else 1)
