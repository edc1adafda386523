"""Grading throughput, scaling and memory: grade 1,000 and 10,000 generated reports.

Targets on a 2-core machine: at least 200 reports/s, the 10k/1k time ratio at
most 11 (close to linear; the similarity check must not go quadratic), and a
peak memory that grows far slower than the batch.

What is graded, honestly: each student is ``infokit.sample.sample_project(seed)``
(a distinct fictional student; reflections differ from seed to seed) embedded
with ``embed.make_payload`` + ``embed.script_tag`` in a minimal HTML page named
the way a Canvas bulk download names files. These pages carry exactly the data
the grader reads but none of the real report's body, so reading them costs a
little less than reading full exports (the grader finds the data block first
and does not parse the rest). A smaller batch of reports written by the real
exporter (``infokit.report.export_report``) is graded too, and shown apart.

Each batch is graded in a fresh interpreter, so its peak memory (VmHWM) is
its own; "growth" subtracts that interpreter's memory after the imports. The
worker figure is the largest worker process's ru_maxrss, which on Linux also
counts what its parent held when it started, so it is an upper bound.
Generated students now and then share a student id; the grader then keeps one
and lists the other as a duplicate, so rows can be a few short of files.

    python benchmarks/bench_grading.py [--sizes 1000 10000] [--real 40] [--feedback]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def generate(folder: Path, count: int, start: int = 0) -> int:
    """Write ``count`` minimal reports; return the bytes written."""
    from infokit.grading.demo import canvas_name, minimal_report
    from infokit.sample import sample_project

    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for seed in range(start, start + count):
        project = sample_project(seed, complete=seed % 7 != 6)
        text = minimal_report(project)
        (folder / canvas_name(project, seed)).write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


def generate_real(folder: Path, count: int) -> int:
    """Write ``count`` reports with the real exporter; return the bytes written."""
    from infokit.report import export_report
    from infokit.sample import sample_project
    from infokit.settings import default_settings

    folder.mkdir(parents=True, exist_ok=True)
    settings = default_settings()
    total = 0
    for seed in range(count):
        (path,) = export_report(sample_project(50_000 + seed), to="html", output=folder, settings=settings)
        total += path.stat().st_size
    return total


def worker(folder: str, output: str, feedback: bool, workers: int | None) -> None:
    """Grade one batch in this interpreter and print the figures as JSON."""
    from infokit.grading import grade
    from infokit.settings import default_settings

    settings = default_settings()
    baseline = _memory("VmRSS")
    cpu_before = _cpu()
    start = time.perf_counter()
    run = grade(
        [folder],
        settings=settings,
        output=Path(output) / "grades.csv",
        feedback_dir=Path(output) / "feedback" if feedback else None,
        canvas=True,
        show_progress=False,
        workers=workers,
    )
    seconds = time.perf_counter() - start
    cpu = _cpu() - cpu_before
    peak = _memory("VmHWM")
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    flagged = sum(1 for row in run.rows if row.flags)
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rows": len(run.rows), "problems": len(run.problems),
                      "flagged": flagged, "peak_kb": peak, "baseline_kb": baseline,
                      "worker_peak_kb": worker_peak, "workers": workers}))  # fmt: skip


def _memory(field: str) -> int:
    """This process's resident memory in kB from /proc (VmHWM: the peak since exec, which
    ru_maxrss is not on Linux: it keeps the parent's peak across exec)."""
    for text in Path("/proc/self/status").read_text().splitlines():
        if text.startswith(field + ":"):
            return int(text.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # pragma: no cover - not Linux


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the worker processes)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(folder: Path, output: Path, feedback: bool, workers: int | None) -> dict[str, float]:
    command = [sys.executable, __file__, "--worker", str(folder), str(output)]
    if feedback:
        command.append("--feedback")
    if workers is not None:
        command += ["--workers", str(workers)]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def line(label: str, count: int, size: int, figures: dict[str, float]) -> str:
    rate = count / figures["seconds"]
    growth = (figures["peak_kb"] - figures["baseline_kb"]) / 1024
    workers = f"{figures['workers']}" if figures["workers"] else "auto"
    return (
        f"{label:<22} {count:>6} files {size / 2**20:>6.1f} MB | {figures['seconds']:>6.2f} s wall"
        f" {rate:>5.0f} reports/s | {figures['cpu']:>6.2f} CPU s"
        f" {1000 * figures['cpu'] / count:>5.1f} ms/report"
        f" | peak {figures['peak_kb'] / 1024:>4.0f} MB (+{growth:.0f} MB over the imports)"
        f" worker <= {figures['worker_peak_kb'] / 1024:>3.0f} MB | workers {workers}"
        f" | rows {figures['rows']:.0f}, problems {figures['problems']:.0f}, flagged {figures['flagged']:.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--real", type=int, default=40, help="reports made by the real exporter (0: none)")
    parser.add_argument("--feedback", action="store_true", help="also write one feedback page per student")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: the grader's choice)")
    parser.add_argument("--worker", nargs=2, metavar=("FOLDER", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(*args.worker, feedback=args.feedback, workers=args.workers)
        return
    load = os.getloadavg()[0]
    feedback = "yes" if args.feedback else "no"
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {load:.1f}; feedback pages: {feedback}"
    )
    print("Files: minimal HTML pages with the embedded data of infokit.sample projects (see the docstring).")
    times: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="infokit-bench-") as scratch:
        root = Path(scratch)
        for size in sorted(args.sizes):
            folder = root / f"class-{size}"
            written = generate(folder, size)
            figures = measure(folder, root / f"out-{size}", args.feedback, args.workers)
            times[size] = figures["seconds"]
            print(line("minimal pages", size, written, figures))
        if args.real:
            folder = root / "real"
            written = generate_real(folder, args.real)
            figures = measure(folder, root / "out-real", args.feedback, args.workers)
            print(line("real exporter reports", args.real, written, figures))
    if 1000 in times and 10_000 in times:
        ratio = times[10_000] / times[1000]
        print(f"10k/1k time ratio: {ratio:.2f} (target <= 11)")
    slowest = min(size / seconds for size, seconds in times.items())
    print(f"Lowest throughput: {slowest:.0f} reports/s (target >= 200); the wall figures depend on what")
    print("else the machine runs (see the load above); CPU ms/report does not.")


if __name__ == "__main__":
    main()
