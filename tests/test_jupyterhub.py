"""A real JupyterHub on 127.0.0.1: two students log in, nbgitpuller copies the kit into each home
from a git repository, each runs the first notebook, and each workspace stays their own, untouched
by a later pull. JupyterHub and nbgitpuller come from PyPI (the test extra), the proxy from npm
(configurable-http-proxy; .ci/run installs it)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
STUDENTS = {"ana": "Ana Ruiz", "ben": "Ben Okoro"}
PASSWORD = "course-password"

requests = pytest.importorskip("requests")
pytest.importorskip("jupyterhub")
pytest.importorskip("nbgitpuller")
websocket = pytest.importorskip("websocket")


def _proxy() -> str | None:
    return shutil.which("configurable-http-proxy")


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        _proxy() is None and not os.environ.get("CI"),
        reason="needs configurable-http-proxy (npm install -g configurable-http-proxy)",
    ),
]


def _free_ports(count: int) -> list[int]:
    import socket

    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _git(*args: str, cwd: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_NAME": "Instructor", "GIT_AUTHOR_EMAIL": "instructor@example.org",
           "GIT_COMMITTER_NAME": "Instructor", "GIT_COMMITTER_EMAIL": "instructor@example.org"}  # fmt: skip
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def course(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The instructor's fork: a git repository of the kit's notebooks and README."""
    fork = tmp_path_factory.mktemp("fork") / "kit"
    shutil.copytree(
        REPO / "notebooks", fork / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints")
    )
    shutil.copy(REPO / "README.md", fork / "README.md")
    _git("init", "-q", "-b", "main", cwd=fork)
    _git("add", ".", cwd=fork)
    _git("commit", "-q", "-m", "the course's kit", cwd=fork)
    return fork


@pytest.fixture(scope="module")
def hub(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """A running JupyterHub: (its public URL, the folder holding every student's home)."""
    proxy = _proxy()
    assert proxy, "CI must install configurable-http-proxy"
    root = tmp_path_factory.mktemp("hub")
    homes = root / "homes"
    homes.mkdir()
    public, api, hub_port = _free_ports(3)
    config = root / "jupyterhub_config.py"
    config.write_text(
        f"""
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {public}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {hub_port}
c.JupyterHub.db_url = "sqlite:///{root / "hub.sqlite"}"
c.JupyterHub.cookie_secret_file = "{root / "cookie_secret"}"
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{api}"
c.ConfigurableHTTPProxy.command = ["{proxy}"]
c.ConfigurableHTTPProxy.pid_file = "{root / "proxy.pid"}"
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = "{PASSWORD}"
c.Authenticator.allow_all = True
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = "{homes}/{{username}}"
c.Spawner.cmd = ["{BIN / "jupyterhub-singleuser"}"]
c.Spawner.args = ["--allow-root"]
c.Spawner.default_url = "/lab"
c.Spawner.start_timeout = 120
c.Spawner.http_timeout = 120
""",
        encoding="utf-8",
    )
    env = {**os.environ, "PATH": f"{BIN}:{os.environ['PATH']}"}
    env.pop("INFOKIT_WORKSPACE", None)  # each student's workspace comes from their own home
    log = (root / "hub.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "jupyterhub", "-f", str(config)], cwd=root, env=env, stdout=log, stderr=log
    )
    url = f"http://127.0.0.1:{public}"
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, (root / "hub.log").read_text()[-3000:]
            assert time.monotonic() < deadline, "JupyterHub did not start within 120 s"
            try:
                if requests.get(f"{url}/hub/api", timeout=5).status_code == 200:
                    break
            except requests.RequestException:
                pass
            time.sleep(0.5)
        yield url, homes
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


class Student:
    """A student's browser session: logged in with the login form, then an API token of their own."""

    def __init__(self, hub_url: str, name: str) -> None:
        self.hub, self.name = hub_url, name
        self.session = requests.Session()
        self.session.get(f"{hub_url}/hub/login", timeout=30)
        answer = self.session.post(
            f"{hub_url}/hub/login",
            data={"username": name, "password": PASSWORD, "_xsrf": self.session.cookies.get("_xsrf", "")},
            allow_redirects=False,
            timeout=30,
        )
        assert answer.status_code == 302, f"{name} could not log in: {answer.status_code}"
        made = self.session.post(
            f"{hub_url}/hub/api/users/{name}/tokens",
            json={"note": "test"},
            headers={"X-XSRFToken": self.session.cookies.get("_xsrf", "")},
            timeout=30,
        )
        assert made.status_code in (200, 201), made.text
        self.auth = {"Authorization": f"token {made.json()['token']}"}
        self.server = f"{hub_url}/user/{name}"

    def start_server(self) -> None:
        started = requests.post(f"{self.hub}/hub/api/users/{self.name}/server", headers=self.auth, timeout=30)
        assert started.status_code in (201, 202), started.text
        deadline = time.monotonic() + 150
        while time.monotonic() < deadline:
            user = requests.get(f"{self.hub}/hub/api/users/{self.name}", headers=self.auth, timeout=30).json()
            if user.get("servers", {}).get("", {}).get("ready"):
                return
            time.sleep(0.5)
        raise AssertionError(f"{self.name}'s server did not start")

    def git_pull(self, repo: Path) -> None:
        """What an nbgitpuller link does: clone the course's repository, or merge its news in."""
        query = {"repo": f"file://{repo}", "branch": "main", "targetpath": "kit"}
        with requests.get(
            f"{self.server}/git-pull/api", params=query, headers=self.auth, stream=True, timeout=120
        ) as stream:
            assert stream.status_code == 200, stream.text
            for line in stream.iter_lines(decode_unicode=True):
                if line.startswith("data:"):
                    event = json.loads(line[5:])
                    assert event.get("phase") != "error", event
                    if event.get("phase") == "finished":
                        return
        raise AssertionError("nbgitpuller did not finish")

    def run_notebook(self, path: str, extra: list[str]) -> list[str]:
        """Run the notebook's code cells, then ``extra``, in a kernel of the student's own server;
        return every output's text and every widget's state."""
        session = requests.post(
            f"{self.server}/api/sessions",
            json={"path": path, "type": "notebook", "name": "", "kernel": {"name": "python3"}},
            headers=self.auth,
            timeout=60,
        )
        assert session.status_code == 201, session.text
        kernel = session.json()["kernel"]["id"]
        notebook = requests.get(f"{self.server}/api/contents/{path}", headers=self.auth, timeout=30).json()
        cells = ["".join(c["source"]) for c in notebook["content"]["cells"] if c["cell_type"] == "code"]
        socket_url = self.server.replace("http://", "ws://") + f"/api/kernels/{kernel}/channels"
        channel = websocket.create_connection(
            socket_url, header=[f"{k}: {v}" for k, v in self.auth.items()], timeout=120
        )
        texts: list[str] = []
        try:
            for code in [*cells, *extra]:
                texts += _execute(channel, code)
        finally:
            channel.close()
            requests.delete(
                f"{self.server}/api/sessions/{session.json()['id']}", headers=self.auth, timeout=30
            )
        return texts


def _execute(channel: websocket.WebSocket, code: str) -> list[str]:
    msg_id = uuid.uuid4().hex
    channel.send(
        json.dumps({
            "header": {"msg_id": msg_id, "msg_type": "execute_request", "username": "test",
                       "session": uuid.uuid4().hex, "version": "5.3"},
            "parent_header": {}, "metadata": {}, "channel": "shell",
            "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                        "allow_stdin": False, "stop_on_error": True},
        })
    )  # fmt: skip
    texts: list[str] = []
    replied = idle = False
    while not (replied and idle):  # the reply (shell) and the outputs (iopub) come in any order
        message = json.loads(channel.recv())
        if message.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        kind, content = message["msg_type"], message["content"]
        if kind == "error":
            raise AssertionError(f"{code!r} failed: {content['ename']}: {content['evalue']}")
        if kind in ("display_data", "execute_result"):
            texts += [content["data"].get(kind, "") for kind in ("text/html", "text/plain")]
        if kind == "stream":
            texts.append(content["text"])
        if kind == "comm_open":  # a widget: what it shows is in its state
            texts.append(json.dumps(content.get("data", {}).get("state", {}), ensure_ascii=False))
        if kind == "execute_reply":
            assert content["status"] == "ok", content
            replied = True
        if kind == "status" and content.get("execution_state") == "idle":
            idle = True
    return texts


def _workspace_file(homes: Path, name: str) -> Path:
    return homes / name / "infokit-workspace" / "infokit-project.json"


def test_two_students_pull_the_kit_run_the_first_notebook_and_keep_their_own_workspace(hub, course):
    url, homes = hub
    students = {name: Student(url, name) for name in STUDENTS}
    for name, student in students.items():
        student.start_server()
        student.git_pull(course)
        assert (homes / name / "kit" / "notebooks" / "00_start_here.ipynb").is_file()
        save = f"from infokit import actions\nactions.set_profile(name={STUDENTS[name]!r})"
        texts = student.run_notebook("kit/notebooks/00_start_here.ipynb", [save])
        shown = "\n".join(texts)
        # The notebook tells the student where their work goes (the disk below says whose it is).
        assert "Your work is in the folder" in shown and "infokit-workspace" in shown, shown[:2000]
    for name, full_name in STUDENTS.items():
        saved = json.loads(_workspace_file(homes, name).read_text(encoding="utf-8"))
        assert saved["project"]["profile"]["name"] == full_name, f"{name}'s workspace is not theirs"
        assert not list((homes / name / "kit").rglob("infokit-project.json")), "work inside the pulled folder"

    # The instructor changes the kit; a student's next pull brings it and leaves their work alone.
    notebook = course / "notebooks" / "00_start_here.ipynb"
    changed = json.loads(notebook.read_text(encoding="utf-8"))
    changed["cells"].insert(0, {"cell_type": "markdown", "id": "welcome-week-2", "metadata": {},
                                "source": ["Welcome to week 2."]})  # fmt: skip
    notebook.write_text(json.dumps(changed, indent=1) + "\n", encoding="utf-8")
    _git("commit", "-q", "-am", "week 2", cwd=course)
    before = {name: _workspace_file(homes, name).read_bytes() for name in STUDENTS}
    stamps = {name: _workspace_file(homes, name).stat().st_mtime_ns for name in STUDENTS}
    students["ana"].git_pull(course)
    pulled = (homes / "ana" / "kit" / "notebooks" / "00_start_here.ipynb").read_text(encoding="utf-8")
    assert "Welcome to week 2." in pulled
    for name in STUDENTS:
        assert _workspace_file(homes, name).read_bytes() == before[name]
        assert _workspace_file(homes, name).stat().st_mtime_ns == stamps[name]
