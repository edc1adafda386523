"""Bytes to text to data, the same way in every reader: workspace, backup, report, settings.

Files reach the kit after editors, uploads and disks have had their way with
them. Each reader calls these functions and puts its own file's name before
the phrase an :class:`Undecodable` carries, so every case ends in one line:

* a byte-order mark (Notepad writes one) is accepted; other text must be
  UTF-8, as JSON and TOML require, and a file saved as UTF-16 is named so;
* JSON nested deeper than any file the kit writes, a number too long to read
  (Python refuses integers of over 4,300 digits; the kit never writes more
  than a few), and NaN or Infinity (not JSON, never written by the kit) are
  refused instead of ending in a traceback;
* decoding stays linear in the size of the input.
"""

from __future__ import annotations

import codecs
import json
import math
import tomllib
from typing import Any

MAX_DIGITS = 30
"""Longest number accepted in a file; the kit writes minutes, priorities and versions."""

_OTHER_MARKS = (
    (codecs.BOM_UTF32_LE, "UTF-32"),
    (codecs.BOM_UTF32_BE, "UTF-32"),
    (codecs.BOM_UTF16_LE, "UTF-16"),
    (codecs.BOM_UTF16_BE, "UTF-16"),
)


class Undecodable(ValueError):
    """The bytes or text cannot be read; the message is a phrase to follow the file's name."""


def text(raw: bytes) -> str:
    """The text of a file: UTF-8, with or without a byte-order mark.

    JSON and TOML files are UTF-8 by their standards; a file saved as UTF-16 or
    UTF-32 (an editor's "Unicode" option) is named as such, with what to do.
    """
    for mark, name in _OTHER_MARKS:
        if raw.startswith(mark):
            raise Undecodable(f"is saved as {name}, not UTF-8: save it again as UTF-8")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if raw.startswith(codecs.BOM_UTF8) else 0)
        raise Undecodable(
            f"is not UTF-8 text (byte 0x{raw[offset]:02x} at position {offset}); save it again as UTF-8"
        ) from None


def without_mark(value: str) -> str:
    """Text with a leading byte-order mark removed (text already decoded elsewhere)."""
    return value[1:] if value.startswith("\ufeff") else value


def _number(literal: str) -> str:
    if sum(c.isdigit() for c in literal) > MAX_DIGITS:
        raise Undecodable("holds a number too long to be one infokit wrote")
    return literal


def _integer(literal: str) -> int:
    return int(_number(literal))


def _float(literal: str) -> float:
    value = float(_number(literal))
    if not math.isfinite(value):
        raise Undecodable("holds a number too large to be one infokit wrote")
    return value


def _constant(literal: str) -> Any:
    raise Undecodable(f"holds {literal}, which is not a number infokit writes")


def json_value(source: str) -> Any:
    """Decode JSON text; :class:`Undecodable` with a short phrase if it cannot be."""
    try:
        return json.loads(
            without_mark(source), parse_int=_integer, parse_float=_float, parse_constant=_constant
        )
    except Undecodable:
        raise
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise Undecodable(f"is damaged or cut short (bad JSON at {where})") from None
    except RecursionError:
        raise Undecodable("is nested deeper than any file infokit writes") from None
    except ValueError:  # Python's own limit on the digits of an integer
        raise Undecodable("holds a number too long to be one infokit wrote") from None


def toml_table(source: str) -> dict[str, Any]:
    """Decode TOML text the same way (byte-order mark, depth, overlong numbers); TOML's own
    inf and nan are left for the settings to refuse by name."""
    try:
        return tomllib.loads(without_mark(source))
    except Undecodable:
        raise
    except tomllib.TOMLDecodeError as exc:
        raise Undecodable(f"is not valid TOML ({exc})") from None
    except RecursionError:
        raise Undecodable("is nested deeper than any settings file needs") from None
    except ValueError:
        raise Undecodable("holds a number too long to be a setting") from None
