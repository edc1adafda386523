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


def test_the_clock_ticks_by_itself_from_the_saved_start(find, monkeypatch) -> None:
    from datetime import datetime, timedelta

    ik.add_question("How did you get started?")
    form = interview.notes_form()
    start = datetime(2026, 3, 9, 14, 0)
    form.now = lambda: start
    find(form, "interview-start").click()
    assert form._clock.is_alive()  # updates itself, without a click
    form.now = lambda: start + timedelta(minutes=1, seconds=30)
    form.tick()
    assert "1:30 of 25:00 minutes used" in find(form, "interview-clock").value
    form.stop_clock()
    form._clock.join(5)
    assert not form._clock.is_alive()


def test_each_answer_is_saved_where_it_is_typed(find) -> None:
    ik.add_question("How did you get started?")
    ik.add_question("What is hard?")
    form = interview.notes_form()
    find(form, "interview-notes-2").value = "Deadlines."
    find(form, "interview-save-2").click()
    assert ik.project().questions[1].answer_notes == "Deadlines."
    assert "Saved at" in find(form, "interview-saved-2").value
    find(form, "interview-asked-1").value = True  # a tick saves at once
    assert ik.project().questions[0].asked
    form.stop_clock()


def test_mentions_and_referrals_can_be_deleted_and_a_double_click_adds_once(find, status) -> None:
    ik.add_mention("Planning Today", "publication")
    mentions = interview.mentions_form()
    assert "A publication" in find(mentions, "mention-list").value  # not the stored "publication"
    find(mentions, "mention-pick").value = "0"
    find(mentions, "mention-delete").click()
    find(mentions, "ask-yes").click()
    assert ik.project().interview.mentions == []
    referrals = interview.referrals_form()
    find(referrals, "referral-name").value = "Kim Ng"
    find(referrals, "referral-add").click()
    find(referrals, "referral-add").click()
    assert len(ik.project().referrals) == 1 and "already added" in status(referrals)
    find(referrals, "referral-delete-pick").value = ik.project().referrals[0].id
    find(referrals, "referral-delete").click()
    find(referrals, "ask-yes").click()
    assert ik.project().referrals == []
    find(referrals, "undo").click()
    assert [r.name for r in ik.project().referrals] == ["Kim Ng"]
