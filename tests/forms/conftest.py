"""Find widgets in a form by their stable CSS class, as the browser test does."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


def _walk(widget: Any) -> Any:
    yield widget
    for child in getattr(widget, "children", ()):
        yield from _walk(child)


def find_widget(form: Any, cls: str) -> Any:
    root = getattr(form, "box", form)
    hits = [w for w in _walk(root) if f"infokit-{cls}" in getattr(w, "_dom_classes", ())]
    assert len(hits) == 1, f"expected one widget with class infokit-{cls}, found {len(hits)}"
    return hits[0]


@pytest.fixture
def find() -> Callable[[Any, str], Any]:
    return find_widget


@pytest.fixture
def status() -> Callable[[Any], str]:
    return lambda form: form.status.value
