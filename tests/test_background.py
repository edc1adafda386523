"""infokit._background: work in a forked child when that is safe, the same result either way.

Each case runs in a fresh interpreter: whether it may fork depends on the threads running,
and the test session's own (a browser driver, a kernel client...) would decide it otherwise."""

from __future__ import annotations

import subprocess
import sys

import pytest

CASES = {
    "in a child": """
parent = os.getpid()
assert int(in_background(lambda: str(os.getpid()).encode())()) != parent
assert in_background(lambda: None)() is None and in_background(lambda: b"")() == b""
""",
    "a failing child leaves it to this process": """
parent = os.getpid()
def job():
    if os.getpid() != parent:
        raise RuntimeError("broken in the child")
    return b"done here"
assert in_background(job)() == b"done here"
""",
    "no fork beside other threads": """
stop = threading.Event()
other = threading.Thread(target=stop.wait)
other.start()
assert int(in_background(lambda: str(os.getpid()).encode())()) == os.getpid()
stop.set()
other.join()
""",
}


@pytest.mark.parametrize("case", CASES)
def test_background_work(case: str) -> None:
    code = "import os, threading\nfrom infokit._background import in_background\n" + CASES[case]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
