"""Turn every source of a batch into a gradebook row or a problem, on one core or several.

A large batch is split into chunks that worker processes read and score on
their own (see :func:`_pool` for how they start); results come back in the
order of the sources, so a parallel run gives exactly the rows a serial one
does.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import datetime
from itertools import repeat
from pathlib import Path

from infokit.findings import Finding
from infokit.grading import flags as flagging
from infokit.grading.collect import (
    Found,
    Skip,
    Source,
    TimeLimit,
    exported_moment,
    read_found,
    unreadable_reason,
)
from infokit.grading.passages import Passages, passages
from infokit.grading.records import GradeRow, Problem
from infokit.grading.score import facts, late_penalty, score_project
from infokit.grading.timing import timing
from infokit.report import embed
from infokit.settings import Settings

CHUNK = 50
"""Sources a worker reads and scores in one go."""
PARALLEL_FROM = 400
"""With ``workers=None``, batches at least this large use every core."""


@dataclass(frozen=True)
class Graded:
    """One submission read and scored."""

    row: GradeRow
    sketch: flagging.Sketch | None
    moment: datetime
    """When it was handed in (the platform's time, else the export's), for choosing the copy that counts."""
    tampered: bool
    on_time: bool = True
    """Handed in by the student's due time (their extension and the grace days included)."""
    passages: Passages | None = None


Outcome = Graded | Problem


def fingerprint(submission: embed.Submission) -> str:
    """A short fingerprint of what was graded, so the gradebook sees a later copy as changed: the
    report's own digest (its data and export time: a report exported again after grading counts as
    a new copy), or for a backup or a tampered report a hash of its data."""
    sealed = submission.payload.get("digest")
    if isinstance(sealed, str) and sealed.startswith("sha256:") and not submission.tampered:
        text = sealed.removeprefix("sha256:")
    else:
        data = submission.project.model_dump(mode="json")
        text = hashlib.sha256(embed.canonical(data).encode("utf-8")).hexdigest()
    return "d" + text[:15]  # a letter first: a spreadsheet never reads it as a number


def row_for(found: Found, settings: Settings) -> Graded:
    """Score one submission and gather its flags."""
    submission, source = found.submission, found.source
    project, hint = submission.project, source.hint
    fallback = f"{hint.lms}-{hint.user_id}" if hint and hint.user_id else f"file-{source.name}".casefold()
    key = submission.student_key or fallback
    exported = submission.exported_at
    when = timing(exported, hint, settings, key)
    notes: list[Finding] = []
    if submission.tampered:
        notes.append(Finding("tampered", "warning", "the data was edited after export; check it"))
    if not submission.student_key:
        notes.append(Finding("unidentified", "warning", "the report names no student; keyed by its file"))
    if submission.kind == "backup":
        notes.append(
            Finding(
                "backup-not-report",
                "warning",
                "a workspace backup, not an exported report: its dates and data carry no digest, so"
                " they cannot be checked",
            )
        )
    notes += found.notes
    notes += when.flags
    notes += flagging.date_flags(project, settings, exported)
    notes += flagging.tie_flags(project)
    notes += flagging.lms_flags(hint, project)
    row = GradeRow(
        key=key,
        name=project.profile.name,
        student_id=project.profile.student_id,
        file=source.label,
        kind=submission.kind,
        exported_at=exported,
        lms=hint,
        auto=score_project(project, settings),
        manual={c.id: None for c in settings.rubric if c.scoring == "manual"},
        late_days=when.late_days,
        penalty=late_penalty(when.late_days, settings),
        flags=notes,
        facts=facts(project, settings),
        handed_in=when.handed_in,
        fingerprint=fingerprint(submission),
        source=source,
    )
    sketch = flagging.sketch(project, settings)
    moment = when.handed_in or exported_moment(submission)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=settings.zone)
    own = tuple(p.text for p in settings.reflection.prompts)
    copied = passages(project, settings.grading.passage_words, own)
    return Graded(row, sketch, moment, submission.tampered, when.late_days == 0, copied)


FILE_SECONDS = 30.0
"""The time budget of one file: reading and scoring it. Real reports take milliseconds; a file
still going after this long becomes a problem row and the batch goes on."""

_ARCHIVES: dict[Path, zipfile.ZipFile] = {}
"""Zips this process has open, each opened once however many chunks read from it (opening a
zip reads its whole directory, so opening it per chunk made big zips quadratic)."""


# A forked worker must not share its parent's open zips (and their file offsets).
os.register_at_fork(after_in_child=_ARCHIVES.clear)


def close_archives() -> None:
    """Close the zips this process opened."""
    while _ARCHIVES:
        _ARCHIVES.popitem()[1].close()


@contextmanager
def _budget(seconds: float) -> Iterator[None]:
    """Raise TimeLimit in this thread after ``seconds`` (main thread on Unix only; else no limit)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or seconds <= 0:
        yield
        return

    def expire(_signum: int, _frame: object) -> None:
        raise TimeLimit(f"took longer than {seconds:g} s to read and score; not graded")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def grade_one(source: Source, settings: Settings) -> Outcome:
    """Read and score one source, within its time budget; any failure is a problem row."""
    try:
        with _budget(FILE_SECONDS):
            return row_for(read_found(source, _ARCHIVES), settings)
    except Skip as skip:
        return Problem(source.label, skip.kind, str(skip))
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:  # one hostile file never stops the batch
        return Problem(source.label, "unreadable", unreadable_reason(exc))


def grade_chunk(sources: Sequence[Source], settings: Settings) -> list[Outcome]:
    """Read and score ``sources`` in order (what one worker does)."""
    return [grade_one(source, settings) for source in sources]


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _bar(total: int, show: bool) -> object | None:
    if not show or total < 20:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc="Grading", unit="file", leave=False, disable=None)


def grade_sources(
    sources: Sequence[Source], settings: Settings, workers: int | None = None, show_progress: bool = False
) -> Iterator[Outcome]:
    """Every source's outcome, in source order; ``workers`` processes (None: by batch size)."""
    if workers is None:
        workers = _cores() if len(sources) >= PARALLEL_FROM else 1
    chunks = [sources[i : i + CHUNK] for i in range(0, len(sources), CHUNK)]
    with ExitStack() as stack:
        results: Iterable[list[Outcome]]
        if workers > 1 and len(chunks) > 1:
            pool = stack.enter_context(_pool(min(workers, len(chunks))))
            results = pool.map(grade_chunk, chunks, repeat(settings))  # starts the workers now
        else:
            results = (grade_chunk(chunk, settings) for chunk in chunks)
        stack.callback(close_archives)
        bar = _bar(len(sources), show_progress)  # after the workers: tqdm may start a thread
        if bar is not None:
            stack.callback(bar.close)  # type: ignore[attr-defined]
        for outcomes in results:
            if bar is not None:
                bar.update(len(outcomes))  # type: ignore[attr-defined]
            yield from outcomes


def _pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes: forked when this process has a single thread (fast, and a script without
    an ``if __name__ == "__main__"`` guard is not run again), else fresh interpreters (spawn), as
    forking a threaded process such as a notebook kernel can deadlock."""
    import multiprocessing
    import threading

    forkable = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if forkable else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)
