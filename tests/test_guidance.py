"""The guidance a careers expert would sign (issue 12): what the notebooks' text says, checked.

Only the notebooks' markdown is read here; their code cells are tested by running
them (tests/test_notebooks.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from infokit.questions import load_bank
from infokit.settings import default_settings

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((REPO / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def _markdown(name: str | None = None) -> str:
    paths = [p for p in NOTEBOOKS if name is None or p.name.startswith(name)]
    cells = [
        c for p in paths for c in json.loads(p.read_text("utf-8"))["cells"] if c["cell_type"] == "markdown"
    ]
    return "\n\n".join("".join(c["source"]) for c in cells)


@pytest.mark.parametrize(
    ("notebook", "pattern", "what"),
    [
        ("00", r"ask before you take notes", "consent: notes"),
        ("00", r"never record without", "consent: recording"),
        ("00", r"leave their name\s+and organisation out of your report", "consent: anonymise"),
        ("00", r"report your instructor reads", "consent: the report is graded"),
        ("01", r"Look up the person too", "researching the person"),
        ("03", r"30-second introduction", "a 30-second self-introduction"),
        ("03", r"What to wear", "what to wear"),
        ("03", r"Test the link, camera and microphone", "video-call basics"),
        ("03", r"not looking for a job", "say plainly it is not a job request"),
        ("04", r"If they offer a job or ask for your CV", "what to say if offered a job"),
        ("04", r"do not record unless they say yes", "consent in the meeting"),
        ("05", r"Keep in touch over the following months", "keeping in touch"),
        ("05", r"handwritten card", "a handwritten card"),
        ("05", r"suit your values, interests and skills", "the fit question"),
        ("02", r"TIARA\*\*, from Steve Dalton's \*The 2-Hour Job Search\*", "TIARA credited"),
        ("03", r"Steve Dalton's \*\*3B7\*\*", "3B7 credited"),
        ("05", r"DEAL\*\* \(Describe, Examine, Articulate\s+Learning; Ash and Clayton\)", "DEAL credited"),
        ("05", r"Gibbs, 1988", "Gibbs credited"),
    ],
)
def test_the_notebooks_say_what_an_expert_would_add(notebook: str, pattern: str, what: str) -> None:
    assert re.search(pattern, _markdown(notebook)), what


def test_the_cv_question_is_settled_in_one_voice() -> None:
    text = _markdown()
    assert "Leave jobs and your CV out." not in text
    assert re.search(r"do not send or hand over your CV unless they ask for it", _markdown("02"))
    assert re.search(r"Near the end, asking for\s+advice on your CV is fine", _markdown("02"))
    cv = [q for q in load_bank() if re.search(r"\b(?:cv|resume)\b", q.text, re.I)]
    assert cv and all(q.phase == "closing" for q in cv), "the bank's CV question belongs near the end"


def test_the_plan_size_agrees_with_the_time_budget() -> None:
    limits = default_settings().limits
    assert (limits.question_min, limits.question_max, limits.meeting_minutes) == (8, 12, 25)
    assert re.search(r"about \*\*8 to 12 questions\*\*.*?25-minute meeting", _markdown("02"), re.S)
    longest = sorted((q.minutes for q in load_bank()), reverse=True)
    assert sum(longest[: limits.question_max]) <= limits.meeting_minutes, "12 bank questions fit 25 minutes"


def test_the_python_is_folded_away_under_a_short_line() -> None:
    for path in NOTEBOOKS:
        for cell in json.loads(path.read_text("utf-8"))["cells"]:
            text = "".join(cell["source"])
            if cell["cell_type"] != "markdown" or not re.search(r"```python|import infokit|ik\.", text):
                continue
            assert "For students who prefer code:" in text, (path.name, text[:60])
            before, _, folded = text.partition("<details>")
            assert "</details>" in folded and not re.search(r"```python|ik\.", before), path.name
        assert "In Python" not in _markdown(path.name[:2]), path.name


def test_the_two_sentences_near_the_seeds_are_reworded() -> None:
    assert not re.search(r"not a job interview.{0,40}not asking for a job", _markdown("00"), re.S | re.I)
    forms = (REPO / "infokit" / "forms" / "interview.py").read_text("utf-8")
    assert "Would you want to work there?" not in forms
