"""infokit.sample: fictional projects that are complete, deterministic, varied and distinct."""

from __future__ import annotations

import itertools
import json
import re
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from infokit import model
from infokit.errors import WorkspaceExists
from infokit.model import STEPS, ContactStatus, Project, fields, validate_project
from infokit.progress import progress
from infokit.sample import partial_steps, sample_fields, sample_project, write_sample
from infokit.settings import default_settings
from infokit.store import PROJECT_FILE, Workspace, dump, parse

AFTER_TERM = date(2027, 1, 15)
COMPLETE_SEEDS = range(200)


@pytest.fixture(scope="module")
def projects() -> dict[int, Project]:
    return {seed: sample_project(seed) for seed in COMPLETE_SEEDS}


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


def _jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    return len(a & b) / len(a | b)


def _reflection_text(project: Project) -> str:
    return " ".join(project.reflection.answers.values())


# -- determinism --------------------------------------------------------------------------
def test_same_seed_gives_the_same_project_ids_included() -> None:
    first, second = sample_project(7), sample_project(7)
    assert first.model_dump(mode="json") == second.model_dump(mode="json")
    assert first.interviewee_id == second.interviewee_id


def test_ids_come_from_the_seed_not_from_uuid(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> str:
        raise AssertionError("sample ids must come from the seed")

    monkeypatch.setattr(fields.uuid, "uuid4", refuse)
    project = sample_project(3)
    ids = [c.id for c in project.contacts] + [q.id for q in project.questions]
    ids += [n.id for n in project.research] + [r.id for r in project.referrals]
    ids += [f.id for f in project.follow_ups]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[0-9a-f]{10}", i) for i in ids)


def test_different_seeds_give_different_ids() -> None:
    assert sample_project(1).interviewee_id != sample_project(2).interviewee_id


# -- variety ---------------------------------------------------------------------------------
def test_fifty_seeds_give_fifty_different_students(projects: dict[int, Project]) -> None:
    sample = [projects[seed] for seed in range(50)]
    students = {p.profile.name for p in sample}
    interviewees = {p.interviewee.name for p in sample if p.interviewee}
    organisations = {p.interviewee.organization for p in sample if p.interviewee}
    fields = {p.profile.career_interests[0] for p in sample}
    assert len(students) >= 48
    assert len(interviewees) >= 48
    assert len(organisations) >= 35
    assert len(fields) >= 12
    assert len({p.reflection.framework for p in sample}) == 3
    assert len({p.thank_you.text for p in sample}) == 50
    assert len({p.meeting.timezone for p in sample if p.meeting}) >= 8
    assert len({p.meeting.format for p in sample if p.meeting}) == 3


def test_at_least_twelve_careers() -> None:
    assert len(sample_fields()) >= 12


def test_names_include_non_ascii(projects: dict[int, Project]) -> None:
    names = [c.name for p in projects.values() for c in p.contacts] + [
        p.profile.name for p in projects.values()
    ]
    assert sum(not name.isascii() for name in names) >= 40
    everyone = " ".join(names)
    assert any(letter in everyone for letter in "ëễåéøñçł")


def test_some_projects_list_a_relative_who_is_never_the_interviewee(projects: dict[int, Project]) -> None:
    with_relative = [p for p in projects.values() if any(c.relationship == "relative" for c in p.contacts)]
    assert 20 <= len(with_relative) <= 180
    assert any(any(c.relationship == "relative" for c in projects[s].contacts) for s in range(10))
    for p in with_relative:
        assert p.interviewee is not None and not p.interviewee.is_close_tie
        relative = next(c for c in p.contacts if c.relationship == "relative")
        assert relative.source == "family" and relative.status == ContactStatus.IDENTIFIED


# -- completeness and shape ----------------------------------------------------------------------
def test_every_step_is_done_for_seeds_0_to_199(projects: dict[int, Project]) -> None:
    settings = default_settings()
    for seed, project in projects.items():
        steps = progress(project, settings, today=AFTER_TERM)
        assert [s.id for s in steps if not s.done] == [], (seed, [s.missing for s in steps])
        assert [w for s in steps for w in s.warnings] == [], seed


def test_projects_pass_model_validation(projects: dict[int, Project]) -> None:
    for project in projects.values():
        assert validate_project(project.model_dump(mode="json")) == project


def test_json_round_trip_through_the_store() -> None:
    for seed in (0, 11, 42):
        project = sample_project(seed)
        assert parse(dump(project)) == project


def test_dates_fall_in_the_autumn_term_in_order(projects: dict[int, Project]) -> None:
    for seed, p in projects.items():
        person = p.interviewee
        assert person is not None and p.meeting is not None
        assert [c.status for c in person.history] == list(ContactStatus), seed
        held = p.interview.held_on
        assert held is not None and held == person.status_date(ContactStatus.INTERVIEWED)
        assert p.meeting.starts.date() == held and held.weekday() < 5
        assert p.meeting.confirmed_on is not None
        assert person.status_date(ContactStatus.SCHEDULED) <= p.meeting.confirmed_on <= held
        assert p.thank_you.sent_on is not None and 1 <= (p.thank_you.sent_on - held).days <= 2
        assert p.thank_you.sent_on == person.status_date(ContactStatus.THANKED)
        every_day = [change.on for c in p.contacts for change in c.history]
        every_day += [f.due_on for f in p.follow_ups] + [f.done_on for f in p.follow_ups if f.done_on]
        assert all(date(2026, 9, 1) <= day <= date(2026, 12, 31) for day in every_day), seed
        assert any(f.done_on for f in p.follow_ups) and any(f.contact_id == person.id for f in p.follow_ups)
        for other in p.contacts:
            if other.id != person.id:
                assert other.status.rank < ContactStatus.SCHEDULED.rank


def test_the_question_plan_is_well_formed(projects: dict[int, Project]) -> None:
    for seed, p in projects.items():
        questions = p.questions
        assert 9 <= len(questions) <= 12, seed  # about 8 to 12 fill the default 25 minutes
        assert questions[0].phase == "opening"
        assert questions[-1].category == "catch-all"
        assert questions[-2].category == "referrals"
        assert not any(q.sensitive for q in questions[: len(questions) // 3]), seed
        sensitive = [i for i, q in enumerate(questions) if q.sensitive]
        core = [i for i, q in enumerate(questions) if q.phase == "core" and not q.sensitive]
        assert not sensitive or min(sensitive) > max(core), seed
        own = [q for q in questions if q.bank_id is None]
        assert 1 <= len(own) <= 3
        assert {q.tiara for q in questions} == set(model.TIARA_AREAS), seed
        assert all(q.minutes > 0 and 1 <= q.priority <= 3 for q in questions)
        answered = [q for q in questions if q.answer_notes]
        assert len(answered) >= len(questions) - 2 and all(q.asked for q in answered)
        assert len({q.answer_notes for q in answered}) == len(answered), seed
        assert p.meeting is not None and p.meeting.planned_minutes >= sum(q.minutes for q in questions)


def test_the_question_checker_finds_nothing_to_warn_about() -> None:
    from infokit.questions import check_plan

    settings = default_settings()
    for seed in range(40):
        p = sample_project(seed)
        assert p.meeting is not None
        report = check_plan(
            p.questions,
            settings=settings,
            meeting_minutes=p.meeting.planned_minutes,
            research=[note.text for note in p.research],
        )
        problems = [f for f in report.findings if f.severity != "info"]
        problems += [f for r in report.results for f in r.findings if f.severity != "info"]
        assert problems == [], (seed, [str(f) for f in problems])


def test_the_thank_you_is_specific_and_on_time() -> None:
    from infokit.outreach.check import check_message

    for seed in range(40):
        p = sample_project(seed)
        assert check_message(p.thank_you.text, "thank-you", project=p) == [], seed
        assert p.interviewee is not None and p.interviewee.name.split()[0] in p.thank_you.text
        assert p.profile.name in p.thank_you.text


def test_research_mentions_and_referrals(projects: dict[int, Project]) -> None:
    for seed, p in projects.items():
        assert 2 <= len(p.research) <= 4 and {n.about for n in p.research} == {"field", "organization"}
        assert all(n.source for n in p.research)
        assert 3 <= len(p.interview.mentions) <= 6, seed
        assert {"publication", "organization", "trend"} <= {m.kind for m in p.interview.mentions}
        assert 1 <= len(p.referrals) <= 3
        linked = [r for r in p.referrals if r.contact_id]
        assert len(linked) == 1 and linked[0].contacted
        contact = p.contact(linked[0].contact_id or "")
        assert contact is not None and contact.source == "referral"
        assert p.interviewee is not None and contact.referred_by == p.interviewee.name
        assert p.interview.observations and p.interview.interviewee_interests and p.interview.free_notes


def test_contact_details_are_fictional(projects: dict[int, Project]) -> None:
    phone = re.compile(r"\(\d{3}\) 555-01\d\d|0\d{2,3} (7946|496) 0\d{3}|\(0\d\) 5550 \d{4}")
    for p in projects.values():
        emails = [p.profile.email] + [c.email for c in p.contacts if c.email]
        assert all(re.search(r"(^|[.@])example\.(org|com|net)$", e) for e in emails), emails
        phones = [p.profile.phone] + [c.phone for c in p.contacts if c.phone]
        assert all(phone.fullmatch(number) for number in phones), phones
        assert p.meeting is not None
        if p.meeting.format == "video":
            assert p.meeting.place.startswith("https://meet.example.com/")
        if p.meeting.format == "in-person":
            assert p.meeting.directions


def test_text_has_no_placeholders_or_template_leftovers(projects: dict[int, Project]) -> None:
    bad = re.compile(r"[{}]|\[insert|\bTODO\b|lorem|ipsum|\s{2,}(?!\S)|  \S| on on |\bthe the\b", re.I)
    for seed, p in projects.items():
        for text in _strings(p.model_dump(mode="json")):
            for line in text.split("\n"):
                assert not bad.search(line), (seed, line)


# -- reflections --------------------------------------------------------------------------------
def test_reflections_answer_every_prompt_at_a_good_length(projects: dict[int, Project]) -> None:
    from infokit.prompts import REFLECTION_PROMPTS

    for seed, p in projects.items():
        reflection = p.reflection
        assert set(reflection.answers) == set(REFLECTION_PROMPTS[reflection.framework])
        assert 450 <= reflection.word_count() <= 900, (seed, reflection.word_count())


def test_reflections_of_different_students_are_not_alike(projects: dict[int, Project]) -> None:
    shingles = {seed: _shingles(_reflection_text(p)) for seed, p in projects.items() if seed < 80}
    worst = max(_jaccard(shingles[a], shingles[b]) for a, b in itertools.combinations(shingles, 2))
    assert worst < 0.5


def test_reflections_differ_even_for_the_same_career_and_framework(projects: dict[int, Project]) -> None:
    groups: dict[tuple[str, str], list[Project]] = {}
    for p in projects.values():
        groups.setdefault((p.profile.career_interests[0], p.reflection.framework), []).append(p)
    pairs = [pair for group in groups.values() for pair in itertools.combinations(group, 2)]
    assert len(pairs) > 50
    for a, b in pairs:
        assert _jaccard(_shingles(_reflection_text(a)), _shingles(_reflection_text(b))) < 0.5


# -- incomplete projects --------------------------------------------------------------------------
@pytest.mark.parametrize("steps_done", range(len(STEPS) + 1))
def test_steps_done_leaves_exactly_that_many_steps_done(steps_done: int) -> None:
    settings = default_settings()
    for seed in range(25):
        project = sample_project(seed, steps_done=steps_done)
        validate_project(project.model_dump(mode="json"))
        done = [s.done for s in progress(project, settings, today=AFTER_TERM)]
        assert done == [True] * steps_done + [False] * (len(STEPS) - steps_done), seed


def test_incomplete_is_the_same_student_stopped_at_the_seeded_step() -> None:
    settings = default_settings()
    counts = {partial_steps(seed) for seed in range(100)}
    assert counts == set(range(len(STEPS)))
    for seed in range(30):
        partial = sample_project(seed, complete=False)
        assert partial.profile.name == sample_project(seed).profile.name
        assert partial == sample_project(seed, complete=False)
        done = [s.done for s in progress(partial, settings, today=AFTER_TERM)]
        assert done == [True] * partial_steps(seed) + [False] * (len(STEPS) - partial_steps(seed))


@pytest.mark.parametrize("bad", [-1, 8, True])
def test_steps_done_out_of_range_is_refused(bad: int) -> None:
    with pytest.raises(ValueError, match="steps_done"):
        sample_project(0, steps_done=bad)


# -- write_sample --------------------------------------------------------------------------------
def _files(root: Path) -> set[Path]:
    return {path for path in root.rglob("*")}


def test_write_sample_saves_the_project_inside_the_folder_only(tmp_path: Path) -> None:
    before = _files(tmp_path)
    folder = tmp_path / "student"
    workspace = write_sample(folder, seed=5)
    assert isinstance(workspace, Workspace) and workspace.path == folder
    assert workspace.load() == sample_project(5)
    assert all(path == folder or folder in path.parents for path in _files(tmp_path) - before)
    assert (folder / PROJECT_FILE).is_file()


def test_write_sample_refuses_to_replace_work_without_force(tmp_path: Path) -> None:
    folder = tmp_path / "student"
    write_sample(str(folder), seed=1)
    with pytest.raises(WorkspaceExists):
        write_sample(folder, seed=2)
    assert Workspace(folder).load() == sample_project(1)


def test_write_sample_with_force_replaces_and_keeps_a_backup(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "student")
    write_sample(workspace, seed=1)
    assert write_sample(workspace, seed=2, force=True) is workspace
    assert workspace.load() == sample_project(2)
    backups = workspace.backups()
    assert len(backups) == 1
    assert parse(backups[0].read_text("utf-8")) == sample_project(1)


# -- data files and speed ----------------------------------------------------------------------
def test_field_files_hold_everything_a_sample_draws_on() -> None:
    from infokit.questions.bank import categories

    plan = json.loads(resources.files("infokit").joinpath("data/sample/plan.json").read_text("utf-8"))
    root = resources.files("infokit").joinpath("data/sample/fields")
    minimum = {"roles": 3, "orgs": 3, "org_notes": 3, "org_sources": 2, "field_notes": 3, "goals": 3,
               "skills": 3, "interests": 2, "values": 2, "questions": 3, "observations": 2,
               "their_interests": 2, "publications": 2, "organizations": 2, "trends": 2, "takeaways": 3,
               "surprises": 2, "gaps": 2, "downsides": 2, "course_links": 2, "next_actions": 3,
               "referral_roles": 3, "relative_roles": 2, "related": 2}  # fmt: skip
    for file in root.iterdir():
        field = json.loads(file.read_text("utf-8"))
        for key, count in minimum.items():
            assert len(field[key]) >= count, (file.name, key)
        for question in field["questions"]:
            assert question["category"] in categories() and question["category"] in plan["core_order"]
            assert len(question["answers"]) >= 2
        topics = {"path", "day", "skills", "rewarding", "hard", "training", "progression", "trends"}
        assert topics <= set(field["answers"]), file.name
