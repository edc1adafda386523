"""set_section: the student's text and references for the assignment's report sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from infokit import actions as ik
from infokit.errors import InvalidValue
from infokit.model import Contact, Project, validate_project
from infokit.settings import parse_settings

SETTINGS = parse_settings(
    {"sections": [{"id": "industry", "title": "Industry", "references": True, "citation_style": "APA 7"}]}
)


def test_text_and_references_are_saved_one_reference_per_line(workspace_dir: Path) -> None:
    ik.set_section("industry", text="Retail banking is shrinking.", settings=SETTINGS)
    ik.set_section(
        "industry", references="Smith, J. (2024). Banks.\n\n  Lee, K. (2023). Money.  ", settings=SETTINGS
    )
    saved = ik.project().sections["industry"]
    assert saved.text == "Retail banking is shrinking."  # kept: only references were given
    assert saved.references == ["Smith, J. (2024). Banks.", "Lee, K. (2023). Money."]
    assert saved.word_count() == 4


def test_emptying_a_section_removes_it(workspace_dir: Path) -> None:
    ik.set_section("industry", text="Words.", settings=SETTINGS)
    ik.set_section("industry", text="", references=[], settings=SETTINGS)
    assert ik.project().sections == {}


def test_an_id_the_assignment_does_not_define_is_refused_and_nothing_is_saved(workspace_dir: Path) -> None:
    with pytest.raises(InvalidValue) as caught:
        ik.set_section("bio", text="About them.", settings=SETTINGS)
    assert str(caught.value) == "The assignment has no report section 'bio' (its sections are industry)"
    with pytest.raises(InvalidValue, match="asks for no report sections"):
        ik.set_section("industry", text="x", settings=parse_settings({}))
    assert ik.project().sections == {}


def test_a_reference_on_two_lines_in_a_list_is_refused(workspace_dir: Path) -> None:
    with pytest.raises(InvalidValue, match="single line"):
        ik.set_section("industry", references=["one\ntwo"], settings=SETTINGS)


def test_old_files_load_and_an_address_is_kept() -> None:
    project = validate_project({"contacts": [{"id": "c1", "name": "Ana"}]})
    assert project.sections == {} and project.contacts[0].address == ""
    ana = Contact(id="c1", name="Ana", address="1 Main St\nSpringfield")
    assert Project(contacts=[ana]).contacts[0].address == "1 Main St\nSpringfield"


def test_the_address_is_set_like_any_contact_detail(workspace_dir: Path) -> None:
    ik.add_contact("Ana Ruiz")
    ik.edit_contact("Ana Ruiz", address="4 Elm Road\nLeeds LS1 2AB")
    assert ik.project().contacts[0].address == "4 Elm Road\nLeeds LS1 2AB"
