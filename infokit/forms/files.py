"""Files a form wrote (backup, guide, calendar file, report): a download link that carries the
file's own bytes, and an "open" link when JupyterLab's file browser can reach the file.

The workspace is often outside the folder JupyterLab serves (the default
``~/infokit-workspace`` while the server serves the course folder); a link by
path then answers 404, so the download link never depends on the path.
"""

from __future__ import annotations

import base64
import html
import os
from pathlib import Path

MIME = {
    ".html": "text/html",
    ".pdf": "application/pdf",
    ".ics": "text/calendar",
    ".json": "application/json",
    ".ipynb": "application/x-ipynb+json",
}


def served_root(start: Path | None = None) -> Path | None:
    """The folder the running Jupyter server shows, when this kernel's folder is inside one."""
    try:
        from jupyter_server.serverapp import list_running_servers
    except ImportError:  # no Jupyter server installed: a plain Python session
        return None
    here = (start or Path.cwd()).resolve()
    best: Path | None = None
    try:
        servers = list(list_running_servers())
    except (OSError, ValueError):
        return None
    for info in servers:
        root = Path(str(info.get("root_dir") or info.get("notebook_dir") or "")).expanduser()
        if not root.is_absolute():
            continue
        root = root.resolve()
        if here == root or root in here.parents:
            best = root if best is None or len(root.parts) > len(best.parts) else best
    return best


def reachable(path: Path, root: Path | None) -> bool:
    """Whether JupyterLab's file browser (serving ``root``) can show ``path``."""
    if root is None:
        return False
    path = path.resolve()
    return path == root or root in path.parents


def download_link(path: Path) -> str:
    """An <a download> whose address is the file's bytes: works wherever the file lives."""
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    mime = MIME.get(path.suffix.lower(), "application/octet-stream")
    name = html.escape(path.name, quote=True)
    return (
        f'<a download="{name}" href="data:{mime};base64,{data}" class="infokit-download">'
        f"Download {html.escape(path.name)}</a>"
    )


def open_link(path: Path, start: Path | None = None) -> str:
    """A link relative to the notebook's folder, which JupyterLab opens in a new tab."""
    href = os.path.relpath(path.resolve(), (start or Path.cwd()).resolve())
    href = "/".join(html.escape(part, quote=True) for part in Path(href).parts)
    return f'<a href="{href}" target="_blank" class="infokit-file-link">open {html.escape(path.name)}</a>'


def links(path: Path, root: Path | None = None, start: Path | None = None) -> str:
    """Download always; open as well when the file browser can reach the file."""
    parts = [download_link(path)]
    if reachable(path, root):
        parts.append(open_link(path, start))
    return " · ".join(parts)


def where(path: Path, root: Path | None) -> str:
    """Where a file or folder is, in words that are true for this JupyterLab."""
    shown = html.escape(str(path))
    if root is None:
        return f"<code>{shown}</code>"
    if reachable(path, root):
        inside = path.resolve().relative_to(root)
        return (
            f"<code>{shown}</code> (in the file browser on the left: "
            f"<code>{html.escape(inside.as_posix() or '.')}</code>)"
        )
    return (
        f"<code>{shown}</code>, outside the folder the file browser on the left shows, so it is"
        " not listed there: use the download links"
    )
