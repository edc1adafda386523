"""Grading time of 1,000 and 10,000 real exported reports, against the floor of the job in the same run.

Targets (issue 11): grading at most 4x the floor at 1,000 reports, and a 10k/1k time ratio of at
most 10.5 (linear).

**The floor** is what no grader can avoid: one process that reads each file and decodes its
embedded JSON, nothing else. **The grader** is ``infokit.grading.grade`` as ``infokit grade`` runs
it (its own choice of processes, a gradebook, a problems table and a Canvas file; ``--feedback``
adds the pages). Both run in fresh interpreters, one after the other, on the same files; the
figures are the time of the work inside each process (imports excluded, printed apart), with
every file read once before either runs, so both read from the page cache.

**The reports are real**: written by the kit's own exporter (``infokit.report.export_report``,
the HTML students hand in) from ``infokit.sample`` students. Exporting takes about half a second
a report, so ``--unique`` reports (300 by default) are exported once into a cache outside the
repository (``~/.cache/infokit-bench``) and the classes are made of copies of them: each copy gets
its own student id and Canvas name, and its own wording (a dozen frequent words replaced by
copy-specific ones, in the page and in its data alike, digest resealed), so copies are not
near-identical reflections to the similarity checks and every page still shows its data.
Every report of a class is reworded, the first copy of each exported one too: left as exported,
those 300 share their bank questions word for word, which the checker's cache serves for free, and
they would be 30% of the 1,000 class but 3% of the 10,000 one (the classes would differ in kind,
not only in size, and the 10k/1k ratio would measure that mix: 13.1 on such classes, 10.9 with
every report reworded, two runs on the same day, in results/grading-2026-12-04.txt).

    python benchmarks/bench_grading.py [--sizes 1000 10000] [--unique 300] [--feedback] [--repeat 1]
    python benchmarks/bench_grading.py --stages [--sizes 1000]

``--stages`` prints, for the smallest class, where one core's time per report goes (each stage
run over every report in one process, after the files are read once): what the floor does, then
each step the grader adds on top of it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "infokit-bench"
FREQUENT = ("the", "and", "of", "to", "my", "that", "was", "for", "with", "is", "it", "they", "what")
_TAG = re.compile(r"(<[^>]*>)")
_OPEN = '<script type="application/json" id="infokit-data">'


def export_unique(count: int) -> Path:
    """``count`` reports written by the real exporter, cached; returns their folder."""
    from infokit._version import __version__

    folder = CACHE / f"real-{__version__}" / "unique"
    folder.mkdir(parents=True, exist_ok=True)
    have = len(list(folder.glob("*.html")))
    if have >= count:
        return folder
    from infokit.report import export_report
    from infokit.sample import sample_project
    from infokit.settings import default_settings

    settings = default_settings()
    started = time.perf_counter()
    for seed in range(have, count):
        project = sample_project(seed, complete=seed % 7 != 6)
        export_report(project, to="html", output=folder / f"{seed:05d}.html", settings=settings)
    print(f"Exported {count - have} real reports into {folder} in {time.perf_counter() - started:.0f} s")
    return folder


def _reword(page: str, number: int) -> str:
    """The page with frequent words replaced by copy-specific ones, outside tags only."""
    words = {w: f"{w}{number:x}q" for w in FREQUENT}
    pattern = re.compile(r"\b(" + "|".join(FREQUENT) + r")\b")
    parts = _TAG.split(page)
    return "".join(p if p.startswith("<") else pattern.sub(lambda m: words[m[1]], p) for p in parts)


def make_class(size: int, unique: Path) -> Path:
    """A class of ``size`` reports (copies of the unique ones, each its own student), cached."""
    from infokit.grading.demo import canvas_name
    from infokit.model import validate_project
    from infokit.report.embed import digest, script_tag

    folder = unique.parent / f"class-{size}-of-{len(list(unique.glob('*.html')))}-reworded"
    if folder.is_dir() and len(list(folder.iterdir())) == size:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    pages = sorted(unique.glob("*.html"))
    started = time.perf_counter()
    for number in range(size):
        page = pages[number % len(pages)].read_text(encoding="utf-8")
        page = _reword(page, number)
        start = page.index(_OPEN) + len(_OPEN)
        end = page.index("</script>", start)
        payload = json.loads(page[start:end])
        profile = payload["project"]["profile"]
        profile["student_id"] = f"b{number:05d}"
        payload["digest"] = digest(payload["project"], payload["exported_at"])
        page = page[: start - len(_OPEN)] + script_tag(payload) + page[end + len("</script>") :]
        project = validate_project(payload["project"])
        (folder / canvas_name(project, number)).write_text(page, encoding="utf-8")
    print(f"Made a class of {size} in {folder} in {time.perf_counter() - started:.0f} s")
    return folder


def floor(folder: str) -> None:
    """Read every file and decode its embedded JSON, nothing more (run in its own interpreter)."""
    start, cpu = time.perf_counter(), _cpu()
    count = 0
    for path in sorted(Path(folder).iterdir()):
        text = path.read_bytes().decode("utf-8")
        begin = text.index(_OPEN) + len(_OPEN)
        json.loads(text[begin : text.index("</script>", begin)])
        count += 1
    print(json.dumps({"seconds": time.perf_counter() - start, "files": count, "cpu": _cpu() - cpu}))


def grader(folder: str, output: str, feedback: bool) -> None:
    """Grade the folder as ``infokit grade`` does (run in its own interpreter)."""
    began = time.perf_counter()
    from infokit.grading import grade
    from infokit.settings import default_settings

    settings = default_settings()
    imported = time.perf_counter()
    cpu = _cpu()
    run = grade(
        [folder],
        settings=settings,
        output=Path(output) / "grades.csv",
        feedback_dir=Path(output) / "feedback" if feedback else None,
        canvas=True,
        show_progress=False,
    )
    seconds = time.perf_counter() - imported
    flagged = sum(1 for row in run.rows if row.flags)
    print(json.dumps({"seconds": seconds, "imports": imported - began, "rows": len(run.rows),
                      "problems": len(run.problems), "flagged": flagged, "cpu": _cpu() - cpu}))  # fmt: skip


def stages(folder: Path) -> None:
    """Milliseconds per report of each step of grading, on one core, the floor's step first."""
    from infokit.grading import flags
    from infokit.grading.collect import find_sources, read_found
    from infokit.grading.passages import passages
    from infokit.grading.review import visible_mismatch
    from infokit.grading.score import CHECKS, facts
    from infokit.model import validate_project
    from infokit.report import embed
    from infokit.settings import default_settings

    settings = default_settings()
    sources = find_sources([folder], [], settings.zone, settings.grading.team_submissions)
    pages = [source.path.read_text(encoding="utf-8") for source in sources]
    payloads = [embed.payload_from_html(page) for page in pages]
    projects = [validate_project(p["project"]) for p in payloads]
    steps: list[tuple[str, Any]] = [
        ("floor: decode the embedded JSON", lambda i: json.loads(_block(pages[i]))),
        ("validate the project (pydantic)", lambda i: validate_project(payloads[i]["project"])),
        ("check the digest", lambda i: embed.digest(payloads[i]["project"], payloads[i]["exported_at"])),
        ("compare the visible page with the data", lambda i: visible_mismatch(pages[i], projects[i])),
    ]
    for name, check in CHECKS.items():
        steps.append((f"score: {name}", lambda i, check=check: check(projects[i], settings)))
    steps += [
        ("progress facts", lambda i: facts(projects[i], settings)),
        ("similarity sketch", lambda i: flags.sketch(projects[i], settings)),
        ("passages", lambda i: passages(projects[i], settings.grading.passage_words)),
        ("the whole of reading a file", lambda i: read_found(sources[i], {})),
    ]
    print(f"Where one core's time goes, per report, over {len(pages)} reports (caches warm after the first):")
    for label, step in steps:
        started = time.perf_counter()
        for i in range(len(pages)):
            step(i)
        print(f"  {label:42} {1000 * (time.perf_counter() - started) / len(pages):7.3f} ms")


def _block(page: str) -> str:
    start = page.index(_OPEN) + len(_OPEN)
    return page[start : page.index("</script>", start)]


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the grader's worker processes)."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _child(*argv: str) -> dict[str, float]:
    done = subprocess.run([sys.executable, __file__, *argv], check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000])
    parser.add_argument("--unique", type=int, default=300, help="reports exported by the real exporter")
    parser.add_argument("--feedback", action="store_true", help="also write one feedback page per student")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each; the fastest counts")
    parser.add_argument("--stages", action="store_true", help="where the time per report goes, by step")
    parser.add_argument("--floor", metavar="FOLDER", help=argparse.SUPPRESS)
    parser.add_argument("--grader", nargs=2, metavar=("FOLDER", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.floor:
        return floor(args.floor)
    if args.grader:
        return grader(*args.grader, feedback=args.feedback)
    import tempfile

    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    unique = export_unique(args.unique)
    if args.stages:
        return stages(make_class(min(args.sizes), unique))
    times: dict[int, float] = {}
    for size in sorted(args.sizes):
        folder = make_class(size, unique)
        megabytes = sum(len(p.read_bytes()) for p in folder.iterdir()) / 2**20  # and warm the cache
        floors, grades = [], []
        for _ in range(args.repeat):
            floors.append(_child("--floor", str(folder)))
            with tempfile.TemporaryDirectory(prefix="infokit-bench-out-") as out:
                extra = ["--feedback"] if args.feedback else []
                grades.append(_child("--grader", str(folder), out, *extra))
        best = min(grades, key=lambda g: g["seconds"])
        low = min(floors, key=lambda f: f["seconds"])
        floor_s, grade_s = low["seconds"], best["seconds"]
        times[size] = grade_s
        print(
            f"{size:>6} real reports ({megabytes:.0f} MB): floor {floor_s:6.2f} s | grader {grade_s:6.2f} s"
            f" (+{best['imports']:.2f} s imports) = {grade_s / floor_s:4.2f}x the floor"
            f"{' (target <= 4)' if size == 1000 else ''} | {size / grade_s:5.0f} reports/s"
            f" | CPU: floor {low['cpu']:.2f} s, grader {best['cpu']:.2f} s"
            f" ({1000 * best['cpu'] / size:.1f} ms/report)"
            f" | rows {best['rows']:.0f}, problems {best['problems']:.0f}, flagged {best['flagged']:.0f}"
        )
    if 1000 in times and 10_000 in times:
        print(f"10k/1k time ratio: {times[10_000] / times[1000]:.2f} (target <= 10.5)")
    print(
        f"Load at the end: {os.getloadavg()[0]:.1f}; the machine is shared, so compare ratios, not seconds."
    )


if __name__ == "__main__":
    main()
