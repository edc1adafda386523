"""Start the Binder build in the background as soon as its tests are collected (see build.py),
and run those tests last."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ATTRIBUTE = "_infokit_binder_build"  # on the config: (the build process, its folder)


def _here(item: pytest.Item) -> bool:
    return Path(str(item.path)).parent == Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The Binder tests run last, so the build has the whole suite's time to finish."""
    items[:] = [item for item in items if not _here(item)] + [item for item in items if _here(item)]


def pytest_collection_finish(session: pytest.Session) -> None:
    here = Path(__file__).parent
    wanted = any(_here(item) and "binder_home" in getattr(item, "fixturenames", ()) for item in session.items)
    if wanted and not session.config.option.collectonly and not hasattr(session.config, ATTRIBUTE):
        root = Path(tempfile.mkdtemp(prefix="infokit-binder-"))
        process = subprocess.Popen(
            [sys.executable, str(here / "build.py"), str(root)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # so the whole build (bash, pip...) can be stopped at the end
        )
        setattr(session.config, ATTRIBUTE, (process, root))


def pytest_sessionfinish(session: pytest.Session) -> None:
    started = getattr(session.config, ATTRIBUTE, None)
    if started is not None:
        process, root = started
        if process.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()
        shutil.rmtree(root, ignore_errors=True)
