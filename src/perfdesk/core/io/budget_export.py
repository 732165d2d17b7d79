"""Read and write the budget system's project export (预算管理一体化系统: 项目库 / 预算批复数据), one row per
project: the master data a county starts from (RULES §1).

Accepted files are what counties get out of the system: ``.xlsx``/``.xlsm`` (python-calamine) and ``.csv`` in
UTF-8 with or without BOM or GBK/GB18030 (detected, see :func:`sheets.decode_csv`). Columns are found by
the system's field codes (FISCAL_YEAR, MOF_DIV_CODE, DEPT_CODE, AGENCY_CODE, PRO_CODE, PRO_KIND_CODE,
EXP_FUNC_CODE, FUND_TYPE_CODE with their ``*_NAME`` twins, REPLY_AMT, ADJ_AMT, CUR_AMT) or the Chinese headers
county exports print (:data:`COLUMNS`), in any order. Title rows and a "单位：万元/元" row may stand above the
header; a row of Chinese headers right under a row of field codes is skipped; blank rows are skipped; a 合计/总计
row is kept aside and checked against the sum of the rows (小计 rows are skipped); after it, rows without a
project code (notes, 制表人) are ignored.

Money is exact: amounts are in 元 unless the header says （万元） or the unit row says 单位：万元 (a unit typed
in a cell wins); thousands separators and full-width digits are read; a blank amount is zero; digits finer than
a fen, text and negative 年初/全年 amounts are errors (ADJ_AMT, the adjustment, may be negative). A code and a
name in one cell ("51000021R000000019951-工资性支出") are split when the file has no separate code column.

Every problem is collected as a :class:`UserError` with file, sheet, row (as Excel shows it) and column letter,
then :class:`UserErrors` is raised; inconsistencies the file itself contains (REPLY_AMT + ADJ_AMT ≠ CUR_AMT, a
合计 row that is not the sum) are warnings in :attr:`BudgetExport.warnings`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from perfdesk.core.domain.enums import BudgetType, FundOrigin, ProjectAttribute
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money, MoneyUnit
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.io import execution_file as ef
from perfdesk.core.io.execution_file import (
    CODE_NAME,
    cell_text,
    column_letter,
    fen_from_cell,
    map_distinct,
)
from perfdesk.core.io.sheets import Book, check_widths, read_csv, text_problems
from perfdesk.core.memory import gc_paused

HEADER_SEARCH_ROWS = 20
GRAND_TOTAL_WORDS = ("合计", "总计")
SUBTOTAL_WORDS = ("小计",)
_TOTAL_WORDS = frozenset(GRAND_TOTAL_WORDS + SUBTOTAL_WORDS)
_UNKNOWN = "?"  # a value outside a mapping (never a mapped value)

# field → accepted headers (compared after normalisation: upper case, no spaces, no unit suffix)
COLUMNS: dict[str, tuple[str, ...]] = {
    "year": ("FISCAL_YEAR", "预算年度", "年度", "财政年度"),
    "division": ("MOF_DIV_CODE", "财政区划编码", "财政区划代码", "区划编码", "区划代码"),
    "division_name": ("MOF_DIV_NAME", "财政区划名称", "财政区划", "区划名称"),
    "dept_code": ("DEPT_CODE", "主管部门编码", "主管部门代码", "部门编码", "部门代码"),
    "dept_name": ("DEPT_NAME", "主管部门名称", "主管部门", "部门名称", "部门"),
    "agency_code": ("AGENCY_CODE", "单位编码", "单位代码", "预算单位编码", "预算单位代码"),
    "agency_name": ("AGENCY_NAME", "单位名称", "预算单位名称", "预算单位", "单位"),
    "code": ("PRO_CODE", "项目编码", "项目代码"),
    "name": ("PRO_NAME", "项目名称", "项目"),
    "kind_code": ("PRO_KIND_CODE", "项目类别编码", "项目类别代码"),
    "kind_name": ("PRO_KIND_NAME", "项目类别", "项目类别名称"),
    "func_code": ("EXP_FUNC_CODE", "功能分类编码", "功能分类代码", "支出功能分类编码", "支出功能分类科目编码",
                  "功能科目编码"),
    "func_name": ("EXP_FUNC_NAME", "功能分类名称", "功能分类", "支出功能分类", "支出功能分类科目", "功能科目",
                  "功能科目名称"),
    "fund_type_code": ("FUND_TYPE_CODE", "资金性质编码", "资金性质代码"),
    "fund_type_name": ("FUND_TYPE_NAME", "资金性质", "资金性质名称"),
    "budget_type": ("预算类型", "预算类别"),
    "origin": ("资金来源", "资金来源名称"),
    "attribute": ("项目属性", "新增或延续"),
    "initial": ("REPLY_AMT", "年初预算数", "年初批复数", "年初预算", "年初批复"),
    "adjustment": ("ADJ_AMT", "调整数", "调整金额", "预算调整数", "调整变动数"),
    "full_year": ("CUR_AMT", "全年预算数", "调整后预算数", "变动后预算数", "全年预算", "预算数"),
}
AMOUNTS = ("initial", "adjustment", "full_year")
NON_NEGATIVE = ("initial", "full_year")
# code column → its name twin (a code and a name in one cell are split when the code column is absent)
PAIRS = (("code", "name"), ("dept_code", "dept_name"), ("agency_code", "agency_name"), ("kind_code", "kind_name"),
         ("func_code", "func_name"), ("fund_type_code", "fund_type_name"))
FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("BudgetExport", "project code (PRO_CODE / 项目编码)"),
    "unit": QT_TRANSLATE_NOOP("BudgetExport", "budget unit (AGENCY_CODE / 单位编码, or DEPT_CODE / 主管部门编码)"),
    "amount": QT_TRANSLATE_NOOP("BudgetExport", "budget (REPLY_AMT / 年初预算数 or CUR_AMT / 全年预算数)"),
}

# 资金来源 as printed → FundOrigin (compared without spaces); the first word of each is the one exports use
ORIGIN_WORDS: dict[str, tuple[str, ...]] = {
    FundOrigin.OWN_LEVEL: ("本级", "本级资金", "本级项目", "本级财力", "本级财政", "县本级", "县级", "县级资金"),
    FundOrigin.COUNTY_TRANSFER: ("县对下转移支付", "对下转移支付", "县对乡镇转移支付", "县级对下转移支付",
                                 "县对乡转移支付"),
    FundOrigin.CENTRAL_TRANSFER: ("中央转移支付", "中央", "中央资金", "中央补助", "中央补助资金", "中央直达资金"),
    FundOrigin.PROVINCIAL_TRANSFER: ("省转移支付", "省级转移支付", "省级", "省级资金", "省补助", "省补助资金"),
    FundOrigin.MUNICIPAL_TRANSFER: ("市转移支付", "市级转移支付", "市级", "市级资金", "市补助", "市补助资金"),
    FundOrigin.NON_FISCAL: ("非财政拨款资金", "非财政拨款", "单位资金", "非财政资金"),
}
ORIGIN_OF = {word: origin.value for origin, words in ORIGIN_WORDS.items() for word in (*words, origin.value)}
PRINTED_ORIGIN = {origin.value: words[0] for origin, words in ORIGIN_WORDS.items()}

# 预算类型 / 资金性质 → BudgetType: words in the name, or the first two digits of FUND_TYPE_CODE
BUDGET_TYPE_WORDS = (("一般公共预算", BudgetType.GENERAL), ("政府性基金", BudgetType.FUND),
                     ("国有资本经营", BudgetType.STATE_CAPITAL), ("社会保险基金", BudgetType.SOCIAL_INSURANCE),
                     ("社保基金", BudgetType.SOCIAL_INSURANCE))
BUDGET_TYPE_OF_CODE = {"11": BudgetType.GENERAL, "12": BudgetType.FUND, "13": BudgetType.STATE_CAPITAL}
PRINTED_BUDGET_TYPE = {BudgetType.GENERAL: "一般公共预算", BudgetType.FUND: "政府性基金预算",
                       BudgetType.STATE_CAPITAL: "国有资本经营预算", BudgetType.SOCIAL_INSURANCE: "社会保险基金预算"}
ATTRIBUTE_OF = {"新增": ProjectAttribute.NEW, "新增项目": ProjectAttribute.NEW, "新建": ProjectAttribute.NEW,
                "延续": ProjectAttribute.CONTINUING, "延续项目": ProjectAttribute.CONTINUING,
                "续建": ProjectAttribute.CONTINUING, "持续": ProjectAttribute.CONTINUING}
PRINTED_ATTRIBUTE = {ProjectAttribute.NEW: "新增", ProjectAttribute.CONTINUING: "延续"}

_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_UNIT_CODE_NAME = re.compile(r"^[\[【(（]?([0-9A-Za-z]{2,})[\]】)）]?\s*[-－—_:：]?\s*([^\d\s].*)$")  # 101-县教育局
_PLACES = {MoneyUnit.YUAN: 2, MoneyUnit.WAN: 6}
_FAST_FEN_LIMIT = 1e13
_DECIMALS = re.compile(r"[.．]([0-9０-９]+)")
_SPACES = re.compile(r"[\s\u3000]+")


class ProjectLine(NamedTuple):
    """One project as the export gives it. Amounts in fen; None where the file has no such column (or, for the
    optional classifications, no value)."""

    row: int  # as Excel shows it (the line for CSV)
    year: int
    code: str
    name: str
    dept_code: str = ""
    dept_name: str = ""
    agency_code: str = ""
    agency_name: str = ""
    division: str = ""
    kind_code: str = ""
    func_code: str = ""
    fund_type_code: str = ""
    budget_type: str | None = None  # BudgetType
    origin: str | None = None  # FundOrigin; None: no 资金来源 column or a blank cell
    attribute: str | None = None  # ProjectAttribute
    initial: int | None = None  # REPLY_AMT 年初预算数
    adjustment: int | None = None  # ADJ_AMT
    full_year: int | None = None  # CUR_AMT 全年预算数


@dataclass(frozen=True)
class BudgetExport:
    """A parsed export: its project lines and how it was read (for the summary)."""

    file: str
    sheet: str | None
    header_row: int
    encoding: str | None  # CSV only
    columns: dict[str, str]  # field → column letter
    units: dict[str, MoneyUnit]  # amount field → unit
    lines: list[ProjectLine]
    total_row: int | None = None
    totals: dict[str, int] = field(default_factory=dict)  # amount field → the 合计 row's figure
    warnings: list[UserError] = field(default_factory=list)
    year_from: str = "column"  # column, argument, title

    @property
    def has_origin(self) -> bool:
        return "origin" in self.columns


def read_budget_export(path: str | Path, *, year: int | None = None) -> BudgetExport:
    """Parse ``path`` or raise :class:`UserErrors` listing every problem. ``year`` is the budget year of a file
    without a FISCAL_YEAR column (else read from a title such as "2025年…"); a file whose column disagrees
    with it is refused."""
    with gc_paused():
        return _read(Path(path), year)


def _read(path: Path, year: int | None) -> BudgetExport:
    """Through the shared reading layer (:mod:`.sheets`): strict CSV, visible sheets, error values, merged cells,
    control characters and zip bombs refused with their place before anything is parsed."""
    if path.suffix.lower() == ".csv":
        data = read_csv(path)
        header = find_header(data.rows)
        problems = check_widths(data, header, path) if header is not None else []
        problems += text_problems(data.rows, path, None, numbers=data.lines)
        if problems:
            raise UserErrors(problems)
        return _Parser(data.rows, ef.Where(str(path), None), year, data.encoding, set).parse()
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise UserErrors(UserError(translate("BudgetExport", "unsupported file type {suffix}: use .xlsx or .csv")
                                   .format(suffix=path.suffix or "?"), str(path)))
    book = Book(path)
    name, grid = _read_sheet(book)
    scan = book.scan(name)
    header = find_header(grid)
    problems = book.problems(name, scan, formulas="none", merges=True, from_row=(header or 0) + 1)
    problems += text_problems(grid, path, name)
    if problems:
        raise UserErrors(problems)
    return _Parser(grid, ef.Where(str(path), name), year, None, scan.uncached).parse()


def _read_sheet(book: Book) -> tuple[str, list[list[Any]]]:
    """The first visible sheet with a project header (else the first visible sheet); hidden sheets are never
    read."""
    for name in book.visible:
        grid = book.rows(name)
        if find_header(grid) is not None:
            return name, grid
    first = book.visible[0]
    return first, book.rows(first)


# -- header ----------------------------------------------------------------------------------------------
_ALIAS_TO_FIELD = {alias.upper(): name for name, aliases in COLUMNS.items() for alias in aliases}


def header_fields(row: Sequence[Any]) -> dict[int, tuple[str, MoneyUnit | None]]:
    return ef.header_fields(row, _ALIAS_TO_FIELD)


def find_header(grid: Sequence[Sequence[Any]]) -> int | None:
    """The first row naming a project column and a unit or an amount column."""
    for index, row in enumerate(grid[:HEADER_SEARCH_ROWS]):
        fields = {name for name, _ in header_fields(row).values()}
        if fields & {"code", "name"} and fields & {"agency_code", "agency_name", "dept_code", "dept_name", *AMOUNTS}:
            return index
    return None


class _Parser:
    """The grid → project lines, column by column, every problem collected."""

    def __init__(self, grid: list[list[Any]], where: ef.Where, year: int | None, encoding: str | None,
                 formulas: Callable[[], set[str]]):
        self.grid, self.where, self.year, self.encoding = grid, where, year, encoding
        self._formulas, self._formula_cache = formulas, None  # type: set[str] | None
        self.errors: list[UserError] = []
        self.warnings: list[UserError] = []

    def fail(self, message: str, row: int | None = None, field_name: str | None = None) -> None:
        column = column_letter(self.columns[field_name]) if field_name in self.columns else None
        self.errors.append(self.where.error(message, row, column))

    # -- layout ------------------------------------------------------------------------------------------
    def parse(self) -> BudgetExport:
        header = find_header(self.grid)
        if header is None:
            raise UserErrors(self.where.error(translate(
                "BudgetExport", "no header row naming the project column (PRO_CODE / 项目编码 or PRO_NAME / 项目名称) "
                "and the unit or budget columns in the first {n} rows").format(n=HEADER_SEARCH_ROWS)))
        self.header = header
        self._map_columns(header)
        self._check_required()
        year, year_from = self._file_year()
        if self.errors:
            raise UserErrors(self.errors)
        start = header + 1
        if start < len(self.grid) and self._is_second_header(self.grid[start]):
            start += 1
        lines, total = self._lines(start, year)
        if self.errors:
            self.errors.sort(key=lambda e: (e.row or 0, len(e.column or ""), e.column or ""))
            raise UserErrors(self.errors)
        self._check_sums(lines, total)
        return BudgetExport(self.where.file, self.where.sheet, header + 1, self.encoding,
                            {f: column_letter(i) for f, i in self.columns.items()},
                            {f: self.units[f] for f in AMOUNTS if f in self.columns}, lines,
                            total[0] if total else None, total[1] if total else {}, self.warnings, year_from)

    def _map_columns(self, header: int) -> None:
        self.columns: dict[str, int] = {}
        units: dict[str, MoneyUnit] = {}
        for index, (name, unit) in header_fields(self.grid[header]).items():
            if name in self.columns:
                self.errors.append(self.where.error(
                    translate("BudgetExport", "two columns for the same field: {first} and {second}")
                    .format(first=column_letter(self.columns[name]), second=column_letter(index)),
                    header + 1, column_letter(index)))
                continue
            self.columns[name] = index
            if unit is not None:
                units[name] = unit
        sheet_unit = ef.title_unit(self.grid, header) or MoneyUnit.YUAN
        self.units = {f: units.get(f) or sheet_unit for f in AMOUNTS}

    def _check_required(self) -> None:
        has = self.columns.keys()
        missing = []
        if "code" not in has and "name" not in has:
            missing.append("code")
        if not has & {"agency_code", "agency_name", "dept_code", "dept_name"}:
            missing.append("unit")
        if not has & {"initial", "full_year"}:
            missing.append("amount")
        for f in missing:
            self.errors.append(self.where.error(translate("BudgetExport", "missing required column: {column}").format(
                column=translate("BudgetExport", FIELD_LABELS[f])), self.header + 1))

    def _file_year(self) -> tuple[int | None, str]:
        if "year" in self.columns:
            return self.year, "column"
        if self.year is not None:
            return self.year, "argument"
        found = {int(m.group(1)) for row in self.grid[:self.header] for cell in row
                 for m in _TITLE_YEAR.finditer(str(cell or ""))}
        if len(found) == 1:
            return found.pop(), "title"
        self.errors.append(self.where.error(translate(
            "BudgetExport", "the file gives no budget year (no FISCAL_YEAR / 预算年度 column, no year in its title): "
            "give the year of its projects"), self.header + 1))
        return None, ""

    def _is_second_header(self, row: Sequence[Any]) -> bool:
        fields = header_fields(row)
        return len(fields) >= 2 and all(fields[i][0] == f for f, i in self.columns.items() if i in fields)

    # -- rows --------------------------------------------------------------------------------------------
    def _lines(self, start: int, year: int | None) -> tuple[list[ProjectLine], tuple[int, dict[str, int]] | None]:
        width = max(self.columns.values()) + 1
        data = [list(r) + [""] * (width - len(r)) if len(r) < width else r for r in self.grid[start:]]
        texts = {f: self._texts(data, f) for f in COLUMNS if f in self.columns and f not in AMOUNTS}
        self._split_code_names(texts, len(data))
        kept, total_at = self._keep(data, texts, start)
        every = len(kept) == len(data)
        rows = list(range(start + 1, start + 1 + len(data))) if every else [start + 1 + k for k in kept]
        total = None if total_at is None else self._total(data[total_at], start + 1 + total_at)
        pick = texts if every else {f: [values[k] for k in kept] for f, values in texts.items()}
        amounts = {f: self._amounts(list(map(itemgetter(self.columns[f]), data)) if every else
                                    [data[k][self.columns[f]] for k in kept], rows, f)
                   for f in AMOUNTS if f in self.columns}
        years = self._years(pick.get("year"), rows, year)
        self._check_unique(pick["code"], years, rows)
        return self._build(rows, years, pick, amounts), total

    def _total(self, cells: Sequence[Any], row: int) -> tuple[int, dict[str, int]]:
        """The 合计 row's figures (a blank cell: zero)."""
        return row, {f: self._amount(cells[self.columns[f]], row, f) or 0 for f in AMOUNTS if f in self.columns}

    def _texts(self, data: list[list[Any]], field_name: str) -> list[str]:
        """A text column stripped (``str.strip`` takes the ideographic space too); codes lose inner spaces."""
        values = list(map(itemgetter(self.columns[field_name]), data))
        try:
            out = list(map(str.strip, values))
        except TypeError:  # numbers (codes typed as numbers), None
            out = map_distinct(lambda v: v.strip() if type(v) is str else cell_text(v), values)
        if field_name.endswith("code") or field_name in ("division", "year"):
            joined = "".join(out)
            if " " in joined or "\u3000" in joined or "\t" in joined:
                return map_distinct(lambda v: _SPACES.sub("", v), out)
        return out

    def _split_code_names(self, texts: dict[str, list[str]], n: int) -> None:
        """"code-name" cells split where the code column is absent; the code column present but no name column:
        a code cell carrying its name is split the same way."""
        for code_field, name_field in PAIRS:
            pattern = CODE_NAME if code_field == "code" else _UNIT_CODE_NAME
            if code_field not in texts and name_field in texts:
                matches = [pattern.match(v) for v in texts[name_field]]
                texts[code_field] = [mt.group(1) if mt else "" for mt in matches]
                texts[name_field] = [mt.group(2).strip() if mt else v for mt, v in zip(matches, texts[name_field],
                                                                                       strict=True)]
            elif code_field in texts and name_field not in texts and _has_dash("".join(texts[code_field])):
                matches = [pattern.match(v) for v in texts[code_field]]
                texts[name_field] = [mt.group(2).strip() if mt else "" for mt in matches]
                texts[code_field] = [mt.group(1) if mt else v for mt, v in zip(matches, texts[code_field], strict=True)]
        if "code" not in texts:
            texts["code"] = [""] * n
        if "name" not in texts:
            texts["name"] = [""] * n

    def _keep(self, data: list[list[Any]], texts: dict[str, list[str]], start: int
              ) -> tuple[list[int], int | None]:
        """Positions of the project rows, and of the 合计 row. Blank rows and 小计 rows are skipped; a row without
        a code is an error, except after the 合计 row (notes)."""
        codes = texts["code"]
        if "" not in codes and not _TOTAL_WORDS.intersection(codes):
            return list(range(len(codes))), None
        kept: list[int] = []
        total_at = None
        for k, code in enumerate(codes):
            if code and code not in _TOTAL_WORDS:
                kept.append(k)
                continue
            words = {re.sub(r"[\s\u3000:：]", "", cell_text(c)) for c in data[k]} - {""}
            if not words or total_at is not None or words & set(SUBTOTAL_WORDS):
                continue
            if words & set(GRAND_TOTAL_WORDS):
                total_at = k
            else:
                self.fail(translate("BudgetExport", "the project code is blank"), start + 1 + k,
                          "code" if "code" in self.columns else "name")
        return kept, total_at

    def _years(self, column: list[str] | None, rows: list[int], default: int | None) -> list[int]:
        if column is None:
            return [default or 0] * len(rows)
        years = map_distinct(_year_of, column)
        if 0 in years or (default is not None and set(years) != {default}):
            for text, year, row in zip(column, years, rows, strict=True):
                if not year:
                    self.fail(translate("BudgetExport", "not a budget year: {value}").format(value=text), row, "year")
                elif default is not None and year != default:
                    self.fail(translate("BudgetExport", "the row is of {found}, not of {year}").format(
                        found=year, year=default), row, "year")
        return years  # type: ignore[return-value]

    def _check_unique(self, codes: list[str], years: list[int], rows: list[int]) -> None:
        if len(set(codes)) == len(codes) or len(set(zip(codes, years, strict=True))) == len(codes):
            return
        first: dict[tuple[str, int], int] = {}
        for key, row in zip(zip(codes, years, strict=True), rows, strict=True):
            seen = first.setdefault(key, row)
            if seen != row:
                self.fail(translate("BudgetExport", "project code {code} appears twice (first on row {first})")
                          .format(code=key[0], first=seen), row, "code" if "code" in self.columns else "name")

    # -- amounts -----------------------------------------------------------------------------------------
    def _amounts(self, values: list[Any], rows: list[int], field_name: str) -> list[int | None]:
        fen_per_unit = self.units[field_name].fen
        least = 0 if field_name in NON_NEGATIVE else -_FAST_FEN_LIMIT  # a negative 年初/全年 takes the careful path
        fast = [n if type(v) is float and least <= (x := v * fen_per_unit) < _FAST_FEN_LIMIT
                and -0.001 < x - (n := round(x)) < 0.001 else None for v in values]  # see execution_file
        if None not in fast:
            return fast  # type: ignore[return-value]
        return [f if f is not None else self._amount(v, row, field_name)
                for f, v, row in zip(fast, values, rows, strict=True)]

    def _amount(self, value: Any, row: int, field_name: str) -> int | None:
        unit = self.units[field_name]
        if value is None or (isinstance(value, str) and not value.strip()):
            if column_letter(self.columns[field_name]) + str(row) in self._formula_refs():
                self.fail(translate("BudgetExport", "the formula has no saved value: open the file in Excel and "
                                                    "save it again"), row, field_name)
                return None
            return 0
        try:
            text = format(Decimal(repr(value)), "f") if isinstance(value, float) else str(value)
            fen = fen_from_cell(value, unit.fen)
        except (ValueError, ArithmeticError):
            self.fail(translate("BudgetExport", "not an amount: {value}").format(value=cell_text(value)), row,
                      field_name)
            return None
        if _finer_than_fen(text, unit):
            self.fail(translate("BudgetExport", "{value} {unit} is not a whole number of fen").format(
                value=cell_text(value), unit=unit.value), row, field_name)
            return None
        if fen < 0 and field_name in NON_NEGATIVE:
            self.fail(translate("BudgetExport", "negative amount: {value}").format(value=cell_text(value)), row,
                      field_name)
            return None
        return fen

    def _formula_refs(self) -> set[str]:
        if self._formula_cache is None:
            self._formula_cache = self._formulas()
        return self._formula_cache

    # -- lines -------------------------------------------------------------------------------------------
    def _build(self, rows: list[int], years: list[int], texts: dict[str, list[str]],
               amounts: dict[str, list[int | None]]) -> list[ProjectLine]:
        n = len(rows)
        blank = [""] * n
        none: list[Any] = [None] * n
        origins = self._mapped(texts.get("origin"), rows, "origin", ORIGIN_OF, _origin_choices())
        attributes = self._mapped(texts.get("attribute"), rows, "attribute", ATTRIBUTE_OF,
                                  "、".join(PRINTED_ATTRIBUTE.values()))
        budget_types = self._budget_types(texts, n)
        return list(map(ProjectLine._make, zip(
            rows, years, texts["code"], texts["name"], texts.get("dept_code", blank), texts.get("dept_name", blank),
            texts.get("agency_code", blank), texts.get("agency_name", blank), texts.get("division", blank),
            texts.get("kind_code", blank), texts.get("func_code", blank), texts.get("fund_type_code", blank),
            budget_types, origins, attributes, amounts.get("initial", none), amounts.get("adjustment", none),
            amounts.get("full_year", none), strict=True)))

    def _mapped(self, column: list[str] | None, rows: list[int], field_name: str, table: dict[str, str],
                accepted: str) -> list[str | None]:
        if column is None:
            return [None] * len(rows)
        found = map_distinct(lambda text: table.get(_SPACES.sub("", text), _UNKNOWN) if text else None, column)
        if _UNKNOWN in found:
            for text, value, row in zip(column, found, rows, strict=True):
                if value is _UNKNOWN:
                    self.fail(translate("BudgetExport", "unknown value {value}; accepted: {accepted}").format(
                        value=text, accepted=accepted), row, field_name)
        return found  # type: ignore[return-value]

    def _budget_types(self, texts: dict[str, list[str]], n: int) -> list[str | None]:
        words = texts.get("budget_type") or texts.get("fund_type_name") or [""] * n
        codes = texts.get("fund_type_code") or [""] * n
        return map_distinct(_budget_type_value, list(zip(words, codes, strict=True)))  # type: ignore[arg-type]

    def _check_sums(self, lines: list[ProjectLine], total: tuple[int, dict[str, int]] | None) -> None:
        """REPLY_AMT + ADJ_AMT = CUR_AMT row by row, and the 合计 row against the sum (warnings)."""
        if all(f in self.columns for f in AMOUNTS):
            for line in lines:
                if line.initial + line.adjustment != line.full_year:  # type: ignore[operator]
                    self.warnings.append(self.where.error(translate(
                        "BudgetExport", "project {code}: 年初预算数 {initial} + 调整数 {adjustment} ≠ 全年预算数 "
                        "{full_year} (元)").format(code=line.code, initial=_yuan(line.initial),
                                                   adjustment=_yuan(line.adjustment), full_year=_yuan(line.full_year)),
                        line.row, column_letter(self.columns["full_year"])))
        if total is None:
            return
        row, figures = total
        for f, printed in figures.items():
            summed = sum(getattr(line, f) or 0 for line in lines)
            if printed != summed:
                self.warnings.append(self.where.error(translate(
                    "BudgetExport", "the 合计 row gives {printed} but the projects add up to {summed} (元), "
                    "a difference of {difference}").format(printed=_yuan(printed), summed=_yuan(summed),
                                                          difference=_yuan(printed - summed)),
                    row, column_letter(self.columns[f])))


def _has_dash(text: str) -> bool:
    return "-" in text or "－" in text


def _year_of(text: str) -> int:
    """2025 of "2025", "2025年", "2025年度", "2025.0"; 0 when the text is no year."""
    return int(text[:4]) if re.fullmatch(r"(19|20)\d{2}(年|年度|\.0)?", text) else 0


def _finer_than_fen(text: str, unit: MoneyUnit) -> bool:
    """More decimals than a fen in the cell's unit (a unit typed in the cell wins)."""
    decimals = _DECIMALS.search(text)
    if not decimals:
        return False
    places = 6 if "万" in text else 2 if "元" in text else _PLACES[unit]
    return len(decimals.group(1).rstrip("0０")) > places


def _budget_type_value(word_and_code: tuple[str, str]) -> str | None:
    word, code = word_and_code
    found = _budget_type_of(word) or BUDGET_TYPE_OF_CODE.get(code[:2])
    return found.value if found else None


def _budget_type_of(text: str) -> BudgetType | None:
    for word, budget_type in BUDGET_TYPE_WORDS:
        if word in text:
            return budget_type
    return None


def _origin_choices() -> str:
    return "、".join(PRINTED_ORIGIN.values())


def _yuan(fen: int | None) -> str:
    return Money(fen or 0).format_yuan()


# -- writing -----------------------------------------------------------------------------------------------
# (field code, Chinese header, width): the layout `perfdesk projects export` and the template write, field codes
# on the first row and the Chinese headers under them; it reads back as it was written
EXPORT_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("FISCAL_YEAR", "预算年度", 9), ("MOF_DIV_CODE", "财政区划编码", 12), ("DEPT_CODE", "主管部门编码", 12),
    ("DEPT_NAME", "主管部门名称", 18), ("AGENCY_CODE", "单位编码", 12), ("AGENCY_NAME", "单位名称", 22),
    ("PRO_CODE", "项目编码", 24), ("PRO_NAME", "项目名称", 34), ("PRO_KIND_CODE", "项目类别编码", 10),
    ("EXP_FUNC_CODE", "功能分类编码", 12), ("FUND_TYPE_CODE", "资金性质编码", 10), ("预算类型", "预算类型", 16),
    ("资金来源", "资金来源", 16), ("项目属性", "项目属性", 9), ("REPLY_AMT", "年初预算数（元）", 16),
    ("ADJ_AMT", "调整数（元）", 14), ("CUR_AMT", "全年预算数（元）", 16),
)
SHEET = "项目"
TEMPLATE_NOTES = (
    "填写说明",
    "1. 每行一个项目；第1行为预算管理一体化系统字段名，第2行为中文列名，两行都请保留。",
    "2. 金额单位为元，可保留两位小数（到分）；调整数可为负数；年初预算数＋调整数应等于全年预算数。",
    "3. 主管部门、单位、项目均填编码和名称；乡镇（街道）作为主管部门填写，其下属单位作为单位填写。",
    "4. 资金来源可填：" + "、".join(PRINTED_ORIGIN.values()) + "；不填按本级项目导入。",
    "5. 预算类型可填：" + "、".join(PRINTED_BUDGET_TYPE.values()) + "；项目属性可填：新增、延续。",
    "6. 填好后在绩效通中导入：基础库 → 项目 → 导入，或命令 perfdesk projects import 文件名。",
)


def export_row(line: ProjectLine) -> list[Any]:
    """A line in the order of :data:`EXPORT_COLUMNS`, amounts in 元 (exact: two decimals)."""
    return [line.year, line.division, line.dept_code, line.dept_name, line.agency_code, line.agency_name, line.code,
            line.name, line.kind_code, line.func_code, line.fund_type_code,
            PRINTED_BUDGET_TYPE.get(BudgetType(line.budget_type), "") if line.budget_type else "",
            PRINTED_ORIGIN.get(line.origin or "", ""),
            PRINTED_ATTRIBUTE.get(ProjectAttribute(line.attribute), "") if line.attribute else "",
            *(_yuan_number(fen) for fen in (line.initial, line.adjustment, line.full_year))]


def _yuan_number(fen: int | None) -> Any:
    """元 as a number that reads back exactly (a float with at most two decimals: its shortest text is exact)."""
    if fen is None:
        return None
    return fen // 100 if fen % 100 == 0 else float(Money(fen).as_yuan)


def write_budget_export(path: str | Path, lines: Sequence[ProjectLine]) -> int:
    """Write ``lines`` in the export layout: ``.csv`` (UTF-8 with BOM, which Excel opens) or ``.xlsx``."""
    path = Path(path)
    header = [[key for key, _h, _w in EXPORT_COLUMNS], [head for _k, head, _w in EXPORT_COLUMNS]]
    if path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as stream:
            writer = csv.writer(stream)
            writer.writerows(header)
            writer.writerows(map(export_row, lines))
        return len(lines)
    _write_workbook(path, header, map(export_row, lines), notes=())
    return len(lines)


def write_template(path: str | Path) -> None:
    """The empty form in the export layout, with a sheet of instructions (for counties without an export)."""
    header = [[key for key, _h, _w in EXPORT_COLUMNS], [head for _k, head, _w in EXPORT_COLUMNS]]
    _write_workbook(Path(path), header, iter(()), notes=TEMPLATE_NOTES)


def _write_workbook(path: Path, header: list[list[str]], rows: Any, *, notes: Sequence[str]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(SHEET)
    for i, (_k, _h, width) in enumerate(EXPORT_COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A3"
    for texts in header:
        cells = []
        for text in texts:
            cell = WriteOnlyCell(ws, value=text)
            cell.font = Font(bold=True)
            cells.append(cell)
        ws.append(cells)
    for row in rows:
        ws.append(row)
    if notes:
        sheet = wb.create_sheet("填写说明")
        sheet.column_dimensions["A"].width = 100
        for text in notes:
            sheet.append([text])
    wb.save(path)
