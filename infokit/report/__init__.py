"""The submission report: build it from a workspace, export it (HTML, PDF, ipynb), read it back.

Names load their module on first use, so ``import infokit.report.embed``
(the grader's way in) does not pull in nbconvert or matplotlib.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from infokit._lazy import lazy_exports

__all__ = ["ReportExporter", "build_notebook", "export_report", "read_submission"]

_HOMES: dict[str, str] = {
    "ReportExporter": "infokit.report.exporter",
    "build_notebook": "infokit.report.build",
    "export_report": "infokit.report.export",
    "read_submission": "infokit.report.embed",
}


__getattr__, __dir__ = lazy_exports(__name__, _HOMES)


if TYPE_CHECKING:  # pragma: no cover
    from infokit.report.build import build_notebook
    from infokit.report.embed import read_submission
    from infokit.report.export import export_report
    from infokit.report.exporter import ReportExporter
