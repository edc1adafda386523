"""The report notebook as an HTML page, with nbconvert loaded in a forked child meanwhile.

Importing nbconvert is most of what a fresh ``infokit export`` waits for. A command
can start that import in a child first thing (:func:`start_converter`), before it
has even read the workspace, and hand the child the finished notebook later; the
page comes back over a pipe, the same bytes as made here. This module imports
nothing heavy itself, so calling it early costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from nbformat import NotebookNode

_started: Callable[[NotebookNode], str] | None = None


def start_converter() -> None:
    """Start loading nbconvert in a child now; the next :func:`take_converter` uses it."""
    global _started
    if _started is None:
        _started = converter_soon()


def take_converter() -> Callable[[NotebookNode], str]:
    """The converter :func:`start_converter` started, or a new one (each serves one page)."""
    global _started
    convert, _started = _started, None
    return convert if convert is not None else converter_soon()


def converter_soon() -> Callable[[NotebookNode], str]:
    """:func:`render_html`, with nbconvert loaded in a forked child meanwhile where that is safe
    (a command, not a kernel): the child gets the finished notebook and sends the page back.
    Whatever goes wrong there, the page is made here instead, so errors are this process's own."""
    from infokit._background import serve_in_background

    def setup() -> Callable[[bytes], bytes]:
        import json

        import nbformat

        import infokit.report.exporter  # noqa: F401  (the slow import)

        # The notebook comes from this process's parent, which validated it when it built it:
        # read it back without validating it again (that would lie on the page's critical path).
        return lambda request: render_html(nbformat.from_dict(json.loads(request)), validated=True).encode()

    ask = serve_in_background(setup)

    def convert(notebook: NotebookNode) -> str:
        import json

        # Plain JSON, not nbformat.writes: that splits text into lists of lines for the file format.
        answer = ask(json.dumps(notebook).encode("utf-8"))
        return answer.decode("utf-8") if answer is not None else render_html(notebook, validated=True)

    return convert


def render_html(notebook: NotebookNode, *, validated: bool = False) -> str:
    """The notebook through the report exporter, checked for anything that could run or load.
    ``validated``: the kit has just built and validated it (:func:`build_notebook` does), so
    the exporter need not validate it again."""
    from infokit.errors import ReportError
    from infokit.report.exporter import ReportExporter
    from infokit.report.sanitize import unsafe_parts

    exporter = ReportExporter()
    exporter.notebook_validated = validated
    html, _ = exporter.from_notebook_node(notebook, resources={"metadata": {"name": "report"}})
    problems = unsafe_parts(html)
    if problems:
        raise ReportError(f"the report failed its safety check ({problems[0]}); nothing was written")
    return html
