"""The question bank: size, coverage of the seed topics, valid fields, clean questions, browsing."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import pytest

from infokit.errors import InvalidValue
from infokit.model import PHASES, TIARA_AREAS, Question
from infokit.questions import bank, check_question, is_catch_all
from infokit.questions.bank import (
    BankQuestion,
    browse,
    categories,
    get,
    key_categories,
    load_bank,
    parse_bank,
)

SEEDS = Path("/work/shared/seeds")

# Every question topic of REFERENCE.md section 1, mapped to the bank category that
# covers it and a pattern at least one question of that category must match.
SEED_TOPICS: dict[str, tuple[str, str]] = {
    "how they started and chose the career": ("path", r"drew you|end up|choos|brought you"),
    "typical day and week": ("day", r"typical working day|week"),
    "duties and skills used": ("duties", r"responsibilit|skills"),
    "most rewarding and hardest parts": ("rewards", r"satisfaction|hardest"),
    "education, training, on-the-job training": ("education", r"qualifications|training"),
    "personality traits": ("personality", r"qualities|temperament|traits"),
    "expectations versus reality": ("reality", r"imagined|surprised"),
    "advice": ("advice", r"guidance|if you were|mistakes"),
    "referrals": ("referrals", r"other people|colleague|anyone"),
    "entry-level jobs and how people find jobs": ("job-search", r"newcomers .* start|openings"),
    "recruitment and hiring factors": ("hiring", r"recruitment|candidates|hiring"),
    "career paths, job titles, where people move on": ("career-paths", r"career paths|job titles|move into"),
    "turnover and promotion": ("advancement", r"turnover|promoted"),
    "salary for a new person and benefits": ("pay", r"starting out|benefits"),
    "lifestyle and obligations outside work": ("lifestyle", r"outside regular hours|rest of your life"),
    "industry trends, developments, problems": ("trends", r"changes|developments|problems"),
    "the organisation's future": ("organisation", r"direction .* organisation|organisation heading"),
    "related fields and employers": ("related", r"other fields|employers|neighbouring careers"),
    "journals and professional associations": ("resources", r"publications|professional bodies"),
    "how well the student's background fits and what experience to gain": ("fit", r"background|experience"),
}


def test_bank_has_enough_questions_and_categories() -> None:
    questions = load_bank()
    used = {q.category for q in questions}
    assert len(questions) >= 100
    assert len(used) >= 12
    assert used == set(categories()), "every category has questions and every question a known category"
    for slug in used:
        assert sum(q.category == slug for q in questions) >= 3, slug


@pytest.mark.parametrize("topic", sorted(SEED_TOPICS))
def test_every_seed_topic_is_covered(topic: str) -> None:
    slug, pattern = SEED_TOPICS[topic]
    assert slug in categories()
    matching = [q.text for q in browse(category=slug) if re.search(pattern, q.text, re.IGNORECASE)]
    assert matching, f"no question in {slug!r} covers {topic!r}"


def test_every_field_is_valid() -> None:
    questions = load_bank()
    ids = [q.id for q in questions]
    assert len(ids) == len(set(ids))
    texts = [q.text.casefold() for q in questions]
    assert len(texts) == len(set(texts))
    for q in questions:
        assert re.fullmatch(r"[a-z][a-z-]*-\d{2}", q.id), q.id
        assert q.id.rsplit("-", 1)[0] == q.category, q.id
        assert q.text == q.text.strip() and q.text.endswith("?") and "\n" not in q.text
        assert q.tiara in TIARA_AREAS
        assert q.phase in PHASES
        assert 0.5 <= q.minutes <= 5
        assert isinstance(q.sensitive, bool)


def test_data_file_carries_a_version() -> None:
    raw = json.loads(resources.files("infokit").joinpath("data/question_bank.json").read_text("utf-8"))
    assert isinstance(raw["version"], int) and raw["version"] >= 1
    assert bank.bank_version() == raw["version"]


def test_bank_has_catch_all_resources_and_opening_questions() -> None:
    catch_alls = browse(category="catch-all")
    assert len(catch_alls) >= 2
    assert all(is_catch_all(q.text) for q in catch_alls), "the plan checker must recognise them"
    assert not any(is_catch_all(q.text) for q in load_bank() if q.category != "catch-all")
    assert browse(tiara="resources", category="referrals")
    assert browse(tiara="resources", category="resources")
    assert all(q.phase == "opening" for q in browse(category="path"))
    assert {q.tiara for q in load_bank()} == set(TIARA_AREAS)
    assert {"pay", "advancement"} <= {q.category for q in load_bank() if q.sensitive}


def test_key_categories_are_real_categories() -> None:
    assert key_categories()
    assert set(key_categories()) <= set(categories())


def test_every_bank_question_is_clean_under_the_checker() -> None:
    dirty = {q.id: [str(f) for f in check_question(q.text)] for q in load_bank() if check_question(q.text)}
    assert dirty == {}


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed documents not available")
def test_bank_is_not_copied_from_the_seeds() -> None:
    def words(text: str) -> list[str]:
        return re.findall(r"[a-z0-9']+", text.lower().replace("\u2019", "'"))

    seed_words = words(" ".join(p.read_text("utf-8") for p in SEEDS.glob("*.txt")))
    size = 7
    shingles = {tuple(seed_words[i : i + size]) for i in range(len(seed_words) - size + 1)}
    copied = []
    for q in load_bank():
        w = words(q.text)
        if any(tuple(w[i : i + size]) in shingles for i in range(len(w) - size + 1)):
            copied.append(q.id)
    assert copied == []


def test_to_question_links_back_to_the_bank() -> None:
    entry = get("pay-01")
    question = entry.to_question(priority=1)
    assert isinstance(question, Question)
    assert question.bank_id == "pay-01"
    assert (question.text, question.category, question.tiara, question.phase) == (
        entry.text, entry.category, entry.tiara, entry.phase,
    )  # fmt: skip
    assert question.minutes == entry.minutes and question.sensitive is True and question.priority == 1
    assert entry.to_question().priority == 2
    assert entry.to_question().id != entry.to_question().id
    with pytest.raises(ValueError):
        entry.to_question(priority=4)


def test_bank_is_cached_and_immutable() -> None:
    assert load_bank() is load_bank()
    with pytest.raises(AttributeError):
        load_bank()[0].text = "changed"  # type: ignore[misc]


def test_categories_constant_and_lookup() -> None:
    assert categories() == bank.CATEGORIES
    assert bank.CATEGORIES["pay"] == "Starting salary and benefits"
    with pytest.raises(AttributeError):
        _ = bank.NOT_A_NAME
    with pytest.raises(InvalidValue, match="is not a question in the bank"):
        get("path-99")


def test_browse_filters() -> None:
    assert browse() == list(load_bank())
    pay = browse(category="pay")
    assert pay and all(q.category == "pay" for q in pay)
    trends = browse(tiara="trends")
    assert trends and all(q.tiara == "trends" for q in trends)
    closing = browse(phase="closing")
    assert closing and all(q.phase == "closing" for q in closing)
    both = browse(category="referrals", phase="closing", tiara="resources")
    assert both == [q for q in load_bank() if q.category == "referrals"]
    salary = browse(text="  SALARY  ")
    assert salary and all("salary" in q.text.lower() for q in salary)
    assert browse(text="salary", category="fit") == []
    assert browse(text="no bank question says this") == []


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"category": "salary"}, "category"), ({"tiara": "insight"}, "tiara"), ({"phase": "middle"}, "phase")],
)
def test_browse_rejects_unknown_filter_values(kwargs: dict[str, str], field: str) -> None:
    with pytest.raises(InvalidValue, match="is not one of") as caught:
        browse(**kwargs)
    assert caught.value.field == field
    assert caught.value.value == next(iter(kwargs.values()))


def _data(**question: object) -> dict[str, object]:
    entry = {"id": "a-01", "text": "What is it like?", "category": "a", "tiara": "insights", "phase": "core",
             "minutes": 2, "sensitive": False, **question}  # fmt: skip
    return {"version": 1, "categories": [{"id": "a", "label": "A", "key": True}], "questions": [entry]}


def test_parse_bank_accepts_good_data() -> None:
    parsed = parse_bank(_data())
    expected = BankQuestion("a-01", "What is it like?", "a", "insights", "core", 2.0, False)
    assert parsed.questions == (expected,)
    assert parsed.categories == {"a": "A"} and parsed.key == ("a",)


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ([], "question_bank"),
        ({"categories": [], "questions": []}, "question_bank.version"),
        (_data(category="b"), "questions[0].category"),
        (_data(tiara="insight"), "questions[0].tiara"),
        (_data(phase="middle"), "questions[0].phase"),
        (_data(minutes=0), "questions[0].minutes"),
        (_data(minutes=True), "questions[0].minutes"),
        (_data(sensitive="no"), "questions[0].sensitive"),
        (_data(text="   "), "questions[0].text"),
    ],
)
def test_parse_bank_names_the_bad_field(data: object, field: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_bank(data)
    assert caught.value.field == field


def test_parse_bank_rejects_duplicate_ids() -> None:
    data = _data()
    data["questions"] = [*data["questions"], *data["questions"]]  # type: ignore[misc]
    with pytest.raises(InvalidValue, match="appears twice"):
        parse_bank(data)
