"""What every form shares: the workspace it saves to, the status line, widget makers.

A form never holds a rule of its own: it reads widget values, calls one
function of :mod:`infokit.actions`, and shows either "Saved at 14:02" or
the one-line error beside the form. Widgets are left as the student typed
them after an error, so nothing typed is lost; no traceback reaches the page.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

import ipywidgets as w

from infokit import actions
from infokit.errors import InfokitError
from infokit.model import Project
from infokit.settings import Settings, load_settings

LABEL = {"description_width": "12em"}
WIDE_WIDTH = "min(46em, 100%)"


def wide() -> w.Layout:
    """A fresh full-width layout. Every widget needs its own: ipywidgets shares a Layout
    object between the widgets given it, so hiding one field would hide them all."""
    return w.Layout(width=WIDE_WIDTH)


class Form:
    """A box of widgets bound to one workspace, with an inline status line.

    Subclasses build ``self.body`` (a list of widgets) in :meth:`build` and
    refresh their widgets from the saved project in :meth:`reload`.
    """

    name = "form"

    def __init__(self, workspace: actions.WorkspaceLike = None, settings: Settings | None = None) -> None:
        self.workspace = actions.workspace(workspace)
        self.status = w.HTML().add_class("infokit-status").add_class(f"infokit-{self.name}-status")
        self.settings = settings if settings is not None else _settings(self)
        self.result: Any = None
        self.listeners: list[Callable[[], Any]] = []
        """Called after every successful save, e.g. to refresh another form showing the same data."""
        self.project = self.load()
        self.box = (
            w.VBox(layout=w.Layout(gap="4px")).add_class("infokit-form").add_class(f"infokit-{self.name}")
        )
        self.build()
        self.box.children = [*self.body, self.status]

    body: Sequence[w.Widget] = ()

    def build(self) -> None:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def load(self) -> Project:
        """The saved project; on a damaged file, an empty one and the error on the status line."""
        try:
            return self.workspace.load()
        except InfokitError as exc:
            self.error(str(exc))
            return Project()

    def attempt(self, action: Callable[..., Any], /, *args: Any, **kwargs: Any) -> bool:
        """Run one action against this form's workspace; show 'Saved' or the error line."""
        try:
            self.result = action(*args, workspace=self.workspace, **kwargs)
        except InfokitError as exc:
            self.error(str(exc))
            return False
        self.project = self.load()
        self.saved()
        for listener in self.listeners:
            listener()
        return True

    def saved(self, what: str = "Saved") -> None:
        stamp = datetime.now().strftime("%H:%M")
        self.status.value = (
            f'<span class="infokit-ok" style="color:#1b5e20">✔ {html.escape(what)} at {stamp}</span>'
        )

    def error(self, text: str) -> None:
        self.status.value = f'<span class="infokit-error" style="color:#b00020">⚠ {html.escape(text)}</span>'

    def note(self, text: str) -> None:
        self.status.value = f'<span class="infokit-note">{html.escape(text)}</span>'

    @property
    def widget(self) -> w.VBox:
        return self.box

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        return self.box._repr_mimebundle_(**kwargs)


def _settings(form: Form) -> Settings:
    try:
        return load_settings()
    except InfokitError as exc:  # a broken assignment.toml must not hide the form
        form.error(str(exc))
        from infokit.settings import default_settings

        return default_settings()


def _tag(widget: w.Widget, cls: str | None) -> Any:
    if cls:
        widget.add_class(f"infokit-{cls}")
    return widget


def text(label: str, value: str = "", cls: str | None = None, placeholder: str = "") -> w.Text:
    return _tag(
        w.Text(value=value, description=label, placeholder=placeholder, style=LABEL, layout=wide()), cls
    )


def area(
    label: str, value: str = "", cls: str | None = None, rows: int = 3, placeholder: str = ""
) -> w.Textarea:
    widget = w.Textarea(
        value=value, description=label, placeholder=placeholder, rows=rows, style=LABEL, layout=wide()
    )
    return _tag(widget, cls)


def choice(label: str, options: Iterable[Any], value: Any = None, cls: str | None = None) -> w.Dropdown:
    options = list(options)
    values = [o[1] if isinstance(o, tuple) else o for o in options]
    if value not in values:
        value = values[0] if values else None
    return _tag(w.Dropdown(options=options, value=value, description=label, style=LABEL, layout=wide()), cls)


def day(label: str, value: date | None = None, cls: str | None = None) -> w.DatePicker:
    return _tag(w.DatePicker(value=value, description=label, style=LABEL), cls)


def number(label: str, value: float, lo: float, hi: float, step: float = 1, cls: str | None = None) -> Any:
    maker = w.BoundedIntText if float(step).is_integer() and float(value).is_integer() else w.BoundedFloatText
    cast = int if maker is w.BoundedIntText else float
    return _tag(maker(value=cast(value), min=lo, max=hi, step=step, description=label, style=LABEL), cls)


def tickbox(label: str, value: bool = False, cls: str | None = None) -> w.Checkbox:
    return _tag(w.Checkbox(value=value, description=label, indent=False, layout=wide()), cls)


def button(label: str, on_click: Callable[[], Any], cls: str | None = None, style: str = "") -> w.Button:
    widget = w.Button(description=label, button_style=style, layout=w.Layout(width="auto"))
    widget.on_click(lambda _button: on_click())
    return _tag(widget, cls)


def heading(textline: str) -> w.HTML:
    return w.HTML(f"<h4 style='margin:0.6em 0 0.2em'>{html.escape(textline)}</h4>")


def html_box(markup: str = "", cls: str | None = None) -> w.HTML:
    return _tag(w.HTML(markup), cls)


def lines(items: Iterable[str]) -> str:
    """A list field shown in a textarea: one entry per line."""
    return "\n".join(items)


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], cls: str = "infokit-table") -> str:
    """A small HTML table; every cell is escaped."""
    head = "".join(f"<th style='text-align:left;padding:2px 8px'>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td style='padding:2px 8px'>{html.escape(str(c))}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def findings_html(findings: Iterable[Any], cls: str = "infokit-findings") -> str:
    """Checker findings as a short list, worst first; empty text when there are none."""
    colours = {"error": "#b00020", "warning": "#8a5a00", "info": "#1a4f8b"}
    items = []
    for f in findings:
        hint = f" <i>Try: {html.escape(f.suggestion)}</i>" if f.suggestion else ""
        items.append(
            f"<li class='infokit-finding infokit-finding-{html.escape(f.rule)}' "
            f"style='color:{colours.get(f.severity, '#333')}'><b>{html.escape(f.rule)}</b>: "
            f"{html.escape(f.message)}{hint}</li>"
        )
    return f"<ul class='{cls}' style='margin:0.2em 0'>{''.join(items)}</ul>" if items else ""
