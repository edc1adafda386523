"""Feedback pages: scores, reasons and comments, with every piece of student text escaped."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from infokit.grading import grade
from infokit.grading.feedback import file_name, render_feedback
from infokit.model import Question
from infokit.settings import default_settings

INJECTIONS = [
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}{% raw %}",
    "</td></tr></table><iframe src=javascript:alert(1)>",
]


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.handlers += [name for name, _ in attrs if name.startswith("on")]


def parse(html: str) -> Tags:
    tags = Tags()
    tags.feed(html)
    return tags


@pytest.mark.parametrize("evil", INJECTIONS)
def test_student_and_instructor_text_is_escaped(tmp_path, project, report, evil):
    plan = project(name=f"Eve {evil}", student_id="s666")
    plan.questions[0] = Question(text=f"Do you {evil} like it?")
    report(tmp_path / "class" / "eve.html", plan)
    run = grade([tmp_path / "class"], output=tmp_path / "g.csv", show_progress=False)
    run.set_manual("s666", "writing", 5, comments=f"Nice. {evil}")
    run.feedback_dir = tmp_path / "feedback"
    run.save()
    (page,) = run.feedback_paths
    html = page.read_text(encoding="utf-8")
    tags = parse(html)
    assert not {"script", "img", "iframe"} & set(tags.tags)
    assert tags.handlers == []
    assert "49" not in html.split("<body>")[1].split("Total")[0]
    assert "&lt;" in html or "&#34;" in html or "{{" in html


def test_page_shows_each_criterion_points_level_reasons_and_comments(project):
    from infokit.grading.records import GradeRow
    from infokit.grading.score import score_project

    settings = default_settings()
    plan = project(relationship="relative")
    row = GradeRow("s001", "Jane Smith", "s001", "f.html", "html", auto=score_project(plan, settings),
                   manual={"reflection": 20.0, "writing": None}, comments="Good start.\nSee me.")  # fmt: skip
    html = render_feedback(row, settings)
    for criterion in settings.rubric:
        assert criterion.title in html
    assert "5 / 10" in html  # outreach at the middle level
    assert "the interviewee is a relative" in html
    assert "Interview arranged, but with gaps in the record." in html
    assert "20 / 25" in html and "to be graded" in html
    assert "Good start.\nSee me." in html
    assert "some parts are still being graded" in html
    assert "Content-Security-Policy" in html
    assert "close-tie" not in html.split("<body>")[1].replace("the interviewee is a relative", "")


def test_file_names_are_safe_and_unique():
    taken: set[str] = set()
    assert file_name("s001", taken) == "s001.html"
    assert file_name("../../etc/passwd", taken) == "etc-passwd.html"
    assert file_name("S001", taken).startswith("S001-")
    assert file_name("", taken) == "student.html"


def test_page_has_landmarks_and_no_low_contrast_grey(project):
    from infokit.grading.records import GradeRow
    from infokit.grading.score import score_project

    settings = default_settings()
    row = GradeRow("s001", "Jane Smith", "s001", "f.html", "html", auto=score_project(project(), settings),
                   manual={"reflection": None, "writing": None})  # fmt: skip
    html = render_feedback(row, settings)
    body = html.split("<body>")[1]
    assert body.index("<header>") < body.index("<main>") < body.index("<footer>")
    assert "#777" not in html  # 4.5:1 is the floor for text; #777 on white is 4.48:1


def test_file_names_carry_the_name_with_its_letters():
    taken: set[str] = set()
    assert file_name("s4", taken, "Łukasz Wójcik") == "Łukasz-Wójcik-s4.html"  # not "ukasz"
    assert file_name("ann one", taken, "Ann One") == "ann-one.html"
    assert file_name("s5", taken, "Ann / ../One") == "Ann-One-s5.html"


def test_manual_levels_neutral_notes_and_no_gaps_on_a_full_score(project):
    from infokit.grading.records import GradeRow
    from infokit.grading.score import score_project

    settings = default_settings()
    plan = project()
    auto = score_project(plan, settings)
    assert all(score.full for score in auto.values())
    row = GradeRow("s001", "Jane Smith", "s001", "f.html", "html", auto=auto,
                   manual={"reflection": 18.0, "writing": 10.0},
                   criterion_comments={"writing": "Crisp emails."})  # fmt: skip
    html = render_feedback(row, settings)
    assert "Thoughtful but partly a retelling of the interview." in html  # manual level 18
    assert "Clear, well organised, professional messages." in html
    assert "Crisp emails." in html
    assert 'class="warning"' not in html and 'class="error"' not in html  # nothing cost points
    assert 'class="note"' in html  # e.g. how much of the meeting the questions fill: neutral
    coverage = [r for r in auto["questions"].reasons if r.rule in ("coverage", "time-budget")]
    assert coverage and all(f'<li class="note">{r.message}' in html for r in coverage)
