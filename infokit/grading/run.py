"""Grade a batch: collect, score, flag, keep earlier manual scores, write everything.

:func:`grade` is what ``infokit grade`` and the instructor notebook call. It
reads every submission without running it, keeps each student's newest
export, scores the automatic criteria, adds flags, carries over what the
instructor entered in the previous gradebook, and writes the gradebook, the
problems table beside it, and on request the Canvas import file and one
feedback page per student. :class:`GradeRun` holds the result so a notebook
can enter manual scores and :meth:`GradeRun.save` again.
"""

from __future__ import annotations

import os
import shutil
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from infokit.errors import GradingError
from infokit.findings import Finding
from infokit.grading import flags as flagging
from infokit.grading.batch import Graded, grade_sources
from infokit.grading.carry import carry_over, previous_entries
from infokit.grading.collect import find_sources
from infokit.grading.feedback import write_feedback
from infokit.grading.gradebook import (
    PROBLEM_COLUMNS,
    columns,
    row_dict,
    write_canvas,
    write_gradebook,
    write_problems,
)
from infokit.grading.imports import canvas_header, write_moodle
from infokit.grading.imports import write_canvas as fill_canvas
from infokit.grading.owners import choose
from infokit.grading.passages import passage_flags
from infokit.grading.records import GradeRow, Problem
from infokit.grading.roster import Roster, apply_roster, roster_for
from infokit.settings import Settings, load_settings

if TYPE_CHECKING:  # pragma: no cover
    import pandas

PathLike = str | os.PathLike[str]


@dataclass
class GradeRun:
    """The outcome of one batch: a row per student, the problems, and where the files went."""

    settings: Settings
    rows: list[GradeRow]
    problems: list[Problem]
    output: Path
    problems_path: Path
    canvas_path: Path | None = None
    moodle_path: Path | None = None
    feedback_dir: Path | None = None
    feedback_paths: list[Path] = field(default_factory=list)
    files_seen: int = 0
    seconds: float = 0.0
    roster: Roster | None = None
    warnings: list[str] = field(default_factory=list)
    """Things about the settings or the files to fix before importing (one line each)."""

    def row(self, student_key: str) -> GradeRow:
        key = student_key.strip().casefold()
        for row in self.rows:
            if row.key == key:
                return row
        raise GradingError(f"no student {student_key!r} in this batch")

    def set_manual(
        self, student_key: str, criterion_id: str, points: float | None, comments: str | None = None
    ) -> GradeRow:
        """Enter (or clear, with None) a manual score, and optionally replace the comments."""
        row = self.row(student_key)
        criterion = next((c for c in self.settings.rubric if c.id == criterion_id), None)
        if criterion is None or criterion.scoring != "manual":
            manual = ", ".join(c.id for c in self.settings.rubric if c.scoring == "manual") or "none"
            raise GradingError(f"{criterion_id!r} is not a manual criterion (manual: {manual})")
        if points is not None and not 0 <= points <= criterion.points:
            raise GradingError(f"{criterion_id} = {points!r} is not between 0 and {criterion.points:g}")
        row.manual[criterion_id] = None if points is None else float(points)
        if comments is not None:
            row.comments = comments
        return row

    def review(self, student_key: str) -> str:
        """The student's work as HTML, rendered from the data that was graded (read again from its file)."""
        from infokit.grading.collect import read_source
        from infokit.grading.review import review_html

        row = self.row(student_key)
        if row.source is None:
            raise GradingError(f"no submission for {student_key!r} in this batch")
        archives: dict[Path, Any] = {}
        try:
            return review_html(read_source(row.source, archives).project, self.settings)
        finally:
            for archive in archives.values():
                archive.close()

    def set_criterion_comment(self, student_key: str, criterion_id: str, comment: str) -> GradeRow:
        """The comment the student reads beside one manual criterion (empty clears it)."""
        row = self.row(student_key)
        if criterion_id not in row.manual:
            manual = ", ".join(row.manual) or "none"
            raise GradingError(f"{criterion_id!r} is not a manual criterion (manual: {manual})")
        if comment.strip():
            row.criterion_comments[criterion_id] = comment.strip()
        else:
            row.criterion_comments.pop(criterion_id, None)
        return row

    def set_comments(self, student_key: str, comments: str) -> GradeRow:
        """Replace the comments the student will read on the feedback page."""
        row = self.row(student_key)
        row.comments = comments
        return row

    def save(self) -> list[Path]:
        """Write the gradebook, the problems table, and the Canvas file and feedback if asked for."""
        written = [
            write_gradebook(self.output, self.rows, self.settings),
            write_problems(self.problems_path, self.problems),
        ]
        if self.canvas_path is not None:
            if self.roster is not None and self.roster.kind == "canvas":
                written.append(fill_canvas(self.canvas_path, self.rows, self.roster, self.settings))
            else:
                written.append(write_canvas(self.canvas_path, self.rows, self.settings))
        if self.moodle_path is not None:
            written.append(write_moodle(self.moodle_path, self.rows, self.roster, self.settings))
        if self.feedback_dir is not None:
            self.feedback_paths = write_feedback(self.feedback_dir, self.rows, self.settings)
            written.extend(self.feedback_paths)
        return written

    @property
    def flagged(self) -> list[tuple[str, Finding]]:
        """Every flag as (student key, flag), for a list on the dashboard."""
        return [(row.key, flag) for row in self.rows for flag in row.flags]

    def frame(self) -> pandas.DataFrame:
        """The gradebook as a pandas DataFrame (imports pandas)."""
        import pandas

        return pandas.DataFrame(
            [row_dict(r, self.settings) for r in self.rows], columns=columns(self.settings)
        )

    def problems_frame(self) -> pandas.DataFrame:
        """The problems table as a pandas DataFrame."""
        import pandas

        return pandas.DataFrame([p.as_row() for p in self.problems], columns=list(PROBLEM_COLUMNS))

    def flags_frame(self) -> pandas.DataFrame:
        """Every flag, one row each: student, rule, message."""
        import pandas

        names = {row.key: row.name for row in self.rows}
        data = [
            {"student_key": k, "name": names[k], "flag": f.rule, "message": f.message}
            for k, f in self.flagged
        ]
        return pandas.DataFrame(data, columns=["student_key", "name", "flag", "message"])

    def summary(self) -> str:
        """A few lines for the command line."""
        complete = sum(row.complete for row in self.rows)
        kinds = Counter(p.kind for p in self.problems)
        flagged = sum(1 for row in self.rows if row.flags)
        lines = [
            f"Graded {len(self.rows)} students from {self.files_seen} files in {self.seconds:.1f} s"
            f" ({complete} complete, {len(self.rows) - complete} waiting for manual scores);"
            f" {flagged} flagged.",
            f"Gradebook: {self.output}",
            f"Problems:  {self.problems_path} ("
            + (", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items())) or "none")
            + ")",
        ]
        if self.canvas_path is not None:
            lines.append(f"Canvas:    {self.canvas_path} (totals only for complete students)")
        if self.moodle_path is not None:
            lines.append(f"Moodle:    {self.moodle_path} (grading worksheet; complete students only)")
        if self.roster is not None:
            missing = sum(1 for p in self.problems if p.kind == "not-submitted")
            lines.append(f"Roster:    {self.roster.path} ({missing} on it handed in nothing)")
        lines += [f"Warning:   {text}" for text in self.warnings]
        if self.feedback_dir is not None:
            lines.append(f"Feedback:  {len(self.feedback_paths)} pages in {self.feedback_dir}")
        return "\n".join(lines)


def grade(
    paths: Sequence[PathLike],
    *,
    settings: Settings | None = None,
    output: PathLike,
    feedback_dir: PathLike | None = None,
    canvas: bool = False,
    moodle: bool = False,
    roster: PathLike | None = None,
    previous: PathLike | None = None,
    show_progress: bool = True,
    workers: int | None = None,
) -> GradeRun:
    """Grade every submission under ``paths`` into the gradebook ``output`` (``.csv`` or ``.xlsx``).

    ``previous`` is an earlier gradebook whose manual scores, adjustments and
    comments are kept (matched by student key); by default the existing
    ``output``, which is first copied to ``<output>.bak``. ``roster`` (default:
    ``[grading] roster``) is the class list students are matched to; ``canvas``
    and ``moodle`` also write the import files. ``workers`` is the number of
    processes (None: every core for large batches, else one).
    """
    started = time.perf_counter()
    settings = settings or load_settings()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    out = Path(output)
    run = GradeRun(
        settings=settings,
        rows=[],
        problems=[],
        output=out,
        problems_path=out.with_name(f"{out.stem}_problems.csv"),
        canvas_path=out.with_name(f"{out.stem}_canvas.csv") if canvas else None,
        moodle_path=out.with_name(f"{out.stem}_moodle.csv") if moodle else None,
        feedback_dir=Path(feedback_dir) if feedback_dir is not None else None,
    )
    run.roster = roster_for(roster, settings)
    entered, entered_from = previous_entries(out, previous, settings)
    outputs = (out, run.problems_path, run.canvas_path, run.moodle_path, run.feedback_dir)
    exclude = [p for p in outputs if p is not None]
    exclude += [out.with_name(out.name + ".bak"), *([run.roster.path] if run.roster else [])]
    sources = find_sources(paths, exclude, settings.zone, settings.grading.team_submissions)
    if not sources:
        shown = ", ".join(str(p) for p in paths)
        raise GradingError(f"no files to grade in {shown}")
    graded: list[Graded] = []
    for item in grade_sources(sources, settings, workers, show_progress):
        run.files_seen += 1
        if isinstance(item, Problem):
            run.problems.append(item)
            continue
        if item.tampered:
            row = item.row
            run.problems.append(
                Problem(row.file, "tampered", "the embedded data no longer matches its digest", row.key)
            )
        graded.append(item)
    kept, duplicates = choose(graded, settings)
    run.problems += duplicates
    run.rows = [item.row for item in kept]
    names = {item.row.key: item.row.name for item in kept}
    sketches = {item.row.key: item.sketch for item in kept if item.sketch}
    threshold = settings.grading.similarity_threshold
    by_key = {item.row.key: item.row for item in kept}
    for key, found in flagging.similarity_flags(sketches, names, threshold).items():
        by_key[key].flags.extend(found)
    runs = {item.row.key: item.passages for item in kept if item.passages}
    for key, found in passage_flags(runs, names, settings.grading.passage_words).items():
        similar = " ".join(f.message for f in by_key[key].flags if f.rule == "similar-reflection")
        by_key[key].flags += [f for f in found if f.message.rsplit("(", 1)[-1] not in similar]
    if run.roster is not None:
        run.problems += apply_roster(run.rows, run.roster, settings)
    run.problems += carry_over(run.rows, entered, entered_from, settings)
    if canvas:
        run.warnings += canvas_header(run.roster, settings)[1]
    if out.exists():
        try:
            shutil.copyfile(out, out.with_name(out.name + ".bak"))
        except OSError as exc:
            raise GradingError(f"{out}: cannot keep a copy before writing ({exc.strerror or exc})") from None
    run.save()
    run.seconds = time.perf_counter() - started
    return run
