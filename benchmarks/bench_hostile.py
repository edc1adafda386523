"""Do the readers stay linear on hostile input? A script that prints figures, not a test.

    python benchmarks/bench_hostile.py [--repeat N]

For each reader and each kind of hostile input, the input is built at sizes n,
2n, 4n and 8n and read (or refused) by the kit; the script prints the median
time at each size and the ratio of the last to the first. Linear cost gives a
ratio near 8; the floor measured in the same run is ``json.loads`` of the same
text, the one step every reader cannot avoid. A ratio far above 8 (quadratic
would be 64) means a reader went superlinear.

Inputs: a workspace with ever more research notes; one free-text field full
of digit groups and ``@`` signs (what the privacy scrubber searches) at its
20,000-character limit, repeated over ever more contacts; JSON nested ever
deeper; a report page whose data block grows; a page full of stray "<", unclosed comments and
scripts, as the grader reads its visible text; a settings file with ever more
rubric criteria.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from infokit.errors import InfokitError
from infokit.grading.review import visible_mismatch
from infokit.model import Contact, Project, ResearchNote
from infokit.report.embed import make_payload, script_tag, submission_from_bytes
from infokit.report.private import left_out
from infokit.settings import load_settings
from infokit.store import dump, parse

SIZES = (1, 2, 4, 8)


def _median(job: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        with contextlib.suppress(InfokitError):  # refusing is reading too
            job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _workspace(n: int) -> str:
    notes = [ResearchNote(id=f"n{i}", text="Planners review permits. " * 40, source="city") for i in range(n)]
    return dump(Project(research=notes))


def _noisy(n: int) -> Project:
    noise = ("call 312 555 01{0:02d} or x{0}@y.org, 2026-03-{0:02d}; " * 400)[:20_000]
    contacts = [
        Contact(id=f"c{i}", name=f"P{i}", email=f"p{i}@example.org", phone=f"+1 312 555 {1000 + i}",
                notes=noise.format(i % 90))
        for i in range(n)
    ]  # fmt: skip
    return Project(contacts=contacts)


def _nested(n: int) -> str:
    return '{"format": "infokit-workspace", "version": 1, "project": ' + "[" * n + "]" * n + "}"


def _page(n: int) -> bytes:
    project = Project.model_validate(json.loads(_workspace(n))["project"])
    return f"<html><body>{script_tag(make_payload(project))}</body></html>".encode()


def _visible(n: int) -> str:
    """A report page whose visible part is stray "<", unclosed comments and scripts (a hand-edited
    or hostile page): what the grader reads to compare the page with its data."""
    junk = "< a " * n + "<!-- b " * n + "<script c " * n
    return f'<html><body><main class="infokit-report">{junk}</main></body></html>'


_VISIBLE_PROJECT = Project.model_validate({"reflection": {"answers": {"learned": "Nothing in the page."}}})


def _settings(n: int, folder: Path) -> Path:
    path = folder / f"assignment-{n}.toml"
    rubric = "".join(
        f'[[rubric]]\nid = "c{i}"\ntitle = "Criterion {i}"\npoints = 1\nscoring = "manual"\n'
        for i in range(n)
    )
    path.write_text(rubric, encoding="utf-8")
    return path


def _loads(text: str) -> object:
    with contextlib.suppress(RecursionError, ValueError):  # plain json.loads on hostile text
        return json.loads(text)
    return None


def _row(name: str, inputs: list[Any], read: Callable[[Any], object], repeat: int) -> None:
    figures = [_median(lambda given=given: read(given), repeat) for given in inputs]
    floor = ""
    if all(isinstance(given, str) for given in inputs):
        loads = [_median(lambda given=given: _loads(given), repeat) for given in (inputs[0], inputs[-1])]
        floor = f"{loads[1] / loads[0]:16.1f}" if loads[0] else ""
    cells = " ".join(f"{seconds * 1000:8.1f}ms" for seconds in figures)
    print(f"{name:36} {cells} {figures[-1] / figures[0]:7.1f}{floor}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"{'reader':36} " + " ".join(f"{f'{s}n':>10}" for s in SIZES) + "   ratio  json.loads ratio")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _row("workspace file, research notes", [_workspace(1000 * s) for s in SIZES], parse, args.repeat)
        _row("workspace file, nested JSON", [_nested(200_000 * s) for s in SIZES], parse, args.repeat)
        _row("privacy scrubber, noisy contacts", [_noisy(10 * s) for s in SIZES], left_out, args.repeat)
        _row(
            "report page, data block",
            [_page(1000 * s) for s in SIZES],
            lambda raw: submission_from_bytes(raw, "r.html"),
            args.repeat,
        )
        _row(
            "grader, visible text of a page",
            [_visible(10_000 * s).encode() for s in SIZES],
            lambda raw: visible_mismatch(raw.decode(), _VISIBLE_PROJECT),
            args.repeat,
        )
        _row(
            "settings, rubric criteria",
            [_settings(50 * s, folder) for s in SIZES],
            load_settings,
            args.repeat,
        )
    print("linear: about 8 from n to 8n; quadratic: about 64")


if __name__ == "__main__":
    main()
