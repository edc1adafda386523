"""Notebook 05's forms: thank-you sent, referrals into contacts, follow-ups, reflection."""

from __future__ import annotations

from datetime import date

from infokit import actions as ik
from infokit.forms import after


def _interviewed() -> None:
    person = ik.add_contact("Sam Lee")
    ik.choose_interviewee(person.id)
    ik.set_status(person.id, "interviewed", on=date(2026, 3, 9))
    ik.set_interview(held_on=date(2026, 3, 9))


def test_mark_thank_you_sent(find, status) -> None:
    _interviewed()
    form = after.sent_form()
    assert find(form, "thanks-deadline").value
    find(form, "thanks-on").value = date(2026, 3, 10)
    find(form, "thanks-channel").value = "card"
    find(form, "thanks-sent").click()
    assert "Saved at" in status(form)
    project = ik.project()
    assert project.thank_you.sent_on == date(2026, 3, 10) and project.thank_you.channel == "card"
    assert project.interviewee.status.value == "thanked"


def test_referral_becomes_contact(find) -> None:
    _interviewed()
    ik.add_referral("Kim Ng", may_use_name=True)
    form = after.referral_contacts_form()
    assert "not a contact yet" in find(form, "referral-status").value
    find(form, "referral-pick").value = ik.project().referrals[0].id
    find(form, "referral-convert").click()
    assert [c.name for c in ik.project().contacts] == ["Sam Lee", "Kim Ng"]
    assert "identified" in find(form, "referral-status").value


def test_follow_ups(find, status) -> None:
    _interviewed()
    form = after.follow_ups_form()
    find(form, "follow-up-action").value = "Tell Sam how it went"
    find(form, "follow-up-add").click()
    # named by its label, beside the field (was the internal "due_on")
    assert "Due on" in find(form, "follow-ups-error-due_on").value and "Due on" in status(form)
    assert find(form, "follow-up-action").value == "Tell Sam how it went"
    find(form, "follow-up-due").value = date(2026, 3, 20)
    find(form, "follow-up-add").click()
    item = ik.project().follow_ups[0]
    find(form, "follow-up-pick").value = item.id
    find(form, "follow-up-done").click()
    assert ik.project().follow_ups[0].done_on is not None


def test_reflection_counts_saves_and_guards_switch(find, status) -> None:
    form = after.reflection_form()
    find(form, "reflection-learned").value = "one two three"
    assert "3 words" in find(form, "reflection-count").value
    find(form, "reflection-save").click()
    assert ik.project().reflection.answers == {"learned": "one two three"}
    find(form, "reflection-framework").value = "deal"
    assert "copy your answers out" in status(form)
    assert find(form, "reflection-framework").value == "prompts"
    assert find(form, "reflection-learned").value == "one two three"
    find(form, "reflection-discard").value = True
    find(form, "reflection-framework").value = "deal"
    assert ik.project().reflection.framework == "deal"
    find(form, "reflection-describe").value = "We met."
    find(form, "reflection-save").click()
    again = after.reflection_form()
    assert find(again, "reflection-describe").value == "We met."


def test_follow_ups_can_be_deleted(find) -> None:
    ik.add_follow_up("Read the report", date(2026, 3, 20))
    form = after.follow_ups_form()
    find(form, "follow-up-pick").value = ik.project().follow_ups[0].id
    find(form, "follow-up-delete").click()
    find(form, "ask-yes").click()
    assert ik.project().follow_ups == []


def test_reflection_keeps_an_answer_saved_elsewhere_meanwhile(find, status) -> None:
    ik.set_reflection("prompts", learned="From the form's first load.")
    form = after.reflection_form()
    ik.set_reflection("prompts", gaps="Saved from another notebook.")
    find(form, "reflection-learned").value = "Typed here."
    find(form, "reflection-save").click()
    answers = ik.project().reflection.answers
    assert answers["learned"] == "Typed here." and answers["gaps"] == "Saved from another notebook."
    assert find(form, "reflection-gaps").value == "Saved from another notebook."
    assert "elsewhere" in status(form)


# --- the assignment's own reflection prompts (issue 13) ---

OWN_PROMPTS = {
    "reflection": {
        "prompts": [
            {"id": "surprise", "text": "What surprised you?", "min_words": 3},
            {"id": "next", "text": "Your next step", "min_words": 1, "max_words": 4},
        ]
    }
}


def _own_form():
    from infokit.settings import parse_settings

    return after.ReflectionForm(None, parse_settings(OWN_PROMPTS))


def test_the_assignments_prompts_replace_the_chooser_with_their_own_counts(find, status) -> None:
    form = _own_form()
    assert find(form, "reflection-framework").layout.display == "none"
    assert find(form, "reflection-framework").value == "assignment"
    find(form, "reflection-next").value = "one two three four five"
    assert "5 words (asked for 1 to 4)" in find(form, "reflection-count-next").value
    find(form, "reflection-surprise").value = "a b"
    assert "2 words (asked for at least 3)" in find(form, "reflection-count-surprise").value
    find(form, "reflection-save").click()
    saved = ik.project().reflection
    assert saved.framework == "assignment" and saved.answers["next"] == "one two three four five"


def test_answers_under_a_kit_framework_are_kept_when_the_assignment_sets_its_own(find, status) -> None:
    ik.set_reflection("deal", describe="What happened at the interview.")
    form = _own_form()
    note = find(form, "reflection-kept").value
    assert "DEAL" in note and "stay saved in your workspace" in note
    find(form, "reflection-surprise").value = "The pace of the work."
    find(form, "reflection-save").click()
    saved = ik.project().reflection
    assert saved.framework == "assignment" and saved.answers == {"surprise": "The pace of the work."}
    assert saved.kept == {"deal": {"describe": "What happened at the interview."}}
    assert "kept aside" in find(form, "reflection-kept").value
    ik.set_reflection("deal", keep=True)  # coming back brings the earlier answers back
    back = ik.project().reflection
    assert back.answers == {"describe": "What happened at the interview."}
    assert back.kept == {"assignment": {"surprise": "The pace of the work."}}


def test_a_preset_locks_the_chooser_to_that_framework(find) -> None:
    from infokit.settings import parse_settings

    form = after.ReflectionForm(None, parse_settings({"reflection": {"preset": "gibbs"}}))
    chooser = find(form, "reflection-framework")
    assert chooser.value == "gibbs" and chooser.disabled
    assert [value for _, value in chooser.options] == ["gibbs"]
    find(form, "reflection-description").value = "We met in her office."
    find(form, "reflection-save").click()
    assert ik.project().reflection.framework == "gibbs"
