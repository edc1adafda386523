"""binder/ builds an environment the way Binder (repo2docker) would: the kit installs cleanly,
JupyterLab in it has the kit's settings and export menu entry, and apt.txt gives Playwright's
Chromium the system libraries Playwright itself lists for Binder's Ubuntu."""

from __future__ import annotations

import json
import os
import pwd
import re
import shutil
import signal
import subprocess
import sys
import time
import tomllib
import urllib.request
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
REAL_HOME = Path(pwd.getpwuid(os.getuid()).pw_dir)  # the fixtures move $HOME; caches stay here
BINDER = REPO / "binder"
# Wheels of everything postBuild installs, kept between runs so the check installs from local
# files (pip still resolves and installs every one of them, and builds the kit from source).
WHEELHOUSE = REAL_HOME / ".cache" / "infokit-tests" / "binder-wheels"
FONTS = {"fonts-noto-core", "fonts-noto-cjk"}  # the scripts students write; see apt.txt


def supported_pythons() -> set[str]:
    """The Python versions pyproject.toml's classifiers promise."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    prefix = "Programming Language :: Python :: 3."
    return {"3." + c.removeprefix(prefix) for c in project["classifiers"] if c.startswith(prefix)}


def test_binder_files_are_what_repo2docker_reads():
    runtime = (BINDER / "runtime.txt").read_text().strip()
    assert runtime.startswith("python-") and runtime.removeprefix("python-") in supported_pythons(), runtime
    assert os.access(BINDER / "postBuild", os.X_OK), "postBuild must be executable"
    assert not (REPO / "environment.yml").exists(), "a top-level environment.yml would confuse the reader"
    assert not (BINDER / "requirements.txt").exists(), "postBuild installs everything; one place only"


def apt_packages() -> list[str]:
    lines = (BINDER / "apt.txt").read_text(encoding="utf-8").splitlines()
    return [line.partition("#")[0].strip() for line in lines if line.partition("#")[0].strip()]


def playwright_chromium_packages(platform: str = "ubuntu24.04-x64") -> list[str]:
    """Chromium's system packages for ``platform``, read from the installed Playwright's own table."""
    import playwright

    lib = Path(playwright.__file__).parent / "driver" / "package" / "lib"
    for source in sorted(lib.rglob("*.js")):
        text = source.read_text(encoding="utf-8", errors="replace")
        start = text.find(f'"{platform}": {{\n')
        if start < 0 or "chromium: [" not in text[start : start + 4000]:
            continue
        block = text[start:].split("chromium: [", 1)[1].split("]", 1)[0]
        return re.findall(r'"([^"]+)"', block)
    raise AssertionError(f"no {platform} Chromium dependency table in {lib}")


def test_apt_txt_is_playwrights_own_chromium_table_for_binders_ubuntu_plus_fonts():
    wanted = playwright_chromium_packages()
    assert "libnss3" in wanted and "libgbm1" in wanted  # the table was really found
    listed = apt_packages()
    assert len(listed) == len(set(listed)), "a package listed twice"
    assert set(listed) == set(wanted) | FONTS, {
        "missing": set(wanted) - set(listed),
        "not in Playwright's table": set(listed) - set(wanted) - FONTS,
    }


@pytest.fixture(scope="module")
def binder_home(request: pytest.FixtureRequest) -> tuple[Path, Path, dict[str, str]]:
    """A checkout built as Binder builds it: (home folder = checkout, venv, environment).
    The build started in the background when the session began (see conftest.py)."""
    from .build import env_for, wait_for

    root = wait_for(request.config)
    return root / "home", root / "venv", env_for(root / "venv", root / "home")


@pytest.mark.slow
def test_postbuild_installs_the_kit_cleanly_and_home_shows_what_a_student_uses(binder_home):
    home, venv, env = binder_home
    assert not (home / "build").exists() and not list(home.glob("*.egg-info")), "build leftovers"
    shown = {path.name for path in home.iterdir() if not path.name.startswith(".")}
    assert {"notebooks", "README.md"} <= shown
    assert not shown & {"infokit", "tests", "benchmarks", "build"}, shown
    code = "import infokit, infokit.report, infokit.forms, jupyterlab; print(infokit.__file__)"
    python = str(venv / "bin" / "python")
    done = subprocess.run([python, "-c", code], cwd=home, env=env, capture_output=True, text=True, check=True)
    assert str(venv) in done.stdout, f"`import infokit` in the home folder loaded {done.stdout}"
    version = subprocess.run(
        [str(venv / "bin" / "infokit"), "--version"], env=env, capture_output=True, text=True
    )
    assert version.returncode == 0 and version.stdout.startswith("infokit ")
    settings = venv / "share" / "jupyter" / "lab" / "settings" / "overrides.d" / "infokit.json"
    assert (
        json.loads(settings.read_text())["@jupyterlab/apputils-extension:notification"]["fetchNews"]
        == "false"
    )


def _export_menu_labels(url: str) -> list[str] | None:
    """File > Save and Export Notebook As, as Chromium shows it (None without a Chromium, outside CI)."""
    from infokit.report.pdf import CHROMIUM_ARGS, find_browser

    chromium = find_browser()
    if chromium is None:
        assert not os.environ.get("CI"), "CI must run the browser check"
        return None
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page()
            page.goto(url)
            page.wait_for_selector(".jp-NotebookPanel .jp-Notebook", timeout=90_000)
            labels: list[str] = []
            deadline = time.monotonic() + 120
            while "HTML" not in labels and time.monotonic() < deadline:  # formats load after the notebook
                page.keyboard.press("Escape")
                page.locator(".lm-MenuBar-item", has_text="File").first.click()
                export = page.locator(".lm-Menu-item", has_text="Save and Export Notebook As").first
                try:
                    export.hover(timeout=10_000)
                    page.wait_for_timeout(500)
                except PlaywrightTimeout:  # a slow machine: open the menu again
                    continue
                labels = page.locator(".lm-Menu").last.locator(".lm-Menu-itemLabel").all_inner_texts()
            return labels
        finally:
            browser.close()


def _default(base: str, token: str, plugin: str, key: str) -> object:
    answer = json.loads(_get(f"{base}/lab/api/settings/{plugin}?token={token}")[2])
    return answer["schema"]["properties"][key]["default"]


def _get(url: str) -> tuple[int, dict[str, str], bytes]:
    with urllib.request.urlopen(url, timeout=60) as answer:
        return answer.status, dict(answer.headers), answer.read()


@pytest.mark.slow
def test_jupyterlab_in_the_binder_environment_offers_the_real_report_and_no_news(binder_home, free_port):
    home, venv, env = binder_home
    check_lab_offers_the_real_report_and_no_news(
        [str(venv / "bin" / "jupyter"), "lab"], str(venv / "bin" / "python"), home, env, free_port
    )


@pytest.mark.slow
def test_jupyterlab_from_the_readmes_install_offers_the_real_report_and_no_news(
    tmp_path, jupyter_env, free_port
):
    """The README's commands install the kit in editable mode: its JupyterLab settings must
    reach the environment all the same (hatchling's shared-data does, setuptools' did not)."""
    home = Path(jupyter_env["HOME"])
    shutil.copytree(REPO / "notebooks", home / "notebooks")
    jupyter_env["INFOKIT_WORKSPACE"] = str(home / "infokit-workspace")
    check_lab_offers_the_real_report_and_no_news(
        [sys.executable, "-m", "jupyterlab"], sys.executable, home, jupyter_env, free_port
    )


def check_lab_offers_the_real_report_and_no_news(
    lab: list[str], python: str, home: Path, env: dict[str, str], port: int
) -> None:
    """JupyterLab started by ``lab`` on ``home`` (which holds ``notebooks/``) lists *Infokit
    report* under File > Save and Export Notebook As, asks no news question, and the entry
    downloads the student's real report from the workspace ``env`` names (else the default one)."""
    workspace = Path(env.get("INFOKIT_WORKSPACE") or home / "infokit-workspace")
    sample = [python, "-m", "infokit", "sample", "--workspace", str(workspace)]
    subprocess.run(sample, env=env, check=True, capture_output=True)
    token = "lab-test"
    server = subprocess.Popen(
        [*lab, "--allow-root", "--no-browser", "--ip=127.0.0.1",
         f"--port={port}", f"--ServerApp.token={token}", "--ServerApp.root_dir=" + str(home)],
        cwd=home, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert server.poll() is None and time.monotonic() < deadline, "JupyterLab did not start"
            try:
                formats = json.loads(_get(f"{base}/api/nbconvert?token={token}")[2])
                break
            except OSError:
                time.sleep(0.5)
        # The raw format name is not listed (JupyterLab would label it "Infokit_report") ...
        assert "html" in formats and "infokit_report" not in formats
        # ... the kit's settings add it to File > Save and Export Notebook As under its real name ...
        # (the server gives each setting's default with the overrides applied; the home has no
        # user settings, so that default is what JupyterLab uses)
        menus = _default(base, token, "@jupyterlab/mainmenu-extension:plugin", "menus")
        items = [
            item
            for menu in menus
            for entry in menu.get("items", [])
            for item in entry.get("submenu", {}).get("items", [])
            if entry.get("submenu", {}).get("id") == "jp-mainmenu-file-notebookexport"
        ]
        assert [item["args"] for item in items] == [
            {"format": "infokit_report", "label": "Infokit report", "isPalette": False}
        ]
        # ... no "official Jupyter news?" question ...
        assert _default(base, token, "@jupyterlab/apputils-extension:notification", "fetchNews") == "false"
        # ... and what the entry downloads from a guided notebook is the student's real report.
        status, headers, body = _get(
            f"{base}/nbconvert/infokit_report/notebooks/06_submit.ipynb?download=true&token={token}"
        )
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert "attachment" in headers.get("Content-Disposition", "")
        report = home / "downloaded.html"
        report.write_bytes(body)
        check = (
            "import sys; from infokit.report import read_submission; from infokit.store import Workspace;"
            "s = read_submission(sys.argv[1]); w = Workspace(sys.argv[2]).load();"
            "print(s.project.questions == w.questions, s.project.profile.name == w.profile.name)"
        )
        command = [python, "-c", check, str(report), str(workspace)]
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        assert done.stdout.split() == ["True", "True"], done.stdout + done.stderr
        # What a student sees: the menu in the browser.
        labels = _export_menu_labels(f"{base}/lab/tree/notebooks/06_submit.ipynb?token={token}")
        if labels is not None:
            assert "Infokit report" in labels and "HTML" in labels, labels
            assert not [label for label in labels if "infokit_report" in label.lower()], labels
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stdout:
            server.stdout.close()
