"""Typing not saved yet, kept in a small file beside the workspace so a kernel restart cannot lose it.

Every tracked box writes what differs from the saved version to
``.unsaved/<form>.json`` in the workspace folder as the student types; a
successful save removes it. A form built later (after a restart, or the next
day) offers it back. The file never enters the report or a backup.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

import ipywidgets as w

from infokit.store import Workspace, write_atomic

FOLDER = ".unsaved"


class Unsaved:
    """One form's unsaved typing on disk (best effort: a failed write never stops the student)."""

    def __init__(self, workspace: Workspace, key: str) -> None:
        self.file = workspace.path / FOLDER / f"{key}.json"

    def keep(self, values: dict[str, Any]) -> None:
        if not values:
            self.drop()
            return
        with contextlib.suppress(OSError):
            self.file.parent.mkdir(parents=True, exist_ok=True)
            stamp = datetime.now().isoformat(timespec="minutes")
            write_atomic(self.file, json.dumps({"typed_at": stamp, "values": values}, ensure_ascii=False))

    def read(self) -> tuple[dict[str, Any], str]:
        """What was kept and when ('' when nothing was, or the file is unreadable)."""
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
            values, stamp = data["values"], str(data["typed_at"])
        except (OSError, ValueError, KeyError, TypeError):
            return {}, ""
        if not isinstance(values, dict):
            return {}, ""
        return {str(k): v for k, v in values.items() if isinstance(v, str | bool | int | float)}, stamp

    def drop(self) -> None:
        with contextlib.suppress(OSError):
            self.file.unlink(missing_ok=True)


class Tracked:
    """Text boxes compared with the saved version the form loaded.

    ``saved(project)`` gives the saved value of every box. A save sends only
    :meth:`changes`; :meth:`merge` then adopts what was changed elsewhere in
    boxes the student did not touch, and says which fields that was.
    """

    def __init__(self, unsaved: Unsaved, saved: Callable[[Any], dict[str, Any]], project: Any) -> None:
        self.unsaved = unsaved
        self.saved = saved
        self.baseline = saved(project)
        self.widgets: dict[str, w.ValueWidget] = {}

    def bind(self, widgets: dict[str, w.ValueWidget]) -> None:
        self.widgets = widgets
        for widget in widgets.values():
            widget.observe(lambda _change: self.unsaved.keep(self.changes()), names="value")

    def values(self) -> dict[str, Any]:
        return {key: widget.value for key, widget in self.widgets.items()}

    def changes(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if v != self.baseline.get(k)}

    def elsewhere(self, project: Any) -> list[str]:
        """Fields saved differently since this form loaded (another notebook, kernel or the CLI)."""
        now = self.saved(project)
        return [k for k in self.widgets if now.get(k) != self.baseline.get(k)]

    def merge(self, project: Any, mine: dict[str, Any]) -> None:
        """After a save: boxes the student did not change show the saved value."""
        now = self.saved(project)
        for key, widget in self.widgets.items():
            if key not in mine and widget.value != now.get(key):
                widget.value = now.get(key, widget.value)
        self.baseline = now
        self.unsaved.drop()

    def offer(self, extra: w.HBox, make_button: Callable[..., w.Button], html: Callable[..., w.HTML]) -> None:
        """Offer back typing a kernel restart would otherwise have lost."""
        kept, stamp = self.unsaved.read()
        kept = {k: v for k, v in kept.items() if k in self.widgets and v != self.widgets[k].value}
        if not kept:
            return

        def bring_back() -> None:
            for key, value in kept.items():
                self.widgets[key].value = value
            extra.children = []

        def throw_away() -> None:
            self.unsaved.drop()
            extra.children = []

        when = stamp.replace("T", " at ")
        extra.children = [
            html(f"<b>You typed something here on {when} that was never saved.</b>", "unsaved-note"),
            make_button("Bring it back", bring_back, "unsaved-restore", "warning"),
            make_button("Throw it away", throw_away, "unsaved-drop"),
        ]
