"""The instructor's own assignment in a real browser: report sections, a title page, own prompts.

A copy of the notebooks gets an ``assignment.toml`` beside them (where the kit looks
first, after the environment variable the fixtures clear), and notebook 05 is played
in JupyterLab through Chromium as a student would: what the instructor wrote must be
visible on the page, typing with the keyboard must move the live word counts, Save
must put every box into the workspace file under its own id, and axe-core must find
nothing serious in the two forms. Skipped and failed exactly as tests/browser/test_lab.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.browser.test_lab import (
    ARGS,
    LONG,
    Lab,
    axe,  # noqa: F401 (fixture)
    check_axe,
    chromium,  # noqa: F401 (fixture)
    click,
    form,
    lab,  # noqa: F401 (fixture)
    open_and_run,
    saved,
    says,
)

pytestmark = pytest.mark.browser

BIO_GUIDANCE = "Say who your interviewee is and the path that took them to their present job."
SECTOR_GUIDANCE = "Describe the sector they work in today and where it seems to be heading."
PROMPT_SURPRISE = "Which part of their working week did you least expect, and why?"
PROMPT_PLAN = "Name one thing you will do this month because of the interview."
ASSIGNMENT = f"""
[[sections]]
id = "bio"
title = "About the interviewee"
guidance = "{BIO_GUIDANCE}"
max_words = 300

[[sections]]
id = "sector"
title = "The sector today"
guidance = "{SECTOR_GUIDANCE}"
min_words = 5
references = true
citation_style = "APA 7"

[report]
contact_details = "title-page"

[[reflection.prompts]]
id = "surprise"
text = "{PROMPT_SURPRISE}"
min_words = 3

[[reflection.prompts]]
id = "plan"
text = "{PROMPT_PLAN}"
min_words = 1
max_words = 40
"""
SECTOR_TEXT = "Regional transport is growing as cities add tram lines"
REFERENCE = "Office for Transport. (2025). Light rail in numbers. City Press."
ADDRESS = "12 Harbour Street"
SURPRISE = "How much of the week goes to meetings with residents"


@pytest.fixture
def own_lab(lab: Lab) -> Lab:  # noqa: F811 (the fixture imported above)
    """The lab's notebooks with the instructor's assignment beside them, and an interviewee."""
    from infokit import actions as ik

    (lab.shots / "notebooks" / "assignment.toml").write_text(ASSIGNMENT, encoding="utf-8")
    person = ik.add_contact("Sam Lee", workspace=lab.workspace, role="Transport planner")
    ik.choose_interviewee(person.id, workspace=lab.workspace)
    return lab


def _count(scope: Any, cls: str) -> Any:
    return scope.locator(f".infokit-{cls}")


def check_what_the_instructor_wrote_is_visible(page: Any) -> None:
    from playwright.sync_api import expect

    sections = form(page, "sections")
    for text in ("About the interviewee", BIO_GUIDANCE, "The sector today", SECTOR_GUIDANCE,
                 "References in APA 7, one per line", "Title page"):  # fmt: skip
        expect(sections.get_by_text(text, exact=True)).to_be_visible(timeout=LONG)
    expect(sections.get_by_label("Mailing address", exact=True)).to_be_visible()
    reflection = form(page, "reflection")
    for text in (PROMPT_SURPRISE, PROMPT_PLAN):
        expect(reflection.get_by_text(text, exact=True)).to_be_visible()
    chooser = reflection.locator(".infokit-reflection-framework")
    expect(chooser).to_have_count(1)  # built, yet not shown to the student
    expect(chooser).to_be_hidden()
    expect(reflection.get_by_role("combobox")).to_have_count(0)  # no chooser of any name


def type_like_a_student(page: Any, own: Lab) -> None:
    from playwright.sync_api import expect

    sections = form(page, "sections")
    count = _count(sections, "sections-sector-count")
    expect(count).to_have_text("0 words (asked for at least 5)")
    sections.get_by_placeholder("Your text: The sector today", exact=True).click()
    page.keyboard.type(SECTOR_TEXT)
    expect(count).to_have_text("9 words (asked for at least 5)", timeout=LONG)  # live, with no save
    refs = "References for The sector today in APA 7, one per line"
    sections.get_by_placeholder(refs, exact=True).click()
    page.keyboard.type(REFERENCE)
    sections.get_by_label("Mailing address", exact=True).click()
    page.keyboard.type(ADDRESS)
    page.keyboard.press("Enter")
    page.keyboard.type("Leeds")
    click(sections, "Save report sections")
    says(sections, "Saved at")

    reflection = form(page, "reflection")
    prompt = _count(reflection, "reflection-count-surprise")
    expect(prompt).to_have_text("0 words (asked for at least 3)")
    reflection.get_by_placeholder(f"Your answer: {PROMPT_SURPRISE}", exact=True).click()
    page.keyboard.type(SURPRISE)
    expect(prompt).to_have_text("10 words (asked for at least 3)", timeout=LONG)
    click(reflection, "Save reflection")
    says(reflection, "Saved at")

    project = saved(own)
    assert project["sections"]["sector"]["text"] == SECTOR_TEXT
    assert project["sections"]["sector"]["references"] == [REFERENCE]
    assert "bio" not in project["sections"] or not project["sections"]["bio"]["text"]
    assert project["contacts"][0]["address"] == f"{ADDRESS}\nLeeds"
    assert project["reflection"]["framework"] == "assignment"
    assert project["reflection"]["answers"] == {"surprise": SURPRISE}


def test_a_student_answers_the_instructors_own_assignment(
    chromium: str,  # noqa: F811 (the fixture imported above)
    axe: Path,  # noqa: F811
    own_lab: Lab,
) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            try:
                open_and_run(page, own_lab, "05_after", "Save reflection")
                check_what_the_instructor_wrote_is_visible(page)
                type_like_a_student(page, own_lab)
                check_axe(page, axe, "notebook 05's sections and reflection", [".infokit-sections",
                          ".infokit-reflection"])  # fmt: skip
            except Exception:
                page.screenshot(path=str(own_lab.shots / "failure.png"), full_page=True)
                raise
        finally:
            browser.close()
