"""An HTML inspector for the tests, written apart from infokit.report.sanitize on purpose."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

DATA_OPENING = '<script type="application/json" id="infokit-data">'


@dataclass
class Page:
    scripts: list[dict[str, str | None]] = field(default_factory=list)
    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    headings: list[tuple[str, str]] = field(default_factory=list)
    """(tag, text) of every h1-h6, in order."""
    text: str = ""
    """Visible text (no script or style content), whitespace collapsed."""
    blocks_after_heading: list[str] = field(default_factory=list)
    """The visible text between each heading and the next one."""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.stream: list[tuple[str, str]] = []
        """('heading', tag) / ('end', tag) / ('text', data), in document order."""
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.tags.append((tag, dict(attrs)))
        if tag == "script":
            self.page.scripts.append(dict(attrs))
        if tag in ("script", "style"):
            self._skip += 1
        if re.fullmatch(r"h[1-6]", tag):
            self.stream.append(("heading", tag))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.page.tags.append((tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self._skip -= 1
        if re.fullmatch(r"h[1-6]", tag):
            self.stream.append(("end", tag))

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.stream.append(("text", data))


def _squash(text: str) -> str:
    return " ".join(text.split())


def read_page(html: str) -> Page:
    reader = _Reader()
    reader.feed(html)
    reader.close()
    page = reader.page
    heading: str | None = None
    heading_text = ""
    body: list[str] | None = None
    for kind, value in reader.stream:
        if kind == "heading":
            if body is not None:
                page.blocks_after_heading.append(_squash("".join(body)))
            heading, heading_text, body = value, "", None
        elif kind == "end" and heading:
            page.headings.append((heading, _squash(heading_text.replace("¶", ""))))
            heading, body = None, []
        elif heading:
            heading_text += value
        elif body is not None:
            body.append(value)
    if body is not None:
        page.blocks_after_heading.append(_squash("".join(body)))
    page.text = _squash("".join(v for k, v in reader.stream if k == "text"))
    return page


def executable_parts(html: str) -> list[str]:
    """Anything that could run or fetch: scripts other than the data block, on* handlers, script URLs."""
    page = read_page(html)
    found = []
    for script in page.scripts:
        if not (script.get("type") == "application/json" and script.get("id") == "infokit-data"):
            found.append(f"script {script}")
        if "src" in script:
            found.append(f"script with src {script['src']}")
    for tag, attrs in page.tags:
        for name, value in attrs.items():
            if name.lower().startswith("on"):
                found.append(f"<{tag} {name}>")
            if value and re.sub(r"\s", "", value).lower().startswith(("javascript:", "vbscript:")):
                found.append(f"<{tag} {name}={value}>")
        if tag in ("iframe", "object", "embed", "svg", "math", "base", "form"):
            found.append(f"<{tag}>")
    return found


def network_sources(html: str) -> list[str]:
    """http(s) URLs that a script, stylesheet, image or font would load."""
    page = read_page(html)
    found = []
    for tag, attrs in page.tags:
        for name in ("src", "href", "srcset", "poster"):
            value = (attrs.get(name) or "").strip().lower()
            if tag in ("script", "link", "img", "source", "video", "audio", "iframe") and value.startswith(
                ("http:", "https:", "//")
            ):
                found.append(f"<{tag} {name}={value}>")
    for css in re.findall(r"<style[^>]*>(.*?)</style>", html, flags=re.S | re.I):
        found += re.findall(r"@import[^;]*|url\(\s*['\"]?(?:https?:|//)[^)]*\)", css, flags=re.I)
    return found
