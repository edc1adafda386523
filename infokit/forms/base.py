"""What every form shares: the workspace it saves to, the status line, widget makers.

A form never holds a rule of its own: it reads widget values, calls one
function of :mod:`infokit.actions`, and shows either "Saved at 14:02" or
the one-line error beside the field it concerns. Widgets are left as the
student typed them after an error, so nothing typed is lost; no traceback
reaches the page, whether the kit refused a value or the disk refused a write.

Beyond one save, a form keeps typed text safe three ways: it sends only the
fields the student changed since it loaded (so a change made meanwhile in
another notebook survives, and the form says so); it keeps unsaved typing in
a small file beside the workspace and offers it back after a kernel restart;
and deleting asks first, then offers an undo.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

import ipywidgets as w

from infokit import actions
from infokit.errors import InfokitError, InvalidValue
from infokit.forms.guard import RERUN, guard_html
from infokit.forms.unsaved import Unsaved
from infokit.model import Project
from infokit.settings import Settings, load_settings

LABEL = {"description_width": "12em"}
WIDE_WIDTH = "min(46em, 100%)"
BUTTON_WIDTH = "12em"
OK, BAD = "#1b5e20", "#b00020"


def wide() -> w.Layout:
    """A fresh full-width layout. Every widget needs its own: ipywidgets shares a Layout
    object between the widgets given it, so hiding one field would hide them all."""
    return w.Layout(width=WIDE_WIDTH)


def row(children: Sequence[w.Widget]) -> w.HBox:
    """Widgets side by side, wrapping onto a new line rather than squeezing a button's words."""
    return w.HBox(list(children), layout=w.Layout(flex_flow="row wrap", align_items="center", gap="4px"))


class Shown:
    """Something a notebook cell shows: the widget, and a note that appears only when the
    widget cannot work (kernel restarted, page opened anew without re-running)."""

    box: w.Widget

    def _ipython_display_(self) -> None:
        from IPython.display import HTML, display

        display(HTML(guard_html()))
        display(self._repr_mimebundle_(), raw=True)

    def _repr_mimebundle_(self, **kwargs: Any) -> Any:
        self.box.add_class("infokit-view")
        bundle = self.box._repr_mimebundle_(**kwargs)
        bundle["text/plain"] = RERUN
        return bundle

    @property
    def widget(self) -> w.Widget:
        return self.box


class Form(Shown):
    """A box of widgets bound to one workspace, with an inline status line.

    Subclasses build ``self.body`` (a list of widgets) in :meth:`build`.
    Fields made with :meth:`field` get their own error line just below them.
    """

    name = "form"

    def __init__(self, workspace: actions.WorkspaceLike = None, settings: Settings | None = None) -> None:
        self.workspace = actions.workspace(workspace)
        self.status = w.HTML().add_class("infokit-status").add_class(f"infokit-{self.name}-status")
        self.errors: dict[str, w.HTML] = {}
        self.labels: dict[str, str] = {}
        self.aliases: dict[str, str] = {}
        self.extra = w.HBox(layout=w.Layout(flex_flow="row wrap", gap="4px")).add_class("infokit-ask")
        self.unsaved = Unsaved(self.workspace, self.name)
        self.settings = settings if settings is not None else _settings(self)
        self.result: Any = None
        self.listeners: list[Callable[[], Any]] = []
        """Called after every successful save, e.g. to refresh another form showing the same data."""
        self.project = self.load()
        self.box = (
            w.VBox(layout=w.Layout(gap="4px")).add_class("infokit-form").add_class(f"infokit-{self.name}")
        )
        self.build()
        self.box.children = [*self.body, self.status, self.extra]

    body: Sequence[w.Widget] = ()

    def build(self) -> None:  # pragma: no cover - every form overrides it
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the saved project again (forms that list records override it)."""

    def field(self, key: str, widget: w.Widget, *aliases: str) -> w.VBox:
        """``widget`` with an error line under it, shown when a save fails on field ``key``
        (or on one of ``aliases``, the names the library may use for the same field)."""
        line = w.HTML().add_class("infokit-field-error").add_class(f"infokit-{self.name}-error-{key}")
        self.errors[key] = line
        self.labels[key] = getattr(widget, "description", "") or key.replace("_", " ")
        for alias in (key, *aliases):
            self.aliases[alias] = key
        return w.VBox([widget, line], layout=w.Layout(gap="0"))

    def load(self) -> Project:
        """The saved project; on a damaged file, an empty one and the error on the status line."""
        try:
            return self.workspace.load()
        except InfokitError as exc:
            self.error(str(exc))
            return Project()
        except OSError as exc:
            self.error(disk_problem(exc, "read"))
            return Project()

    def fresh(self) -> Project | None:
        """The saved project as it is now, or None (with the error shown) when it cannot be read."""
        try:
            return self.workspace.load()
        except InfokitError as exc:
            self.error(str(exc))
        except OSError as exc:
            self.error(disk_problem(exc, "read"))
        return None

    def attempt(self, action: Callable[..., Any], /, *args: Any, **kwargs: Any) -> bool:
        """Run one action against this form's workspace; show 'Saved' or the error line.

        Any earlier 'Saved' goes first, so a failed save never leaves it standing.
        """
        self.clear()
        try:
            self.result = action(*args, workspace=self.workspace, **kwargs)
        except InfokitError as exc:
            self.failed(exc)
            return False
        except OSError as exc:
            self.error(disk_problem(exc, "save"))
            return False
        self.project = self.load()
        self.saved()
        for listener in self.listeners:
            listener()
        return True

    def clear(self) -> None:
        self.status.value = ""
        for line in self.errors.values():
            line.value = ""

    def failed(self, exc: InfokitError) -> None:
        """The error on the status line and, when it names one of this form's fields, beside it."""
        key = self._field_of(exc)
        if key is None or not isinstance(exc, InvalidValue):
            self.error(str(exc))
            return
        whole = exc.reason == str(exc)  # a sentence worded whole by the library: keep all of it
        reason = str(exc) if whole else str(exc).split(": ", 1)[-1]
        self.mark(key, f"{self.labels[key]}: {reason}")

    def mark(self, key: str, text: str) -> None:
        """Show ``text`` beside field ``key`` and, shorter, on the status line."""
        self.errors[key].value = _red(text)
        self.error(f"Not saved: {text}")

    def _field_of(self, exc: InfokitError) -> str | None:
        name = getattr(exc, "field", "")
        if not isinstance(name, str) or not name:
            return None
        parts = [p.split("[")[0] for p in name.split(".")]
        for part in reversed(parts):
            if part in self.aliases:
                return self.aliases[part]
        return None

    def saved(self, what: str = "Saved", detail: str = "") -> None:
        stamp = datetime.now().strftime("%H:%M")
        more = f" · {html.escape(detail)}" if detail else ""
        self.status.value = (
            f'<span class="infokit-ok" style="color:{OK}">✔ {html.escape(what)} at {stamp}</span>{more}'
        )

    def error(self, text: str) -> None:
        self.status.value = _red(f"⚠ {text}")

    def note(self, text: str) -> None:
        self.status.value = f'<span class="infokit-note">{html.escape(text)}</span>'

    # -- adding one record after another -------------------------------------
    _emptied: tuple[tuple[w.ValueWidget, Any], ...] = ()

    def empty(self, widgets: dict[w.ValueWidget, Any]) -> None:
        """After an add: reset these boxes to ``widgets``' values for the next record."""
        for widget, value in widgets.items():
            widget.value = value
        self._emptied = tuple(widgets.items())

    def repeated(self, what: str) -> bool:
        """True (with a note) for a second click on Add before anything new was typed: a
        double click would otherwise add the record, then complain that the boxes are empty."""
        if self._emptied and all(widget.value == value for widget, value in self._emptied):
            self.note(f"{what} is already added; type the next one first.")
            return True
        return False

    # -- ask first, offer undo ----------------------------------------------
    def ask(self, question: str, yes: str, then: Callable[[], Any]) -> None:
        """Ask before something that cannot be taken back by retyping (a delete)."""

        def go() -> None:
            self.extra.children = []
            then()

        def keep() -> None:
            self.extra.children = []
            self.note("Nothing was deleted.")

        self.clear()
        self.extra.children = [
            html_box(f"<b>{html.escape(question)}</b>", "ask-question"),
            button(yes, go, "ask-yes", "danger"),
            button("No, keep it", keep, "ask-no"),
        ]

    def undoable(self, done: str, action: Callable[..., Any], /, *args: Any, **kwargs: Any) -> bool:
        """Run ``action``; on success offer to put everything back as it was just before."""
        before = self.load()
        if not self.attempt(action, *args, **kwargs):
            return False
        after = self.project
        self.saved(done)
        self.extra.children = [button("Undo", lambda: self._undo(before, after), "undo", "warning")]
        return True

    def _undo(self, before: Project, after: Project) -> None:
        self.extra.children = []

        def put_back(*, workspace: Any) -> None:
            with workspace.update() as now:
                if now != after:
                    raise InfokitError(
                        "cannot undo: your work changed since the delete (the automatic backups"
                        " under backups/ still hold the earlier state)"
                    )
                for name in type(now).model_fields:
                    setattr(now, name, getattr(before, name))

        if self.attempt(put_back):
            self.saved("Put back")
            self.refresh()

    @property
    def widget(self) -> w.VBox:
        return self.box


def disk_problem(exc: OSError, doing: str) -> str:
    """An operating-system refusal in one line, without the kit's temporary file names."""
    reason = exc.strerror or type(exc).__name__
    return (
        f"Could not {doing} your work: the computer said “{reason}”. What you typed is still in the"
        " boxes; check the values (a full disk is the usual cause), then press the button again."
    )


def _red(text: str) -> str:
    return f'<span class="infokit-error" style="color:{BAD}">{html.escape(text)}</span>'


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


def number(label: str, value: float, cls: str | None = None, whole: bool = False) -> Any:
    """A number box that passes on what was typed: the library refuses a value out of
    range with a line, where a bounded box would silently change 999 into 30."""
    maker = w.IntText if whole else w.FloatText
    return _tag(maker(value=value, description=label, style=LABEL), cls)


def tickbox(label: str, value: bool = False, cls: str | None = None) -> w.Checkbox:
    return _tag(w.Checkbox(value=value, description=label, indent=False, layout=wide()), cls)


def button(label: str, on_click: Callable[[], Any], cls: str | None = None, style: str = "") -> w.Button:
    layout = w.Layout(width="auto", min_width=BUTTON_WIDTH, flex="0 0 auto")
    widget = w.Button(description=label, button_style=style, layout=layout)
    widget.on_click(lambda _button: on_click())
    return _tag(widget, cls)


def heading(textline: str) -> w.HTML:
    """A heading one level below the notebook's own section headings (h2)."""
    return w.HTML(f"<h3 style='margin:0.6em 0 0.2em;font-size:1.05em'>{html.escape(textline)}</h3>")


def html_box(markup: str = "", cls: str | None = None) -> w.HTML:
    return _tag(w.HTML(markup), cls)


def picture(png: bytes, alt: str) -> str:
    """A PNG as an <img> with its text alternative (a widget Image cannot carry one)."""
    import base64

    data = base64.b64encode(png).decode("ascii")
    return (
        f'<img src="data:image/png;base64,{data}" alt="{html.escape(alt, quote=True)}" '
        'style="max-width:100%">'
    )


def lines(items: Iterable[str]) -> str:
    """A list field shown in a textarea: one entry per line."""
    return "\n".join(items)


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], cls: str = "infokit-table") -> str:
    """A small HTML table; every cell is escaped."""
    head = "".join(
        f"<th scope='col' style='text-align:left;padding:2px 8px'>{html.escape(h)}</th>" for h in headers
    )
    body = "".join(
        "<tr>" + "".join(f"<td style='padding:2px 8px'>{html.escape(str(c))}</td>" for c in row) + "</tr>"
        for row in rows
    )
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def findings_html(findings: Iterable[Any], cls: str = "infokit-findings") -> str:
    """Checker findings as a short list, worst first; empty text when there are none."""
    colours = {"error": BAD, "warning": "#7a4f00", "info": "#1a4f8b"}
    items = []
    for f in findings:
        hint = f" <i>Try: {html.escape(f.suggestion)}</i>" if f.suggestion else ""
        items.append(
            f"<li class='infokit-finding infokit-finding-{html.escape(f.rule)}' "
            f"style='color:{colours.get(f.severity, '#333')}'><b>{html.escape(f.rule)}</b>: "
            f"{html.escape(f.message)}{hint}</li>"
        )
    return f"<ul class='{cls}' style='margin:0.2em 0'>{''.join(items)}</ul>" if items else ""
