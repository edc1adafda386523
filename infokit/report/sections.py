"""What each section of the report shows: plain data computed from the project and settings.

No markup here (that is the templates' job, see :mod:`infokit.report.render`)
and no rule of its own: what is done or missing comes from
:mod:`infokit.progress`, question advice from :mod:`infokit.questions`, numbers
from the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from infokit import essay
from infokit.model import SOURCES, Project
from infokit.outreach.kinds import KINDS as MESSAGE_KINDS
from infokit.plots.timeline import TimelineEvent
from infokit.progress import StepStatus
from infokit.prompts import PREPARATION
from infokit.questions import PlanReport
from infokit.settings import Settings

RELATIONSHIPS = {
    "none": "No prior relationship",
    "acquaintance": "Acquaintance",
    "relative": "Relative",
    "close-friend": "Close friend",
}
FORMATS = {"in-person": "In person", "phone": "Phone call", "video": "Video call"}
MENTION_KINDS = {
    "person": "People",
    "organization": "Organisations",
    "publication": "Publications",
    "trend": "Trends",
    "other": "Other",
}
CHANNELS = {"email": "Email", "card": "Card", "letter": "Letter", "message": "Message"}


@dataclass(frozen=True)
class Facts:
    """Everything a section may read, computed once per report."""

    project: Project
    settings: Settings
    steps: list[StepStatus]
    plan: PlanReport
    """The question checker's report on the plan."""
    events: list[TimelineEvent]
    exported_at: datetime
    include_contact_details: bool
    version: str


def cover(f: Facts) -> dict[str, Any]:
    profile, assignment = f.project.profile, f.settings.assignment
    return {
        "name": profile.name,
        "student_id": profile.student_id,
        "course": assignment.course or profile.course,
        "title": assignment.title,
        "exported_at": f.exported_at,
        "version": f.version,
        "contact_details": f.include_contact_details,
        "title_page": title_page(f),
    }


def checklist(f: Facts) -> dict[str, Any]:
    return {"steps": f.steps, "done": sum(step.done for step in f.steps)}


def profile(f: Facts) -> dict[str, Any]:
    p = f.project.profile
    lists = [
        ("Careers I am curious about", p.career_interests),
        ("What I want to learn from the interview", p.learning_goals),
        ("My values", p.values),
        ("My interests", p.interests),
        ("My skills", p.skills),
    ]
    return {"name": p.name, "course": p.course, "lists": lists}


def interviewee(f: Facts) -> dict[str, Any]:
    project = f.project
    person = project.interviewee
    others = [
        {"name": c.name, "role": c.role, "organization": c.organization, "status": c.status.value}
        for c in project.contacts
        if c.id != project.interviewee_id
    ]
    if person is None:
        return {"person": None, "others": others}
    return {
        "person": {
            "name": person.name,
            "role": person.role,
            "organization": person.organization,
            "source": SOURCES[person.source],
            "referred_by": person.referred_by,
            "relationship": RELATIONSHIPS[person.relationship],
            "close_tie": person.is_close_tie,
            "notes": person.notes,
            "status": person.status.value.replace("-", " "),
            "history": [
                {"status": h.status.value.replace("-", " "), "on": h.on, "note": h.note}
                for h in person.history
            ],
            "email": person.email if f.include_contact_details else "",
            "phone": person.phone if f.include_contact_details else "",
        },
        "contact_details": f.include_contact_details,
        "others": others,
    }


def research(f: Facts) -> dict[str, Any]:
    groups = []
    for about, label in (("field", "The field"), ("organization", "The organisation")):
        notes = [n for n in f.project.research if n.about == about]
        groups.append({"label": label, "about": about, "notes": notes})
    return {"groups": groups}


def questions(f: Facts) -> dict[str, Any]:
    limits = f.settings.limits
    flags = [result.findings for result in f.plan.results]
    rows = [
        {
            "n": i,
            "text": q.text,
            "category": q.category,
            "tiara": q.tiara or "",
            "phase": q.phase,
            "asked": q.asked,
            "answer_notes": q.answer_notes,
            "flags": flags[i - 1] if i <= len(flags) else [],
        }
        for i, q in enumerate(f.project.questions, start=1)
    ]
    covered = sorted({q.tiara for q in f.project.questions if q.tiara})
    return {
        "rows": rows,
        "asked": sum(q.asked for q in f.project.questions),
        "limits": (limits.question_min, limits.question_max),
        "tiara": covered,
        "findings": f.plan.findings,
        "flagged": sum(bool(found) for found in flags),
        "minutes": (f.plan.total_minutes, f.plan.budget_minutes),
    }


def meeting(f: Facts) -> dict[str, Any]:
    outreach = {"messages": _messages(f.project), "preparation": _preparation(f.project)}
    m = f.project.meeting
    if m is None:
        return {"meeting": None, **outreach}
    offset = m.starts_at.strftime("%z")
    course_zone = f.settings.assignment.timezone
    course_time = None
    if course_zone != m.timezone:
        course_time = m.starts_at.astimezone(ZoneInfo(course_zone))
    person = f.project.contact(m.contact_id) if m.contact_id else f.project.interviewee
    return {
        "meeting": {
            "starts": m.starts,
            "time": m.starts.strftime("%H:%M"),
            "timezone": m.timezone,
            "offset": f"UTC{offset[:3]}:{offset[3:]}",
            "course_time": course_time.strftime("%H:%M") if course_time else "",
            "course_day": course_time,
            "course_zone": course_zone,
            "format": FORMATS[m.format],
            "place": m.place,
            "directions": m.directions,
            "planned_minutes": m.planned_minutes,
            "confirmed_on": m.confirmed_on,
            "with": person.name if person else "",
        },
        **outreach,
    }


def _messages(project: Project) -> list[dict[str, Any]]:
    """The student's copies of the outreach messages, in the kit's order of kinds."""
    order = list(MESSAGE_KINDS)
    copies = sorted(
        project.messages.items(), key=lambda item: order.index(item[0]) if item[0] in order else 99
    )
    return [
        {"label": MESSAGE_KINDS.get(kind, kind), "text": copy.text, "sent_on": copy.sent_on}
        for kind, copy in copies
        if copy.text or copy.sent_on
    ]


def _preparation(project: Project) -> list[dict[str, Any]]:
    if not any(project.preparation.values()):
        return []
    return [
        {"label": label, "done": project.preparation.get(key, False)} for key, label in PREPARATION.items()
    ]


def interview(f: Facts) -> dict[str, Any]:
    notes = f.project.interview
    planned = f.project.meeting.planned_minutes if f.project.meeting else None
    groups = []
    for kind, label in MENTION_KINDS.items():
        items = [m for m in notes.mentions if m.kind == kind]
        if items:
            groups.append({"label": label, "entries": items})
    return {
        "held_on": notes.held_on,
        "actual": notes.actual_minutes,
        "planned": planned,
        "free_notes": notes.free_notes,
        "observations": notes.observations,
        "interests": notes.interviewee_interests,
        "mentions": groups,
    }


def referrals(f: Facts) -> dict[str, Any]:
    return {"referrals": f.project.referrals}


def after(f: Facts) -> dict[str, Any]:
    project = f.project
    thanks = project.thank_you
    days = None
    if thanks.sent_on and project.interview.held_on:
        days = (thanks.sent_on - project.interview.held_on).days
    follow_ups = []
    for item in project.follow_ups:
        contact = project.contact(item.contact_id) if item.contact_id else None
        follow_ups.append(
            {
                "action": item.action,
                "due_on": item.due_on,
                "done_on": item.done_on,
                "with": contact.name if contact else "",
            }
        )
    return {
        "text": thanks.text,
        "sent_on": thanks.sent_on,
        "channel": CHANNELS[thanks.channel],
        "days": days,
        "days_max": f.settings.limits.thank_you_days_max,
        "follow_ups": follow_ups,
    }


def reflection(f: Facts) -> dict[str, Any]:
    r = f.project.reflection
    limits = f.settings.limits
    answers = [
        {"prompt": prompt, "answer": r.answers.get(key, ""), "words": len(r.answers.get(key, "").split())}
        for key, prompt in essay.shown_prompts(r.framework, r.answers, f.settings)
    ]
    required = essay.required_framework(f.settings)
    if required is not None and required != r.framework:  # the prompts asked for, unanswered
        answers += [
            {"prompt": p.text, "answer": "", "words": 0} for p in essay.prompts_of(required, f.settings)
        ]
    total = r.word_count()
    return {
        "framework": essay.framework_label(r.framework),
        "wrong": (essay.wrong_framework(r.framework, f.settings) or "") if total else "",
        "answers": answers,
        "total": total,
        "min": limits.reflection_min_words,
        "max": limits.reflection_max_words,
    }


def timeline(f: Facts) -> dict[str, Any]:
    return {"events": f.events}


SECTIONS: tuple[tuple[str, str, Callable[[Facts], dict[str, Any]]], ...] = (
    ("checklist", "Checklist", checklist),
    ("profile", "Profile and goals", profile),
    ("interviewee", "The interviewee", interviewee),
    ("research", "Research", research),
    ("questions", "Questions", questions),
    ("meeting", "Outreach and meeting", meeting),
    ("interview", "Interview notes", interview),
    ("referrals", "Referrals", referrals),
    ("after", "Thank-you and follow-ups", after),
    ("reflection", "Reflection", reflection),
    ("timeline", "Timeline", timeline),
)
"""Every section after the cover, in order: id (cell id, template name), heading, data."""


# --- Report sections and the title page (issue 13) -------------------------------------

ASSIGNED_HEADING = "Report sections"
"""The kit's heading above the sections the assignment defines (their titles come from settings)."""


def assigned(f: Facts) -> dict[str, Any]:
    """The assignment's own report sections, in the settings' order, with the student's text."""
    rows = []
    for spec in f.settings.sections:
        written = f.project.sections.get(spec.id)
        rows.append(
            {
                "id": spec.id,
                "title": spec.title,
                "text": written.text if written else "",
                "words": written.word_count() if written else 0,
                "min": spec.min_words,
                "max": spec.max_words,
                "needs_references": spec.references,
                "citation_style": spec.citation_style,
                "references": list(written.references) if written else [],
            }
        )
    return {"sections": rows}


def title_page(f: Facts) -> dict[str, Any] | None:
    """The interviewee's details for the report's first page, when the assignment asks for them."""
    if not f.settings.report.title_page:
        return None
    person = f.project.interviewee
    if person is None:
        return {"person": None}
    return {
        "person": {
            "name": person.name,
            "role": person.role,
            "organization": person.organization,
            "address": person.address,
            "phone": person.phone,
            "email": person.email,
        }
    }


# --- end of report sections --------------------------------------------------------------
