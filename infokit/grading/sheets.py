"""Read and write the spreadsheets an instructor keeps, surviving what Excel does to them.

A CSV comes back from Excel in UTF-8 (with or without a byte-order mark), in
Windows-1252 when saved as plain "CSV", and with ``;`` between cells in many
European locales; an ``.xlsx`` workbook is read and written with openpyxl.
Text that a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``) is
written inert: with a leading apostrophe in a CSV, as a typed text cell in a
workbook; both are read back as the text that was meant. Ids keep their
leading zeros where the file allows it (text cells in a workbook), and
:func:`same_id` matches an id Excel stripped (``12345`` for ``0012345``).
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from infokit.errors import GradingError

FORMULA = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_HOW = "save it from your spreadsheet as 'CSV UTF-8' or as an Excel workbook (.xlsx) and try again"


def inert(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs (a leading apostrophe before a formula sign)."""
    return "'" + text if text.startswith(FORMULA) and not _NUMBER.match(text) else text


def uninert(text: str) -> str:
    """The text :func:`inert` protected; Canvas's own ``="..."`` wrapping is undone too."""
    if text.startswith("'") and text[1:].startswith(FORMULA):
        return text[1:]
    if text.startswith('="') and text.endswith('"') and len(text) >= 3:
        return text[2:-1].replace('""', '"')
    return text


def same_id(a: str, b: str) -> bool:
    """Two ids are one, allowing for case, spaces and the leading zeros Excel strips from numbers."""
    a, b = a.strip().casefold(), b.strip().casefold()
    if a == b:
        return True
    return a.isdigit() and b.isdigit() and a.lstrip("0") == b.lstrip("0")


def id_form(text: str) -> str:
    """The form of an id :func:`same_id` compares (for dictionary keys)."""
    text = text.strip().casefold()
    return text.lstrip("0") or "0" if text.isdigit() else text


class Raw(str):
    """A cell written exactly as it was read (an LMS's own export, with its own quoting)."""

    __slots__ = ()


def read_table(path: str | os.PathLike[str], raw: bool = False) -> list[list[str]]:
    """Every row of a CSV or ``.xlsx`` file as text cells (formula protection undone unless ``raw``)."""
    path = Path(path)
    if not path.exists():
        raise GradingError(f"{path}: no such file")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        table = _read_xlsx(path)
        return [[Raw(cell) for cell in row] for row in table] if raw else table
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise GradingError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if data[:2] == b"PK":
        raise GradingError(f"{path}: an Excel workbook named .csv; rename it to .xlsx or {_HOW}")
    text = _decode(data)
    if "\x00" in text:
        raise GradingError(f"{path}: not a text spreadsheet (UTF-16 or binary); {_HOW}")
    delimiter = _delimiter(text)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise GradingError(f"{path}: not a readable CSV ({exc}); {_HOW}") from None
    if raw:
        return [[Raw(cell) for cell in row] for row in rows]
    return [[uninert(cell) for cell in row] for row in rows]


def _decode(raw: bytes) -> str:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252")  # Excel's "CSV" on Windows in Western locales
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def _delimiter(text: str) -> str:
    """``,``, ``;`` or tab: the one that splits the first lines into the most, equal, cells."""
    lines = text.splitlines()[:3]
    best, most = ",", 0
    for candidate in (",", ";", "\t"):
        try:
            counts = [len(row) for row in csv.reader(lines, delimiter=candidate)]
        except csv.Error:
            continue
        if counts and counts[0] > most and len(set(counts)) == 1:
            best, most = candidate, counts[0]
    return best


def _read_xlsx(path: Path) -> list[list[str]]:
    import zipfile

    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise GradingError(f"{path}: not an Excel workbook that can be read ({exc}); {_HOW}") from None
    try:
        sheet = book.worksheets[0]
        return [[_xlsx_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _xlsx_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else f"{value:g}"
    return str(value)


def write_table(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], *, bom: bool) -> Path:
    """Write a CSV (``bom``: with a UTF-8 byte-order mark, so Excel reads the accents) or an
    ``.xlsx`` workbook, atomically; numbers stay numbers, text stays inert."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}{path.suffix}")
    try:
        if path.suffix.lower() == ".xlsx":
            _write_xlsx(tmp, header, rows)
        else:
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n" if not bom else "\r\n")
            writer.writerow([cell(v) for v in header])
            writer.writerows([[cell(v) for v in row] for row in rows])
            tmp.write_text(buffer.getvalue(), encoding="utf-8-sig" if bom else "utf-8", newline="")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise GradingError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    return path


def cell(value: object) -> str:
    """One value as CSV text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, Raw):
        return str(value)
    return inert(str(value))


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for number, values in enumerate([list(header), *rows], start=1):
        for column, value in enumerate(values, start=1):
            target = sheet.cell(row=number, column=column)
            if isinstance(value, bool):
                target.value = "yes" if value else "no"
            elif isinstance(value, int | float):
                target.value = value
            elif value is not None:
                target.value = str(value)
                target.data_type = "s"  # text, even "=...": never a formula
    sheet.freeze_panes = "B2"
    book.save(path)
