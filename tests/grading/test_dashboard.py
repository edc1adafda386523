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


def test_the_thank_you_window_line_is_the_graders(tmp_path):
    """With 36 hours, the grader's window runs to the end of day 2 (thank_you_deadline rounds the
    hours up to days): the line sits between day 2 and day 3, and day 2 is drawn on time."""
    from infokit.grading.dashboard import thank_you_timing
    from infokit.grading.records import Facts, GradeRow
    from infokit.settings import parse_settings

    settings = parse_settings({"limits": {"thank_you_hours": 36}})
    rows = [GradeRow(f"s{d}", "", "", "f", "html", facts=Facts(thank_you_days=d)) for d in (1, 2, 3)]
    figure = thank_you_timing(rows, settings)
    axes = figure.axes[0]
    (line,) = [line for line in axes.get_lines() if line.get_linestyle() == "--"]
    assert line.get_xdata()[0] == 2.5
    bars = {round(patch.get_x() + patch.get_width() / 2): patch.get_facecolor() for patch in axes.patches}
    assert bars[2] == bars[1] != bars[3]
