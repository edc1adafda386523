"""How fast and how big the submission report is. A script that prints figures, not a test.

    python benchmarks/bench_export.py [--repeat N] [--seed S]

Measured in one run, on one complete sample project, everything written to a
temporary folder:

* infokit's HTML export (``export_report(to="html")``) in this process, warm,
  and as a fresh process the way a student's ``infokit export`` runs;
* ``jupyter nbconvert --execute --to html`` on the same report notebook (what
  a course without infokit would run), and ``jupyter nbconvert --to
  infokit_report`` on it (the same tool, without a kernel);
* the PDF export through Chromium, when a browser is found;
* the size of the HTML, notebook and PDF files.

The target is infokit's HTML export taking at most a quarter of the time of
``nbconvert --execute --to html``, both measured as fresh processes. Where the
time of a fresh ``infokit export`` goes (``python -X importtime``): importing
pydantic, nbformat and nbconvert. ``infokit export`` skips jsonschema's unused
format checkers (see ``infokit.cli._skip_unused_format_checkers``), starts
importing nbconvert in a forked child first thing, while it reads the workspace
and builds the notebook (``infokit.report.convert``), keeps compiled templates
in the kit's cache folder, and draws the timeline as an SVG from a template
(matplotlib is never loaded). The figure is given twice: with the template
cache as a student's second export finds it, and with empty caches (a first
export on a new machine).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

TARGET_RATIO = 0.25


def _seconds(job: Callable[[], object]) -> float:
    start = time.perf_counter()
    job()
    return time.perf_counter() - start


def _median_seconds(job: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> None:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr[-2000:]}")


def _jupyter() -> list[str]:
    found = shutil.which("jupyter")
    return [found] if found else [sys.executable, "-m", "jupyter"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (median kept)")
    parser.add_argument("--seed", type=int, default=0, help="sample project seed")
    args = parser.parse_args()

    from infokit.report import export_report
    from infokit.report.pdf import find_browser
    from infokit.sample import sample_project
    from infokit.settings import default_settings
    from infokit.store import Workspace

    project, settings = sample_project(args.seed), default_settings()
    with tempfile.TemporaryDirectory(prefix="infokit-bench-") as folder:
        work = Path(folder)
        Workspace(work / "ws").save(project)

        start = time.perf_counter()
        [html] = export_report(project, to="html", output=work / "cold.html", settings=settings)
        cold = time.perf_counter() - start
        warm = _median_seconds(
            lambda: export_report(project, to="html", output=work / "warm.html", settings=settings),
            args.repeat,
        )
        [notebook] = export_report(project, to="ipynb", output=work / "report.ipynb", settings=settings)

        floor_cmd = [sys.executable, "-c", "import nbformat"]
        floor = _median_seconds(lambda: _run(floor_cmd, work), args.repeat)
        ours_cli = [sys.executable, "-m", "infokit", "export", "--workspace", "ws", "-o", "cli.html"]
        _run(ours_cli, work)  # fills the caches, as a first export does

        def cold_process() -> None:
            empty = tempfile.mkdtemp(dir=work, prefix="cache-")
            _run(ours_cli, work, {**os.environ, "XDG_CACHE_HOME": empty})

        exporter_cmd = [
            *_jupyter(),
            "nbconvert",
            "--to",
            "infokit_report",
            "--output",
            "via-exporter",
            notebook.name,
        ]
        exporter_process = _median_seconds(lambda: _run(exporter_cmd, work), args.repeat)
        execute_cmd = [
            *_jupyter(),
            "nbconvert",
            "--execute",
            "--to",
            "html",
            "--output",
            "executed",
            notebook.name,
        ]
        # The fresh-process figures are taken in turns (ours, nbconvert, ours with empty caches),
        # so a machine that slows down mid-run slows all three; each ratio is the median of the
        # ratios of one turn.
        turns = [
            (_seconds(lambda: _run(ours_cli, work)), _seconds(lambda: _run(execute_cmd, work)),
             _seconds(cold_process))
            for _ in range(args.repeat)
        ]  # fmt: skip
        ours_process, execute_process, ours_cold_process = (
            statistics.median(turn[i] for turn in turns) for i in range(3)
        )
        ratio_warm = statistics.median(ours / theirs for ours, theirs, _ in turns)
        ratio_cold = statistics.median(cold / theirs for _, theirs, cold in turns)

        browser = find_browser()
        pdf_seconds: float | None = None
        pdf_size: int | None = None
        if browser:
            start = time.perf_counter()
            written = export_report(project, to="pdf", output=work / "report.pdf", settings=settings)
            pdf_seconds = time.perf_counter() - start
            pdf_size = written[-1].stat().st_size

        executed_size = (work / "executed.html").stat().st_size
        rows = [
            ("infokit HTML export, in process, first call", cold),
            (f"infokit HTML export, in process, warm (median of {args.repeat})", warm),
            ("infokit HTML export, fresh process (`infokit export`)", ours_process),
            ("infokit HTML export, fresh process, empty caches", ours_cold_process),
            ("jupyter nbconvert --to infokit_report (fresh process)", exporter_process),
            ("jupyter nbconvert --execute --to html (fresh process)", execute_process),
        ]
        print(f"infokit report benchmark: sample_project({args.seed}), {len(project.questions)} questions")
        load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
        print(f"machine: {os.cpu_count()} CPUs, load average {load} (other work skews every figure)")
        print()
        for label, seconds in rows:
            print(f"  {label:<66} {seconds:7.2f} s")
        if pdf_seconds is not None:
            print(f"  {'infokit PDF export (HTML + Chromium print)':<66} {pdf_seconds:7.2f} s   [{browser}]")
        else:
            print(f"  {'infokit PDF export':<66}  skipped: no Chromium or Chrome found")
        print()
        print(f"  ratios to `jupyter nbconvert --execute --to html` (target <= {TARGET_RATIO}x):")
        ratios = [
            ("infokit export as a fresh process (median of turns)", ratio_warm),
            ("infokit export as a fresh process, empty caches (median of turns)", ratio_cold),
            ("infokit export, first call in a fresh kernel (imports included)", cold / execute_process),
            ("infokit export, later calls in the same kernel", warm / execute_process),
        ]
        for label, ratio in ratios:
            verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
            print(f"    {label:<64} {ratio:5.2f}x  {verdict}")
        print()
        print(f"  python + plain `import nbformat` (nbconvert's start-up floor) = {floor:.2f} s;")
        print("  `infokit export` skips jsonschema's unused format checkers and nbconvert's soup pass")
        print()
        print(f"  {'report HTML (self-contained, data embedded)':<66} {html.stat().st_size:>9,} bytes")
        print(f"  {'report notebook (.ipynb)':<66} {notebook.stat().st_size:>9,} bytes")
        if pdf_size is not None:
            print(f"  {'report PDF':<66} {pdf_size:>9,} bytes")
        label = "nbconvert --execute --to html of the same notebook (lab template)"
        print(f"  {label:<66} {executed_size:>9,} bytes")


if __name__ == "__main__":
    main()
