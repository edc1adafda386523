"""Partial samples: a complete sample project cut back so that exactly n steps are done.

What each n leaves in the project is listed in :func:`infokit.sample.sample_project`.
"""

from __future__ import annotations

import random

from infokit.model import Contact, ContactStatus, InterviewNotes, Profile, Project, Reflection, ThankYou
from infokit.settings import default_settings


def _stop_at(project: Project, steps_done: int, seed: int) -> Project:
    """The complete ``project`` cut back so that exactly ``steps_done`` steps are done."""
    rng = random.Random(f"infokit-sample-cut:{seed}")
    p = project.model_copy(deep=True)
    answers = project.reflection.answers
    if steps_done == 6:
        first = next(iter(answers))
        p.reflection = Reflection(
            framework=p.reflection.framework, answers={first: answers[first].split("\n\n")[0]}
        )
        return p
    p.reflection = Reflection(framework=p.reflection.framework)
    p.follow_ups = []
    p.thank_you = ThankYou(text=project.thank_you.text if steps_done == 5 else "")
    last = {5: ContactStatus.INTERVIEWED, 4: ContactStatus.SCHEDULED, 3: ContactStatus.REQUESTED}
    p.contacts = [
        _trim(
            c,
            last.get(steps_done, ContactStatus.IDENTIFIED)
            if c.id == p.interviewee_id
            else ContactStatus.REQUESTED,
        )
        for c in p.contacts
        if c.source != "referral"
    ]
    p.referrals = [r.model_copy(update={"contacted": False, "contact_id": None}) for r in p.referrals]
    if steps_done == 5:
        return p
    p.referrals = []
    p.interview = InterviewNotes()
    p.questions = [q.model_copy(update={"asked": False, "answer_notes": ""}) for q in p.questions]
    if steps_done == 4:
        return p
    p.meeting = None
    if steps_done == 3:
        return p
    p.contacts = [_trim(c, ContactStatus.IDENTIFIED) for c in p.contacts]
    if steps_done == 2:
        p.questions = p.questions[: rng.randint(3, default_settings().limits.question_min - 1)]
        return p
    p.questions = []
    p.research = [note for note in p.research if note.about == "field"]
    if steps_done == 1:
        return p
    p.research = []
    p.interviewee_id = None
    p.contacts = p.contacts[: rng.randint(1, 2)]
    prof = p.profile
    p.profile = Profile(
        name=prof.name,
        student_id=prof.student_id,
        course=prof.course,
        email=prof.email,
        career_interests=prof.career_interests,
    )
    return p


def _trim(contact: Contact, last: ContactStatus) -> Contact:
    history = [change for change in contact.history if change.status.rank <= last.rank]
    return contact.model_copy(update={"history": history})
