"""The nbconvert exporter for infokit reports: ``jupyter nbconvert --to infokit_report``.

A concrete :class:`~nbconvert.exporters.HTMLExporter` that only changes
defaults: the ``infokit_report`` template shipped in this package, no input
cells or prompts, no CDN script (require.js, MathJax, widget manager), HTML
sanitised by the kit's nh3 allow-list. Registered under the
``nbconvert.exporters`` entry point, so JupyterLab's *Export Notebook As*
menu and the ``jupyter nbconvert`` command find it. Nothing in nbconvert is
changed globally: every default lives on this subclass.

Given any other notebook (JupyterLab's export menu on a guided notebook, say),
it does not dress that notebook up as a report, which the grader would refuse:
it exports the student's real submission report, the one ``06_submit``
writes, from the workspace the notebook works in (``INFOKIT_WORKSPACE`` or
``~/infokit-workspace``, as for the notebook's kernel) with the assignment
settings found from the notebook's folder. With no workspace there, it stops
with a one-line error instead of writing anything.

The exporter adds the embedded data (the notebook's ``metadata.infokit``,
written by :func:`~infokit.report.embed.script_tag`) just before ``</body>``,
after the page is rendered, so the block stays byte for byte what
``script_tag`` wrote, which is what the grader's reader looks for first. It
skips ``HTMLExporter``'s BeautifulSoup pass over the finished page (see
:meth:`ReportExporter._page`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from nbconvert.exporters import HTMLExporter
from nbformat import NotebookNode
from traitlets import default

from infokit.report.embed import METADATA_KEY, script_tag
from infokit.report.sanitize import clean_cell

TEMPLATES = Path(__file__).parent / "templates"
TEMPLATE_NAME = "infokit_report"


class ReportExporter(HTMLExporter):
    """A submission report: one self-contained HTML file that opens offline."""

    export_from_notebook = "Infokit report"

    @default("template_name")
    def _template_name_default(self) -> str:
        return TEMPLATE_NAME

    @default("extra_template_basedirs")
    def _default_extra_template_basedirs(self) -> list[str]:
        return [str(TEMPLATES)]

    @default("exclude_input")
    def _exclude_input_default(self) -> bool:
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self) -> bool:
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self) -> bool:
        return True

    @default("sanitize_html")
    def _sanitize_html_default(self) -> bool:
        return True

    @default("embed_images")
    def _embed_images_default(self) -> bool:
        return True

    @default("require_js_url")
    def _require_js_url_default(self) -> str:
        return ""

    @default("mathjax_url")
    def _mathjax_url_default(self) -> str:
        return ""

    @default("widget_renderer_url")
    def _widget_renderer_url_default(self) -> str:
        return ""

    @default("jupyter_widgets_base_url")
    def _jupyter_widgets_base_url_default(self) -> str:
        return ""

    def _validate_preprocessor(self, nbc: NotebookNode, preprocessor: Any) -> None:
        """nbconvert validates the whole notebook after each of its dozen preprocessors; none of
        the report's changes its structure, so the notebook is validated once, before them."""

    def _create_environment(self) -> Any:
        environment = super()._create_environment()
        from infokit._cache import template_cache

        environment.bytecode_cache = template_cache()
        return environment

    def default_filters(self) -> Any:
        yield from super().default_filters()
        yield ("clean_html", clean_cell)

    notebook_validated = False
    """Set by :func:`~infokit.report.convert.render_html` for a notebook the kit has just built
    and validated: it is not validated a second time."""

    def _preprocess(self, nb: NotebookNode, resources: Any) -> Any:
        if not self.notebook_validated:
            import nbformat

            nbformat.validate(nb, relax_add_props=True)
        return super()._preprocess(nb, resources)

    def from_notebook_node(  # type: ignore[override]
        self, nb: NotebookNode, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[str, dict[str, Any]]:
        if not isinstance(nb.metadata.get(METADATA_KEY), dict):
            nb = student_report(resources)
            self.notebook_validated = True
        html, resources = self._page(nb, resources, **kw)
        payload = nb.metadata.get(METADATA_KEY)
        if isinstance(payload, dict):
            head, body_end, tail = html.rpartition("</body>")
            if body_end:
                html = f"{head}{script_tag(payload)}\n{body_end}{tail}"
        return html, resources

    def _page(
        self, nb: NotebookNode, resources: dict[str, Any] | None, **kw: Any
    ) -> tuple[str, dict[str, Any]]:
        """``HTMLExporter.from_notebook_node`` without its last step, a BeautifulSoup pass over
        the page that gives ``<img>`` without ``alt`` a stock text and makes the cells of a
        ``.jp-Notebook`` focusable. Every report is a notebook the kit built, whose pictures
        carry their own alt text and whose page has no ``.jp-Notebook``, so the pass would
        only re-serialise the page, at about a quarter of a fresh export's time (parsing the
        page, compiling soupsieve's selectors)."""
        from nbconvert.exporters.templateexporter import TemplateExporter
        from nbconvert.filters.highlight import Highlight2HTML
        from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter

        language = nb.metadata.get("language_info", {})
        lexer = language.get("pygments_lexer", language.get("name", None))
        highlight = self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self))
        resources = self._init_resources(resources)
        data_types = WidgetsDataTypeFilter(
            notebook_metadata=self._nb_metadata, parent=self, resources=resources
        )
        self.register_filter("highlight_code", highlight)
        self.register_filter("filter_data_type", data_types)
        return TemplateExporter.from_notebook_node(self, nb, resources, **kw)


def student_report(resources: dict[str, Any] | None) -> NotebookNode:
    """The report notebook of the student whose workspace a guided notebook uses."""
    from infokit.report.build import build_notebook
    from infokit.report.export import _checked, load_project
    from infokit.settings import default_settings, find_settings_file, load_settings

    folder = ((resources or {}).get("metadata") or {}).get("path")
    found = find_settings_file(Path(folder) if isinstance(folder, str) and folder else None)
    project = _checked(load_project(None))
    return build_notebook(project, load_settings(found) if found else default_settings())
