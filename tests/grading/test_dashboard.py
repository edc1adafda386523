"""Class dashboard figures draw from gradebook rows, empty classes included."""

from __future__ import annotations

import pytest

from infokit.grading import grade
from infokit.grading.dashboard import class_dashboard, flag_counts
from infokit.settings import default_settings


def test_every_figure_draws_for_a_class(tmp_path, project, report):
    report(tmp_path / "c" / "a.html", project("Ann One", "s1", seed=1))
    report(tmp_path / "c" / "b.html", project("Ben $x$ Two", "s2", seed=2, relationship="relative"))
    run = grade([tmp_path / "c"], output=tmp_path / "g.csv", show_progress=False)
    figures = class_dashboard(run.rows, run.settings)
    assert list(figures) == ["scores", "steps", "thank_you", "questions", "flags"]
    for name, figure in figures.items():
        figure.savefig(tmp_path / f"{name}.png")
        assert (tmp_path / f"{name}.png").stat().st_size > 1000
    assert flag_counts(run.rows)["close-tie"] == 1


@pytest.mark.parametrize("name", ["scores", "steps", "thank_you", "questions", "flags"])
def test_figures_draw_for_an_empty_class(tmp_path, name):
    figure = class_dashboard([], default_settings())[name]
    figure.savefig(tmp_path / "x.png")
