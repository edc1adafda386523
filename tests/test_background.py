"""infokit._background: work in a forked child when that is safe, the same result either way."""

from __future__ import annotations

import os
import threading

from infokit._background import in_background


def test_the_job_runs_in_a_child_and_gives_its_bytes() -> None:
    parent = os.getpid()
    result = in_background(lambda: str(os.getpid()).encode())
    assert int(result()) != parent
    assert in_background(lambda: None)() is None
    assert in_background(lambda: b"")() == b""


def test_a_child_that_fails_leaves_the_job_to_this_process() -> None:
    parent = os.getpid()

    def job() -> bytes:
        if os.getpid() != parent:
            raise RuntimeError("broken in the child")
        return b"done here"

    assert in_background(job)() == b"done here"


def test_with_other_threads_running_nothing_is_forked() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        parent = os.getpid()
        assert int(in_background(lambda: str(os.getpid()).encode())()) == parent
    finally:
        stop.set()
        other.join()
