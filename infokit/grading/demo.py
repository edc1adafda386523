"""A made-up class to try the grader on: the instructor notebook's demo and the benchmark's input.

:func:`demo_class` writes a Canvas-style bulk-download zip of reports built
from :func:`infokit.sample.sample_project` (fictional students), with the
things a real batch holds: a student who submitted twice, one who stopped
partway, a reflection copied from a classmate, a file that is not a report.
The reports are minimal HTML pages carrying the embedded data exactly as the
exporter writes it (:func:`minimal_report`), not full exported reports.
"""

from __future__ import annotations

import os
import tempfile
import unicodedata
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from infokit.errors import GradingError
from infokit.model import Project
from infokit.report.embed import make_payload, script_tag
from infokit.sample import sample_project

EXPORTED = datetime(2026, 11, 2, 18, 0, tzinfo=UTC)
SUBMISSIONS_VAR = "INFOKIT_SUBMISSIONS"
"""A folder, zip or report to grade in the instructor notebook; unset means the demo class."""
OUTPUT_VAR = "INFOKIT_GRADING_OUTPUT"
"""Where the instructor notebook writes the gradebook and feedback."""
DEFAULT_OUTPUT = "infokit-grading"


def minimal_report(project: Project, exported_at: datetime | None = None, course: str = "") -> str:
    """An HTML page holding only the embedded data (what the grader reads), for demos and benchmarks."""
    payload = make_payload(project, course=course, exported_at=exported_at or EXPORTED)
    title = f"Informational interview: {project.profile.name}".replace("<", "").replace("&", "")
    return (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>\n'
        f"<body><p>Submission report (demo page).</p>\n{script_tag(payload)}\n</body></html>\n"
    )


def canvas_name(project: Project, number: int, late: bool = False, suffix: str = "") -> str:
    """The name Canvas gives a submitted file: ``lastfirst[_LATE]_userid_submissionid_file``."""
    parts = project.profile.name.split()
    plain = unicodedata.normalize("NFKD", "".join(parts[-1:] + parts[:-1])).encode("ascii", "ignore")
    who = "".join(ch for ch in plain.decode().casefold() if ch.isalnum()) or "student"
    late_mark = "_LATE" if late else ""
    return f"{who}{late_mark}_{1000 + number}_{50000 + number}_infokit-report{suffix}.html"


def demo_class(folder: str | os.PathLike[str], students: int = 12, seed: int = 0) -> Path:
    """Write ``submissions.zip`` for a class of ``students`` into ``folder``; return the folder."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    projects = [sample_project(seed + n, complete=n % 5 != 4) for n in range(students)]
    if students >= 3:  # the last student borrows the first one's reflection
        borrowed = projects[0].reflection.model_copy(deep=True)
        projects[-1] = projects[-1].model_copy(update={"reflection": borrowed})
    with zipfile.ZipFile(target / "submissions.zip", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for number, project in enumerate(projects):
            moment = EXPORTED + timedelta(hours=number)
            late = number == 1
            if late:
                moment += timedelta(days=2)
            archive.writestr(canvas_name(project, number, late), minimal_report(project, moment))
        if projects:
            earlier = EXPORTED - timedelta(days=3)
            archive.writestr(canvas_name(projects[0], 0, suffix="-1"), minimal_report(projects[0], earlier))
            archive.writestr(
                canvas_name(projects[0], 0).replace(".html", ".docx"), b"PK\x03\x04 not a report"
            )
    return target


def batch_locations() -> tuple[Path, Path]:
    """(what to grade, where to write) for the instructor notebook.

    ``$INFOKIT_SUBMISSIONS`` names the submissions (a folder, a zip or one
    report); when unset, a demo class is written into a new temporary folder,
    never into the repository or a workspace. ``$INFOKIT_GRADING_OUTPUT``
    names the output folder; when unset it is ``~/infokit-grading`` for a
    real batch and a temporary folder for the demo.
    """
    given = os.environ.get(SUBMISSIONS_VAR, "").strip()
    chosen = os.environ.get(OUTPUT_VAR, "").strip()
    if given:
        submissions = Path(given).expanduser()
        if not submissions.exists():
            raise GradingError(f"{SUBMISSIONS_VAR}={given}: no such file or folder")
        output = Path(chosen).expanduser() if chosen else Path.home() / DEFAULT_OUTPUT
    else:
        submissions = demo_class(tempfile.mkdtemp(prefix="infokit-demo-class-"))
        output = (
            Path(chosen).expanduser() if chosen else Path(tempfile.mkdtemp(prefix="infokit-demo-grades-"))
        )
    output.mkdir(parents=True, exist_ok=True)
    return submissions, output
