"""Builders for grading tests: projects with known facts, and reports made from them.

Fixtures return plain functions (tests run with ``--import-mode=importlib``,
so they cannot import a helper module). Every file goes under the test's
``tmp_path``.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from infokit.model import (
    Contact,
    ContactStatus,
    FollowUp,
    InterviewNotes,
    Meeting,
    Mention,
    Profile,
    Project,
    Referral,
    Reflection,
    ResearchNote,
    StatusChange,
    ThankYou,
)
from infokit.prompts import REFLECTION_PROMPTS
from infokit.questions.bank import get
from infokit.report.embed import make_payload, script_tag

PLAN = [
    "path-01", "day-01", "duties-02", "rewards-01", "reality-02", "education-01",
    "advice-01", "career-paths-01", "trends-01", "resources-01", "referrals-01", "catch-all-01",
]  # fmt: skip
"""Twelve bank questions: clean under the checker, with a resources question and a catch-all."""

VOCABULARY = [
    "budget", "clinic", "harbour", "ledger", "mentor", "orchard", "pattern", "quarry", "ribbon",
    "saddle", "tunnel", "velvet", "wander", "anchor", "beacon", "candle", "dagger", "ember",
    "falcon", "garnet", "hollow", "island", "jigsaw", "kettle", "lantern", "marble", "nectar",
    "oyster", "pepper", "quiver", "raven", "silver", "thimble", "umbrella", "violet", "walnut",
    "yonder", "zephyr",
]  # fmt: skip
OPENERS = (
    "I learned that",
    "I realised that",
    "Next I will look at",
    "I was surprised that",
    "The office had",
)


def reflection_text(seed: int, words: int = 450) -> dict[str, str]:
    """An answer to every course prompt, about ``words`` words in all, distinct for each seed."""
    rng = random.Random(seed)
    keys = tuple(REFLECTION_PROMPTS["prompts"])
    out = {}
    for key in keys:
        sentences = []
        count = 0
        while count < words // len(keys):
            body = " ".join(rng.choice(VOCABULARY) for _ in range(9))
            sentence = f"{rng.choice(OPENERS)} {body}."
            sentences.append(sentence)
            count += len(sentence.split())
        out[key] = " ".join(sentences)
    return out


def build_project(
    name: str = "Jane Smith",
    student_id: str = "s001",
    seed: int = 1,
    held: date = date(2026, 10, 12),
    thanked: date | None = date(2026, 10, 13),
    relationship: str = "none",
) -> Project:
    """A complete project that earns full marks on every automatic criterion."""
    questions = []
    for number, bank_id in enumerate(PLAN):
        question = get(bank_id).to_question()
        question.asked = True
        question.answer_notes = f"Talked about the Northwind ledger rollout and mentoring, point {number}."
        questions.append(question)
    person = Contact(
        id="maria",
        name="Maria Lopez",
        role="Clinic manager",
        organization="Northwind Health",
        source="career-centre",
        relationship=relationship,
        history=[
            StatusChange(status=ContactStatus.REQUESTED, on=date(2026, 10, 1)),
            StatusChange(status=ContactStatus.SCHEDULED, on=date(2026, 10, 3)),
            StatusChange(status=ContactStatus.INTERVIEWED, on=held),
        ],
    )
    return Project(
        profile=Profile(
            name=name,
            student_id=student_id,
            course="CAR 101",
            career_interests=["health"],
            learning_goals=["a day in clinic management"],
            values=["care"],
            interests=["people"],
            skills=["planning"],
        ),
        contacts=[person],
        interviewee_id="maria",
        research=[
            ResearchNote(text="Clinic managers oversee staff rotas.", source="BLS handbook", about="field"),
            ResearchNote(
                text="Northwind runs six clinics.", source="northwind.example", about="organization"
            ),
        ],
        questions=questions,
        meeting=Meeting(
            starts=datetime(2026, 10, 12, 10, 0), timezone="America/Chicago", confirmed_on=date(2026, 10, 4)
        ),
        interview=InterviewNotes(
            held_on=held,
            actual_minutes=30,
            free_notes="A friendly talk.",
            observations=" ".join(
                ["The front desk was calm and the staff greeted every patient by name."] * 3
            ),
            mentions=[Mention(kind="organization", text="Regional Health Forum")],
        ),
        referrals=[Referral(name="Sam Ortiz", role="Nurse lead")],
        thank_you=ThankYou(
            text=(
                "Subject: Thank you for Monday\n\nDear Ms Lopez,\n\nThank you for the time on Monday. "
                "Your account of the Northwind ledger rollout and how you mentor new coordinators gave me a "
                "clear picture, and I will look up the Regional Health Forum as you suggested.\n\n"
                "Best regards,\nJane"
            ),
            sent_on=thanked,
        ),
        follow_ups=[FollowUp(action="Email Sam Ortiz", due_on=date(2026, 10, 20))],
        reflection=Reflection(framework="prompts", answers=reflection_text(seed)),
    )


def html_report(project: Project, exported_at: datetime | None = None, tamper: bool = False) -> str:
    payload = make_payload(project, exported_at=exported_at or datetime(2026, 10, 20, 12, tzinfo=UTC))
    if tamper:
        payload["project"]["profile"]["course"] = "EDITED"
    return f"<!DOCTYPE html><html><head><title>Report</title></head><body>{script_tag(payload)}</body></html>"


def notebook_report(project: Project, code: str = "", exported_at: datetime | None = None) -> str:
    payload = make_payload(project, exported_at=exported_at or datetime(2026, 10, 20, 12, tzinfo=UTC))
    cells: list[dict[str, Any]] = [
        {"cell_type": "markdown", "metadata": {}, "source": "# Report", "id": "a1"}
    ]
    if code:
        cells.append(
            {
                "cell_type": "code",
                "metadata": {},
                "source": code,
                "outputs": [],
                "execution_count": None,
                "id": "c1",
            }
        )
    notebook = {
        "nbformat": 4,
        "nbformat_minor": 5,
        "metadata": {
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "infokit": payload,
        },
        "cells": cells,
    }
    return json.dumps(notebook)


@pytest.fixture
def project() -> Callable[..., Project]:
    """``project(name=..., student_id=..., seed=...)``: a complete project (see build_project)."""
    return build_project


@pytest.fixture
def report() -> Callable[..., Path]:
    """``report(path, project, exported_at=None, tamper=False)``: write an HTML report, return its path."""

    def write(path: Path, project: Project, **options: Any) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html_report(project, **options), encoding="utf-8")
        return path

    return write


@pytest.fixture
def html() -> Callable[..., str]:
    return html_report


@pytest.fixture
def notebook() -> Callable[..., str]:
    return notebook_report


@pytest.fixture
def reflection() -> Callable[..., dict[str, str]]:
    return reflection_text
