"""Links to files a form wrote: the download carries the bytes; "open" only where the file browser reaches."""

from __future__ import annotations

import base64
import re
from pathlib import Path

from infokit.forms import files


def test_download_link_carries_the_files_bytes(tmp_path: Path) -> None:
    path = tmp_path / "report <1>.pdf"
    path.write_bytes(b"%PDF-1.7 \x00\xff")
    link = files.download_link(path)
    data = re.search(r'href="data:application/pdf;base64,([^"]+)"', link)
    assert data and base64.b64decode(data.group(1)) == path.read_bytes()
    assert 'download="report &lt;1&gt;.pdf"' in link


def test_open_link_only_when_the_served_folder_holds_the_file(tmp_path: Path) -> None:
    served, outside = tmp_path / "course", tmp_path / "home" / "infokit-workspace"
    for folder in (served / "report", outside):
        folder.mkdir(parents=True)
    inside = served / "report" / "r.html"
    away = outside / "r.html"
    for path in (inside, away):
        path.write_text("<p>hi</p>")
    assert 'href="report/r.html"' in files.links(inside, served, start=served)
    assert "infokit-file-link" not in files.links(away, served, start=served)
    assert "not listed there" in files.where(outside, served)


def test_served_root_reads_the_running_servers(tmp_path: Path, monkeypatch) -> None:
    import jupyter_server.serverapp as serverapp

    (tmp_path / "course" / "sub").mkdir(parents=True)
    servers = [{"root_dir": str(tmp_path / "elsewhere")}, {"root_dir": str(tmp_path / "course")}]
    monkeypatch.setattr(serverapp, "list_running_servers", lambda: iter(servers))
    assert files.served_root(tmp_path / "course" / "sub") == (tmp_path / "course").resolve()
    assert files.served_root(tmp_path) is None
