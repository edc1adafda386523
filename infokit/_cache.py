"""The kit's own cache folder: things that are slow to make and always the same for the same input."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def cache_dir(name: str) -> Path | None:
    """``$XDG_CACHE_HOME/infokit/<name>`` (default ``~/.cache``), created; None if it cannot be written."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "infokit" / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if os.access(folder, os.W_OK) else None


def template_cache() -> Any:
    """Compiled Jinja templates kept between runs (like ``.pyc`` files), so a fresh command does
    not compile its templates again. Jinja keys each entry by the template's source and the
    Python version; the output is the same either way. None where nothing can be written."""
    folder = cache_dir("templates")
    if folder is None:
        return None
    from jinja2 import FileSystemBytecodeCache

    return FileSystemBytecodeCache(str(folder))
