"""The question checker: each rule, bad input, research notes, the labelled set, whole plans."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from infokit.errors import InvalidValue
from infokit.findings import Finding
from infokit.model import Question
from infokit.questions import (
    RULES,
    QuestionResult,
    check_plan,
    check_question,
    check_questions,
    is_catch_all,
    key_words,
)
from infokit.questions.bank import get
from infokit.settings import Settings, default_settings, parse_settings

LABELLED = Path(__file__).parents[1] / "data" / "labelled_questions.csv"
SCORED_RULES = (
    "closed", "short-answer", "double-barreled", "leading", "asks-for-job", "googleable",
    "personal-salary", "too-long",
)  # fmt: skip
THRESHOLD = 0.9


def rules(text: str, **kwargs: object) -> set[str]:
    return {f.rule for f in check_question(text, **kwargs)}  # type: ignore[arg-type]


def finding(text: str, rule: str) -> Finding:
    return next(f for f in check_question(text) if f.rule == rule)


# -- the labelled set ----------------------------------------------------------------
def _labelled() -> list[tuple[str, set[str]]]:
    with LABELLED.open(encoding="utf-8", newline="") as fh:
        return [(row["question"], set(row["rules"].split())) for row in csv.DictReader(fh)]


def test_labelled_set_is_big_enough_and_uses_known_rules() -> None:
    rows = _labelled()
    assert len(rows) >= 120
    assert sum(not expected for _, expected in rows) >= 40, "plenty of good open questions"
    assert sum("could you walk me through" in q.lower() for q, _ in rows) >= 3
    for rule in SCORED_RULES:
        assert sum(rule in expected for _, expected in rows) >= 10, rule
    assert {r for _, expected in rows for r in expected} <= set(SCORED_RULES)
    assert len({q for q, _ in rows}) == len(rows), "no duplicates"


def test_precision_and_recall_per_rule() -> None:
    rows = _labelled()
    table = {rule: [0, 0, 0] for rule in SCORED_RULES}  # true pos, false pos, false neg
    misses: list[str] = []
    for text, expected in rows:
        found = rules(text) - {"not-english"}
        for rule in SCORED_RULES:
            tp, fp, fn = rule in found & expected, rule in found - expected, rule in expected - found
            table[rule][0] += tp
            table[rule][1] += fp
            table[rule][2] += fn
            if fp or fn:
                misses.append(f"{'FP' if fp else 'FN'} {rule}: {text}")
    print(f"\n{'rule':<16} {'n':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    low: list[str] = []
    for rule, (tp, fp, fn) in table.items():
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"{rule:<16} {tp + fn:>4} {tp:>4} {fp:>4} {fn:>4} {precision:>10.2f} {recall:>8.2f}")
        if precision < THRESHOLD or recall < THRESHOLD:
            low.append(rule)
    print(f"{len(rows)} labelled questions; misclassified: {len(misses)}")
    for miss in misses:
        print("  " + miss)
    assert low == [], f"below {THRESHOLD} on precision or recall: {low}"


def test_every_labelled_finding_is_well_formed() -> None:
    for text, _ in _labelled():
        for f in check_question(text):
            assert f.severity == RULES[f.rule]
            assert f.message and "\n" not in f.message
            assert f.suggestion is None or "\n" not in f.suggestion


# -- each rule: positives and tricky negatives ---------------------------------------
@pytest.mark.parametrize(
    ("rule", "positive", "negative"),
    [
        ("closed", "Do you like your job?", "Could you walk me through a typical week?"),
        ("closed", "Is turnover high here?", "Can you describe how you got started?"),
        ("closed", "In your experience, do grades matter?", "Would you be willing to share a project?"),
        ("closed", "Could you see yourself doing this forever?", "Can you tell me about your first year?"),
        ("short-answer", "How long have you worked here?", "How has the work changed over time?"),
        ("short-answer", "Who makes the final hiring decision?", "Where do you see the field heading?"),
        ("short-answer", "How much travel does the role involve?", "How much has the field changed?"),
        ("double-barreled", "What do you like and dislike about it?", "What skills and training matter?"),
        ("double-barreled", "How did you start and what do you do now?", "What do you enjoy most, and why?"),
        ("double-barreled", "What is your role? What do you do all day?", "What is the most interesting or "
                                                                          "fulfilling part of it?"),
        ("leading", "The work is rewarding, isn't it?", "How rewarding do you find the work?"),
        ("leading", "Don't you think remote work is better?", "What do you think about remote work?"),
        ("leading", "Why is law the best career?", "What draws people to law?"),
        ("leading", "How much do you love your job?", "What do you enjoy most about your job?"),
        ("asks-for-job", "Are you hiring right now?", "How do people in this field usually find openings?"),
        ("asks-for-job", "Could you pass my CV to your boss?", "Could you look over my CV for me?"),
        ("asks-for-job", "Could you refer me for the open role?", "Could you refer me to someone to ask?"),
        ("googleable", "When was your company founded?", "How has your company changed since you joined?"),
        ("googleable", "What does your company do?", "What does your team do when a deadline slips?"),
        ("googleable", "How many employees does the firm have?", "How many people are on your team?"),
        ("personal-salary", "How much do you make?", "What is a typical starting salary in this field?"),
        ("personal-salary", "What is your salary?", "What salary range can a new graduate expect?"),
        ("personal-salary", "Would you mind telling me what you earn?", "What do you make of the changes?"),
        ("too-long", "I have read a great deal about how this field is changing because of new technology "
                     "and "
                     "I am curious, as someone who hopes to join it after finishing my degree next year, how "
                     "you think the day-to-day work will look in ten years?",
         "Thinking back to your first year in the job, what was the most important thing you learned that "
         "you could not have learned in a classroom?"),
    ],
)  # fmt: skip
def test_rule_fires_on_positive_and_not_on_negative(rule: str, positive: str, negative: str) -> None:
    assert rule in rules(positive)
    assert rule not in rules(negative)


def test_severities_are_as_documented() -> None:
    assert {rule: RULES[rule] for rule in ("asks-for-job", "personal-salary", "empty")} == {
        "asks-for-job": "error", "personal-salary": "error", "empty": "error",
    }  # fmt: skip
    assert RULES["short-answer"] == "info" and RULES["closed"] == "warning"
    text = "How much do you make, and do you like it?"
    severities = [f.severity for f in check_question(text)]
    assert severities == sorted(severities, key=["error", "warning", "info"].index), "most severe first"


@pytest.mark.parametrize(
    ("text", "rule", "suggestion"),
    [
        ("Do you like your job?", "closed", "What do you enjoy most about your job?"),
        # The bank's own question, not "To what extent is turnover high...?" (issue 12: such rewrites
        # were broken or awkward far too often).
        ("Is turnover high in this field?", "closed", get("advancement-04").text),
        ("Is there anything else I should know?", "closed", get("catch-all-01").text),
        ("Do you have any tips for a student like me?", "closed",
         "What advice would you give a student like me?"),
        ("Don't you think remote work is the future?", "leading",
         "What is your view on whether remote work is the future?"),
        ("Why is it so hard to get promoted here?", "leading",
         "How hard is it to get promoted here, in your experience?"),
        ("How frustrating is the paperwork in your job?", "leading",
         "How do you feel about the paperwork in your job?"),
        ("How stressful is it to work in an emergency department?", "leading",
         "What is it like to work in an emergency department?"),
        ("Since nurses are so underappreciated, what keeps you going?", "leading",
         'Ask it without the premise: "What keeps you going?"'),
        ("The hours are terrible, aren't they?", "leading", "How would you describe the hours?"),
    ],
)  # fmt: skip
def test_suggestions_rewrite_the_question(text: str, rule: str, suggestion: str) -> None:
    assert finding(text, rule).suggestion == suggestion


@pytest.mark.parametrize(
    "text",
    ["How much do you earn?", "Are you hiring at the moment?", "r u guys hiring atm", "whats ur salary",
     "Could you pass my CV to your boss?", "Would it be rude to ask what your take-home is?",
     "Do you have any openings for someone like me?"],
)  # fmt: skip
def test_job_and_pay_asks_are_never_reworded(text: str) -> None:
    """Every finding on a job or pay ask says why it does not belong and offers a field question."""
    found = check_question(text)
    asks = [f for f in found if f.rule in ("asks-for-job", "personal-salary")]
    assert asks, text
    for f in found:
        if f.rule in ("asks-for-job", "personal-salary", "closed"):
            assert f.suggestion is not None and f.suggestion.startswith("Leave it out:"), (text, f)
            quoted = f.suggestion.split('"')[1]
            assert quoted in {get("job-search-02").text, get("pay-01").text}
            assert not {g.rule for g in check_question(quoted)} & {"asks-for-job", "personal-salary"}


def test_suggestions_split_double_barreled_questions() -> None:
    split = finding("How did you start and what do you do now?", "double-barreled").suggestion
    assert split == 'Ask one at a time: "How did you start?" then "What do you do now?"'
    pair = finding("What do you like and dislike about your job?", "double-barreled").suggestion
    assert pair is not None and '"What do you like about your job?"' in pair
    assert '"What do you dislike about your job?"' in pair


def test_closed_suggestion_for_a_job_ask_does_not_polish_the_job_ask() -> None:
    closed = finding("Do you have any openings for someone like me?", "closed")
    job = finding("Do you have any openings for someone like me?", "asks-for-job")
    assert closed.suggestion == job.suggestion


def test_too_long_suggestion_keeps_the_question_part() -> None:
    text = ("My parents both work in healthcare and have told me a lot about the pressures of the job, but I "
            "would like to hear from someone in a different part of the system, so what is the work really "
            "like for you?")  # fmt: skip
    found = finding(text, "too-long")
    assert "words" in found.message
    assert found.suggestion == 'Keep a short lead-in and ask just: "What is the work really like for you?"'


# -- bad and unusual input ----------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   ", "\n\t", "???"])
def test_empty_text_gives_one_error(text: str) -> None:
    found = check_question(text)
    assert [(f.rule, f.severity) for f in found] == [("empty", "error")]


def test_non_text_is_refused() -> None:
    with pytest.raises(InvalidValue, match="is not text"):
        check_question(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidValue, match="not one string"):
        check_questions("Do you like it?")


def test_ten_thousand_characters_are_checked() -> None:
    # How the cost grows with the length is measured in benchmarks/bench_scaling.py.
    for text in ("Do you like your job? " * 460, "x" * 10_000, ("what and how or why, " * 600)[:10_000]):
        assert len(text) >= 10_000 - 50
        found = check_question(text)
        assert "too-long" in {f.rule for f in found}


@pytest.mark.parametrize(
    "text",
    ["¿Te gusta tu trabajo?", "¿Cómo es un día normal en tu trabajo?", "你喜欢你的工作吗？", "هل تحب عملك؟",
     "Was machst du an einem normalen Tag?", "Est-ce que vous aimez votre travail?"],
)  # fmt: skip
def test_non_english_is_not_checked_by_english_rules(text: str) -> None:
    assert [(f.rule, f.severity) for f in check_question(text)] == [("not-english", "info")]


def test_long_text_without_spaces_is_still_too_long() -> None:
    assert rules("你" * 400) == {"not-english", "too-long"}


def test_html_is_read_as_text_and_returned_unchanged() -> None:
    text = "<b>Do you like your job?</b>"
    [result] = check_questions([text])
    assert result.question == text
    assert {f.rule for f in result.findings} == {"closed"}
    assert rules("<script>alert('hi')</script>") <= {"not-english"}
    assert rules("What is it like to work <i>here</i>, day to day?") == set()
    assert rules("Can I ask about <i>your</i> salary?") == {"personal-salary", "short-answer"}


def test_curly_quotes_and_apostrophes() -> None:
    assert rules("It\u2019s a hard job, isn\u2019t it?") == {"leading", "closed"}
    assert rules("Don\u2019t you think the pay is low?") >= {"leading", "closed"}
    assert rules("\u201cDo you like your job?\u201d") == {"closed"}
    quoted = finding("\u201cDo you like your job?\u201d", "closed")
    assert quoted.suggestion == "What do you enjoy most about your job?"
    assert rules("What\u2019s the most rewarding part of your work?") == set()


# -- research notes ------------------------------------------------------------------
NOTES = [
    "Acme Health runs twelve clinics. Acme opened its Denver clinic in 2015 after merging with Peak Care.",
    "Nurses at Acme work three twelve-hour shifts a week and rotate onto nights every month.",
]


def test_question_answered_by_research_notes_is_googleable() -> None:
    found = next(f for f in check_question("What year did Acme open the Denver clinic?", research=NOTES)
                 if f.rule == "googleable")  # fmt: skip
    assert found.severity == "warning"
    assert "research note 1" in found.message and "denver" in found.message
    shifts = check_question("How often do nurses rotate onto night shifts at Acme?", research=NOTES)
    assert any("research note 2" in f.message for f in shifts if f.rule == "googleable")


def test_research_notes_do_not_flag_unrelated_or_deeper_questions() -> None:
    assert "googleable" not in rules("What year did Acme open the Denver clinic?")
    assert "googleable" not in rules("How do you cope with night shifts?", research=NOTES)
    assert "googleable" not in rules("What surprised you most in your first year?", research=NOTES * 50)
    assert "googleable" not in rules("Why Denver?", research=NOTES), "too few key words to judge"


def test_key_words_ignore_function_words_and_plurals() -> None:
    assert key_words("What do the nurses like about their shifts?") == {"nurse", "shift"}
    assert key_words("Acme opened offices") == {"acme", "open", "office"}


# -- batch results -------------------------------------------------------------------
def test_check_questions_keeps_order_and_serialises() -> None:
    texts = ["What drew you to this work?", "Do you like it?", "", "How much do you make?"]
    results = check_questions(texts)
    assert [r.question for r in results] == texts
    assert all(isinstance(r, QuestionResult) for r in results)
    data = [r.to_dict() for r in results]
    assert json.loads(json.dumps(data)) == data
    assert data[0] == {"question": texts[0], "findings": []}
    assert set(data[1]) == {"question", "findings"}
    assert data[1]["findings"][0]["rule"] == "closed"
    for item in data:
        for f in item["findings"]:
            assert {"rule", "severity", "message"} <= set(f) <= {"rule", "severity", "message", "suggestion"}
    assert [f["rule"] for f in data[2]["findings"]] == ["empty"]
    assert check_questions([]) == []


# -- whole plans ---------------------------------------------------------------------
GOOD = ["path-05", "day-03", "duties-01", "projects-03", "rewards-02", "education-01", "reality-03",
        "advice-03", "trends-04", "resources-01", "referrals-01", "catch-all-02"]  # fmt: skip


def plan(*ids: str, priority: int = 2) -> list[Question]:
    return [get(i).to_question(priority=priority) for i in ids]


def plan_rules(questions: list[Question], **kwargs: object) -> list[str]:
    report = check_plan(questions, settings=kwargs.pop("settings", default_settings()), **kwargs)  # type: ignore[arg-type]
    return [f.rule for f in report.findings]


def limits(**values: int) -> Settings:
    return parse_settings({"limits": values})


def test_a_good_plan_has_no_plan_findings() -> None:
    report = check_plan(plan(*GOOD), settings=default_settings())
    assert report.findings == []
    assert [r.question for r in report.results] == [get(i).text for i in GOOD]
    assert report.total_minutes == pytest.approx(sum(get(i).minutes for i in GOOD))
    assert report.budget_minutes == default_settings().limits.meeting_minutes
    assert report.keep == plan_keep(report) and report.drop == [] and not report.over_budget
    assert json.loads(json.dumps(report.to_dict()))["keep"] == [q.id for q in report.keep]


def plan_keep(report: object) -> list[Question]:
    return list(report.keep)  # type: ignore[attr-defined]


def test_count_follows_the_settings() -> None:
    assert "count" not in plan_rules(plan(*GOOD))
    few = plan(*GOOD[:4])
    report = check_plan(few, settings=default_settings())
    count = next(f for f in report.findings if f.rule == "count")
    low, high = default_settings().limits.question_min, default_settings().limits.question_max
    assert count.severity == "warning" and f"{low} to {high}" in count.message
    assert "count" not in plan_rules(few, settings=limits(question_min=3, question_max=5))
    custom = check_plan(plan(*GOOD), settings=limits(question_min=3, question_max=5))
    assert any(f.rule == "count" and "3 to 5" in f.message for f in custom.findings)
    empty = check_plan([], settings=default_settings())
    assert [(f.rule, f.severity) for f in empty.findings] == [("count", "error")]


def test_no_resources_question() -> None:
    without = plan(*[i for i in GOOD if not i.startswith(("resources", "referrals"))])
    assert "no-resources" in plan_rules(without)
    custom = Question(text="Who else would you suggest I talk to about this work?")
    assert "no-resources" not in plan_rules([*without[:-1], custom, without[-1]])
    reading = Question(text="Which newsletters do people in your field read?")
    assert "no-resources" not in plan_rules([*without, reading])


def test_no_catch_all_question() -> None:
    without = plan(*[i for i in GOOD if not i.startswith("catch-all")])
    assert "no-catch-all" in plan_rules(without)
    own = Question(text="Is there anything else I should know?", phase="closing")
    assert "no-catch-all" not in plan_rules([*without, own])
    assert is_catch_all("What questions should I have asked but did not?")
    assert not is_catch_all("What else do you do at weekends?")


def test_coverage_names_missing_areas_and_counts() -> None:
    narrow = plan("path-01", "day-01", "day-02", "duties-01", "rewards-01", "education-01", "reality-01",
                  "personality-01", "lifestyle-02", "referrals-01", "catch-all-01")  # fmt: skip
    report = check_plan(narrow, settings=default_settings(), meeting_minutes=60)
    tiara = next(f for f in report.findings if f.rule == "coverage" and "TIARA" in f.message)
    assert tiara.severity == "warning" and "trends" in tiara.message and "assignments" in tiara.message
    topics = next(f for f in report.findings if f.rule == "coverage" and "TIARA" not in f.message)
    assert topics.severity == "info" and "Industry trends and problems" in topics.message
    expected = {"trends": 0, "insights": 9, "advice": 1, "resources": 1, "assignments": 0}
    assert report.coverage["tiara"] == expected
    assert report.coverage["category"]["day"] == 2 and next(iter(report.coverage["category"])) == "path"
    full = check_plan(plan(*GOOD), settings=default_settings())
    assert all(full.coverage["tiara"][area] for area in expected)


def test_coverage_infers_the_area_of_custom_questions() -> None:
    custom = [Question(text="What changes do you see coming?", category="trends"),
              Question(text="What is your favourite tool?")]  # fmt: skip
    report = check_plan(custom, settings=default_settings())
    assert report.coverage["tiara"]["trends"] == 1 and report.coverage["tiara"]["unassigned"] == 1
    assert report.coverage["category"] == {"trends": 1, "custom": 1}


def test_order_rules() -> None:
    good = plan(*GOOD)
    assert "order" not in plan_rules(good)
    core_first = [good[1], good[0], *good[2:]]
    assert any(f.startswith("Start with") for f in _messages(core_first, "order"))
    pay_early = [good[0], get("pay-01").to_question(), *good[1:]]
    assert any("Sensitive question(s) 2 " in m for m in _messages(pay_early, "order"))
    custom_salary = [good[0], Question(text="What salary can a beginner expect?"), *good[1:]]
    assert any("Sensitive" in m for m in _messages(custom_salary, "order"))
    catch_all_early = [good[0], good[-1], *good[1:-1]]
    assert any("Closing question(s) 2 " in m for m in _messages(catch_all_early, "order"))


def _messages(questions: list[Question], rule: str) -> list[str]:
    return [f.message for f in check_plan(questions, settings=default_settings()).findings if f.rule == rule]


def test_time_budget_keep_and_drop() -> None:
    questions = plan(*GOOD)
    questions[2].priority = 3  # duties-01
    questions[7].priority = 3  # advice-03
    questions[1].priority = 1  # day-03
    report = check_plan(questions, settings=default_settings(), meeting_minutes=15)
    assert report.over_budget and report.budget_minutes == 15
    budget = next(f for f in report.findings if f.rule == "time-budget")
    assert budget.severity == "warning" and "15" in budget.message
    drop_ids = [q.bank_id for q in report.drop]
    assert drop_ids[:2] == ["advice-03", "duties-01"], "priority 3 first, later before earlier"
    assert drop_ids[2:4] == ["resources-01", "trends-04"], "then priority 2 from the end"
    assert "catch-all-02" not in drop_ids and "referrals-01" not in drop_ids and "day-03" not in drop_ids
    assert "skip question(s) 8, 3, 10, 9" in (budget.suggestion or "")
    assert sum(q.minutes for q in report.keep) <= 15
    kept = [q.bank_id for q in report.keep]
    assert kept == [q.bank_id for q in questions if q in report.keep], "plan order"
    assert {id(q) for q in report.keep} | {id(q) for q in report.drop} == {id(q) for q in questions}
    assert not {id(q) for q in report.keep} & {id(q) for q in report.drop}


def test_time_budget_follows_settings_and_override() -> None:
    questions = plan(*GOOD)
    total = sum(q.minutes for q in questions)
    short = limits(meeting_minutes=15)
    assert check_plan(questions, settings=short).budget_minutes == 15
    assert "time-budget" in plan_rules(questions, settings=short)
    assert check_plan(questions, settings=short, meeting_minutes=60).budget_minutes == 60
    long = check_plan(questions, settings=default_settings(), meeting_minutes=int(total * 2))
    assert [(f.rule, f.severity) for f in long.findings] == [("time-budget", "info")]
    assert long.drop == [] and len(long.keep) == len(questions)


@pytest.mark.parametrize("minutes", [0, -5, 2.5, True])
def test_bad_meeting_minutes_are_refused(minutes: object) -> None:
    with pytest.raises(InvalidValue, match=r"^The meeting's minutes"):
        check_plan(plan(*GOOD), settings=default_settings(), meeting_minutes=minutes)  # type: ignore[arg-type]


def test_settings_file_is_used_when_none_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert check_plan(plan(*GOOD)).budget_minutes == default_settings().limits.meeting_minutes
    toml = tmp_path / "assignment.toml"
    toml.write_text("[limits]\nmeeting_minutes = 40\nquestion_min = 2\nquestion_max = 4\n", encoding="utf-8")
    monkeypatch.setenv("INFOKIT_ASSIGNMENT", str(toml))
    report = check_plan(plan(*GOOD))
    assert report.budget_minutes == 40
    assert any(f.rule == "count" and "2 to 4" in f.message for f in report.findings)


def test_plan_passes_research_notes_to_each_question() -> None:
    questions = [Question(text="What year did Acme open the Denver clinic?")]
    report = check_plan(questions, settings=default_settings(), research=NOTES)
    assert "googleable" in {f.rule for f in report.results[0].findings}


# -- questions written the ways students write them (issue 12) ---------------------
@pytest.mark.parametrize(
    "text",
    ["Who else should I talk to?", "May I mention your name when I contact them?",
     "What is the hardest or most frustrating thing about your job?",
     "Who else would you suggest I speak with?", "Do you mind if I take notes while we talk?",
     "Is it OK if I record our conversation for my course?", "May I get back in touch if I think of more "
     "questions?", "Could you walk me through a typical week?", "I was wondering how you got started.",
     "Would it be all right to quote you in my report?", "What is the most interesting or rewarding part?"],
)  # fmt: skip
def test_the_kits_own_advice_is_never_flagged(text: str) -> None:
    assert check_question(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("do u like ur job", {"closed"}),
        ("r u guys hiring atm", {"closed", "asks-for-job"}),
        ("hw much do u earn a yr", {"personal-salary", "short-answer"}),
        ("wats the best n worst part of ur job", {"double-barreled"}),
        ("Can you tell me if you like your job?", {"closed"}),
        ("I was wondering if you enjoy the work.", {"closed"}),
        ("Can you tell me what you like about your job?", set()),
        ("Since nurses are so underappreciated, what keeps you going?", {"leading"}),
        ("How frustrating is the paperwork?", {"leading"}),
        ("How challenging is the licensing exam?", set()),
        ("Can you introduce me to the person who does the hiring?", {"asks-for-job"}),
        ("Would it be rude to ask what your take-home is?", {"personal-salary"}),
        ("In which countries do you operate?", {"googleable", "short-answer"}),
        ("Could you tell me when the company was founded?", {"googleable", "short-answer"}),
        ("Could I apply for a position on your team?", {"closed", "asks-for-job"}),
        ("Is there one kind of experience I ought to get during my studies?", {"closed"}),
        ("How did you get started, and what do you do now?", {"double-barreled"}),
        ("Would you be happy to describe a recent challenge and how you handled it?", set()),
        ("Any advice?", {"closed"}),
        ("Biggest challenge?", set()),
        ("How you are starting in this career?", set()),
        ("Is it the job stressful for you?", {"closed"}),
        ("What do you make of the new regulations?", set()),
        ("How did taking COOP 100 at university help you early on?", set()),
        ("Does your company pay for training?", {"closed"}),
    ],
)  # fmt: skip
def test_styles_students_write_in(text: str, expected: set[str]) -> None:
    assert rules(text) - {"too-long"} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Would you feel OK passing my details along to your recruiter?",
        "Could I list you as a referee when I apply to your firm?",
        "Would your director be willing to see me about a potential position?",
        "It would mean a lot to have the opportunity to work alongside you one day.",
        "if u hear of any openings at ur place lmk",
        "If your firm have some opening for junior engineer, I am very interested to apply.",
        "Whom should I direct my application to in your organisation?",
        "What are my odds of landing a placement at your institute?",
        "If a graduate post ever came up in your unit, would you tell me?",
        "Does your warehouse have any temporary positions coming up that I might fit?",
        "Would your practice ever take on a student intern for a month?",
        "Would you mind if I emailed you my resume so you could forward it to your boss?",
        "How would I go about landing a role with your company?",
        "Is your team open to taking a chance on a recent graduate?",
        "Could there be a way for me to help out on your projects over the summer?",
        "Would it be possible to do my year in industry with your company?",
        "Does your office ever bring in students for the holidays?",
        "Might your group need a lab technician when I graduate?",
        "Would you ever think about giving me a trial shift?",
        "Is your firm on the lookout for new talent this year?",
        "How can I be on your radar if something opens up?",
        "ur company got any grad schemes i could go for",
        "Is any chance for me to do practice in your company?",
        "Do you have anything for a chemistry graduate in your lab?",
        "Is your agency bringing anyone new on board soon?",
        "Do you reckon your boss would see me if I asked about work?",
        "Are you able to get me shadowing hours that might turn into a job?",
        "Your company has place for junior designer now?",
    ],
)
def test_more_job_asks_are_caught(text: str) -> None:
    assert "asks-for-job" in {f.rule for f in check_question(text)}


@pytest.mark.parametrize(
    "text",
    [
        "How long has the charity been operating?",
        "How much profit did the company make last year?",
        "What does your firm actually sell?",
        "What exactly does the startup make?",
        "What does the acronym KPI mean?",
        "Who is the company that owns your magazine?",
        "What sectors does the agency work for?",
        "What's the web address of the organisation?",
        "What is the firm main activity?",
        "What is the company's ticker symbol?",
        "What kind of clients does your consultancy have?",
    ],
)
def test_more_organisation_facts_are_googleable(text: str) -> None:
    assert "googleable" in {f.rule for f in check_question(text)}


@pytest.mark.parametrize(
    "text",
    [
        "What does your firm do to support new starters?",
        "What does your team do when a deadline slips?",
        "I read on the association's website that the exam changed, so how did you prepare for it?",
        "What kinds of jobs do graduates from my course end up in?",
        "What does the hiring process look like at a firm like yours?",
        "How did you get your foot in the door at the start?",
        "How do teams like yours decide who to bring on board?",
        "How did you end up being taken on at your first company?",
        "What is a trial shift like in a kitchen?",
        "What kind of talent is the industry short of right now?",
        "How would a student get on the radar of employers in this area?",
        "Who at your firm decides which interns get picked?",
        "How did your team pick the last intern it took on?",
    ],
)
def test_near_misses_of_the_new_rules_stay_quiet(text: str) -> None:
    found = {f.rule for f in check_question(text)}
    assert not found & {"googleable", "asks-for-job"}


def test_you_make_counts_as_pay_only_with_money_later_on_the_line() -> None:
    assert "personal-salary" in {f.rule for f in check_question("Do you make good money these days?")}
    assert "personal-salary" in {f.rule for f in check_question("How much would you say you make a year?")}
    assert "personal-salary" not in {f.rule for f in check_question("What do you make of the new rules?")}
    assert "personal-salary" not in {f.rule for f in check_question("What kind of decisions do you make?")}


def test_the_rewrite_inside_a_long_question_is_still_found() -> None:
    lead_in = (
        "I have been reading a lot about the field over the summer, especially the newer specialisms "
        "that keep appearing in the journals, the long training routes, and the professional exams, "
    )
    ask = "what would you focus on first?"
    for text in (lead_in + ask, "word, " * 30_000 + ask):
        hints = [f.suggestion for f in check_question(text) if f.rule == "too-long"]
        assert hints and '"What would you focus on first?"' in hints[0]
