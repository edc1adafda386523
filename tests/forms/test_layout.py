"""Every field a form shows is visible and owns its layout.

ipywidgets shares one ``Layout`` object between all the widgets given it, so a
form that hides one field through a shared layout hides every field built with
it: in notebook 05 the single-message thank-you form once hid "Sent as", the
referral picker, the follow-up fields and every reflection box.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as w
import pytest

from infokit.forms import after, contacts, interview, outreach, questions, research, start, submit

FORMS = {
    "00": [start.profile_form, start.backup_panel],
    "01": [contacts.contacts_form, research.research_form],
    "02": [questions.plan_form, questions.bank_form, questions.own_question_form],
    "03": [outreach.request_drafts, outreach.request_form, outreach.meeting_form, outreach.checklist_form],
    "04": [interview.notes_form, interview.mentions_form, interview.referrals_form],
    "05": [
        after.thank_you_draft,
        after.sent_form,
        after.referral_contacts_form,
        after.referrer_update_draft,
        after.follow_ups_form,
        after.reflection_form,
    ],
    "06": [submit.progress_form, submit.export_form],
}


@pytest.fixture
def sample_workspace(workspace_dir: Any) -> Any:
    from infokit.sample import write_sample

    return write_sample(workspace_dir, seed=3)


def _walk(widget: Any) -> Any:
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def _notebook_forms(step: str, workspace: Any) -> list[Any]:
    return [make(workspace=workspace) for make in FORMS[step]]


@pytest.mark.parametrize("step", sorted(FORMS))
def test_no_two_widgets_of_a_notebook_share_a_layout(step: str, sample_workspace: Any) -> None:
    owners: dict[int, str] = {}
    for form in _notebook_forms(step, sample_workspace):
        for widget in _walk(form.box):
            layout = getattr(widget, "layout", None)
            if layout is None:
                continue
            name = f"{type(form).__name__}/{type(widget).__name__} {getattr(widget, 'description', '')!r}"
            assert id(layout) not in owners, f"{name} shares its layout with {owners[id(layout)]}"
            owners[id(layout)] = name


@pytest.mark.parametrize("step", sorted(FORMS))
def test_every_input_of_a_notebook_is_visible(step: str, sample_workspace: Any) -> None:
    hidden = []
    for form in _notebook_forms(step, sample_workspace):
        for widget in _walk(form.box):
            if not isinstance(widget, w.ValueWidget | w.Button):
                continue
            if widget.layout.display == "none" or widget.layout.visibility == "hidden":
                hidden.append(f"{type(form).__name__}: {widget.description or type(widget).__name__}")
    assert not hidden, f"hidden inputs: {hidden}"
