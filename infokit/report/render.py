"""Section fragments: HTML built by Jinja2 with autoescape, then cleaned by nh3.

This is the only place student text becomes markup, and it is made safe three
ways, each enough on its own for the text a student can type:

1. **Autoescape.** Every template under ``templates/sections/`` is rendered
   with ``autoescape=True``; student text only ever enters as a variable, so
   ``<``, ``>``, ``&`` and quotes come out as entities, and template syntax in
   the text (``{{ 7*7 }}``) is data, never template source. The one filter
   that returns markup, :func:`paragraphs`, escapes each piece itself before
   adding ``<p>``/``<br>``. There is no ``|safe`` in any section template.
2. **No links from student text.** Nothing a student typed becomes an
   ``href`` or ``src``: URLs (a research source, a video link) are shown as
   text, so ``javascript:`` has nowhere to go.
3. **nh3.** Each rendered fragment is then cleaned by nh3 (ammonia) with an
   allow-list of plain structural tags, ``class`` attributes and no URL
   attributes at all: a mistake in a template still cannot let a script,
   an ``on*`` handler or a link through.

Fragments go into the notebook as ``text/html`` outputs, never into Markdown
cells (Markdown passes raw HTML through and would read ``[x](...)`` as a link).

Private details (the contacts' email and phone, when left out) never reach
this module: the report is rendered from the project as
:func:`infokit.report.private.left_out` leaves it, the same data it embeds.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import markupsafe

from infokit._cache import template_cache
from infokit.dates import long_day, short_day
from infokit.report.sanitize import clean_fragment

SECTION_TEMPLATES = Path(__file__).parent / "templates" / "sections"


def paragraphs(text: str) -> markupsafe.Markup:
    """Free text as paragraphs: blank lines split paragraphs, single newlines become ``<br>``."""
    text = str(text)
    out = []
    for block in re.split(r"\n\s*\n", text.strip()):
        lines = [markupsafe.escape(line) for line in block.split("\n")]
        out.append(
            markupsafe.Markup("<p>") + markupsafe.Markup("<br>").join(lines) + markupsafe.Markup("</p>")
        )
    return markupsafe.Markup("").join(out)


def long_date(day: date | datetime | None) -> str:
    """'Tuesday 14 April 2026' whatever the locale."""
    if day is None:
        return ""
    return long_day(day)


def short_date(day: date | datetime | None) -> str:
    """'14 April 2026' whatever the locale."""
    if day is None:
        return ""
    return short_day(day)


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else (many or word + 's')}"


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(SECTION_TEMPLATES),
        bytecode_cache=template_cache(),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(paragraphs=paragraphs, long_date=long_date, short_date=short_date)
    env.globals.update(plural=plural)
    return env


def render_fragment(name: str, context: dict[str, Any]) -> str:
    """Render ``templates/sections/<name>.html.j2`` with ``context`` and clean the result."""
    html = environment().get_template(f"{name}.html.j2").render(**context)
    return clean_fragment(re.sub(r"\n\s*\n", "\n", html).strip())
