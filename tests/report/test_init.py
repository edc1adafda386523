"""infokit.report's public surface: small, sorted, honest, and light to import for the grader."""

from __future__ import annotations

import subprocess
import sys

import infokit.report


def test_all_is_sorted_and_every_name_resolves() -> None:
    assert infokit.report.__all__ == sorted(infokit.report.__all__)
    for name in infokit.report.__all__:
        assert callable(getattr(infokit.report, name)), name


def test_reading_embedded_data_does_not_import_nbconvert_or_matplotlib() -> None:
    code = (
        "import sys, infokit.report.embed, infokit.report;"
        "infokit.report.read_submission;"
        "print(sorted(m for m in ('nbconvert', 'matplotlib', 'jinja2', 'nh3') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
