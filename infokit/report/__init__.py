"""The submission report: build it from a workspace, export it (HTML, PDF, ipynb), read it back.

Names load their module on first use, so ``import infokit.report.embed``
(the grader's way in) does not pull in nbconvert or matplotlib.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__all__ = ["ReportExporter", "build_notebook", "export_report", "read_submission"]

_HOMES: dict[str, str] = {
    "ReportExporter": "infokit.report.exporter",
    "build_notebook": "infokit.report.build",
    "export_report": "infokit.report.export",
    "read_submission": "infokit.report.embed",
}


def __getattr__(name: str) -> Any:
    module = _HOMES.get(name)
    if module is None:
        raise AttributeError(f"module 'infokit.report' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)


if TYPE_CHECKING:  # pragma: no cover
    from infokit.report.build import build_notebook
    from infokit.report.embed import read_submission
    from infokit.report.export import export_report
    from infokit.report.exporter import ReportExporter
