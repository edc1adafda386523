"""Old module paths that still import: ``import infokit.qcheck`` gives ``infokit.questions``.

Modules moved into folders of their own (questions, outreach, sample); a line a
student typed in a notebook before the move keeps working. The finder runs only
after the normal search has found nothing, and only for the names listed here.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

MOVED: dict[str, str] = {
    "infokit.bank": "infokit.questions.bank",
    "infokit.mcheck": "infokit.outreach.check",
    "infokit.messages": "infokit.outreach.messages",
    "infokit.qcheck": "infokit.questions",
    "infokit.qplan": "infokit.questions.plan",
    "infokit.qrules": "infokit.questions.rules",
    "infokit.qtext": "infokit.questions.text",
    "infokit.qtopic": "infokit.questions.topic",
    "infokit.qwording": "infokit.questions.wording",
    "infokit.sample_draw": "infokit.sample.draw",
    "infokit.sample_meeting": "infokit.sample.meeting",
    "infokit.sample_partial": "infokit.sample.partial",
    "infokit.sample_people": "infokit.sample.people",
    "infokit.sample_questions": "infokit.sample.questions",
    "infokit.sample_reflection": "infokit.sample.reflection",
    "infokit.schedule": "infokit.outreach.schedule",
}
"""Old dotted name -> where the module lives now."""


class _Alias(importlib.abc.Loader):
    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> None:
        return None  # a placeholder; exec_module puts the real module in its place

    def exec_module(self, module: ModuleType) -> None:
        # The import system returns whatever sys.modules holds under the old name afterwards.
        sys.modules[module.__name__] = importlib.import_module(self.target)


class MovedFinder(importlib.abc.MetaPathFinder):
    """Resolves the names in :data:`MOVED` to the modules they became."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        new = MOVED.get(fullname)
        return importlib.machinery.ModuleSpec(fullname, _Alias(new)) if new else None


def install() -> None:
    """Add the finder once, after the standard ones."""
    if not any(isinstance(finder, MovedFinder) for finder in sys.meta_path):
        sys.meta_path.append(MovedFinder())
