"""Turn every source of a batch into a gradebook row or a problem, on one core or several.

A large batch is split into chunks that worker processes (``spawn``: fresh
interpreters, no state shared with a notebook kernel) read and score on
their own; results come back in the order of the sources, so a parallel
run gives exactly the rows a serial one does.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from infokit.findings import Finding
from infokit.grading import flags as flagging
from infokit.grading.collect import Found, Skip, Source, exported_moment, read_source
from infokit.grading.records import GradeRow, Problem
from infokit.grading.score import facts, late_days, late_penalty, score_project
from infokit.settings import Settings

CHUNK = 50
"""Sources a worker reads and scores in one go."""
PARALLEL_FROM = 400
"""With ``workers=None``, batches at least this large use every core."""


@dataclass(frozen=True)
class Graded:
    """One submission read and scored."""

    row: GradeRow
    sketch: tuple[int, ...] | None
    moment: datetime
    """When it was exported (for keeping a student's newest file)."""
    tampered: bool


Outcome = Graded | Problem


def row_for(found: Found, settings: Settings) -> Graded:
    """Score one submission and gather its flags."""
    submission, source = found.submission, found.source
    project, hint = submission.project, source.hint
    fallback = f"{hint.lms}-{hint.user_id}" if hint else f"file-{source.name}".casefold()
    exported = submission.exported_at
    days = late_days(exported, settings)
    notes: list[Finding] = []
    if submission.tampered:
        notes.append(Finding("tampered", "warning", "the data was edited after export; check it"))
    if not submission.student_key:
        notes.append(Finding("unidentified", "warning", "the report names no student; keyed by its file"))
    if days:
        notes.append(Finding("late", "warning", f"exported {days} day(s) after the due date"))
    notes += flagging.date_flags(project, settings, exported)
    notes += flagging.tie_flags(project)
    notes += flagging.lms_flags(hint, project, days, due_known=settings.submission_due is not None)
    row = GradeRow(
        key=submission.student_key or fallback,
        name=project.profile.name,
        student_id=project.profile.student_id,
        file=source.label,
        kind=submission.kind,
        exported_at=exported,
        lms=hint,
        auto=score_project(project, settings),
        manual={c.id: None for c in settings.rubric if c.scoring == "manual"},
        late_days=days,
        penalty=late_penalty(days, settings),
        flags=notes,
        facts=facts(project, settings),
    )
    sketch = flagging.sketch(project, settings)
    return Graded(row, sketch, exported_moment(submission), submission.tampered)


def grade_chunk(sources: Sequence[Source], settings: Settings) -> list[Outcome]:
    """Read and score ``sources`` in order (what one worker does)."""
    archives: dict[Path, zipfile.ZipFile] = {}
    out: list[Outcome] = []
    try:
        for source in sources:
            try:
                found = Found(source, read_source(source, archives))
            except Skip as skip:
                out.append(Problem(source.label, skip.kind, str(skip)))
                continue
            out.append(row_for(found, settings))
    finally:
        for archive in archives.values():
            archive.close()
    return out


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
    bar = _bar(len(sources), show_progress)
    try:
        for outcomes in _run(chunks, settings, max(1, workers)):
            if bar is not None:
                bar.update(len(outcomes))  # type: ignore[attr-defined]
            yield from outcomes
    finally:
        if bar is not None:
            bar.close()  # type: ignore[attr-defined]


def _run(chunks: list[Sequence[Source]], settings: Settings, workers: int) -> Iterable[list[Outcome]]:
    if workers == 1 or len(chunks) < 2:
        return (grade_chunk(chunk, settings) for chunk in chunks)
    return _parallel(chunks, settings, min(workers, len(chunks)))


def _parallel(chunks: list[Sequence[Source]], settings: Settings, workers: int) -> Iterator[list[Outcome]]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(grade_chunk, chunks, [settings] * len(chunks))
