"""The one reading layer every import goes through: workbooks and CSV files checked before a cell is believed.

- **The archive** (:func:`check_archive`): before any part is unpacked, the declared size of every part, their
  total and each part's compression ratio are checked against :data:`MAX_PART_BYTES`, :data:`MAX_TOTAL_BYTES`
  and :data:`MAX_RATIO`, so a small file built to unpack to gigabytes (a zip bomb) is refused at once.
- **Sheets** (:class:`Book`): only visible sheets are read; a hidden sheet is not data a person sees and checks.
- **Cells calamine cannot tell apart** (:meth:`Book.scan`, streamed through the sheet XML in chunks): Excel error
  values (``#DIV/0!``, ``#N/A``: calamine reads them as blank), formulas with and without a saved value, and
  merged ranges.
- **Texts** (:func:`text_problems`, :func:`cell_problem`): C0 control characters (``_x0007_``, NUL, VT) cannot be
  written to Excel or printed and are refused with their cell; no cell may exceed :data:`LONG_TEXT_MAX`; a
  field's own limit comes from :data:`FIELD_LIMITS` (the database column lengths; a test keeps them equal).
- **CSV** (:func:`read_csv`): UTF-8 or GB18030, read with the ``csv`` module in strict mode; NUL bytes, quoting
  that spans lines (an unclosed quote swallows the rest of the file) and rows whose number of fields differs
  from the header's (:func:`check_widths`) are refused with their line.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from openpyxl.utils import get_column_letter

from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate

# Limits on what a workbook may unpack to. A city's 30,000-indicator target list unpacks to 27 MB of sheet XML
# packed 13 times (measured on the city demo); at the targets reader's 200,000-row limit that is about 180 MB.
# Real sheet XML packs 5–30 times (highly repeated rows up to ~60); zip bombs pack 1,000 times and more.
MAX_PART_BYTES = 600 * 2**20  # one part (a sheet, the shared strings): three times the largest accepted sheet
MAX_TOTAL_BYTES = 1024 * 2**20  # all parts together
MAX_RATIO = 200  # unpacked / packed for a part above RATIO_FROM
RATIO_FROM = 8 * 2**20  # small parts (styles, an empty sheet) compress far beyond any ratio: not checked
SCAN_CHUNK = 4 * 2**20  # bytes of sheet XML examined at a time

# Texts: Excel holds at most 32,767 characters in a cell; PerfDesk's free-text fields (goals, notes, reasons)
# take at most LONG_TEXT_MAX, a few printed pages, so every text imported can be printed on the 申报表 and tables.
EXCEL_CELL_MAX = 32_767
LONG_TEXT_MAX = 5_000
# field → longest text it stores: the String lengths of the database columns (tests/db/test_field_limits.py)
FIELD_LIMITS: dict[str, int] = {
    "project.code": 64, "project.name": 300, "unit.name": 200,
    "target_indicator.level1": 40, "target_indicator.level2": 40, "target_indicator.name": 300,
    "target_indicator.value_text": 120, "target_indicator.unit": 40,
    "performance_target.medium_period": 40, "performance_target.filled_by": 60, "performance_target.phone": 40,
    "monitoring_execution.project_code": 64, "monitoring_execution.project_name": 300,
    "monitoring_execution.agency_code": 64,
    "indicator_progress.progress_text": 120, "indicator_progress.expected_text": 120,
    "self_eval_line.level1": 40, "self_eval_line.level2": 40, "self_eval_line.name": 300,
    "self_eval_line.target_text": 120, "self_eval_line.actual_text": 120,
    "library_indicator.level1": 40, "library_indicator.level2": 40, "library_indicator.name": 200,
    "library_indicator.typical_value": 60, "library_indicator.unit": 40,
}

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # C0 controls except tab, line feed, carriage return
# the same written in Excel's escape _xHHHH_ (openpyxl reads it as typed; Excel and calamine as the control)
ESCAPED_CONTROL = re.compile(r"_x(000[0-8BbCcEeFf]|001[0-9A-Fa-f])_")
ERROR_VALUES = ("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!",
                "#CALC!")


def _error(message: str, file: Path | str, sheet: str | None = None, row: int | None = None,
           column: str | None = None) -> UserError:
    return UserError(message, str(file), sheet, row, column)


# -- the archive ------------------------------------------------------------------------------------------------
def check_archive(path: Path | str) -> list[UserError]:
    """Problems of ``path`` as an xlsx archive, found from its directory alone (nothing is unpacked)."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        return [_error(not_a_workbook(exc), path)]
    return _size_problems(infos, path)


def _size_problems(infos: Sequence[zipfile.ZipInfo], path: Path) -> list[UserError]:
    mb = 2**20
    problems = []
    for info in oversized_parts(infos):
        ratio = info.file_size / max(info.compress_size, 1)
        problems.append(_error(translate(
            "Workbook", "Part {part} of the workbook would unpack to {size} MB ({ratio:.0f} times its packed "
            "size; at most {limit} MB and {max_ratio} times are read): the file is damaged or built to "
            "exhaust memory, and was not read.").format(part=info.filename, size=info.file_size // mb,
                                                       ratio=ratio, limit=MAX_PART_BYTES // mb,
                                                       max_ratio=MAX_RATIO), path))
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES and not problems:
        problems.append(_error(translate(
            "Workbook", "The workbook would unpack to {size} MB, more than the {limit} MB read: the file is "
            "damaged or built to exhaust memory, and was not read.").format(size=total // mb,
                                                                            limit=MAX_TOTAL_BYTES // mb), path))
    return problems


def oversized_parts(infos: Sequence[zipfile.ZipInfo]) -> list[zipfile.ZipInfo]:
    """Parts of a zip archive that would unpack beyond :data:`MAX_PART_BYTES` or, above :data:`RATIO_FROM`, to
    more than :data:`MAX_RATIO` times their packed size (read from the directory alone; any zip-based format)."""
    return [info for info in infos if info.file_size > MAX_PART_BYTES
            or (info.file_size > RATIO_FROM and info.file_size / max(info.compress_size, 1) > MAX_RATIO)]


def not_a_workbook(_exc: BaseException) -> str:
    """The refusal of a file that is not a workbook (the library's own English text is not shown)."""
    return translate("Workbook", "Not an Excel workbook (.xlsx), or the file is damaged.")


def require_archive(path: Path | str) -> None:
    """Raise :class:`UserErrors` when :func:`check_archive` finds a problem."""
    problems = check_archive(path)
    if problems:
        raise UserErrors(problems)


# -- sheets -----------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SheetInfo:
    name: str
    part: str  # the sheet's XML part, e.g. xl/worksheets/sheet1.xml
    visible: bool


@dataclass
class SheetScan:
    """What the sheet XML says that calamine's values do not."""

    formulas: list[tuple[str, bool]] = field(default_factory=list)  # (cell, has a saved value)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (cell, error value)
    merges: list[str] = field(default_factory=list)  # ranges, e.g. C5:D6
    styled: list[str] = field(default_factory=list)  # cells whose style is one of those asked for (percentages)

    def uncached(self) -> set[str]:
        return {ref for ref, cached in self.formulas if not cached}


_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
       "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}


def sheet_infos(zf: zipfile.ZipFile) -> list[SheetInfo]:
    """Every sheet in workbook order with its XML part and whether it is visible (state hidden/veryHidden)."""
    book = ET.fromstring(zf.read("xl/workbook.xml"))
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    out = []
    for node in book.iterfind("m:sheets/m:sheet", _NS):
        target = targets.get(node.get(f"{{{_NS['r']}}}id"), "")
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        out.append(SheetInfo(node.get("name", ""), part, node.get("state", "visible") == "visible"))
    return out


class Book:
    """An xlsx workbook for reading: the archive checked (:func:`check_archive`) and its sheets listed before
    anything is unpacked. Values come from python-calamine, the rest from :meth:`scan`."""

    _open: zipfile.ZipFile | None = None

    def __init__(self, path: Path | str):
        self.path = Path(path)
        if not self.path.is_file():
            raise UserErrors(_error(translate("Workbook", "The file does not exist."), self.path))
        require_archive(self.path)
        try:
            with zipfile.ZipFile(self.path) as zf:
                self.sheets = sheet_infos(zf)
        except (KeyError, ET.ParseError, zipfile.BadZipFile, OSError) as exc:
            raise UserErrors(_error(not_a_workbook(exc), self.path)) from exc

    @property
    def visible(self) -> list[str]:
        """Names of the visible sheets in workbook order; raises when there is none."""
        names = [s.name for s in self.sheets if s.visible]
        if not names:
            raise UserErrors(_error(translate("Workbook", "The workbook has no visible sheet."), self.path))
        return names

    def is_visible(self, name: str) -> bool:
        return any(s.name == name and s.visible for s in self.sheets)

    @cached_property
    def calamine(self) -> Any:
        from python_calamine import CalamineWorkbook

        try:
            return CalamineWorkbook.from_path(str(self.path))
        except Exception as exc:  # noqa: BLE001 - calamine raises several error types for a broken file
            raise UserErrors(_error(translate("Workbook", "The workbook is damaged and cannot be read: save it again "
                                              "in Excel."), self.path)) from exc

    def rows(self, name: str, **options: Any) -> list[list[Any]]:
        """The sheet's cell values (calamine: an error value reads as "", a formula as its saved value)."""
        try:
            return self.calamine.get_sheet_by_name(name).to_python(skip_empty_area=False, **options)
        except Exception as exc:  # noqa: BLE001 - calamine raises XmlError and others for a damaged part
            raise UserErrors(_error(translate("Workbook", "The sheet is damaged and cannot be read: save the workbook "
                                              "again in Excel."), self.path, name)) from exc

    def scan(self, name: str, styles: frozenset[int] = frozenset()) -> SheetScan:
        """``styles``: cell style indexes whose cells are listed in :attr:`SheetScan.styled`."""
        part = next((s.part for s in self.sheets if s.name == name), None)
        if part is None:
            return SheetScan()
        if self._open is not None:
            with self._open.open(part) as stream:
                return scan_xml(_chunks(stream), styles)
        with zipfile.ZipFile(self.path) as zf, zf.open(part) as stream:
            return scan_xml(_chunks(stream), styles)

    @contextmanager
    def scanning(self) -> Iterator[Book]:
        """Keep the archive open while many sheets are scanned (opening it reads its whole directory)."""
        with zipfile.ZipFile(self.path) as zf:
            self._open = zf
            try:
                yield self
            finally:
                self._open = None

    def percent_styles(self) -> frozenset[int]:
        """Indexes of the cell styles whose number format shows a percentage (built-in 9 and 10, or a format code
        with %), from xl/styles.xml: calamine gives 85% as 0.85 without saying it was shown as a percentage."""
        try:
            with zipfile.ZipFile(self.path) as zf:
                styles = ET.fromstring(zf.read("xl/styles.xml"))
        except KeyError:
            return frozenset()
        except (ET.ParseError, zipfile.BadZipFile, OSError) as exc:
            raise UserErrors(_error(not_a_workbook(exc), self.path)) from exc
        custom = {int(n.get("numFmtId", "-1")): n.get("formatCode", "")
                  for n in styles.iterfind("m:numFmts/m:numFmt", _NS)}
        shown = [int(x.get("numFmtId", "0")) for x in styles.iterfind("m:cellXfs/m:xf", _NS)]
        return frozenset(i for i, fmt in enumerate(shown) if fmt in (9, 10) or "%" in custom.get(fmt, ""))

    def problems(self, name: str, scan: SheetScan, *, formulas: str = "uncached", merges: bool = False,
                 columns: Iterable[int] | None = None, from_row: int = 1) -> list[UserError]:
        """The scan's findings as located problems: error values always; formulas ``"all"``, ``"uncached"``
        (no saved value) or ``"none"``; merged ranges when ``merges``. ``columns`` (0-based) limits the
        formula and merge findings to those columns, ``from_row`` (as Excel shows it) every finding to the
        rows from there on."""
        keep = None if columns is None else {get_column_letter(c + 1) for c in columns}
        return located(self.path, name, scan, formulas=formulas, merges=merges, keep=keep, from_row=from_row)


def located(file: Path | str, sheet: str, scan: SheetScan, *, formulas: str = "uncached", merges: bool = False,
            keep: set[str] | None = None, from_row: int = 1) -> list[UserError]:
    out = [_error(error_value_message(value), file, sheet, *split_ref(ref)) for ref, value in scan.errors
           if (split_ref(ref)[0] or from_row) >= from_row]
    for ref, cached in scan.formulas:
        row, col = split_ref(ref)
        if (row or from_row) < from_row:
            continue
        if (formulas == "all" or (formulas == "uncached" and not cached)) and (keep is None or col in keep):
            text = (translate("Workbook", "The cell holds a formula: enter the value itself (copy, then paste "
                              "values).") if formulas == "all" else
                    translate("Workbook", "The formula has no saved value: open the file in Excel and save it "
                              "again."))
            out.append(_error(text, file, sheet, row, col))
    for ref in scan.merges if merges else ():
        row, col = split_ref(ref.split(":")[0])
        if (keep is None or col in keep) and (row or from_row) >= from_row:
            out.append(_error(translate("Workbook", "Merged cells {range}: unmerge them and fill in every cell.")
                              .format(range=ref), file, sheet, row, col))
    return out


def error_value_message(value: str) -> str:
    return translate("Workbook", "The cell holds the Excel error {value}: correct it or type the value.").format(
        value=value)


def split_ref(ref: str) -> tuple[int | None, str | None]:
    """``C5`` → (5, "C")."""
    match = re.fullmatch(r"([A-Z]+)(\d+)", ref)
    return (int(match.group(2)), match.group(1)) if match else (None, None)


def _chunks(stream: Any) -> Iterator[bytes]:
    while True:
        data = stream.read(SCAN_CHUNK)
        if not data:
            return
        yield data


_CELL = re.compile(rb"<c\b([^>]*?)(?:/>|>(.*?)</c>)", re.S)
_REF = re.compile(rb'\br="([A-Z]+\d+)"')
_ERROR_TYPE = re.compile(rb'\bt="e"')
_VALUE = re.compile(rb"<v>([^<]*)</v>")
_MERGE = re.compile(rb'<mergeCell ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"')


def scan_xml(chunks: Iterable[bytes], styles: frozenset[int] = frozenset()) -> SheetScan:
    """Formulas, error values and merged ranges of a sheet's XML given in chunks (and the cells of the given
    ``styles``). Each chunk is cut after its last complete row (or tag, after the cells) and only chunks that
    contain a formula, an error or one of the styles are parsed cell by cell."""
    scan, rest = SheetScan(), b""
    styled = re.compile(rb'<c\b([^>]*\bs="(?:' + b"|".join(str(s).encode() for s in sorted(styles)) + rb')"[^>]*)>',
                        ) if styles else None
    for chunk in chunks:
        data = rest + chunk
        cut = data.rfind(b"</row>")
        cut = cut + 6 if cut >= 0 else (data.rfind(b">") + 1 if b"</sheetData>" in data else 0)
        _scan_part(data[:cut], scan, styled)
        rest = data[cut:]
    _scan_part(rest, scan, styled)
    return scan


def _scan_part(data: bytes, scan: SheetScan, styled: re.Pattern[bytes] | None = None) -> None:
    if styled is not None:
        scan.styled += [ref.group(1).decode() for m in styled.finditer(data) if (ref := _REF.search(m.group(1)))]
    if b"<f" in data or b't="e"' in data:
        for m in _CELL.finditer(data):
            attrs, inner = m.group(1), m.group(2) or b""
            ref = _REF.search(attrs)
            name = ref.group(1).decode() if ref else ""
            value = _VALUE.search(inner)
            if _ERROR_TYPE.search(attrs):
                scan.errors.append((name, value.group(1).decode("utf-8", "replace") if value else "#?"))
            elif re.search(rb"<f[ >/]", inner):
                scan.formulas.append((name, bool(value and value.group(1).strip())))
    if b"<mergeCell " in data:
        scan.merges += [m.group(1).decode() for m in _MERGE.finditer(data)]


# -- texts ------------------------------------------------------------------------------------------------------
def cell_problem(value: Any, limit: int = LONG_TEXT_MAX) -> str | None:
    """Why a cell value cannot be taken (a control character, too long), or None."""
    if value.__class__ is not str:
        return None
    bad = CONTROL.search(value)
    escaped = None if bad else ESCAPED_CONTROL.search(value)
    if bad or escaped:
        code = ord(bad.group(0)) if bad else int(escaped.group(1), 16)  # type: ignore[union-attr]
        return translate("Workbook", "The cell holds the control character U+{code:04X}, which cannot be stored "
                         "or printed: delete it.").format(code=code)
    if len(value) > limit:
        return too_long_message(len(value), limit)
    return None


def too_long_message(length: int, limit: int) -> str:
    return translate("Workbook", "The text has {length} characters, more than the {limit} this field holds: "
                     "shorten it.").format(length=length, limit=limit)


def text_problems(rows: Sequence[Sequence[Any]], file: Path | str, sheet: str | None, *,
                  numbers: Sequence[int] | None = None, limit: int = LONG_TEXT_MAX) -> list[UserError]:
    """Every text cell of ``rows`` that :func:`cell_problem` refuses, with its cell (``numbers``: each row's
    number as shown, e.g. a CSV line; default 1, 2, …). One pass over the joined texts finds out whether there
    is any (the usual answer is no)."""
    texts = [v for row in rows for v in row if v.__class__ is str]
    joined = "\n".join(texts)
    if not CONTROL.search(joined) and not ESCAPED_CONTROL.search(joined) and max(map(len, texts), default=0) <= limit:
        return []
    out = []
    for r, row in zip(numbers or range(1, len(rows) + 1), rows, strict=True):
        for c, value in enumerate(row, start=1):
            message = cell_problem(value, limit)
            if message:
                out.append(_error(message, file, sheet, r, get_column_letter(c)))
    return out


def length_problems(values: Sequence[str], limit: int, file: Path | str, sheet: str | None,
                    rows: Sequence[int], column: str | None) -> list[UserError]:
    """Texts of one column longer than ``limit`` (see :data:`FIELD_LIMITS`), located by ``rows``."""
    if max(map(len, values), default=0) <= limit:
        return []
    return [_error(too_long_message(len(v), limit), file, sheet, row, column)
            for v, row in zip(values, rows, strict=True) if len(v) > limit]


# -- CSV --------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CsvGrid:
    rows: list[list[str]]
    lines: list[int]  # the line each row starts on
    encoding: str


def decode_csv(data: bytes, file: str) -> tuple[str, str]:
    """Decode CSV bytes: UTF-8 with BOM, then UTF-8, then GB18030 (a superset of GBK)."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return data[3:].decode("utf-8"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise UserErrors(_error(translate("Workbook", "The text is neither UTF-8 nor GBK."), file))


def read_csv(path: Path | str) -> CsvGrid:
    """A CSV file's rows, strictly: refused with their line when a NUL byte, a quote left open or a quoted
    field spanning lines is found."""
    path = Path(path)
    data = path.read_bytes()
    nul = data.find(b"\x00")
    if nul >= 0:
        raise UserErrors(_error(translate("Workbook", "The file holds a NUL byte (on line {line}): it is not a "
                                          "plain CSV text file.").format(line=data.count(b"\n", 0, nul) + 1), path))
    text, encoding = decode_csv(data, str(path))
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows, lines, start = [], [], 1
    try:
        for row in reader:
            if reader.line_num != start:
                raise UserErrors(_error(translate(
                    "Workbook", "A quoted field runs from line {first} to line {last}: a quote (\") is left open. "
                    "Close it, or remove the line breaks inside the field.").format(first=start, last=reader.line_num),
                    path, None, start))
            rows.append(row)
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise UserErrors(_error(translate("Workbook", "Line {line} is not valid CSV: a quote (\") is probably "
                                          "left open.").format(line=start), path, None, start)) from exc
    return CsvGrid(rows, lines, encoding)


def check_widths(grid: CsvGrid, header: int, file: Path | str) -> list[UserError]:
    """Rows after the header (index ``header``) whose number of fields differs from the header's; blank lines
    are allowed."""
    width = len(grid.rows[header])
    return [_error(translate("Workbook", "The line has {n} fields but the header has {width}: a comma or quote is "
                             "missing or extra.").format(n=len(row), width=width), file, None, line)
            for row, line in zip(grid.rows[header + 1:], grid.lines[header + 1:], strict=True)
            if len(row) != width and any(cell.strip() for cell in row)]
