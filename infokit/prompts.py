"""Reflection prompts, in the kit's own words, grouped by framework.

Keys are stored in the workspace file, so they never change once released;
the wording shown to students may be improved freely.
"""

from __future__ import annotations

REFLECTION_PROMPTS: dict[str, dict[str, str]] = {
    "prompts": {
        "arranging": (
            "Setting it up: how did finding, contacting and scheduling your interviewee go, "
            "and what would you do differently next time?"
        ),
        "preparation": (
            "Preparation: looking back, which parts of your research and question plan "
            "served you well, and where were you caught unprepared?"
        ),
        "learned": (
            "What you learned: what did you find out about the work that you could not have "
            "read online, and what surprised you?"
        ),
        "fit": (
            "Fit: measured against your values, interests and skills, how well does this career "
            "suit you, and what makes you say so?"
        ),
        "gaps": (
            "Gaps: what did you hope to learn that you still do not know, and would other "
            "people in the field see it differently?"
        ),
        "next_steps": (
            "Next steps: what has this changed in your plans, whom will you talk to next, "
            "and what will you do in the coming weeks?"
        ),
    },
    "deal": {
        "describe": (
            "Describe: say objectively what happened, from the first contact to the "
            "thank-you note: who, where, when, what was discussed."
        ),
        "examine": (
            "Examine: connect the conversation to your goals, your values and what you "
            "have learned in your courses. What fits and what does not?"
        ),
        "articulate": (
            "Articulate your learning: what did you learn, how did you learn it, why does it "
            "matter to you, and what will you do because of it?"
        ),
    },
    "gibbs": {
        "description": "Description: what happened, briefly and in order?",
        "feelings": "Feelings: what were you thinking and feeling before, during and after?",
        "evaluation": "Evaluation: what went well and what went badly?",
        "analysis": "Analysis: why did things go the way they did? What explains it?",
        "conclusion": "Conclusion: what else could you have done, and what have you learned?",
        "fit": "Fit: does this career suit your values, interests and skills? What tells you so?",
        "action_plan": "Action plan: what will you do next time, and what are your next steps?",
    },
}

PREPARATION: dict[str, str] = {
    "research": "I have read up on the field and the organisation",
    "questions": "My questions are printed or on my screen, in order",
    "timing": "I know how long I asked for and will keep to it",
    "route": "I know how to get there or how to join the call, with time to spare",
    "dress": "I know what I will wear and it suits their workplace",
    "contact_details": "I have my contact details (or a card) to give them",
    "confirmed": "I confirmed the day, time and place by email",
}
"""The preparation checklist: key stored in the workspace, label shown to the student."""

FRAMEWORK_LABELS: dict[str, str] = {
    "prompts": "The six course prompts",
    "deal": "DEAL (Describe, Examine, Articulate Learning; Ash and Clayton)",
    "gibbs": "Gibbs' reflective cycle (Gibbs, 1988), with a question on fit",
}
