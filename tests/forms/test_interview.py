"""Notebook 04's forms: notes per question, the meeting's facts, mentions, referrals."""

from __future__ import annotations

from datetime import date

from infokit import actions as ik
from infokit.forms import interview


def test_notes_per_question_and_reload(find, status) -> None:
    ik.add_question("How did you get started?")
    ik.add_question("What is the hardest part of the work?")
    form = interview.notes_form()
    find(form, "interview-notes-2").value = "Deadlines."
    find(form, "interview-asked-2").value = True
    find(form, "interview-held-on").value = date(2026, 3, 9)
    find(form, "interview-minutes").value = 28
    find(form, "interview-observations").value = "Open office, quiet."
    find(form, "interview-start").click()
    find(form, "interview-save").click()
    assert "Saved at" in status(form)
    project = ik.project()
    assert project.questions[1].answer_notes == "Deadlines." and project.questions[1].asked
    assert not project.questions[0].asked
    assert project.interview.actual_minutes == 28
    assert "1 of 2 questions asked" in find(form, "interview-clock").value
    again = interview.notes_form()
    assert find(again, "interview-notes-2").value == "Deadlines."
    assert find(again, "interview-held-on").value == date(2026, 3, 9)


def test_bad_minutes_shows_error(find, status) -> None:
    form = interview.notes_form()
    find(form, "interview-minutes").value = 9999
    find(form, "interview-free-notes").value = "kept"
    find(form, "interview-save").click()
    assert "Minutes it lasted" in find(form, "interview-error-actual_minutes").value
    assert find(form, "interview-free-notes").value == "kept"


def test_mentions_and_referrals(find, status) -> None:
    mentions = interview.mentions_form()
    find(mentions, "mention-add").click()
    assert "must not be empty" in status(mentions)
    find(mentions, "mention-text").value = "Planning Today"
    find(mentions, "mention-kind").value = "publication"
    find(mentions, "mention-add").click()
    assert "Planning Today" in find(mentions, "mention-list").value
    referrals = interview.referrals_form()
    find(referrals, "referral-name").value = "Kim Ng"
    find(referrals, "referral-may-use-name").value = True
    find(referrals, "referral-add").click()
    assert ik.project().referrals[0].may_use_name
    assert find(referrals, "referral-name").value == ""
    assert "Kim Ng" in find(interview.referrals_form(), "referral-list").value


def test_clock_survives_a_kernel_restart(find) -> None:
    ik.add_question("How did you get started?")
    form = interview.notes_form()
    assert "minutes planned" in find(form, "interview-clock").value
    find(form, "interview-start").click()
    started = ik.project().interview.started_at
    assert started is not None
    again = interview.notes_form()  # a new kernel builds the form afresh
    assert "minutes used" in find(again, "interview-clock").value
    assert ik.project().interview.started_at == started
