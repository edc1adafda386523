"""infokit: a Jupyter kit for an informational-interview assignment.

``import infokit`` is kept light: names below load their module on first use,
so nothing heavy (pydantic, pandas, nbconvert, widgets) is imported until a
student or a command needs it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from infokit import _moved
from infokit._lazy import lazy_exports
from infokit._version import __version__

_LAZY: dict[str, str] = {
    "InfokitError": "infokit.errors",
    "Project": "infokit.model",
    "Settings": "infokit.settings",
    "Workspace": "infokit.store",
    "check_message": "infokit.outreach.check",
    "check_plan": "infokit.questions",
    "check_questions": "infokit.questions",
    "export_report": "infokit.report",
    "load_settings": "infokit.settings",
    "open_workspace": "infokit.store",
    "progress": "infokit.progress",
    "read_submission": "infokit.report.embed",
    "render_message": "infokit.outreach.messages",
    "sample_project": "infokit.sample",
    "validate": "infokit.validate",
}
"""Public name -> module. Students' one-line actions live in ``infokit.actions``
(``import infokit.actions as ik``); instructors' grading in ``infokit.grading``."""

_RENAMED = {"render_message": "render"}

__all__ = sorted([*_LAZY, "__version__"])


__getattr__, __dir__ = lazy_exports(__name__, _LAZY, _RENAMED)
_moved.install()  # old module paths (infokit.qcheck, infokit.schedule...) keep importing


if TYPE_CHECKING:  # pragma: no cover
    from infokit.errors import InfokitError
    from infokit.model import Project
    from infokit.outreach.check import check_message
    from infokit.outreach.messages import render as render_message
    from infokit.progress import progress
    from infokit.questions import check_plan, check_questions
    from infokit.report import export_report
    from infokit.report.embed import read_submission
    from infokit.sample import sample_project
    from infokit.settings import Settings, load_settings
    from infokit.store import Workspace, open_workspace
    from infokit.validate import validate
