"""Notebook 02's forms: the bank, your own question with live findings, the plan."""

from __future__ import annotations

from infokit import actions as ik
from infokit.forms import questions
from infokit.questions.bank import load_bank


def test_bank_filter_and_add(find, status) -> None:
    plan = questions.plan_form()
    bank = questions.bank_form(plan)
    area = load_bank()[0].tiara
    find(bank, "bank-tiara").value = area
    options = find(bank, "bank-list").options
    assert options and all(isinstance(value, str) for _label, value in options)
    first = options[0][1]
    find(bank, "bank-add").click()
    assert "Select one or more" in status(bank)
    find(bank, "bank-list").value = (first,)
    find(bank, "bank-add").click()
    assert "Added 1 question" in status(bank)
    assert ik.project().questions[0].bank_id == first
    assert len(find(plan, "plan-list").options) == 1
    find(bank, "bank-add").click()
    assert "already in your plan" in status(bank)


def test_own_question_live_findings_and_add(find, status) -> None:
    plan = questions.plan_form()
    own = questions.own_question_form(plan)
    find(own, "question-text").value = "Do you like your job?"
    assert "infokit-finding-closed" in find(own, "question-findings").value
    find(own, "question-priority").value = 1
    find(own, "question-add").click()
    assert "Saved at" in status(own)
    assert find(own, "question-text").value == ""
    saved = ik.project().questions[0]
    assert saved.text == "Do you like your job?" and saved.priority == 1
    assert "infokit-finding-closed" in find(plan, "plan-report").value
    chart = find(plan, "plan-chart").value  # an <img> with a text alternative, not a bare image
    assert 'src="data:image/png;base64,' in chart and 'alt="Questions per category: Your own 1.' in chart


def test_plan_move_priority_remove_and_guide(find, status, workspace_dir) -> None:
    a = ik.add_question("How did you get started in this field?")
    b = ik.add_question("What does a <typical> week look like?")
    plan = questions.plan_form()
    find(plan, "plan-up").click()
    assert "Pick a question" in status(plan)
    find(plan, "plan-list").value = b.id
    find(plan, "plan-up").click()
    assert [q.id for q in ik.project().questions] == [b.id, a.id]
    assert find(plan, "plan-list").value == b.id
    find(plan, "plan-priority").value = 3
    find(plan, "plan-priority-set").click()
    assert ik.project().questions[0].priority == 3
    find(plan, "plan-guide-write").click()
    guide = (workspace_dir / "interview-guide.html").read_text()
    assert "&lt;typical&gt;" in guide and "<typical>" not in guide
    assert "data:text/html;base64," in find(plan, "plan-guide").value
    find(plan, "plan-remove").click()  # asks first
    assert [q.id for q in ik.project().questions] == [b.id, a.id]
    find(plan, "ask-yes").click()
    assert [q.id for q in ik.project().questions] == [a.id]


def test_minutes_out_of_range_are_refused_not_changed(find, status) -> None:
    own = questions.own_question_form()
    find(own, "question-text").value = "How did you start?"
    find(own, "question-minutes").value = 999
    find(own, "question-add").click()
    assert "Minutes" in find(own, "own-question-error-minutes").value
    assert ik.project().questions == [] and find(own, "question-minutes").value == 999


def test_the_same_question_cannot_be_added_twice(find, status) -> None:
    own = questions.own_question_form()
    for _ in range(2):
        find(own, "question-text").value = "How did you start?"
        find(own, "question-add").click()
    assert len(ik.project().questions) == 1 and "already in your plan" in status(own)


def test_wording_and_minutes_can_be_edited_after_adding(find) -> None:
    q = ik.add_question("How did you start?")
    plan = questions.plan_form()
    find(plan, "plan-list").value = q.id
    assert find(plan, "plan-edit-text").value == "How did you start?"
    find(plan, "plan-edit-text").value = "How did you get your first job in the field?"
    find(plan, "plan-edit-minutes").value = 4
    find(plan, "plan-edit-save").click()
    saved = ik.project().questions[0]
    assert (saved.text, saved.minutes) == ("How did you get your first job in the field?", 4)


def test_an_empty_plan_shows_no_empty_chart_and_lists_have_names(find) -> None:
    plan = questions.plan_form()
    assert "<img" not in find(plan, "plan-chart").value
    assert find(plan, "plan-list").description == "Your plan"
    assert find(questions.bank_form(plan), "bank-list").description == "Questions found"


def test_plan_buttons_keep_their_words(find) -> None:
    plan = questions.plan_form()
    for cls in ("plan-up", "plan-down", "plan-remove", "plan-priority-set"):
        layout = find(plan, cls).layout
        assert layout.flex == "0 0 auto" and layout.min_width  # never squeezed to "Rem…"
