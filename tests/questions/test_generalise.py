"""Issue 12: the checker's patterns generalise beyond the phrasings it was tuned on.

Each case is written for this file (not taken from the benchmark corpus): an ask of a
new shape that a rule must catch, and a near miss in the same words that it must leave
alone, so a pattern that breaks or starts over-firing shows up here first.
"""

from __future__ import annotations

import pytest

from infokit.questions import check_question, suggest


def rules(text: str) -> set[str]:
    return {f.rule for f in check_question(text)}


# -- asks-for-job: verbs of hiring, placing and referring with the student as object ------------
JOB_ASKS = [
    "Who at your studio should I address my portfolio to?",  # where to send a CV, any word order
    "What would it take for me to land a contract with your agency?",  # an offer or contract for me
    "Could I come in for a trial day at your bakery?",  # a trial shift
    "Could your lab use someone with my kind of training?",  # could use someone like me
    "Would you keep an eye out for any internships that might fit me?",  # be looked out for
    "Would you think about taking me on over the summer?",  # taking me on
    "Would you be open to having me as an apprentice?",  # me in a named capacity
    "When does your practice recruit trainees, so that I can apply in time?",  # so I can apply
    "If you ever need cover in the workshop, could you think of me?",  # think of me if...
    "Would your office be able to find me something for the holidays?",  # find me something
    "Could you help me break into your firm?",  # help me get into your company
    "When you next have an opening, could you let me know?",  # tell me when you have a vacancy
    "Might there be anything for a career changer like myself?",  # something for someone like me
    "How do I get onto the shortlist for your next intake?",  # shortlist / intake
    "Is it worth me applying to your department this year?",  # me applying to you
    "Could you mention me to your director as someone keen to start?",  # mention me to the boss
    "Would you be prepared to recommend me to your employer?",
    "Are there any shifts I could cover at your restaurant?",  # freelance and casual work too
    "Could you commission me to illustrate a cover?",
    "Would your producer be interested in my portfolio?",
    "Can I write for your newsletter?",
]
NOT_JOB_ASKS = [
    "How did you land your first contract as a freelancer?",
    "What happens on a trial day in a kitchen like yours?",
    "What do people in placements at your company usually work on?",
    "How do most staff at your firm hear about internal openings?",
    "I'd like to know how many people your team has grown to.",  # a polite wrapper, not the student
    "How does your firm normally go about taking on graduates?",
    "What are your shop's opening hours like at weekends?",
    "How competitive is it to get a first job in your field?",
    "Can you find me anything written about your sector?",  # a reading list, not work
    "Could you give me something to read about the field?",
    "If you could change one thing about your training, what would it be?",
    "How do illustrators in your field find commissions?",
    "What kind of pitches does your producer like to see?",
    "How do you decide which gigs to take on?",
]


@pytest.mark.parametrize("text", JOB_ASKS)
def test_indirect_job_asks_are_caught(text: str) -> None:
    found = {f.rule: f for f in check_question(text)}
    assert "asks-for-job" in found, text
    job = found["asks-for-job"]
    assert job.severity == "error" and job.message.strip()
    assert job.suggestion == suggest.job(), "job asks are never reworded"


@pytest.mark.parametrize("text", NOT_JOB_ASKS)
def test_questions_about_hiring_in_general_are_not_job_asks(text: str) -> None:
    assert "asks-for-job" not in rules(text), text


# -- googleable: organisation-fact nouns with the organisation ---------------------------------
GOOGLEABLE = [
    "What is the market value of your firm?",  # the FACT of ORG
    "What are your charity's official values?",  # ORG's FACT
    "Which exchange are your company's shares traded on?",
    "Which cities does your chain have stores in?",  # which markets/countries/... it has
    "Who is your agency's largest shareholder?",  # who holds or leads it
    "Who currently runs the magazine's parent company?",
    "Who is in charge of your organisation these days?",
    "Where are your firm's warehouses?",  # where it has sites
    "Where does your group manufacture its goods?",
    "Where are you guys headquartered?",
    "Is your employer a family-owned business?",  # public or private, owned by, part of
    "Is your practice part of a national network?",
    "Who is your company owned by?",
    "How long has your publisher existed?",
    "How much does your startup make in a year?",
    "What does your consultancy specialise in?",
    "What is your bank best known for?",
    "Roughly how big is your agency?",
    "How many patients does your hospital treat each year?",
    "What share of the market does your company have?",
    "What does SEO stand for?",  # a plain public definition
    "What does the phrase 'chain of custody' mean?",
    "What is the definition of a sole trader?",
    "Who funds your charity?",
    "Who are the trustees of your foundation?",
    "Is your business a social enterprise?",
    "How many volunteers does the museum have?",
    "Which year did your startup first turn a profit?",
]
NOT_GOOGLEABLE = [
    "What is your company's culture like for new starters?",
    "How does being part of a large company shape your day?",
    "Which of your firm's products have you worked on?",
    "Which markets does your team find hardest to break into?",
    "How do your company's values show up in a hard week?",
    "Where does your team fit within the organisation?",
    "Who at your company has taught you the most?",
    "How many hours a week do you spend with clients?",
    "What do you think your organisation could be better known for?",
    "How did the takeover of your firm change your work?",
    "What does a good handover mean to you?",
    "What does the word 'senior' mean in your team?",
    "What does PR involve day to day?",
    "What is the definition of a good week for you?",
    "Which of your agency's values do you see most in practice?",  # their experience of a fact
]


@pytest.mark.parametrize("text", GOOGLEABLE)
def test_organisation_facts_are_googleable(text: str) -> None:
    assert "googleable" in rules(text), text


@pytest.mark.parametrize("text", NOT_GOOGLEABLE)
def test_questions_about_life_inside_the_organisation_are_not_googleable(text: str) -> None:
    assert "googleable" not in rules(text), text


# -- leading: premises and loaded degrees --------------------------------------------------------
LEADING = [
    "How mind-numbing is the filing?",  # a loaded degree
    "How gruelling were your exams?",
    "How devastating was losing that client?",
    "How ridiculously long is the working week?",  # an intensifier loads a mild degree
    "How much better is freelance life than agency work?",  # a comparison taken for granted
    "How much of a headache is the reporting?",
    "How badly does the travel affect your family life?",
    "Now that robots are replacing warehouse staff, what will you do next?",  # a premise of decline
    "Since the high street is collapsing, why open a shop?",
    "As a sector that burns people out, how do you protect your time?",
    "Given how cut-throat the art world is, how do you find buyers?",
    "I'm assuming you can't stand the commute?",  # "I'm guessing / assuming"
    "How have you not quit after all these years?",  # the bad state taken as given
    "Why is retail such a slog?",  # why ... such
    "How do you put up with the endless paperwork?",  # a loaded noun phrase taken as given
    "How do you stay calm in a role this exhausting?",
    "How on earth do you keep up with the emails?",
    "You'd agree the training is too short?",
    "Publishing is notoriously cut-throat, so how did you get a contract?",  # a claim before the question
    "Everybody hates the audit season; how do you get through it?",
    "Why would anyone still go into print journalism?",  # the question assumes its answer
    "Why do engineers never get enough credit?",
    "How much do you regret leaving the lab?",
]
NOT_LEADING = [
    "How demanding is the first month?",  # a mild degree
    "How tough was your first year?",
    "How rewarding is the work with families?",
    "How much more responsibility do seniors have?",
    "How much does your week vary?",
    "With so many specialisms on offer, how did you choose yours?",  # "so many" is a fact, not a load
    "Now that you manage a team, what takes most of your time?",
    "Since you qualified, what has changed most?",
    "How do you handle the paperwork?",
    "How do you not lose track of so many cases?",
    "What is the most draining part of the week?",  # their own extreme
    "The course sounds really practical, so what do students do in the first term?",
    "I've heard the exams are hard; how did you prepare?",  # the student's own report
    "Some trainees find the night shifts stressful. What helped you adjust?",  # a hedged report
    "Why did you never move abroad?",
    "The intake always starts in spring. How should I get ready?",
]


@pytest.mark.parametrize("text", LEADING)
def test_premises_and_loaded_degrees_are_leading(text: str) -> None:
    assert "leading" in rules(text), text


@pytest.mark.parametrize("text", NOT_LEADING)
def test_mild_degrees_and_facts_are_not_leading(text: str) -> None:
    assert "leading" not in rules(text), text


# -- double-barreled shapes -------------------------------------------------------------------------
DOUBLE = [
    "What was your finest hour and your biggest mistake?",  # opposite superlatives apart
    "What were the highs and the lows of your first year?",
    "What are the perks and the pitfalls of contract work?",
    "What are the strong points and the weak points of your course?",
    "What is your greatest success and your biggest failure so far?",
    "What do you enjoy most and like least about site visits?",  # most ... least, apart
    "What are the benefits of remote work versus the drawbacks?",
    "What are the rewards and the costs of running your own firm?",
    "Could you describe your week and tell me how it has changed?",  # two requests
    "What's fun about the job and what's hard about it?",  # "and what's" opens a second question
    "What's the nicest part of the week? And the worst?",  # one opposite after the other
    "How did you pick your course — and would you pick it again?",  # two questions across a dash
    "What is the upside of working nights, and the downside?",
]
NOT_DOUBLE = [
    "What are the biggest successes you've had?",
    "What skills and habits do you rely on?",
    "What do you find most rewarding or satisfying?",  # near-synonyms
    "What did you learn, and from whom?",  # a follow-up
    "Could you explain what you do and give an example?",
    "How do you handle praise and criticism from clients?",
    "What kind of ups and downs should a newcomer expect?",
    "In your experience — what matters most in a first year?",
    "What a week. How did the launch go in the end?",
]


@pytest.mark.parametrize("text", DOUBLE)
def test_two_questions_in_one_are_double_barreled(text: str) -> None:
    assert "double-barreled" in rules(text), text


@pytest.mark.parametrize("text", NOT_DOUBLE)
def test_one_question_with_a_pair_in_it_is_not_double_barreled(text: str) -> None:
    assert "double-barreled" not in rules(text), text


# -- texting and word orders of other languages ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("lmk if ur studio is taking ppl on", "asks-for-job"),
        ("u guys got any weekend jobs going?", "asks-for-job"),
        ("where is ur charity from?", "googleable"),
        ("ur firm is in how many countries?", "googleable"),
        ("Which city your agency is based?", "googleable"),
        ("How much employees your firm has?", "googleable"),
        ("Your hospital was established when?", "googleable"),
        ("who is boss of ur bank", "googleable"),
    ],
)
def test_shorthand_and_other_word_orders(text: str, rule: str) -> None:
    assert rule in rules(text), text


# -- closed and short-answer details -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Would you recommend me for the trainee scheme?",  # a request for an action, not yes/no
        "Would you keep an eye out for roles that suit me?",
        "Could you flag my name to your recruiters?",
    ],
)
def test_requests_for_an_action_are_not_closed(text: str) -> None:
    found = rules(text)
    assert "closed" not in found and "asks-for-job" in found, text


@pytest.mark.parametrize(
    "text",
    [
        "Would you mind if I sent you my CV to pass on?",  # not a courtesy of the conversation
        "I'm guessing the hours are long?",
        "Please, you can tell me if your team is growing?",
    ],
)
def test_yes_no_questions_are_closed(text: str) -> None:
    assert "closed" in rules(text), text


@pytest.mark.parametrize(
    "text", ["Would you mind if I recorded our chat?", "Would you mind telling me how you started?"]
)
def test_courtesies_and_polite_requests_stay_open(text: str) -> None:
    assert "closed" not in rules(text), text


def test_short_answer_reads_degrees_and_amounts() -> None:
    assert "short-answer" not in rules("How much happier are you since you changed jobs?")
    assert "short-answer" not in rules("What does your unit do, and where do you fit in?")
    assert "short-answer" in rules("How much do you commute in a normal week?")


def test_a_split_yes_no_part_becomes_an_open_question() -> None:
    double = next(
        f
        for f in check_question("How has nursing changed, and do you think it's for the better?")
        if f.rule == "double-barreled"
    )
    assert "How do you feel about that change?" in (double.suggestion or "")
