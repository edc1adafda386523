"""Which reflection prompts apply to a project under an assignment's settings.

The one place that answers it: the instructor's own ``[[reflection.prompts]]`` when the
settings give them, else the framework ``[reflection] preset`` locks, else the kit's
framework the student chose (infokit.prompts). Every consumer (progress, validate,
grading, the report, the form) asks here rather than indexing REFLECTION_PROMPTS.
"""

from __future__ import annotations

from dataclasses import dataclass

from infokit.labels import opening, prompt_label
from infokit.prompts import FRAMEWORK_LABELS, REFLECTION_PROMPTS
from infokit.settings import Settings

ASSIGNMENT = "assignment"
"""The framework name a Reflection stores when it answers the assignment's own prompts."""

ASSIGNMENT_LABEL = "The assignment's own prompts"


@dataclass(frozen=True)
class AppliedPrompt:
    id: str
    text: str
    min_words: int
    max_words: int | None = None

    @property
    def label(self) -> str:
        """A short readable name for messages: the start of the prompt's text."""
        return opening(self.text)


def own_prompts(settings: Settings) -> bool:
    """Whether the assignment sets its own prompts (students answer exactly those)."""
    return bool(settings.reflection.prompts)


def required_framework(settings: Settings) -> str | None:
    """The framework every student must answer, or None when students choose."""
    if own_prompts(settings):
        return ASSIGNMENT
    return settings.reflection.preset


def framework_for(chosen: str, settings: Settings) -> str:
    """The framework whose prompts a student answering ``chosen`` is asked under ``settings``."""
    return required_framework(settings) or (chosen if chosen in REFLECTION_PROMPTS else "prompts")


def framework_label(framework: str) -> str:
    return ASSIGNMENT_LABEL if framework == ASSIGNMENT else FRAMEWORK_LABELS.get(framework, framework)


def prompts_of(framework: str, settings: Settings) -> tuple[AppliedPrompt, ...]:
    """The prompts of ``framework`` (a kit framework, or the assignment's) with their limits."""
    least = settings.limits.reflection_prompt_min_words
    if framework == ASSIGNMENT:
        return tuple(
            AppliedPrompt(p.id, p.text, least if p.min_words is None else p.min_words, p.max_words)
            for p in settings.reflection.prompts
        )
    return tuple(
        AppliedPrompt(key, text, least) for key, text in REFLECTION_PROMPTS.get(framework, {}).items()
    )


def applicable_prompts(chosen: str, settings: Settings) -> tuple[AppliedPrompt, ...]:
    """The prompts a student who picked ``chosen`` must answer under ``settings``."""
    return prompts_of(framework_for(chosen, settings), settings)


def wrong_framework(chosen: str, settings: Settings) -> str | None:
    """Plain words when the reflection answers another framework than the assignment requires."""
    required = required_framework(settings)
    if required is None or chosen == required:
        return None
    return (
        f"the reflection answers {framework_label(chosen)}, but this assignment asks for"
        f" {framework_label(required)}"
    )


def stray_answers(framework: str, answers: dict[str, str], settings: Settings) -> list[str]:
    """The ids a reflection on the assignment's own prompts answers that ``settings`` do not set
    (the instructor changed the prompts, or the report is read with another assignment's file)."""
    if framework != ASSIGNMENT:
        return []
    known = {p.id for p in settings.reflection.prompts}
    return [key for key, text in answers.items() if text.strip() and key not in known]


def named_ids(ids: list[str], limit: int = 24) -> str:
    """Prompt ids for a one-line message: printable, each shortened, comma-separated."""
    shown = ("".join(c if c.isprintable() else "?" for c in key[:limit]) for key in ids)
    return ", ".join(shown)


def own_texts(settings: Settings) -> dict[str, str]:
    """The assignment's own prompts, id to text (for :func:`infokit.labels.label`)."""
    return {p.id: p.text for p in settings.reflection.prompts}


def all_prompt_texts(settings: Settings | None = None) -> list[str]:
    """Every prompt text a student may have been shown (to discount it in similarity checks)."""
    texts = [text for prompts in REFLECTION_PROMPTS.values() for text in prompts.values()]
    if settings is not None:
        texts.extend(p.text for p in settings.reflection.prompts)
    return texts


def shown_prompts(framework: str, answers: dict[str, str], settings: Settings) -> list[tuple[str, str]]:
    """(id, prompt text) to show a reflection by: the prompts of its framework under ``settings``,
    then any other answered id by itself (an assignment prompt these settings do not name)."""
    shown = [(p.id, p.text) for p in prompts_of(framework, settings)]
    known = {key for key, _ in shown}
    return shown + [
        (key, f"Prompt {prompt_label(key)}, which this assignment does not set")
        for key in answers
        if key not in known
    ]
