"""The workspace: one folder per student holding one versioned JSON file.

Guarantees, each with a test that would catch its breaking:

* **Atomic saves.** A save writes a temporary file beside the real one, syncs
  it to disk and renames it over the old file, so a writer killed at any
  instant leaves the last good state readable.
* **No lost updates.** :meth:`Workspace.update` holds a cross-process file lock
  across read, change and write, so two notebooks (two kernels) saving at once
  both keep their changes.
* **Never overwrite what cannot be read.** An empty, truncated, foreign or
  newer-format file raises one clear error and stays as it is; restoring over
  it first moves it aside.
* **Backups.** Before a save replaces the file, the old state is copied to
  ``backups/`` at most every few minutes, keeping the newest few; a restore
  always backs up what it replaces. A backup is written like the file itself
  (temporary file, sync, rename), so a full disk or a crash never leaves a
  half-written one; a damaged backup (from elsewhere) neither counts towards
  the few kept nor holds back a new one, so the last good backups survive.
* **Errors in words.** A folder that cannot be written is named with what to
  do (free space, pick another folder); the kit's temporary files never are.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import functools
import json
import os
import secrets
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from infokit import decode
from infokit.errors import (
    CannotWrite,
    CorruptWorkspace,
    ForeignFile,
    InfokitError,
    NewerFormat,
    WorkspaceBusy,
    WorkspaceError,
    WorkspaceExists,
    show,
)
from infokit.model import Project, validate_project

FORMAT = "infokit-workspace"
VERSION = 2
"""The file format version this infokit writes. Bump it with a migration below.

Format 2 (issue 13) may hold data a format-1 kit cannot read: report sections
(``Project.sections``), a contact's mailing ``address`` and reflections that answer
the instructor's own prompts (a new Reflection framework value). The model forbids
unknown fields, so a format-1 kit would refuse such a file with a confusing error;
the version makes it say instead that a newer infokit wrote it."""

PROJECT_FILE = "infokit-project.json"
LOCK_FILE = ".infokit.lock"
BACKUP_DIR = "backups"
KEEP_BACKUPS = 10
BACKUP_EVERY = timedelta(minutes=5)
LOCK_TIMEOUT = 30.0
ENV_VAR = "INFOKIT_WORKSPACE"
DEFAULT_FOLDER = "infokit-workspace"


def _from_v1(project: dict[str, Any]) -> dict[str, Any]:
    """Turn a version-1 project dict into a version-2 one, meaning the same; the input is untouched.

    Format 2 only *adds* optional data: report sections (``sections``), a contact's
    mailing ``address``, and a Reflection framework for answers to the instructor's
    own prompts. Each new field has a default that means "none given" (no sections,
    no address), and no version-1 reflection used the new framework value, so every
    version-1 project is already a valid version-2 project with the same meaning:
    nothing is renamed, moved or reinterpreted. The step is a deep copy, so a caller's
    dict (say, one decoded from a report it still checks a digest over) never changes.
    """
    return copy.deepcopy(project)


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_v1}
"""``MIGRATIONS[n]`` turns a version-n project dict into a version n+1 one.

When the format changes: bump VERSION, add the step from the old version here,
and add a fixture file of the old version to tests/data/. Loading an older
file migrates it in memory; the next save writes the new version, after the
old file has been copied to backups/.
"""


def default_location() -> Path:
    """Where a student's work lives when no folder is named.

    ``$INFOKIT_WORKSPACE`` if set, else ``~/infokit-workspace``: on Binder and
    most hubs the home folder is what the file browser shows, so a student can
    see and download it. The repository's .gitignore lists it.
    """
    env = os.environ.get(ENV_VAR, "").strip()
    return Path(env).expanduser() if env else Path.home() / DEFAULT_FOLDER


def _now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S%fZ")


def _backup_time(path: Path) -> datetime:
    """When a backup was made: the stamp in its name (``project-<stamp>.json``), else its time on disk."""
    try:
        return datetime.strptime(path.stem.removeprefix("project-"), "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def dump(project: Project) -> str:
    """The project as the text of a workspace file (envelope with format and version)."""
    from infokit._version import __version__

    envelope = {
        "format": FORMAT,
        "version": VERSION,
        "saved_at": _now().isoformat(timespec="seconds"),
        "infokit": __version__,
        "project": project.model_dump(mode="json"),
    }
    return json.dumps(envelope, ensure_ascii=False, indent=2) + "\n"


def parse(text: str, origin: str = "the file") -> Project:
    """Read workspace-file text, migrating an older version; one clear error otherwise.

    A byte-order mark is accepted; deep nesting, overlong numbers and NaN are refused
    (see :mod:`infokit.decode`), as is any value the model cannot take.
    """
    text = decode.without_mark(text)
    if not text.strip():
        raise CorruptWorkspace(f"{origin} is empty; restore a backup with `infokit restore`")
    try:
        data = decode.json_value(text)
    except decode.Undecodable as exc:
        raise CorruptWorkspace(
            f"{origin} {exc}; it was left as it is: restore a backup with `infokit restore`"
        ) from None
    return from_envelope(data, origin)


def from_envelope(data: Any, origin: str = "the file") -> Project:
    """Validate a decoded workspace envelope and return its project."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ForeignFile(f'{origin} is not an infokit workspace file (no \'"format": "{FORMAT}"\')')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CorruptWorkspace(f"{origin} has a bad format version {show(version)}".rstrip())
    if version > VERSION:
        raise NewerFormat(
            f"{origin} was written by a newer infokit (format {version}, this one reads up to"
            f" {VERSION}); upgrade with `pip install -U infokit`"
        )
    project = data.get("project")
    if not isinstance(project, dict):
        raise CorruptWorkspace(f"{origin} has no project data")
    project = migrate(project, version)
    try:
        return validate_project(project)
    except InfokitError as exc:
        raise CorruptWorkspace(f"{origin} holds a value infokit cannot accept: {exc}") from None


def migrate(project: dict[str, Any], version: int) -> dict[str, Any]:
    """A project dict of format ``version`` (1 to VERSION) as one of format VERSION.

    Also used for the project inside a report, whose data version follows this format."""
    for step in range(version, VERSION):
        project = MIGRATIONS[step](project)
    return project


def write_atomic(path: Path, text: str | bytes) -> None:
    """Replace ``path`` with ``text`` so that a crash leaves either old or new, never half.

    An OSError names ``path`` (never the temporary file beside it).
    """
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}-{secrets.token_hex(4)}")
    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.errno is not None:
            raise type(exc)(exc.errno, exc.strerror, str(path)) from None
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_WHAT_TO_DO = {
    errno.ENOSPC: "the disk is full: free some space, then try again",
    errno.EDQUOT: "your disk quota is used up: free some space, then try again",
    errno.EACCES: "you may not write there: choose another folder or fix its permissions",
    errno.EPERM: "you may not write there: choose another folder or fix its permissions",
    errno.EROFS: "it is read-only: choose another folder",
    errno.ENOENT: "it does not exist or takes no new files (was it moved or deleted?)",
    errno.ENOTDIR: "part of its path is a file, not a folder",
}


def write_advice(exc: OSError) -> str:
    """What an OSError met while writing means for the student, and what to do, with the
    system's own words (which a student may search for)."""
    advice = _WHAT_TO_DO.get(exc.errno or 0)
    own = exc.strerror or str(exc)
    return f"{advice} ({own})" if advice and own else advice or own


def cannot_write(exc: OSError, target: Path, doing: str) -> CannotWrite:
    """The one-line error for an OSError met while writing ``target``: the folder, and what to do."""
    folder = target if target.is_dir() else target.parent
    return CannotWrite(f"cannot {doing} in {folder}: {write_advice(exc)}")


def read_file(path: str | os.PathLike[str]) -> Project:
    """Read a workspace or backup file from anywhere."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WorkspaceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise WorkspaceError(f"{path} is a folder, not a workspace file") from None
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be read ({exc.strerror})") from None
    try:
        text = decode.text(raw)
    except decode.Undecodable as exc:
        raise ForeignFile(f"{path} is not an infokit file: it {exc}") from None
    return parse(text, str(path))


@functools.lru_cache(maxsize=256)
def _readable(path: str, size: int, modified: int, thorough: bool) -> bool:
    """Whether a backup file reads back (cached by size and time: backups never change)."""
    try:
        if thorough:
            read_file(path)
            return True
        data = decode.json_value(decode.text(Path(path).read_bytes()))
    except (WorkspaceError, OSError, decode.Undecodable):
        return False
    return isinstance(data, dict) and data.get("format") == FORMAT and isinstance(data.get("project"), dict)


def backup_readable(path: Path, *, thorough: bool = True) -> bool:
    """Whether the backup at ``path`` can be restored; ``thorough=False`` only checks that it
    is whole (complete JSON of a workspace file), which is what a cut-short copy is not and
    costs a fraction of validating it: enough to decide which backups to keep."""
    try:
        info = path.stat()
    except OSError:
        return False
    return _readable(str(path), info.st_size, info.st_mtime_ns, thorough)


class Workspace:
    """One student's workspace folder.

    Read with :meth:`load`; change with ``with ws.update() as project: ...``,
    which locks, reads the newest state, lets you change it, validates and
    saves atomically. Nothing is written if the block raises.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path).expanduser() if path else default_location()
        self.file = self.path / PROJECT_FILE
        self.backup_dir = self.path / BACKUP_DIR
        self._lock: Any = None

    def __repr__(self) -> str:
        return f"Workspace({str(self.path)!r})"

    # -- reading -----------------------------------------------------------
    def exists(self) -> bool:
        return self.file.exists()

    def load(self) -> Project:
        """The saved project; an empty one if the workspace was never started."""
        if not self.file.exists():
            if self.path.exists() and not self.path.is_dir():
                raise WorkspaceError(f"{self.path} is a file, not a workspace folder")
            return Project()
        return read_file(self.file)

    # -- writing -----------------------------------------------------------
    def init(self) -> bool:
        """Create the folder and an empty project; True if created, False if it already held one."""
        with self.locked():
            if self.file.exists():
                self.load()  # refuses a damaged file rather than pretending all is well
                return False
            self._write_file(dump(Project()))
            return True

    @contextlib.contextmanager
    def update(self) -> Iterator[Project]:
        """Lock, read the newest state, yield it for changes, validate and save."""
        with self.locked():
            project = self.load()
            yield project
            self._write(validate_project(project.model_dump(mode="python")))

    def save(self, project: Project) -> None:
        """Replace the whole project (used by restore and import); the old one is backed up
        first, and nothing is replaced if that safety copy cannot be written."""
        project = validate_project(project.model_dump(mode="python"))
        with self.locked():
            self._set_aside_unreadable()
            self._write(project, force_backup=True)

    def _write(self, project: Project, force_backup: bool = False) -> None:
        self._rotate_backups(force=force_backup)
        self._write_file(dump(project))
        self._sweep_temp_files()

    def _write_file(self, text: str) -> None:
        try:
            write_atomic(self.file, text)
        except OSError as exc:
            raise cannot_write(exc, self.path, "save your work") from None

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the workspace's cross-process lock (re-entrant within one Workspace)."""
        from filelock import FileLock, Timeout

        self._ensure_folder()
        if self._lock is None:
            self._lock = FileLock(str(self.path / LOCK_FILE), timeout=LOCK_TIMEOUT)
        try:
            self._lock.acquire()
        except Timeout:
            raise WorkspaceBusy(
                f"{self.path} is busy: another notebook or command held it for over"
                f" {LOCK_TIMEOUT:.0f} s; try again"
            ) from None
        except OSError as exc:
            raise cannot_write(exc, self.path, "save your work") from None
        try:
            yield
        finally:
            self._lock.release()

    def _ensure_folder(self) -> None:
        if self.path.exists() and not self.path.is_dir():
            raise WorkspaceError(f"{self.path} is a file, not a workspace folder")
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WorkspaceError(f"{self.path}: cannot create the folder ({exc.strerror})") from None

    def _sweep_temp_files(self) -> None:
        # Left by a writer killed mid-save; we hold the lock, so none is in use.
        leftovers = [*self.path.glob(f".{PROJECT_FILE}.tmp-*")]
        if self.backup_dir.is_dir():
            leftovers += self.backup_dir.glob(".*.json.tmp-*")
        for stale in leftovers:
            with contextlib.suppress(OSError):
                stale.unlink()

    def _set_aside_unreadable(self) -> None:
        """Before replacing a file we cannot read, keep it under backups/ instead."""
        if not self.file.exists():
            return
        try:
            read_file(self.file)
        except WorkspaceError:
            target = self.backup_dir / f"unreadable-{_stamp(_now())}.json"
            try:
                self.backup_dir.mkdir(exist_ok=True)
                write_atomic(target, self.file.read_bytes())
            except OSError as exc:
                doing = "keep a copy of the damaged file (nothing was changed)"
                raise cannot_write(exc, self.backup_dir, doing) from None

    # -- backups -----------------------------------------------------------
    def backups(self) -> list[Path]:
        """Automatic backups, newest first (readable or not: see :meth:`latest_backup`)."""
        if not self.backup_dir.is_dir():
            return []
        return sorted(self.backup_dir.glob("project-*.json"), reverse=True)

    def latest_backup(self) -> Path | None:
        """The newest automatic backup that can be read back, if any."""
        return next((path for path in self.backups() if backup_readable(path)), None)

    def _rotate_backups(self, force: bool = False) -> None:
        """Copy the current file to backups/ if one is due (or ``force``), then keep the newest
        few readable ones. A backup that cannot be written does not stop an ordinary save
        (the earlier backups stay), but it does stop a restore, which promised a safety copy."""
        if not self.file.exists():
            return
        if not force and not self._backup_due():
            return
        try:
            raw = self.file.read_bytes()
            parse(decode.text(raw), str(self.file))
        except (OSError, decode.Undecodable, WorkspaceError):
            return  # never rotate a damaged file into the good backups
        try:
            self.backup_dir.mkdir(exist_ok=True)
            write_atomic(self.backup_dir / f"project-{_stamp(_now())}.json", raw)
        except OSError as exc:
            if force:
                raise cannot_write(
                    exc, self.backup_dir, "keep a safety copy (nothing was replaced)"
                ) from None
            return
        self._prune_backups()

    def _backup_due(self) -> bool:
        """Whether no whole backup was made in the last BACKUP_EVERY (a cut-short one does not count)."""
        for path in self.backups():
            if _now() - _backup_time(path) >= BACKUP_EVERY:
                return True
            if backup_readable(path, thorough=False):
                return False
        return True

    def _prune_backups(self) -> None:
        """Keep the newest KEEP_BACKUPS readable backups; a damaged one is not counted, and
        goes once it is older than all of those. So the last good backup is never deleted."""
        kept = 0
        for path in self.backups():
            readable = backup_readable(path, thorough=False)
            if kept >= KEEP_BACKUPS:
                with contextlib.suppress(OSError):
                    path.unlink()
            kept += readable

    def backup(self, output: str | os.PathLike[str] | None = None) -> Path:
        """Write the current state to a backup file a student can download and keep."""
        project = self.load()
        if not self.file.exists():
            raise WorkspaceError(f"{self.path} has no work to back up yet; run `infokit init`")
        if output is None:
            output = Path.cwd() / f"infokit-backup-{_now().strftime('%Y%m%d-%H%M%S')}.json"
        target = Path(output).expanduser()
        if target.is_dir():
            target = target / f"infokit-backup-{_now().strftime('%Y%m%d-%H%M%S')}.json"
        if target.resolve() == self.file.resolve():
            raise WorkspaceError(f"{target}: a backup cannot overwrite the workspace file itself")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, dump(project))
        except OSError as exc:
            raise cannot_write(exc, target, "write the backup") from None
        return target

    def restore(self, project: Project) -> None:
        """Make ``project`` the current state, backing up (or setting aside) what was there."""
        self.save(project)


def open_workspace(path: str | os.PathLike[str] | None = None, create: bool = True) -> Workspace:
    """The workspace at ``path`` (default location if None), created if missing."""
    workspace = Workspace(path)
    if create:
        workspace.init()
    return workspace


def ensure_empty(workspace: Workspace, force: bool) -> None:
    """Refuse to write sample or restored data over existing work unless forced."""
    if workspace.exists() and not force:
        raise WorkspaceExists(
            f"{workspace.path} already holds a project; use --force to replace it"
            " (the old one is kept under backups/)"
        )
