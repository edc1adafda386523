"""Notebook 05: the report sections the instructor's assignment asks for."""

from __future__ import annotations

from collections.abc import Iterable

from infokit.actions._base import WorkspaceLike, _lines, _ws
from infokit.errors import InvalidValue, show
from infokit.model import ReportSection, make, set_field
from infokit.settings import Settings, load_settings


def set_section(
    section_id: str,
    *,
    text: str | None = None,
    references: str | Iterable[str] | None = None,
    settings: Settings | None = None,
    workspace: WorkspaceLike = None,
) -> ReportSection:
    """Save the text and/or references (a list, or text with one per line) of a report section
    the assignment defines; what is not given is kept as saved."""
    settings = settings if settings is not None else load_settings()
    if settings.section(section_id) is None:
        known = ", ".join(s.id for s in settings.sections)
        named = show(section_id) or "with that id"
        reason = (
            f"The assignment has no report section {named} (its sections are {known})"
            if known
            else "The assignment asks for no report sections of its own"
        )
        raise InvalidValue.says("sections", section_id, reason)
    path = f"sections.{section_id}"
    with _ws(workspace).update() as p:
        current = p.sections.get(section_id) or make(ReportSection, path)
        if text is not None:
            set_field(current, "text", text, path)
        if references is not None:
            entries = [line.strip() for line in _lines(references) if line.strip()]
            set_field(current, "references", entries, path)
        sections = dict(p.sections)
        if current.text or current.references:
            sections[section_id] = current
        else:
            sections.pop(section_id, None)
        p.sections = sections
        return current
