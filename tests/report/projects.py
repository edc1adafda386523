"""Projects for the report tests, built in memory (nothing is read from the source tree)."""

from __future__ import annotations

from datetime import date, datetime

from infokit.model import (
    Contact,
    FollowUp,
    InterviewNotes,
    Meeting,
    Mention,
    MessageCopy,
    Profile,
    Project,
    Question,
    Referral,
    Reflection,
    ResearchNote,
    StatusChange,
    ThankYou,
)
from infokit.prompts import PREPARATION

INTERVIEWEE_EMAIL = "dana.ruiz@northwind.example"
INTERVIEWEE_PHONE = "+1 (312) 555-0148"
OTHER_EMAIL = "sam.okafor@lakeside.example"
OTHER_PHONE = "+1 312 555 0199"

_ANSWERS = {
    "arranging": (
        "Finding someone took longer than I expected. My first two requests went unanswered, so I "
        "went to a meeting of the local data association and asked the organiser for suggestions. "
        "She introduced me to Dana, who replied within a day. Scheduling across our calendars was "
        "easy once I offered three concrete slots instead of asking when she was free.\n\n"
        "Next time I would start earlier and send a short follow-up after three business days "
        "rather than waiting a full week."
    ),
    "preparation": (
        "Reading the hospital network's annual report helped me ask about the move to cloud "
        "analytics, and Dana seemed pleased that I knew about it. My questions about day-to-day "
        "work were too broad, though: she asked me to be more specific twice. I was not ready "
        "for her question about which tools I already use, and I answered vaguely. I should have "
        "prepared a short summary of my own projects and skills before the call."
    ),
    "learned": (
        "I learned that most of a data engineer's week is spent on reliability rather than new "
        "pipelines: monitoring, fixing broken feeds and talking to the clinical teams who depend "
        "on the data. That surprised me because job postings emphasise building new systems. "
        "She also explained how privacy rules shape every design decision in health care, which "
        "no article I read made as concrete. The team values clear writing as much as code. "
        "When I asked what makes a junior engineer stand out, she said curiosity about where the data "
        "comes from and the patience to document what you find, which I had never seen in a job ad."
    ),
    "fit": (
        "The fit is good on values and interests: I care about work that helps patients without "
        "meeting them, and Dana's team does exactly that. On skills I am halfway there. I can write "
        "SQL and some Python, but I have never run anything in production or been on call, and she "
        "made clear that those habits matter more than clever code."
    ),
    "gaps": (
        "I still do not know how people move from analyst roles into engineering, because Dana "
        "came from software development. I also wonder whether smaller organisations without a "
        "compliance team see the work differently. Talking to someone at a start-up would give "
        "me a second view, and the referral she offered may help with that. I would also like to "
        "understand salary ranges better, which felt too sensitive to ask about directly."
    ),
    "next_steps": (
        "This conversation made me more confident that I want to work with data in health care. "
        "Over the next month I will take the database course next term, finish a small pipeline "
        "project with public hospital data, and contact the two people Dana suggested. I will "
        "send Dana a short update in April to thank her again and tell her what I did with her "
        "advice, and I will join the association's student mailing list. "
        "I will also keep a short log of every conversation like this one, so that I can see over the "
        "year how my questions and my plans change."
    ),
}

_QUESTIONS = [
    ("How did you get started in data engineering?", "background", "insights", "opening"),
    ("What does a typical week look like for you?", "daily-work", "insights", "core"),
    ("Which parts of the job take more time than people expect?", "daily-work", "insights", "core"),
    ("How is the move to cloud analytics changing your team?", "trends", "trends", "core"),
    ("Which skills matter most for someone starting out?", "skills", "advice", "core"),
    ("What would you do differently if you started again?", "advice", "advice", "core"),
    ("Which professional groups or newsletters do you follow?", "resources", "resources", "core"),
    ("What small project could I do to test my interest?", "assignments", "assignments", "core"),
    ("How do privacy rules shape your design decisions?", "industry", "trends", "core"),
    ("What do you enjoy most about working in health care?", "values", "insights", "core"),
    ("Is there anything I should have asked but did not?", "closing", None, "closing"),
    ("Who else would you suggest I talk to?", "closing", "resources", "closing"),
]


def complete_project() -> Project:
    """A finished assignment: every step done, every section filled, realistic text."""
    dana = Contact(
        id="dana",
        name="Dana Ruiz",
        role="Senior data engineer",
        organization="Northwind Health",
        source="association",
        relationship="acquaintance",
        preferred_channel="email",
        email=INTERVIEWEE_EMAIL,
        phone=INTERVIEWEE_PHONE,
        notes="Works on the hospital network's data platform, the kind of job I want in five years.\n\n"
        "Introduced by the data association's organiser, so a warm but not close contact.",
        history=[
            StatusChange(status="requested", on=date(2026, 3, 3)),
            StatusChange(status="scheduled", on=date(2026, 3, 6), note="30 minutes by video"),
            StatusChange(status="interviewed", on=date(2026, 3, 14)),
            StatusChange(status="thanked", on=date(2026, 3, 15)),
            StatusChange(status="followed-up", on=date(2026, 3, 28)),
        ],
    )
    sam = Contact(
        id="sam",
        name="Sam Okafor",
        role="Analytics manager",
        organization="Lakeside Clinics",
        source="online-network",
        email=OTHER_EMAIL,
        phone=OTHER_PHONE,
        history=[StatusChange(status="requested", on=date(2026, 3, 2))],
    )
    priya = Contact(
        id="priya", name="Priya Shah", role="Data analyst", organization="City Hospital", source="faculty"
    )
    questions = []
    for i, (text, category, tiara, phase) in enumerate(_QUESTIONS):
        asked = i != 6
        notes = f"She said: notes on question {i + 1}." if asked else ""
        questions.append(
            Question(
                id=f"q{i + 1}",
                text=text,
                category=category,
                tiara=tiara,
                phase=phase,
                asked=asked,
                answer_notes=notes,
            )
        )
    return Project(
        profile=Profile(
            name="Ada Lovelace",
            student_id="s1234567",
            course="CAREER 101",
            email="ada@student.example",
            career_interests=["Data engineering", "Health informatics"],
            learning_goals=["What the daily work is like", "Which skills to build first"],
            values=["Helping people", "Learning"],
            interests=["Databases", "Public health"],
            skills=["Python", "SQL", "Writing"],
        ),
        contacts=[dana, sam, priya],
        interviewee_id="dana",
        research=[
            ResearchNote(
                id="r1",
                about="field",
                text="Data engineers build and run the pipelines that "
                "feed analytics; demand is growing fastest in health care.",
                source="https://www.bls.gov/ooh/",
                added_on=date(2026, 2, 20),
            ),
            ResearchNote(
                id="r2",
                about="field",
                text="Cloud data platforms are replacing on-site warehouses.",
                source="Data Engineering Weekly, issue 212",
            ),
            ResearchNote(
                id="r3",
                about="organization",
                text="Northwind Health runs 14 hospitals and moved its analytics to the cloud in 2024.",
                source="Northwind Health annual report 2025",
                added_on=date(2026, 2, 25),
            ),
        ],
        questions=questions,
        meeting=Meeting(
            contact_id="dana",
            starts=datetime(2026, 3, 14, 10, 30),
            timezone="America/Chicago",
            planned_minutes=25,
            format="video",
            place="Video link in the calendar invitation",
            confirmed_on=date(2026, 3, 10),
        ),
        interview=InterviewNotes(
            held_on=date(2026, 3, 14),
            actual_minutes=32,
            free_notes="Most of the week goes to reliability work.\nNew pipelines are maybe a fifth of it."
            "\n\nWriting clear design documents matters as much as code.",
            observations="Dana joined from a quiet office; the team seems collaborative and unhurried.",
            interviewee_interests="Mentoring students; open-source data tools; cycling.",
            mentions=[
                Mention(kind="person", text="Lee Park", note="leads the analytics team"),
                Mention(kind="organization", text="Chicago Data Association"),
                Mention(kind="publication", text="Designing Data-Intensive Applications"),
                Mention(kind="trend", text="Privacy-preserving analytics"),
            ],
        ),
        referrals=[
            Referral(
                id="ref1",
                name="Lee Park",
                role="Analytics lead",
                organization="Northwind Health",
                may_use_name=True,
                note="Email after April 1",
            ),
            Referral(
                id="ref2", name="Jo Chen", role="Founder", organization="Small start-up", may_use_name=False
            ),
        ],
        thank_you=ThankYou(
            text="Dear Ms Ruiz,\n\nThank you for taking the time to talk with me on Saturday. Your advice "
            "about reliability work changed how I think about the field.\n\nBest regards,\nAda",
            sent_on=date(2026, 3, 15),
            channel="email",
        ),
        follow_ups=[
            FollowUp(
                id="f1",
                action="Send Dana an update on my pipeline project",
                due_on=date(2026, 4, 20),
                contact_id="dana",
            ),
            FollowUp(id="f2", action="Email Lee Park", due_on=date(2026, 4, 2), done_on=date(2026, 3, 28)),
        ],
        reflection=Reflection(framework="prompts", answers=_ANSWERS),
        preparation={key: key != "dress" for key in PREPARATION},
        messages={
            "request-email": MessageCopy(
                text="Subject: A 20-minute conversation about data engineering\n\nDear Ms Ruiz,\n\n"
                "Ana Ortiz of the data association suggested I write to you...",
                sent_on=date(2026, 3, 3),
            ),
            "confirmation": MessageCopy(
                text="Subject: Confirming Saturday 14 March, 10:30", sent_on=date(2026, 3, 10)
            ),
            "follow-up": MessageCopy(text="A draft I did not need to send."),
        },
    )
