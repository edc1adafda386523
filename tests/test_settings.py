"""Every validation rule of the assignment settings, and where the settings file is found."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from infokit.errors import SettingsError
from infokit.settings import (
    AUTO_CHECKS,
    ENV_VAR,
    default_settings,
    find_settings_file,
    load_settings,
    parse_settings,
)

RUBRIC_ITEM = {"id": "extra", "title": "Extra", "points": 5, "scoring": "manual"}


def one_line_error(data: dict, match: str) -> str:
    with pytest.raises(SettingsError) as caught:
        parse_settings(data, "a.toml")
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith("a.toml: ")
    assert match in text, text
    return text


def test_defaults_are_valid_and_complete():
    settings = default_settings()
    assert settings.source == "defaults"
    assert settings.total_points == 100
    assert settings.limits.question_min == 8 and settings.limits.question_max == 12
    assert {c.check for c in settings.rubric if c.scoring == "auto"} <= set(AUTO_CHECKS)
    assert settings.grading.similarity_threshold == 0.4
    assert settings.grading.rounding == "nearest"
    assert settings.canvas_column == "Informational interview"
    assert settings.submission_due is None
    assert str(settings.zone) == "UTC"


@pytest.mark.parametrize(
    ("data", "match"),
    [
        ({"assignment": {"timezone": "Mars/Base"}}, "assignment.timezone = 'Mars/Base': is not a time zone"),
        ({"assignment": {"colour": "red"}}, "assignment.colour = 'red' is not a setting infokit knows"),
        ({"limits": {"question_min": 0}}, "limits.question_min = 0"),
        ({"limits": {"question_min": "ten"}}, "limits.question_min = 'ten'"),
        ({"limits": {"question_max": 101}}, "limits.question_max = 101"),
        ({"limits": {"question_min": 12, "question_max": 8}}, "question_min 12 is above question_max 8"),
        ({"limits": {"meeting_minutes": 2}}, "limits.meeting_minutes = 2"),
        ({"limits": {"thank_you_hours": 0}}, "limits.thank_you_hours = 0"),
        ({"limits": {"thank_you_hours": 200, "thank_you_days_max": 3}}, "thank_you_hours 200 is longer than"),
        ({"limits": {"thank_you_days_max": 61}}, "limits.thank_you_days_max = 61"),
        ({"limits": {"reflection_min_words": 900, "reflection_max_words": 800}}, "reflection_min_words 900"),
        ({"limits": {"reflection_max_words": 0}}, "limits.reflection_max_words = 0"),
        ({"limits": {"email_words": 10}}, "limits.email_words = 10"),
        ({"limits": {"email_words_strict": 5000}}, "limits.email_words_strict = 5000"),
        ({"limits": {"strict_email": "maybe"}}, "limits.strict_email = 'maybe'"),
        (
            {"limits": {"follow_up_second_contact_days": 7, "follow_up_nudge_days": 7}},
            "follow_up_second_contact_days 7 must be below follow_up_nudge_days 7",
        ),
        ({"limits": {"words": 3}}, "limits.words = 3 is not a setting infokit knows"),
        ({"due": {"lunch": date(2026, 9, 1)}}, "step 'lunch' is not one of profile"),
        ({"due": {"profile": "soon"}}, "due.profile = 'soon'"),
        (
            {"due": {"profile": date(2026, 9, 20), "questions": date(2026, 9, 10)}},
            "questions is due 2026-09-10 but comes after profile, due 2026-09-20",
        ),
        ({"grading": {"similarity_threshold": 0}}, "grading.similarity_threshold = 0"),
        ({"grading": {"similarity_threshold": 1.5}}, "grading.similarity_threshold = 1.5"),
        ({"grading": {"similarity_min_words": 5}}, "grading.similarity_min_words = 5"),
        ({"grading": {"grace_days": -1}}, "grading.grace_days = -1"),
        ({"grading": {"late_penalty_per_day": 120}}, "grading.late_penalty_per_day = 120"),
        ({"grading": {"late_penalty_max": -5}}, "grading.late_penalty_max = -5"),
        ({"grading": {"submission_due": "friday"}}, "grading.submission_due = 'friday'"),
        ({"grading": {"canvas_column": "A\nB"}}, "must be a single line"),
        ({"grading": {"rounding": "up"}}, "grading.rounding = 'up'"),
        ({"grading": {"curve": True}}, "grading.curve = True is not a setting infokit knows"),
        ({"rubric": [{**RUBRIC_ITEM, "id": "Bad Id"}]}, "rubric[0].id = 'Bad Id'"),
        ({"rubric": [{**RUBRIC_ITEM, "points": 0}]}, "rubric[0].points = 0"),
        ({"rubric": [{**RUBRIC_ITEM, "scoring": "peer"}]}, "rubric[0].scoring = 'peer'"),
        (
            {"rubric": [{**RUBRIC_ITEM, "scoring": "auto", "check": "vibes"}]},
            "check 'vibes' of an auto criterion",
        ),
        ({"rubric": [{**RUBRIC_ITEM, "scoring": "auto"}]}, "check None of an auto criterion"),
        ({"rubric": [{**RUBRIC_ITEM, "check": "questions"}]}, "a manual criterion takes no check"),
        (
            {"rubric": [{**RUBRIC_ITEM, "levels": [{"points": 6}]}]},
            "a level's points 6 exceed the criterion's 5",
        ),
        ({"rubric": [{**RUBRIC_ITEM, "levels": [{"points": 2}, {"points": 2}]}]}, "two levels give 2 points"),
        ({"rubric": [{**RUBRIC_ITEM, "levels": [{"points": -1}]}]}, "rubric[0].levels[0].points = -1"),
        ({"rubric": [RUBRIC_ITEM, RUBRIC_ITEM]}, "rubric id 'extra' appears twice"),
        ({"rubric": [{**RUBRIC_ITEM, "title": None}]}, "rubric[0].title = None"),
        ({"homework": 1}, "homework = 1 is not a setting infokit knows"),
    ],
)
def test_each_rule_gives_one_line_naming_key_and_value(data, match):
    one_line_error(data, match)


def test_sections_merge_over_defaults_key_by_key():
    settings = parse_settings(
        {
            "limits": {"question_min": 5},
            "grading": {"late_penalty_per_day": 10, "canvas_column": "Interview (77)"},
            "due": {"interview": date(2026, 10, 20), "reflection": date(2026, 11, 3)},
        }
    )
    assert settings.limits.question_min == 5
    assert settings.limits.question_max == 12  # kept from the defaults
    assert settings.grading.late_penalty_per_day == 10
    assert settings.grading.similarity_threshold == 0.4
    assert settings.canvas_column == "Interview (77)"
    assert settings.submission_due == date(2026, 11, 3)
    explicit = parse_settings(
        {"grading": {"submission_due": date(2026, 11, 10)}, "due": {"reflection": date(2026, 11, 3)}}
    )
    assert explicit.submission_due == date(2026, 11, 10)


def test_a_rubric_replaces_the_default_one_whole():
    settings = parse_settings({"rubric": [RUBRIC_ITEM]})
    assert [c.id for c in settings.rubric] == ["extra"]
    assert settings.total_points == 5
    assert settings.criterion("extra").title == "Extra"
    with pytest.raises(KeyError):
        settings.criterion("questions")


def test_level_lookup():
    criterion = default_settings().criterion("outreach")
    assert criterion.level_for(5).points == 5
    assert criterion.level_for(7) is None


# -- lookup order -------------------------------------------------------------------


def write(path: Path, title: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'[assignment]\ntitle = "{title}"\n', encoding="utf-8")
    return path


def test_lookup_order_explicit_then_env_then_cwd_then_defaults(tmp_path, monkeypatch):
    course = tmp_path / "course"
    monkeypatch.chdir(write(course / "assignment.toml", "from cwd").parent)
    env_file = write(tmp_path / "env.toml", "from env")
    given = write(tmp_path / "given.toml", "given")

    monkeypatch.setenv(ENV_VAR, str(env_file))
    assert load_settings(given).assignment.title == "given"
    assert load_settings(given).source == str(given)
    assert load_settings().assignment.title == "from env"
    assert find_settings_file() == env_file

    monkeypatch.delenv(ENV_VAR)
    assert load_settings().assignment.title == "from cwd"

    (course / "assignment.toml").unlink()
    assert find_settings_file() is None
    assert load_settings().source == "defaults"


def test_lookup_finds_the_file_one_folder_up_from_notebooks(tmp_path, monkeypatch):
    write(tmp_path / "assignment.toml", "parent")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.chdir(tmp_path / "notebooks")
    assert load_settings().assignment.title == "parent"


def test_blank_env_var_is_ignored(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, "  ")
    assert load_settings().source == "defaults"


@pytest.mark.parametrize(
    ("content", "match"),
    [
        ("[limits\n", "not valid TOML"),
        ("[limits]\nquestion_min = 'ten'\n", "limits.question_min = 'ten'"),
        (b"\xff\xfe[limits]", "cannot be read"),
    ],
)
def test_file_errors_are_one_line_and_name_the_file(tmp_path, content, match):
    path = tmp_path / "assignment.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    assert str(path) in str(caught.value) and match in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_file_named_by_env_or_argument(tmp_path, monkeypatch):
    with pytest.raises(SettingsError, match="no such settings file"):
        load_settings(tmp_path / "nope.toml")
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "gone.toml"))
    with pytest.raises(SettingsError, match=r"gone\.toml: no such settings file"):
        load_settings()


def test_shipped_defaults_file_round_trips_through_load_settings(tmp_path):
    from importlib import resources

    text = resources.files("infokit").joinpath("data/default_assignment.toml").read_text("utf-8")
    copy = tmp_path / "assignment.toml"
    copy.write_text(text, encoding="utf-8")
    loaded = load_settings(copy)
    assert loaded.model_dump() == default_settings().model_dump()


HOSTILE_SETTINGS = {
    "nested-100000-deep": (b"a = " + b"[" * 100_000 + b"]" * 100_000, "nested deeper"),
    "nested-tables": (b"a = " + b"{b = " * 5000 + b"1" + b"}" * 5000, "nested deeper"),
    "5000-digit-integer": (b"[limits]\nquestion_min = " + b"9" * 5000, "number too long"),
    "40-digit-integer": (
        b"[limits]\nquestion_min = " + b"9" * 40,
        "limits.question_min = a very long number",
    ),
    "infinity": (b"[grading]\nlate_penalty_max = inf", "grading.late_penalty_max = inf: must be a number"),
    "nan": (b"[grading]\nsimilarity_threshold = nan", "grading.similarity_threshold = nan: must be a number"),
    "lone-surrogate": (b'[assignment]\ncourse = "\\ud800"', "not valid TOML"),
    "encoded-surrogate": (b'[assignment]\ncourse = "\xed\xa0\x80"', "not UTF-8 text"),
    "utf-16": ('[assignment]\ncourse = "CAR 101"'.encode("utf-16"), "saved as UTF-16"),
    "latin-1": ('[assignment]\ncourse = "Écoles"'.encode("latin-1"), "not UTF-8 text"),
    "truncated": (b'[assignment]\ncourse = "CAR', "not valid TOML"),
    "string-for-a-table": (b'limits = "strict"', "limits = 'strict': must be a group of named values"),
    "list-for-a-number": (
        b"[limits]\nquestion_min = [10]",
        "limits.question_min = a list: must be a whole number",
    ),
    "year-1": (
        b"[due]\nprofile = 0001-01-01",
        "due.profile = 0001-01-01: is not a date infokit takes",
    ),
    "year-9999": (b"[grading]\nsubmission_due = 9999-12-31", "grading.submission_due"),
    "zone-that-is-a-folder": (
        b'[assignment]\ntimezone = "America"',
        "assignment.timezone = 'America': is not a time zone name like America/Chicago",
    ),
    "huge-string": (b'[assignment]\ncourse = "' + b"x" * 1_000_000 + b'"', "is longer than 500 characters"),
    "huge-rubric-title": (
        b'[[rubric]]\nid = "a"\ntitle = "' + b"t" * 100_000 + b'"\npoints = 5\nscoring = "manual"',
        "rubric[0].title",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_SETTINGS))
def test_hostile_settings_files_end_in_one_line_naming_the_file(tmp_path, case):
    content, match = HOSTILE_SETTINGS[case]
    path = tmp_path / "assignment.toml"
    path.write_bytes(content)
    with pytest.raises(SettingsError) as caught:
        load_settings(path)
    text = str(caught.value)
    assert text.startswith(f"{path}") and match in text, text
    assert "\n" not in text and len(text) < 400 and text.isprintable()
    assert "tzdata" not in text and "zoneinfo" not in text


def test_a_byte_order_mark_and_an_empty_file_are_fine(tmp_path):
    path = tmp_path / "assignment.toml"
    path.write_bytes(b"\xef\xbb\xbf[assignment]\ncourse = 'CAR 101'\n")
    assert load_settings(path).assignment.course == "CAR 101"
    path.write_bytes(b"")
    assert load_settings(path).model_dump() == default_settings().model_dump()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"assignment": {"timezone": "America"}}, "assignment.timezone = 'America': is not a time zone name"),
        ({"extensions": {"s1": "soon"}}, "extensions.s1 = 'soon': is not a date"),
        ({"grading": {"keep": "oldest"}}, "grading.keep = 'oldest'"),
        ({"grading": {"submission_due": "Friday"}}, "grading.submission_due = 'Friday'"),
        ({"limits": {"holidays": ["25 December"]}}, "limits.holidays[0] = '25 December'"),
    ],
)
def test_new_settings_errors_name_the_key_and_the_value(data, message):
    with pytest.raises(SettingsError) as caught:
        parse_settings(data, "assignment.toml")
    assert str(caught.value).startswith(f"assignment.toml: {message}")


def test_due_times_and_extensions_from_toml(tmp_path):
    path = tmp_path / "assignment.toml"
    path.write_text(
        '[assignment]\ntimezone = "Europe/Paris"\n[grading]\nsubmission_due = 2026-11-03T17:00:00\n'
        "[extensions]\nS0042 = 2026-11-10\n"
    )
    settings = load_settings(path)
    assert settings.due_moment().isoformat() == "2026-11-03T17:00:00+01:00"
    assert settings.due_moment("s0042").isoformat() == "2026-11-11T00:00:00+01:00"  # end of the 10th
    assert settings.due_has_time() and not settings.due_has_time("s0042")


def test_the_pdf_paper_size_is_a4_or_letter():
    assert default_settings().assignment.paper == "A4"
    assert parse_settings({"assignment": {"paper": "Letter"}}).assignment.paper == "Letter"
    text = one_line_error({"assignment": {"paper": "B5"}}, "assignment.paper = 'B5'")
    assert "'A4' or 'Letter'" in text


# --- [reflection] (issue 13) ---

GOOD_PROMPT = {"id": "fit", "text": "Does the work fit you?"}


@pytest.mark.parametrize(
    ("reflection", "names"),
    [
        ({"preset": "kolb"}, ["reflection.preset", "'kolb'", "prompts, deal, gibbs"]),
        (
            {"preset": "deal", "prompts": [GOOD_PROMPT]},
            ["preset = 'deal'", "[[reflection.prompts]]", "not both"],
        ),
        (
            {"prompts": [GOOD_PROMPT, {**GOOD_PROMPT, "text": "Again?"}]},
            ["[[reflection.prompts]] id 'fit'", "twice"],
        ),
        (
            {"prompts": [{"id": "two words", "text": "x"}]},
            ["reflection.prompts[0].id", "'two words'", "short key"],
        ),
        ({"prompts": [{"id": "", "text": "x"}]}, ["reflection.prompts[0].id = ''", "short key"]),
        ({"prompts": [{"id": "fit", "text": "   "}]}, ["reflection.prompts[0].text", "is empty"]),
        (
            {"prompts": [{**GOOD_PROMPT, "min_words": 80, "max_words": 40}]},
            ["reflection.prompts[0]", "'fit'", "min_words 80 is above max_words 40"],
        ),
        ({"prompts": [{**GOOD_PROMPT, "max_words": 0}]}, ["reflection.prompts[0].max_words = 0"]),
        ({"prompts": [{**GOOD_PROMPT, "words": 3}]}, ["reflection.prompts[0].words = 3", "not a setting"]),
    ],
)
def test_reflection_errors_name_the_key_and_the_value(reflection: dict, names: list[str]) -> None:
    text = one_line_error({"reflection": reflection}, names[0])
    for name in names[1:]:
        assert name in text, text


def test_reflection_prompts_and_preset_parse() -> None:
    assert parse_settings({}).reflection.preset is None and parse_settings({}).reflection.prompts == ()
    assert parse_settings({"reflection": {"preset": "deal"}}).reflection.preset == "deal"
    own = parse_settings({"reflection": {"prompts": [GOOD_PROMPT, {"id": "Next_2", "text": " Next? "}]}})
    assert [(p.id, p.text, p.min_words, p.max_words) for p in own.reflection.prompts] == [
        ("fit", "Does the work fit you?", None, None),
        ("Next_2", "Next?", None, None),
    ]


def test_the_default_file_documents_the_reflection_table_with_an_example_that_parses() -> None:
    import tomllib
    from importlib import resources

    text = resources.files("infokit").joinpath("data/default_assignment.toml").read_text("utf-8")
    start = text.index("# [[reflection.prompts]]")
    example = []
    for line in text[start:].splitlines():
        if not line.startswith("#"):
            break
        example.append(line.removeprefix("#").removeprefix(" "))
    parsed = parse_settings(tomllib.loads("\n".join(example)))
    assert [p.id for p in parsed.reflection.prompts] == ["surprise", "next-step"]
    assert parsed.reflection.prompts[1].max_words == 200
    assert parse_settings({}).reflection.prompts == ()  # only an example: the default sets none
