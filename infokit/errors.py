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
    │   ├── CannotWrite       a folder cannot be written (full disk, no permission, gone)
    │   └── WorkspaceExists   refusing to overwrite existing work
    │       └── OtherStudentsWork  the file to restore is someone else's work
    ├── SettingsError         the assignment settings file has a bad key or value
    ├── ReportError           a report could not be built, exported or read
    └── GradingError          a batch could not be graded at all
"""

from __future__ import annotations

from datetime import date

from infokit.labels import label as field_label


class InfokitError(Exception):
    """Base class: a one-line, student-readable problem."""


class InvalidValue(InfokitError, ValueError):
    """A field was given a value it cannot take.

    ``field`` is the path code uses (``follow_ups[0].action``), ``value`` what was
    given and ``reason`` what is wrong with it; the message names the field in the
    student's words (see :mod:`infokit.labels`) and shows the value only when it is
    something the student typed or picked, never a record, a list or ``None``.
    """

    def __init__(self, field: str, value: object, reason: str, *, message: str | None = None) -> None:
        self.field = field
        self.value = value
        self.reason = reason
        self.label = field_label(field)
        super().__init__(message or sentence(self.label, value, reason))

    @classmethod
    def across(cls, field: str, reason: str) -> InvalidValue:
        """A rule across several values: the reason itself names them."""
        return cls(field, None, reason, message=f"{_capital(field_label(field))}: {reason}")

    @classmethod
    def says(cls, field: str, value: object, message: str) -> InvalidValue:
        """A refusal worded whole by the caller (still naming ``field`` for code)."""
        return cls(field, value, message, message=message)


def sentence(label: str, value: object, reason: str) -> str:
    """ "Your email 'nope' is not an email address ...": label, the value if worth showing, reason."""
    shown = show(value)
    return " ".join(part for part in (_capital(label), shown, reason) if part)


def show(value: object, limit: int = 60) -> str:
    """A value as a student would recognise it, quoted and on one line; '' for what is not worth showing."""
    if value is None or isinstance(value, bool) or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, str):
        text = value if len(value) <= limit else value[: limit - 3] + "..."
        return repr(text)
    if isinstance(value, int):
        return str(value) if value.bit_length() <= 64 else "a very large number"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, date):
        return value.isoformat()
    return ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


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


class CannotWrite(WorkspaceError):
    """A folder cannot be written: the disk is full, it is read-only, not ours, or gone."""


class WorkspaceExists(WorkspaceError):
    """Refusing to overwrite a workspace that already holds work."""


class OtherStudentsWork(WorkspaceExists):
    """The file to restore holds another student's work than the workspace does."""

    def __init__(self, message: str, *, file_owner: str, workspace_owner: str) -> None:
        self.file_owner = file_owner
        """Whose work the file holds, e.g. 'Ana Ruiz (student id 1234567)'."""
        self.workspace_owner = workspace_owner
        super().__init__(message)


class SettingsError(InfokitError):
    """The assignment settings file has a bad key or value."""


class ReportError(InfokitError):
    """A report could not be built, exported or read."""


class GradingError(InfokitError):
    """A batch of submissions could not be graded at all."""
