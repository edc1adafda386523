"""Notebook 05's report sections form: one box per section, word counts, references, the address."""

from __future__ import annotations

from infokit import actions as ik
from infokit.forms.sections import NO_SECTIONS, SectionsForm, count_words
from infokit.settings import parse_settings

SETTINGS = parse_settings(
    {
        "sections": [
            {"id": "bio", "title": "Biography", "guidance": "Who they are.", "min_words": 2, "max_words": 4},
            {"id": "industry", "title": "Industry", "references": True, "citation_style": "IEEE"},
        ]
    }
)


def test_no_sections_says_so_in_one_line(find) -> None:
    form = SectionsForm(settings=parse_settings({}))
    assert find(form, "sections-none").value == NO_SECTIONS
    assert len(form.body) == 1


def test_each_section_has_its_title_guidance_and_a_live_word_count(find) -> None:
    form = SectionsForm(settings=SETTINGS)
    assert find(form, "sections-bio-guidance").value == "Who they are."
    assert "0 words (asked for 2 to 4)" in find(form, "sections-bio-count").value
    find(form, "sections-bio-text").value = "one two three four five"
    assert "5 words (asked for 2 to 4)" in find(form, "sections-bio-count").value
    assert "IEEE" in "".join(getattr(w, "value", "") for w in form.body if hasattr(w, "value"))
    assert count_words("one", SETTINGS.sections[1]) == ("1 word", True)


def test_saving_sends_text_and_references(find, status) -> None:
    form = SectionsForm(settings=SETTINGS)
    find(form, "sections-bio-text").value = "Nurse for ten years."
    find(form, "sections-industry-text").value = "Hospitals are hiring."
    find(
        form, "sections-industry-references"
    ).value = "[1] A. Author, Care, 2024.\n[2] B. Writer, Wards, 2023."
    find(form, "sections-save").click()
    assert "Saved at" in status(form)
    saved = ik.project().sections
    assert saved["bio"].text == "Nurse for ten years."
    assert saved["industry"].references == ["[1] A. Author, Care, 2024.", "[2] B. Writer, Wards, 2023."]


def test_a_section_saved_elsewhere_is_kept_and_shown(find, status) -> None:
    form = SectionsForm(settings=SETTINGS)
    ik.set_section("industry", text="Written in another notebook.", settings=SETTINGS)
    find(form, "sections-bio-text").value = "Typed here."
    find(form, "sections-save").click()
    assert ik.project().sections["industry"].text == "Written in another notebook."
    assert find(form, "sections-industry-text").value == "Written in another notebook."
    assert "kept" in status(form)


def test_unsaved_typing_is_offered_back_after_a_restart(find) -> None:
    form = SectionsForm(settings=SETTINGS)
    find(form, "sections-bio-text").value = "Never saved."
    again = SectionsForm(settings=SETTINGS)
    find(again, "unsaved-restore").click()
    assert find(again, "sections-bio-text").value == "Never saved."


def test_the_title_page_asks_for_the_interviewee_address(find, status) -> None:
    settings = parse_settings({"report": {"contact_details": "title-page"}})
    assert find(SectionsForm(settings=settings), "sections-address-none").value
    person = ik.add_contact("Ana Ruiz")
    ik.choose_interviewee(person.id)
    form = SectionsForm(settings=settings)
    find(form, "sections-address").value = "4 Elm Road\nLeeds"
    find(form, "sections-save").click()
    assert "Saved at" in status(form)
    assert ik.project().interviewee.address == "4 Elm Road\nLeeds"


def test_every_box_has_a_name_a_screen_reader_can_read(find) -> None:
    """A box with neither a label nor a placeholder has no accessible name (axe: critical)."""
    form = SectionsForm(settings=SETTINGS)
    assert find(form, "sections-bio-text").placeholder == "Your text: Biography"
    assert find(form, "sections-industry-text").placeholder == "Your text: Industry"
    refs = find(form, "sections-industry-references").placeholder
    assert refs == "References for Industry in IEEE, one per line"
