"""infokit: a Jupyter kit for an informational-interview assignment.

``import infokit`` is kept light: names below load their module on first use,
so nothing heavy (pydantic, pandas, nbconvert, widgets) is imported until a
student or a command needs it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_LAZY: dict[str, str] = {
    "InfokitError": "infokit.errors",
    "Project": "infokit.model",
    "Settings": "infokit.settings",
    "Workspace": "infokit.store",
    "load_settings": "infokit.settings",
    "open_workspace": "infokit.store",
    "progress": "infokit.progress",
}

__all__ = sorted([*_LAZY, "__version__"])


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'infokit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # pragma: no cover
    from infokit.errors import InfokitError
    from infokit.model import Project
    from infokit.progress import progress
    from infokit.settings import Settings, load_settings
    from infokit.store import Workspace, open_workspace
