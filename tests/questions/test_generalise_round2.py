"""Issue 12, second round: shapes learned from two blind batches written by other people.

Every case is written for this file (none is taken from the benchmark corpus). Each ask
comes with a near miss in much the same words that must stay quiet, so that a pattern
which breaks, or starts to over-fire, fails here first.
"""

from __future__ import annotations

import pytest

from infokit.questions import check_question, suggest


def rules(text: str) -> set[str]:
    return {f.rule for f in check_question(text)}


# -- asks-for-job: (ask, near miss) ---------------------------------------------------------------
JOB_PAIRS = [
    # any word for their workplace, hiring or in need of workers
    ("Is your brewery recruiting any new cellar hands?", "Is your brewery's recruiting process very slow?"),
    ("Do you know whether the gallery is hiring at the moment?", "How does the gallery decide on hiring?"),
    ("Are you lot hiring over the winter?", "Are you hiring for attitude or for skill?"),
    ("Is your vineyard looking for pickers this autumn?", "Is your vineyard looking for new buyers abroad?"),
    ("Your kennels needing any weekend helpers?", "What do your kennels need most from a new starter?"),
    ("Does the zoo ever take on student keepers?", "Does the industry take on many apprentices?"),
    ("I'd like to find out if the library accepts volunteers.", "How do libraries choose volunteers?"),
    # a place of any kind at their workplace, asked for in a fragment
    ("A summer slot at your observatory?", "A typical day at your observatory?"),
    # notify me, or keep my details, when something opens or is advertised
    (
        "Could you give me a shout when your clinic advertises for receptionists?",
        "Could you give me a shout when you have ten minutes to talk?",
    ),
    (
        "Would you hang on to my contact details in case a role opens up?",
        "Would you mind if I kept your contact details for later questions?",
    ),
    ("Please keep me on file for the next intake.", "Please keep me posted on how the project goes."),
    # a referral, however the verb is inflected
    ("Would you consider referring me for the assistant editor post?", "Can you refer me to a good book?"),
    ("Could you refer me internally?", "Could you refer me to someone else I could talk to?"),
    # telling the people who hire about the student
    ("Might you tell your supervisor about me?", "Might you tell me about your supervisor?"),
    # putting the student before whoever hires, commissions or casts
    (
        "Could you help me get in touch with whoever hires junior surveyors at your firm?",
        "What does whoever hires junior surveyors at your firm look for?",
    ),
    # the student's work passed on to their side
    (
        "Would you pass my demo reel on to your sound team?",
        "Would you give me feedback on my demo reel before I send it to studios?",
    ),
    # an offer of something to be trained or hired into
    ("What would it take for your hospital to offer me a residency?", "What did your residency offer you?"),
    # the student's chances of getting through their selection
    (
        "Do you think I would get shortlisted for your graduate scheme?",
        "Do you think I'd stand a chance in this line of work without a degree?",
    ),
    ("How can I get onto your freelance list?", "How did you get onto the freelance list?"),
    # a trial or shadowing as a way into a job
    (
        "Could I spend a week with your crew as a try-out for a permanent role?",
        "Is a trial period common before a permanent role in this field?",
    ),
    # a yes/no about their taking on, or being after, one more worker
    ("Is your bistro busy enough to take on a student?", "How did your bistro decide to take on a student?"),
    ("Could your magazine use some extra proofreaders?", "Could your magazine use a new approach?"),
    ("Is the studio after any runners this summer?", "Is the studio after a bigger budget this summer?"),
    # shifts or work going at their place
    ("Got any evening shifts going at your pub?", "Is there any work going on in your pub that excites you?"),
    # the student flagged to whoever hires, books or runs the intake
    (
        "Could you flag me to whoever runs the graduate intake?",
        "Could you flag the main risks to whoever runs the graduate intake?",
    ),
    # something the student does with them leading to a job
    ("If I volunteered with you, could that turn into a job?", "Did your volunteering turn into a job?"),
    # auditions and casting are hiring too
    ("Is your choir auditioning at the moment?", "Is your choir's auditioning process open to the public?"),
    ("Does the circus ever audition student jugglers?", "How does the circus audition new jugglers?"),
    # the student helped into their workplace, or given a trial with them
    ("Could you help me to join your practice?", "Could you help me to understand your practice?"),
    ("Might I trial with your club next season?", "Did you ever trial with a rival club?"),
    # their side in need of a hand, with the student offering it
    ("If your crew ever needs a hand, I'd be glad to help.", "If your crew needs a hand, how do you ask?"),
    # the student's application made sure of, by the person asked
    (
        "Could you make sure my application is seen by the partners?",
        "Could you make sure the partners see the report?",
    ),
    # the student wanting to apply to them, said outright
    ("Your team sounds great, I'd love to apply.", "I'd love to apply what I learn today to my course."),
]


@pytest.mark.parametrize(("ask", "near"), JOB_PAIRS)
def test_new_job_ask_shapes_and_their_near_misses(ask: str, near: str) -> None:
    found = {f.rule: f for f in check_question(ask)}
    assert "asks-for-job" in found, ask
    job = found["asks-for-job"]
    assert job.severity == "error" and job.message.strip()
    assert job.suggestion == suggest.job(), "job asks are never reworded into another ask"
    assert "asks-for-job" not in rules(near), near


@pytest.mark.parametrize(
    "text",
    [
        "Is your studio taking on more clients this year?",  # taking on work, not people
        "Are you taking on too much work?",
        "Is your firm's hiring process long?",  # "hiring" as a modifier
    ],
)
def test_taking_on_work_and_hiring_as_a_modifier_are_not_job_asks(text: str) -> None:
    assert "asks-for-job" not in rules(text), text


# -- personal-salary: (ask, near miss) ------------------------------------------------------------
PAY_PAIRS = [
    ("Are you on more than forty grand these days?", "Are you on call most weekends these days?"),
    ("r u on decent money now", "r u on a big team now"),
    ("Are you on the top end of the pay band?", "Are you on the same team as your mentor?"),
    ("Do you feel fairly paid for the hours?", "Do you feel people in this field are fairly paid?"),
    (
        "Tell me about your first theatre job, and how much did it pay?",
        "Tell me about your first theatre job, and how much did it teach you?",
    ),
    ("Did the gig pay well when you took it?", "Does this kind of gig usually pay well?"),
    ("How much are you bringing in each month?", "How much are you bringing to the project?"),
    ("So you're on a really good salary now?", "You're on a salary review panel, aren't you?"),
    ("What's your hourly?", "What's your hourly routine on a shift?"),
    ("What's the pay like for you at this stage?", "What's the pay like for graduates in this field?"),
    ("How's the money treating you?", "How's the team treating you?"),
]


@pytest.mark.parametrize(("ask", "near"), PAY_PAIRS)
def test_new_pay_ask_shapes_and_their_near_misses(ask: str, near: str) -> None:
    found = {f.rule: f for f in check_question(ask)}
    assert "personal-salary" in found, ask
    pay = found["personal-salary"]
    assert pay.severity == "error" and pay.message.strip()
    assert pay.suggestion == suggest.salary(), "pay asks are never reworded into another ask"
    assert "personal-salary" not in rules(near), near


# -- short-answer: (fact asked, near miss) --------------------------------------------------------
SHORT_PAIRS = [
    ("Date founded?", "Any regrets?"),
    ("The owner?", "The best bit?"),
    ("Your headquarters?", "Your proudest moment?"),
    ("Your supervisor's name?", "Your supervisor's advice?"),
    # a word of approximation before the question word
    ("Roughly how many site visits do you make a month?", "Roughly how do you plan a site visit?"),
    ("At about what age did you first manage people?", "At about what point did you feel settled?"),
    ("Around what time do you leave the office?", "Around what do you plan your week?"),
    ("Whereabouts is your studio?", "Whereabouts in the process do you get involved, and why?"),
    # an amount inside a "remind me" wrapper
    ("Could you remind me how long the probation lasts?", "Could you remind me what the probation involves?"),
]


@pytest.mark.parametrize(("fact", "near"), SHORT_PAIRS)
def test_fact_fragments_are_short_answer(fact: str, near: str) -> None:
    assert "short-answer" in rules(fact), fact
    assert "short-answer" not in rules(near), near


@pytest.mark.parametrize(
    "text",
    [
        "How much do you enjoy the night shifts?",  # a degree of feeling, not an amount
        "How much did you miss the lab when you left?",
        "Who would you suggest I speak to after you?",  # the next person to talk to
        "Whom should I contact next, in your view?",
    ],
)
def test_feelings_and_referrals_are_not_short_answer(text: str) -> None:
    assert "short-answer" not in rules(text), text


@pytest.mark.parametrize(
    "text",
    ["How much does the course cost?", "How much do you travel in a month?", "Who trained you?"],
)
def test_amounts_and_names_are_still_short_answer(text: str) -> None:
    assert "short-answer" in rules(text), text


def test_the_kits_own_advice_stays_unflagged() -> None:
    for text in (
        "Who else should I talk to?",
        "May I mention your name when I contact them?",
        "What is the hardest or most frustrating thing about your job?",
    ):
        assert not rules(text) & {"asks-for-job", "personal-salary", "short-answer"}, text
