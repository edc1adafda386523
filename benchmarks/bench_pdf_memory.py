"""How much memory a student's PDF export takes: what a hub must give each user. A script, not a test.

    python benchmarks/bench_pdf_memory.py [--repeat N]

Runs ``infokit export --to pdf`` as a fresh process on a complete sample project
and samples its whole process tree (Python and every Chromium process) every
few milliseconds. Printed: the peak of the tree's summed PSS (each shared page
counted once, shared between the processes that map it: what the machine
really gives the export), the peak of the summed RSS (shared pages counted in
every process: an upper bound), and the largest single process.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil


def _peaks(command: list[str], cwd: Path) -> tuple[int, int, int]:
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(proc.pid)
    pss = rss = single = 0
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            sizes = [(p.memory_full_info().pss, p.memory_info().rss) for p in tree]
        except psutil.Error:  # a process ended between listing and reading
            continue
        pss = max(pss, sum(s[0] for s in sizes))
        rss = max(rss, sum(s[1] for s in sizes))
        single = max(single, *(s[1] for s in sizes))
        time.sleep(0.005)
    if proc.returncode != 0:
        raise SystemExit(
            f"failed: {' '.join(command)}\n{proc.stderr.read().decode()[-2000:] if proc.stderr else ''}"
        )
    return pss, rss, single


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs (the highest peak is kept)")
    args = parser.parse_args()
    from infokit.sample import sample_project
    from infokit.store import Workspace

    mib = 2**20
    with tempfile.TemporaryDirectory(prefix="infokit-bench-") as folder:
        work = Path(folder)
        Workspace(work / "ws").save(sample_project(0))
        export = [
            sys.executable,
            "-m",
            "infokit",
            "export",
            "--workspace",
            "ws",
            "--to",
            "pdf",
            "-o",
            "r.pdf",
        ]
        runs = [_peaks(export, work) for _ in range(args.repeat)]
    pss, rss, single = (max(run[i] for run in runs) for i in range(3))
    print(f"infokit PDF export, fresh process, {args.repeat} runs (highest peak kept):")
    print(f"  peak PSS of the whole process tree   {pss / mib:7.0f} MiB")
    print(f"  peak RSS of the whole process tree   {rss / mib:7.0f} MiB  (shared pages counted repeatedly)")
    print(f"  largest single process (RSS)         {single / mib:7.0f} MiB")


if __name__ == "__main__":
    main()
