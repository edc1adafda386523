"""Errors infokit raises on purpose.

Every error a student or an instructor can cause is an :class:`InfokitError`
whose message is one line that says what was wrong and, where it helps, what
to do next. The CLI prints that line; the notebooks show it beside the form.

    InfokitError
    ├── InvalidValue          a field got a value it cannot take
    ├── WorkspaceError        the workspace folder or its file cannot be used
    │   ├── CorruptWorkspace  the file is empty, truncated or not JSON
    │   ├── ForeignFile       the file is JSON but not an infokit file
    │   ├── NewerFormat       the file was written by a newer infokit
    │   ├── WorkspaceBusy     another process held the lock for too long
    │   └── WorkspaceExists   refusing to overwrite existing work
    ├── SettingsError         the assignment settings file has a bad key or value
    ├── ReportError           a report could not be built, exported or read
    └── GradingError          a batch could not be graded at all
"""

from __future__ import annotations


class InfokitError(Exception):
    """Base class: a one-line, student-readable problem."""


class InvalidValue(InfokitError, ValueError):
    """A field was given a value it cannot take."""

    def __init__(self, field: str, value: object, reason: str) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        super().__init__(f"{field}: {_show(value)} {reason}")

    @classmethod
    def across(cls, field: str, reason: str) -> InvalidValue:
        """A rule across several values: the reason itself quotes them."""
        error = cls(field, None, reason)
        error.args = (f"{field}: {reason}",)
        return error


class WorkspaceError(InfokitError):
    """The workspace folder or its project file cannot be used."""


class CorruptWorkspace(WorkspaceError):
    """The project file is empty, truncated or not valid JSON."""


class ForeignFile(WorkspaceError):
    """The file is readable but was not written by infokit."""


class NewerFormat(WorkspaceError):
    """The file was written by a newer version of infokit."""


class WorkspaceBusy(WorkspaceError):
    """Another process held the workspace lock for too long."""


class WorkspaceExists(WorkspaceError):
    """Refusing to overwrite a workspace that already holds work."""


class SettingsError(InfokitError):
    """The assignment settings file has a bad key or value."""


class ReportError(InfokitError):
    """A report could not be built, exported or read."""


class GradingError(InfokitError):
    """A batch of submissions could not be graded at all."""


def _show(value: object, limit: int = 60) -> str:
    """Quote a value for an error message, shortened so the message stays one line."""
    text = repr(value)
    text = text.replace("\n", "\\n")
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return text
