"""The learned second opinion on job and pay asks: what it adds, what its gate vetoes, its file."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from infokit.questions import check_question, learned
from infokit.questions.asks import about_a_job, about_pay
from infokit.questions.learned import FORMAT, LEARNED_RULES, features, opinions, reading


def _rules(question: str) -> dict[str, str]:
    return {f.rule: f.message for f in check_question(question)}


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("any chance u could use a summer student on ur crew", "asks-for-job"),
        ("What ballpark are you at, salary-wise?", "personal-salary"),
    ],
)
def test_the_model_adds_a_finding_the_rules_missed_and_names_its_words(question: str, rule: str) -> None:
    message = _rules(question)[rule]
    assert message.startswith("Reads like")
    assert "“" in message and "”" in message  # the words it weighed, quoted
    assert "None" not in message and "'" not in message.split("(", 1)[1].split(")")[0]
    assert message.endswith(".")


def test_the_reasons_name_content_words_not_function_words() -> None:
    found = opinions(reading("What ballpark are you at, salary-wise?"))
    (opinion,) = [o for o in found if o.rule == "personal-salary"]
    assert opinion.words
    for cue in opinion.words:
        assert not all(w in learned._PLAIN for w in cue.split())


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("Could you help me to understand your practice?", "asks-for-job"),
        ("Are you hiring for attitude or for skill?", "asks-for-job"),
        ("Please keep me posted on how the project goes.", "asks-for-job"),
        ("Who at your firm decides which interns get picked?", "asks-for-job"),
        ("You're on a salary review panel, aren't you?", "personal-salary"),
    ],
)
def test_the_gate_vetoes_the_model_where_the_question_is_fair(question: str, rule: str) -> None:
    # The model alone fires on each of these: the gate is what keeps them quiet.
    assert rule in {o.rule for o in opinions(reading(question))}
    assert rule not in _rules(question)


def test_the_gates_read_the_topic() -> None:
    assert about_a_job("could you use a summer student on your crew")
    assert not about_a_job("how did you learn to cook")
    assert about_pay("what ballpark are you at salary-wise")
    assert not about_pay("what did you study first")
    assert not about_pay("what do people in this field usually earn")


def test_a_rule_finding_is_not_doubled_by_the_model() -> None:
    findings = check_question("Are you hiring right now, and could I apply?")
    assert [f.rule for f in findings].count("asks-for-job") == 1


def test_open_questions_stay_quiet() -> None:
    for question in (
        "What does a typical week look like for you?",
        "How did you find your first role in this field?",
        "What do people starting out in this field usually earn?",
        "What does a typical nurse earn in the first year?",
        "What is the starting salary for a new paralegal?",
    ):
        assert not {"asks-for-job", "personal-salary"} & set(_rules(question)), question


def test_features_are_words_pairs_first_word_and_question_mark() -> None:
    grams = features("what is your role?")
    assert "w:role" in grams and "b:your_role" in grams
    assert "first:what" in grams and "q:True" in grams
    assert features("") == ["first:", "q:False"]


def test_the_shipped_model_file_has_the_format_the_reader_expects() -> None:
    raw = json.loads(
        (learned.resources.files("infokit.data") / learned.MODEL_FILE).read_text(encoding="utf-8")
    )
    assert raw["format"] == FORMAT
    for rule in LEARNED_RULES:
        part = raw["rules"][rule]
        assert 0.0 < float(part["threshold"]) < 1.0
        assert isinstance(part["weights"], dict) and len(part["weights"]) > 100
        assert all(isinstance(w, float) for w in part["weights"].values())


def test_a_model_file_of_another_format_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    newer = json.dumps({"format": FORMAT + 1, "rules": {}})
    (tmp_path / learned.MODEL_FILE).write_text(newer, encoding="utf-8")
    monkeypatch.setattr(learned.resources, "files", lambda _package: tmp_path)
    learned._models.cache_clear()
    try:
        with pytest.raises(ValueError, match=f"format {FORMAT + 1}.*reads format {FORMAT}"):
            opinions("are you hiring")
    finally:
        learned._models.cache_clear()


def test_importing_the_checker_does_not_import_numpy() -> None:
    code = (
        "import sys, infokit.questions as q;"
        "q.check_question('could you use a summer student on your crew?');"
        "print('numpy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
