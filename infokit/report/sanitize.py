"""The report's HTML safety: two nh3 allow-lists and a final check.

* :func:`clean_fragment` cleans each section the kit renders (strict: plain
  structure, ``class`` only, no URL attribute at all).
* :func:`clean_cell` is the ``clean_html`` filter of the report exporter:
  every Markdown cell and ``text/html`` output of any notebook converted
  with ``--to infokit_report`` goes through it (looser: links, anchors and
  ``data:image/...`` pictures are kept, SVG too, which ``<img>`` shows without
  running or loading anything; no script, style, event handler, ``javascript:``
  URL or external picture).
* :func:`unsafe_parts` reads a finished report with the standard HTML parser
  and lists anything that could run or load from the network;
  :func:`~infokit.report.export.export_report` refuses to write a report
  where it finds something.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import nh3

from infokit.report.embed import SCRIPT_ID

_BLOCKS = {"section", "div", "p", "br", "h3", "h4", "blockquote", "figure", "figcaption"}
_LISTS = {"ul", "ol", "li", "dl", "dt", "dd"}
_TABLES = {"table", "caption", "thead", "tbody", "tr", "th", "td"}
_INLINE = {"span", "strong", "em", "small", "time"}
FRAGMENT_TAGS = frozenset(_BLOCKS | _LISTS | _TABLES | _INLINE)
FRAGMENT_ATTRIBUTES: dict[str, set[str]] = {
    "*": {"class"},
    "th": {"scope", "colspan"},
    "td": {"colspan"},
    "time": {"datetime"},
}

_CELL_TAGS = set(nh3.ALLOWED_TAGS) | {"section", "figure", "figcaption", "time", "details", "summary"}
_CELL_ATTRIBUTES: dict[str, set[str]] = {tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()}
_CELL_ATTRIBUTES["*"] = {"class", "title", "lang", "dir"}
for _tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
    _CELL_ATTRIBUTES.setdefault(_tag, set()).add("id")
_CELL_ATTRIBUTES.setdefault("time", set()).add("datetime")
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]*$", re.IGNORECASE)
_SAFE_HREF = re.compile(r"^(#|https?:|mailto:)", re.IGNORECASE)


def clean_fragment(html: str) -> str:
    """Clean a section rendered by the kit: only plain structure survives, and no URL at all."""
    return nh3.clean(
        html,
        tags=set(FRAGMENT_TAGS),
        attributes=FRAGMENT_ATTRIBUTES,
        url_schemes=set(),
        link_rel=None,
        strip_comments=True,
    )


def _cell_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if _DATA_IMAGE.match(value.strip()) else None  # nothing fetched from outside
    if tag == "a" and attribute == "href":
        return value if _SAFE_HREF.match(value.strip()) else None
    return value


def clean_cell(html: object) -> str:
    """Clean a Markdown cell's or an output's HTML for the report (the exporter's ``clean_html``)."""
    text = html.decode() if isinstance(html, bytes) else str(html)
    return nh3.clean(
        text,
        tags=_CELL_TAGS,
        attributes=_CELL_ATTRIBUTES,
        attribute_filter=_cell_attribute,
        url_schemes={"http", "https", "mailto", "data"},
        strip_comments=True,
    )


_URL_ATTRIBUTES = frozenset({"src", "href", "srcset", "action", "formaction", "poster", "data", "xlink:href"})


class _Checker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.data_blocks = 0
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        for name, value in attrs:
            text = (value or "").strip().lower()
            if name.startswith("on"):
                self.problems.append(f"<{tag}> has an event handler {name}")
            if name in _URL_ATTRIBUTES and re.match(r"^(javascript|vbscript):", re.sub(r"\s", "", text)):
                self.problems.append(f"<{tag}> has a script URL in {name}")
            if name in _URL_ATTRIBUTES and tag != "a" and text.startswith(("http:", "https:", "//")):
                self.problems.append(f"<{tag}> loads {text[:60]} from the network")
            if name == "style" and "url(" in text:
                self.problems.append(f"<{tag}> loads a URL from its style")
        self._in_style = tag == "style"
        if tag == "script":
            if (
                values.get("type") == "application/json"
                and values.get("id") == SCRIPT_ID
                and "src" not in values
            ):
                self.data_blocks += 1
            else:
                self.problems.append("a <script> other than the embedded data")
        elif tag in ("iframe", "object", "embed", "base", "form", "frame", "frameset", "applet"):
            self.problems.append(f"an <{tag}> element")
        elif tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("a <meta http-equiv=refresh>")
        elif tag == "link" and (values.get("rel") or "").lower() != "icon":
            self.problems.append("a <link> to an outside resource")

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style and re.search(r"@import|url\(\s*['\"]?\s*(https?:|//)", data, re.IGNORECASE):
            self.problems.append("CSS that loads from the network")


def unsafe_parts(html: str) -> list[str]:
    """What in a finished report could run code or fetch from the network (empty when safe)."""
    checker = _Checker()
    checker.feed(html)
    checker.close()
    problems = checker.problems
    if checker.data_blocks > 1:
        problems.append(f"{checker.data_blocks} embedded data blocks")
    return problems
