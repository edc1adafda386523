"""Import cost of infokit against pandas, measured in the same run.

Each figure is the median wall time of a fresh interpreter running the import,
minus the median of a fresh interpreter doing nothing, so only the import
itself is counted. Target: `import infokit` <= 0.5x `import pandas`.

    python benchmarks/bench_import.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

CASES = {
    "nothing (baseline)": "pass",
    "import pandas": "import pandas",
    "import infokit": "import infokit",
    "import infokit.store (model, store)": "import infokit.store",
    "infokit.open_workspace() path (store + settings + progress)": (
        "import infokit.store, infokit.settings, infokit.progress"
    ),
}


def timed(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    runs = parser.parse_args().runs
    for code in CASES.values():  # warm the OS file cache
        timed(code)
    medians = {}
    for label, code in CASES.items():
        samples = []
        for _ in range(runs):
            samples.append(timed(code))
        medians[label] = statistics.median(samples)
    base = medians.pop("nothing (baseline)")
    pandas = medians["import pandas"] - base
    print(f"interpreter start-up (subtracted): {base * 1000:7.1f} ms   median of {runs} runs")
    for label, value in medians.items():
        cost = max(value - base, 0.0)
        print(f"{label:62s} {cost * 1000:7.1f} ms   {cost / pandas:5.2f}x pandas")
    ratio = max(medians["import infokit"] - base, 0.0) / pandas
    print(
        f"\nimport infokit / import pandas = {ratio:.3f}  (target <= 0.5):",
        "met" if ratio <= 0.5 else "MISSED",
    )


if __name__ == "__main__":
    main()
