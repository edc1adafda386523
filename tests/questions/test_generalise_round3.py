"""Issue 12, third round: an amount, a name or a place asked with "what" or "which".

The corpus README settles it: short-answer follows what is asked, not the word that
opens the question. Every case is written for this file (none is taken from the
benchmark corpus), each with a near miss in much the same words that must stay quiet.
"""

from __future__ import annotations

import pytest

from infokit.questions import check_question


def rules(text: str) -> set[str]:
    return {f.rule for f in check_question(text)}


SHORT_PAIRS = [
    # an amount after "what is"
    ("What is your day rate as a stage manager?", "What is the day like for a stage manager?"),
    ("What's the usual fee for a commissioned mural?", "What's the usual process for a commissioned mural?"),
    ("What was the studio's turnover last season?", "What was the studio's biggest change last season?"),
    ("What is the average take-home pay for a junior chef?", "What is the pay like for a junior chef?"),
    # a noun of amount or place straight after the question word
    ("What percentage of your week is spent on site?", "What part of your week do you enjoy most?"),
    ("Which town is the depot in?", "Which town planning issues come up most in your work?"),
    ("Which regions does the charity cover?", "Which routines does the charity rely on?"),
    ("What salary do apprentices start on?", "What budget pressures shape your team's choices?"),
    ("What kind of money do carpenters bring in?", "What kind of work do carpenters take on?"),
    # the name of something
    ("What is the name of the union you belong to?", "What is the company doing about staff turnover?"),
    # what someone earns or charges, however the verb is put
    ("What do freelance editors charge per page?", "What do freelance editors think makes a good client?"),
    ("what does a tattoo artist make a month", "What does your workshop make?"),
    ("Would you be willing to tell me roughly what you earn?", "What do you make of the new regulations?"),
    # a request for an amount with no question word
    ("Would you mind sharing your pay band?", "Could you share your take on the pay debate?"),
    ("Could you tell me the salary range for new librarians?", "Could you tell me about your views on pay?"),
    # second pass: pay asked with "are you", "pay", "take home", a fragment, a rate adjective
    ("What are you paid as a site foreman?", "What are you proudest of as a site foreman?"),
    ("what r u earning these days", "what r u working on these days"),
    ("What does a junior translator's job pay?", "What does a junior translator pay attention to?"),
    ("What do you take home after tax?", "What do you take with you to a site visit?"),
    ("Ur wage?", "Ur workload?"),
    ("What hourly rate do locksmiths charge?", "What hourly routines do locksmiths keep?"),
    ("What sort of raise came with the promotion?", "What sort of training came with the promotion?"),
    ("I'd love to know your salary, if that's fine.", "I'd love to know your story, if that's fine."),
    ("Could you tell me what your starting pay was?", "Could you tell me what your starting pay was like?"),
    ("How big is your practice?", "How big is the change from school to practice?"),
]


@pytest.mark.parametrize(("fact", "near"), SHORT_PAIRS)
def test_amounts_names_and_places_are_short_answer(fact: str, near: str) -> None:
    assert "short-answer" in rules(fact), fact
    assert "short-answer" not in rules(near), near


def test_a_pay_ask_is_short_answer_as_well_as_private() -> None:
    found = rules("What's your salary these days?")
    assert {"personal-salary", "short-answer"} <= found


def test_the_company_as_an_adjective_is_not_a_name() -> None:
    for text in ("What company culture do you value most?", "What city services does your team run?"):
        assert "short-answer" not in rules(text), text


def test_asking_to_be_told_later_is_not_asking_for_a_date() -> None:
    assert "short-answer" not in rules("Could you let me know when the lab opens a placement?")
    assert "short-answer" in rules("Could you tell me when the lab opened?")


def test_a_website_address_is_not_a_place() -> None:
    assert "short-answer" not in rules("What's the address of the studio's website?")
    assert "short-answer" in rules("What's the address of the studio?")
