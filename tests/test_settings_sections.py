"""Report sections and the title page in the assignment settings (issue 13)."""

from __future__ import annotations

import pytest

from infokit.errors import SettingsError
from infokit.settings import default_settings, load_settings, parse_settings

BIO = {"id": "bio", "title": "Interviewee biography"}


def test_the_default_asks_for_no_sections_and_keeps_contact_details_private():
    settings = default_settings()
    assert settings.sections == ()
    assert settings.report.contact_details == "private"
    assert not settings.report.title_page


def test_sections_and_the_title_page_from_toml(tmp_path):
    path = tmp_path / "assignment.toml"
    path.write_text(
        '[report]\ncontact_details = "title-page"\n'
        '[[sections]]\nid = "bio"\ntitle = "Biography"\nguidance = "Who they are."\nmax_words = 300\n'
        '[[sections]]\nid = "industry"\ntitle = "Industry overview"\nmin_words = 200\n'
        'references = true\ncitation_style = "APA 7"\n'
    )
    settings = load_settings(path)
    assert settings.report.title_page
    assert [s.id for s in settings.sections] == ["bio", "industry"]
    industry = settings.section("industry")
    assert industry is not None and industry.references and industry.citation_style == "APA 7"
    assert industry.min_words == 200 and industry.max_words is None
    assert settings.section("nope") is None


@pytest.mark.parametrize(
    ("data", "key", "value"),
    [
        ({"sections": [BIO, {"id": "bio", "title": "Again"}]}, "sections", "'bio' appears twice"),
        ({"sections": [{"id": "Bio 1", "title": "Bio"}]}, "sections[0].id", "'Bio 1'"),
        ({"sections": [{"id": "bio", "title": "  "}]}, "sections[0].title", "'  '"),
        ({"sections": [{**BIO, "min_words": 300, "max_words": 200}]}, "sections[0]", "min_words 300"),
        ({"sections": [{**BIO, "citation_style": "MLA 9"}]}, "sections[0]", "citation_style 'MLA 9'"),
        ({"report": {"contact_details": "public"}}, "report.contact_details", "'public'"),
    ],
)
def test_each_settings_error_is_one_line_naming_the_key_and_the_value(data, key, value):
    with pytest.raises(SettingsError) as caught:
        parse_settings(data, "assignment.toml")
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(f"assignment.toml: {key}")
    assert value in text


def test_the_error_says_what_is_wrong_in_plain_words():
    with pytest.raises(SettingsError, match="needs references = true"):
        parse_settings({"sections": [{**BIO, "citation_style": "IEEE"}]})
    with pytest.raises(SettingsError, match="is above max_words 200"):
        parse_settings({"sections": [{**BIO, "min_words": 201, "max_words": 200}]})
    with pytest.raises(SettingsError, match="must be a short key"):
        parse_settings({"sections": [{"id": "9lives", "title": "Bio"}]})
    with pytest.raises(SettingsError, match="'private' or 'title-page'"):
        parse_settings({"report": {"contact_details": "yes"}})


def test_a_section_may_be_an_auto_criterion():
    rubric = [{"id": "sections", "title": "S", "points": 10, "scoring": "auto", "check": "sections"}]
    assert parse_settings({"rubric": rubric, "sections": [BIO]}).rubric[0].check == "sections"
