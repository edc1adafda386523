"""Costs that must grow with the input, not with its square: printed as time ratios per size step.

* the contact cross-references of a project (``Project.check_references``, run on every
  workspace load and save and for every report graded) with 4,000 to 32,000 referrals;
* reading every member of one zip of 4,000 to 32,000 entries through the grader's batch
  (it opened the zip again for every chunk of 50 entries, which read the whole directory each time);
* matching a class to its roster, 2,000 to 16,000 students;
* checking one question of 12.5 to 100 kB (``check_question``) and one message of the same size
  (``check_message``), written from phrases the job, pay, googleable and too-long rules look at:
  a 100 kB question once took 6 s (ratio 3.5 per step) before the too-long rewrite search and the
  "you make ... money" check were made linear.

Each step doubles the input; a linear cost doubles its time (ratio about 2), a quadratic one
quadruples it. Figures are the best of five runs in this process (one for the zips), with the
garbage collector paused while they run. On a shared machine a step can still read 3 (caches);
the old quadratic check read 4 to 7 per step (8,000 referrals: 2.4 s; 32,000: 76 s).

    python benchmarks/bench_scaling.py
"""

from __future__ import annotations

import gc
import itertools
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path


def best(work: Callable[[], object], runs: int = 5) -> float:
    """The fastest of ``runs`` runs, with the cyclic garbage collector paused (its pauses grow
    with every object alive in the process, whatever the code measured does)."""
    times = []
    for _ in range(runs):
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        finally:
            gc.enable()
    return min(times)


def references(sizes: list[int]) -> list[float]:
    from infokit.model import Contact, Project, Referral

    out = []
    for size in sizes:
        contacts = [Contact(id=f"c{n}", name=f"Person {n}") for n in range(size)]
        referrals = [Referral(name=f"R {n}", contact_id=f"c{n}") for n in range(size)]
        project = Project(contacts=contacts, referrals=referrals)
        out.append(best(project.check_references))
    return out


def zip_entries(sizes: list[int], folder: Path) -> list[float]:
    from infokit.grading.batch import grade_sources
    from infokit.grading.sources import find_sources
    from infokit.settings import default_settings

    settings = default_settings()
    out = []
    for size in sizes:
        archive = folder / f"{size}.zip"
        with zipfile.ZipFile(archive, "w") as zf:
            for n in range(size):
                zf.writestr(f"student{n}_{n}_{n}_essay.html", "<html>an essay, not a report</html>")
        sources = find_sources([archive])
        out.append(best(lambda s=sources: sum(1 for _ in grade_sources(s, settings, workers=1)), runs=1))
    return out


def roster(sizes: list[int], folder: Path) -> list[float]:
    from infokit.grading.records import GradeRow
    from infokit.grading.roster import apply_roster, read_roster
    from infokit.settings import default_settings

    settings = default_settings()
    out = []
    for size in sizes:
        path = folder / f"roster-{size}.csv"
        path.write_text("student_id,name\n" + "".join(f"s{n},Student {n}\n" for n in range(size)))
        rows = [GradeRow(f"s{n}", f"Student {n}", f"s{n}", "f", "html") for n in range(0, size, 2)]
        out.append(best(lambda p=path, r=rows: apply_roster(r, read_roster(p, settings.zone), settings)))
    return out


QUESTION_UNITS = (
    "if a junior role opened up at your company could you make my odds of landing a place on your team "
    "better, what does your firm actually sell and you make ",
    "how long, how much, who, when, where, and why? ",
    "do you get paid well? you make it look easy, ",
)


def questions(sizes: list[int]) -> list[float]:
    from infokit.questions import check_question

    out = []
    for size in sizes:
        texts = [(unit * (size // len(unit) + 1))[:size] + "?" for unit in QUESTION_UNITS]
        runs = itertools.count()  # a new first word each run: the checker caches what it has read
        out.append(best(lambda t=texts, n=runs: [check_question(f"w{next(n)} {x}") for x in t], runs=3))
    return out


def messages(sizes: list[int]) -> list[float]:
    from infokit.outreach.check import check_message

    unit = ("Dear Ms. Lee, I am not asking for a job, but if anything comes up please keep me in mind. "
            "Could we talk for 20 minutes by phone? I have attached my CV. Best regards, Sam\n")  # fmt: skip
    out = []
    for size in sizes:
        text = "Subject: Your work\n\n" + (unit * (size // len(unit) + 1))[:size]
        out.append(best(lambda t=text: check_message(t, "request"), runs=3))
    return out


def samples(sizes: list[int]) -> list[float]:
    from infokit.sample import sample_project

    sample_project(0)  # the data files load once
    return [best(lambda n=size: [sample_project(seed) for seed in range(n)], runs=3) for size in sizes]


def show(what: str, sizes: list[int], seconds: list[float]) -> None:
    steps = " ".join(f"{b / a:.2f}" for a, b in itertools.pairwise(seconds))
    figures = ", ".join(f"{n}: {s * 1000:.0f} ms" for n, s in zip(sizes, seconds, strict=True))
    print(f"{what:<32} {figures} | ratio per doubling {steps} (linear: about 2)")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="infokit-scaling-") as scratch:
        folder = Path(scratch)
        sizes = [4000, 8000, 16000, 32000]
        show("check_references (referrals)", sizes, references(sizes))
        show("one zip, every entry read", sizes, zip_entries(sizes, folder))
        sizes = [2000, 4000, 8000, 16000]
        show("roster matching (students)", sizes, roster(sizes, folder))
        sizes = [12_500, 25_000, 50_000, 100_000]
        show("one question (characters)", sizes, questions(sizes))
        show("one message (characters)", sizes, messages(sizes))
        sizes = [25, 50, 100, 200]
        seconds = samples(sizes)
        show("sample projects (seeds)", sizes, seconds)
        print(f"{'one sample project':<32} {seconds[-1] / sizes[-1] * 1000:.1f} ms (target: under 50 ms)")


if __name__ == "__main__":
    main()
