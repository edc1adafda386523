"""infokit._background: a forked child that answers one request when that is safe, else None.

Each case runs in a fresh interpreter: whether it may fork depends on the threads running,
and the test session's own (a browser driver, a kernel client...) would decide it otherwise."""

from __future__ import annotations

import subprocess
import sys

import pytest

CASES = {
    "a server answers once": """
parent = os.getpid()
def setup():
    started = os.getpid()
    return lambda request: request.upper() + b" from " + str(started).encode()
answer = serve_in_background(setup)(b"report")
assert answer.startswith(b"REPORT from ") and int(answer.split()[-1]) != parent
""",
    "a failing server gives None": """
def setup():
    raise RuntimeError("cannot load")
assert serve_in_background(setup)(b"x") is None
assert serve_in_background(lambda: (lambda request: 1 / 0))(b"x") is None
""",
    "no server beside other threads": """
stop = threading.Event()
other = threading.Thread(target=stop.wait)
other.start()
assert serve_in_background(lambda: (lambda request: request))(b"x") is None
stop.set()
other.join()
""",
    "a server never asked ends with this process": """
import subprocess, sys
code = "from infokit._background import serve_in_background as s; s(lambda: (lambda r: r)); print('left')"
# The child keeps this output pipe open: a child that never ends would make run() time out.
done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
assert done.stdout.strip() == "left", done
""",
}


@pytest.mark.parametrize("case", CASES)
def test_background_work(case: str) -> None:
    code = "import os, threading\nfrom infokit._background import serve_in_background\n"
    code += CASES[case]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
