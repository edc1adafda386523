"""The README's start command brings JupyterLab up on the first notebook."""

from __future__ import annotations

import shlex
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def readme_start_command() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    block = readme.split("```bash\n")[1].split("```", 1)[0].strip()
    launch = block.split("&&")[-1].strip()
    assert launch.startswith("jupyter lab"), launch
    return shlex.split(launch)


def test_start_command_opens_the_first_notebook(tmp_path, jupyter_env, free_port):
    command = readme_start_command()
    assert "--allow-root" in command and command[-1] == "notebooks/00_start_here.ipynb"
    port, token, env = free_port, "infokit-test-token", jupyter_env
    runtime = Path(env["JUPYTER_RUNTIME_DIR"])
    extra = ["--no-browser", "--ip=127.0.0.1", f"--port={port}", f"--ServerApp.token={token}"]
    launcher = [sys.executable, "-m", "jupyterlab", *command[2:], *extra]
    server = subprocess.Popen(launcher, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 90
        opened: list[Path] = []
        while time.monotonic() < deadline and not opened:
            assert server.poll() is None, server.stdout.read().decode() if server.stdout else ""
            opened = list(runtime.glob("jpserver-file-to-run-*-open.html"))
            time.sleep(0.5)
        assert opened, "JupyterLab did not start within 90 s"
        assert "/lab/tree/00_start_here.ipynb" in opened[0].read_text()
        url = f"http://127.0.0.1:{port}/api/contents/00_start_here.ipynb?content=0&token={token}"
        with urllib.request.urlopen(url, timeout=30) as answer:
            assert answer.status == 200
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stdout:
            server.stdout.close()
