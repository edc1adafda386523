"""Golden reports, and every section present in a complete one.

The goldens in ``tests/report/goldens/`` are the exported files with what
changes from run to run normalised away (export time, infokit version); the
timeline is an SVG the kit writes itself, so it is kept whole. To refresh them after
an intended change, run::

    INFOKIT_UPDATE_GOLDENS=1 python -m pytest tests/report/test_golden.py

and review the diff before committing. (An environment variable, not a
pytest option: pytest only reads options from the root conftest.)
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from infokit.model import Project
from infokit.report import export_report, read_submission
from infokit.report.build import TITLE
from infokit.report.sections import SECTIONS
from infokit.sample import sample_project
from infokit.settings import Settings

from .htmlcheck import read_page
from .projects import complete_project

GOLDENS = Path(__file__).parent / "goldens"
UPDATE = os.environ.get("INFOKIT_UPDATE_GOLDENS") == "1"
WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
NORMALISE = [
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00"), "<EXPORTED-AT>"),
    (re.compile(r"sha256:[0-9a-f]{64}"), "sha256:<DIGEST>"),  # seals the export time too
    (re.compile(rf"{WEEKDAY} \d{{1,2}} [A-Z][a-z]+ \d{{4}}, \d\d:\d\d UTC"), "<EXPORT-DATE>"),
    (
        re.compile(r"infokit \d+(?:\.\d+)*(?:(?:a|b|rc|\.dev|\.post)\d+)*(?:\+[A-Za-z0-9.]+)?"),
        "infokit <VERSION>",
    ),
    (re.compile(r'("infokit": ?)"[^"]*"'), r'\1"<VERSION>"'),
]


def normalise(text: str) -> str:
    for pattern, replacement in NORMALISE:
        text = pattern.sub(replacement, text)
    return text


def check_golden(name: str, actual: str) -> None:
    golden = GOLDENS / name
    actual = normalise(actual)
    if UPDATE:
        golden.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert golden.is_file(), f"no golden {name}: create it with INFOKIT_UPDATE_GOLDENS=1"
    expected = golden.read_text(encoding="utf-8")
    assert actual == expected, (
        f"{name} differs from its golden; if intended, refresh with INFOKIT_UPDATE_GOLDENS=1"
    )


@pytest.mark.parametrize(
    ("name", "make", "to"),
    [
        ("complete.html", complete_project, "html"),
        ("complete.ipynb", complete_project, "ipynb"),
        ("empty.html", Project, "html"),
    ],
)
def test_report_matches_its_golden(
    name: str, make: type, to: str, settings: Settings, tmp_path: Path
) -> None:
    [path] = export_report(make(), to=to, output=tmp_path, settings=settings)
    check_golden(name, path.read_text(encoding="utf-8"))


def test_normalising_keeps_what_matters() -> None:
    text = '<time datetime="2026-03-01T09:15:00+00:00">Sunday 1 March 2026, 09:15 UTC</time>'
    text += " infokit 0.1.0. 14 March, infokit 1.2.0rc1+g3f.d1"
    expected = (
        '<time datetime="<EXPORTED-AT>"><EXPORT-DATE></time> infokit <VERSION>. 14 March, infokit <VERSION>'
    )
    assert normalise(text) == expected


def assert_every_section(html: str) -> None:
    page = read_page(html)
    assert [text for tag, text in page.headings if tag in ("h1", "h2")] == [TITLE] + [
        h for _, h, _ in SECTIONS
    ]
    levels = [int(tag[1]) for tag, _ in page.headings]
    for i, (tag, text) in enumerate(page.headings):
        level, body = levels[i], page.blocks_after_heading[i]
        j = i + 1
        while not body and j < len(levels) and levels[j] > level:  # a heading may open on subheadings
            body = page.blocks_after_heading[j]
            j += 1
        assert body, f"heading {tag} {text!r} has nothing under it"


def test_a_complete_project_has_every_section_and_nothing_missing(
    project: Project, settings: Settings, tmp_path: Path
) -> None:
    [path] = export_report(project, output=tmp_path, settings=settings)
    html = path.read_text(encoding="utf-8")
    assert_every_section(html)
    assert "Missing" not in read_page(html).text
    assert "7 of 7 steps" in read_page(html).text


def test_an_empty_project_has_every_section_and_no_empty_heading(settings: Settings, tmp_path: Path) -> None:
    [path] = export_report(Project(), output=tmp_path, settings=settings)
    assert_every_section(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("seed", [0, 1, 7, 42])
def test_complete_sample_projects_have_every_section_and_read_back(
    seed: int, settings: Settings, tmp_path: Path
) -> None:
    project = sample_project(seed)
    [path] = export_report(project, output=tmp_path, include_contact_details=True, settings=settings)
    html = path.read_text(encoding="utf-8")
    assert_every_section(html)
    assert "7 of 7 steps" in read_page(html).text
    assert read_submission(path).project == project


@pytest.mark.parametrize("steps_done", range(7))
def test_partial_sample_projects_say_what_is_missing(
    steps_done: int, settings: Settings, tmp_path: Path
) -> None:
    project = sample_project(3, complete=False, steps_done=steps_done)
    [path] = export_report(project, output=tmp_path, settings=settings)
    html = path.read_text(encoding="utf-8")
    assert_every_section(html)
    text = read_page(html).text
    assert f"{steps_done} of 7 steps" in text
    assert "Missing" in text
