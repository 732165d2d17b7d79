"""A malformed-input corpus for every import, generated (no binaries committed): base files that import cleanly,
and defects applied to them, each with its expected outcome.

Imports: targets (flat list and official 申报表), indicator library, execution export (xlsx and CSV), progress
(执行监控表) and self-evaluation (official table and flat export). Each :class:`Case` names the issue item it
guards, whether the file must be refused (with the words its Chinese message must contain and, where the
defect sits in one cell, that cell) or accepted (then the database must end up exactly as after importing the
clean base file).

Run as a script to write the files and an index of expected outcomes::

    PYTHONPATH=src python tests/corpus/make_corpus.py OUTDIR [--db demo.db]

(without ``--db`` a tiny demo database is built in OUTDIR first).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import shutil
import struct
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run as a script
    sys.path.insert(0, str(ROOT))

from perfdesk.core.db import models as m  # noqa: E402
from perfdesk.core.io import xlsx_out  # noqa: E402
from perfdesk.core.io.targets_xlsx import FLAT_HEADER  # noqa: E402
from tests.io import selfeval_books as books  # noqa: E402
from tests.services import library_books  # noqa: E402

YEAR = 2025
JULY = dt.date(2025, 7, 31)
AUGUST = dt.date(2025, 8, 31)
FILE_NAME = "导入文件"  # every case file has the same name (in its own folder): the database stores it


# -- what the demo database gives the base files ------------------------------------------------------------------
@dataclass(frozen=True)
class DemoFacts:
    draft_code: str
    codes: tuple[str, ...]  # every project of the year
    round_id: int  # the July monitoring round
    progress_projects: tuple[int, ...]
    selfeval: tuple[tuple[str, str], ...]  # (code, name) of projects with a self-evaluation and a unique name


def demo_facts(db: Any) -> DemoFacts:
    from perfdesk.core.db import queries_monitoring as qm
    from perfdesk.core.services import monitoring as svc

    with db.sessions() as s:
        draft = s.scalar(select(m.Project.code).join(m.PerformanceTarget).join(m.BudgetYear)
                         .where(m.BudgetYear.year == YEAR, m.PerformanceTarget.status == "draft")
                         .order_by(m.Project.code))
        codes = tuple(s.scalars(select(m.Project.code).join(m.BudgetYear).where(m.BudgetYear.year == YEAR)
                                .order_by(m.Project.code)))
        rid = svc.find_round(s, as_of=JULY).id
        pids = tuple(r.project_id for r in qm.executions(s, rid) if r.project_id is not None)[:2]
        rows = s.execute(select(m.Project.code, m.Project.name).join(m.BudgetYear).join(m.SelfEvaluation)
                         .where(m.BudgetYear.year == YEAR).order_by(m.Project.code)).all()
        names = list(s.scalars(select(m.Project.name).join(m.BudgetYear).where(m.BudgetYear.year == YEAR)))
    unique = tuple((c, n) for c, n in rows if names.count(n) == 1)
    return DemoFacts(draft, codes, rid, pids, unique[:2])


# -- base files -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Base:
    """A clean file of one import and the cells the defects are put in (``None``: the import has none)."""

    kind: str  # targets, library, execution, progress, selfeval
    suffix: str
    sheet: str | None
    text: str  # a text cell (an indicator or project name)
    text_limit: int  # the longest text that cell's field takes
    amount: str | None  # a number cell (分值, 执行数, an amount)
    merge: tuple[str, str] | None = None  # a range whose merging loses an amount, and the cell named
    negative: str | None = None  # a cell where a negative number must be refused


def _flat_targets(facts: DemoFacts, path: Path, db: Any) -> Path:
    code = facts.draft_code
    rows = [[YEAR, "101", "单位", code, "项目", "年度", "产出指标", "数量指标", name, "≥", "100", "人", 10, "计划标准",
             "本年完成培训" if i == 0 else "", "", ""] for i, name in enumerate(("受益人数", "培训人次", "覆盖乡镇"))]
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    ws.append(list(FLAT_HEADER))
    for row in rows:
        xlsx_out.append(ws, row)
    wb.save(path)
    return path


def _official_targets(facts: DemoFacts, path: Path, db: Any) -> Path:
    from perfdesk.core.services import targets_io as tio

    with db.sessions() as s:
        tio.export_targets(s, path, year=YEAR, layout="official")
    wb = load_workbook(path)
    keep = next(ws for ws in wb.worksheets if any(c.value == facts.draft_code for r in ws.iter_rows(max_row=6)
                                                    for c in r))
    for ws in list(wb.worksheets):
        if ws is not keep:
            wb.remove(ws)
    keep.title = "申报表"
    wb.save(path)
    return path


def _official_cells(path: Path) -> tuple[str, str, str]:
    """(first indicator's 三级指标 cell, its 分值 cell, the 中期资金总额 cell) of the exported 申报表."""
    ws = load_workbook(path).active
    header = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "一级指标")
    funds = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == "项目资金（万元）")
    return f"D{header + 1}", f"H{header + 1}", f"D{funds}"


def _library(facts: DemoFacts, path: Path, db: Any) -> Path:
    return library_books.book(path, [library_books.row("语料测试指标甲"), library_books.row("语料测试指标乙")])


EXECUTION_HEAD = ["PRO_CODE", "PRO_NAME", "CUR_AMT", "PAY_AMT"]


def _execution_rows(facts: DemoFacts) -> list[list[Any]]:
    return [[code, f"项目{i}", 100000 + i, 40000 + i] for i, code in enumerate(facts.codes)]


def _execution_xlsx(facts: DemoFacts, path: Path, db: Any) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "执行数据"
    for row in [EXECUTION_HEAD, *_execution_rows(facts)]:
        xlsx_out.append(ws, row)
    wb.save(path)
    return path


def _csv_text(rows: list[list[Any]]) -> str:
    import csv

    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


def _execution_csv(facts: DemoFacts, path: Path, db: Any) -> Path:
    path.write_text(_csv_text([EXECUTION_HEAD, *_execution_rows(facts)]), encoding="utf-8")
    return path


def _progress(facts: DemoFacts, path: Path, db: Any) -> Path:
    from perfdesk.core.services import monitoring_progress as mp

    with db.sessions() as s:
        mp.export_progress_table(s, facts.round_id, path, project_ids=list(facts.progress_projects))
    return path


def progress_line_row(path: Path) -> int:
    ws = load_workbook(path).worksheets[0]
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 8).value == "经费保障") + 1


def _selfeval_official(facts: DemoFacts, path: Path, db: Any) -> Path:
    code, name = facts.selfeval[0]
    return books.save(path, ("项目1", books.official(f"{code}-{name}", A2="（2025年度）")))


def selfeval_flat_rows(facts: DemoFacts) -> list[list[Any]]:
    (c1, n1), (c2, n2) = facts.selfeval[:2]
    return [[c1, n1, "单位", "产出指标", "数量指标", "维修供水点", "≥40处", "42处", 50, 50, 500000, 450000],
            [c1, n1, "单位", "效益指标", "社会效益指标", "受益人口", "≥1.2万人", "1.1万人", 30, 27.5, None, None],
            [c1, n1, "单位", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "92%", 10, 10, None, None],
            [c2, n2, "单位", "产出指标", "数量指标", "购置设备", "=12台", "12台", 50, 50, 1200000, 1200000],
            [c2, n2, "单位", "满意度指标", "服务对象满意度指标", "使用人员满意度", "≥90%", "95%", 10, 10, None, None]]


def _selfeval_flat(facts: DemoFacts, path: Path, db: Any) -> Path:
    return books.flat(path, selfeval_flat_rows(facts))


BUILDERS: dict[str, Callable[[DemoFacts, Path, Any], Path]] = {
    "targets-flat": _flat_targets, "targets-official": _official_targets, "library": _library,
    "execution-xlsx": _execution_xlsx, "execution-csv": _execution_csv, "progress": _progress,
    "selfeval-official": _selfeval_official, "selfeval-flat": _selfeval_flat,
}


def bases(folder: Path, facts: DemoFacts, db: Any) -> dict[str, tuple[Base, Path]]:
    """Every base file written into ``folder`` with its cells."""
    folder.mkdir(parents=True, exist_ok=True)
    out: dict[str, tuple[Base, Path]] = {}
    paths = {name: build(facts, folder / f"{name}{'.csv' if name.endswith('csv') else '.xlsx'}", db)
             for name, build in BUILDERS.items()}
    name_cell, weight_cell, fund_cell = _official_cells(paths["targets-official"])
    line = progress_line_row(paths["progress"])
    out["targets-flat"] = (Base("targets", ".xlsx", "绩效目标", "I2", 300, "M2", ("L2:M2", "L2"), negative="M2"),
                           paths["targets-flat"])
    out["targets-official"] = (Base("targets", ".xlsx", "申报表", name_cell, 300, weight_cell, negative=fund_cell),
                               paths["targets-official"])
    out["library"] = (Base("library", ".xlsx", "指标库", "F2", 200, None, ("E2:F2", "E2")), paths["library"])
    out["execution-xlsx"] = (Base("execution", ".xlsx", "执行数据", "B2", 300, "D2", ("C2:D2", "C2"), negative="D2"),
                             paths["execution-xlsx"])
    out["execution-csv"] = (Base("execution", ".csv", None, "", 300, None), paths["execution-csv"])
    out["progress"] = (Base("progress", ".xlsx", None, f"F{line}", 120, None), paths["progress"])
    out["selfeval-official"] = (Base("selfeval", ".xlsx", "项目1", "D15", 300, "F7", ("E7:F7", "F7"), negative="F7"),
                                paths["selfeval-official"])
    out["selfeval-flat"] = (Base("selfeval", ".xlsx", "自评指标", "F2", 300, "L2", ("K2:L2", "K2"), negative="L2"),
                            paths["selfeval-flat"])
    return out


# -- cases ----------------------------------------------------------------------------------------------------
Mutation = Callable[[Path, Base], None]  # changes the copied base file in place


@dataclass(frozen=True)
class Case:
    id: str
    base: str
    item: str  # the issue 17 item the case guards
    mutate: Mutation
    refused: bool = True
    words: tuple[str, ...] = ()  # Chinese words the refusal names
    cell: str | None = None  # the cell a refusal names ("" for the base's text cell, "amount" for its amount cell)
    reference: Callable[[Path, Base], None] | None = None  # accepted: the file whose import it must equal
    notes: dict[str, Any] = field(default_factory=dict)


def _edit(fn: Callable[[Any, Base], None]) -> Mutation:
    def mutate(path: Path, base: Base) -> None:
        wb = load_workbook(path)
        fn(wb, base)
        wb.save(path)
    return mutate


def _sheet(wb: Any, base: Base) -> Any:
    return wb[base.sheet] if base.sheet else wb.worksheets[0]


def _set(where: str, value: Any, *, as_text: bool = True) -> Mutation:
    """Put ``value`` into the base's ``where`` cell (text, amount, negative) or a named cell."""
    def fn(wb: Any, base: Base) -> None:
        ref = getattr(base, where) if where in ("text", "amount", "negative") else where
        ws = _sheet(wb, base)
        ws[ref].value = value
        if as_text and isinstance(value, str) and not value.startswith("#"):
            xlsx_out.as_text(ws[ref])
    return _edit(fn)


def _error_value(where: str, code: str) -> Mutation:
    def fn(wb: Any, base: Base) -> None:
        ref = getattr(base, where)
        cell = _sheet(wb, base)[ref]
        cell.value = code
        cell.data_type = "e"
    return _edit(fn)


def _formula(where: str, formula: str) -> Mutation:
    def fn(wb: Any, base: Base) -> None:
        _sheet(wb, base)[getattr(base, where)].value = formula  # openpyxl: a formula without a saved value
    return _edit(fn)


def _merge(wb: Any, base: Base) -> None:
    assert base.merge is not None
    _sheet(wb, base).merge_cells(base.merge[0])


def _hide_all_add_blank(state: str) -> Mutation:
    def fn(wb: Any, base: Base) -> None:
        for ws in wb.worksheets:
            ws.sheet_state = "visible"
        wb.create_sheet("空白")
        for ws in wb.worksheets[:-1]:
            ws.sheet_state = state
        wb.active = len(wb.worksheets) - 1
    return _edit(fn)


def _hidden_first_copy(state: str, spoil: Callable[[Any, Base], None]) -> Mutation:
    """A hidden first sheet holding a spoiled copy of the data (what an old workbook keeps around)."""
    def fn(wb: Any, base: Base) -> None:
        source = _sheet(wb, base)
        copy = wb.copy_worksheet(source)
        copy.title = "旧数据"
        wb.move_sheet(copy, offset=-wb.index(copy))
        spoil(copy, base)
        copy.sheet_state = state
        wb.active = wb.index(source)
    return _edit(fn)


def _spoil_amounts(ws: Any, base: Base) -> None:
    """Every number of the copy zero and every name changed: read instead of the visible sheet, it would show."""
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool) and cell.column > 2:
                cell.value = 0
    if base.text:
        ws[base.text].value = "隐藏表中的旧名称"


# file-level defects ---------------------------------------------------------------------------------------------
def _zip_rewrite(path: Path, change: Callable[[str, bytes], bytes | None], extra: dict[str, bytes] | None = None,
                 *, level: int = 6) -> None:
    data = io.BytesIO(path.read_bytes())
    with zipfile.ZipFile(data) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as dst:
        for info in src.infolist():
            body = change(info.filename, src.read(info))
            if body is not None:
                dst.writestr(info.filename, body)
        for name, body in (extra or {}).items():
            dst.writestr(name, body)


def _ratio_bomb(path: Path, base: Base) -> None:
    """A 20 MB part of zeros packed into ~20 KB (a ratio of about 1,000)."""
    _zip_rewrite(path, lambda n, b: b, {"xl/media/padding.bin": bytes(20 * 2**20)}, level=9)


def _declared_bomb(path: Path, base: Base) -> None:
    """A part whose central directory entry declares 4 GB unpacked (as a crafted bomb does)."""
    _zip_rewrite(path, lambda n, b: b, {"xl/media/bomb.bin": bytes(1024)})
    data = bytearray(path.read_bytes())
    name = b"xl/media/bomb.bin"
    at = data.find(b"PK\x01\x02" , 0)
    while at >= 0:
        length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46: at + 46 + length] == name:
            struct.pack_into("<I", data, at + 24, 0xF0000000)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def _damaged_sheet(path: Path, base: Base) -> None:
    def change(name: str, body: bytes) -> bytes:
        if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
            return body[: len(body) // 2] + b"<c r=<<>"
        return body
    _zip_rewrite(path, change)


def _formula_with_saved_value(ref: str, cell_xml: str) -> Mutation:
    """The cell replaced by a formula with its saved value (openpyxl cannot write that; the XML is edited)."""
    def mutate(path: Path, base: Base) -> None:
        pattern = re.compile(rb'<c r="' + ref.encode() + rb'"(?:[^>]*/>|[^>]*>.*?</c>)', re.S)

        def change(name: str, body: bytes) -> bytes:
            if not re.fullmatch(r"xl/worksheets/sheet\d+\.xml", name):
                return body
            return pattern.sub(cell_xml.encode(), body, count=1)
        _zip_rewrite(path, change)
    return mutate


def _write_bytes(data: bytes) -> Mutation:
    return lambda path, base: path.write_bytes(data)


def _truncate(path: Path, base: Base) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


XLSX_BASES = ("targets-flat", "targets-official", "library", "execution-xlsx", "progress", "selfeval-official",
              "selfeval-flat")
CONTROL = {"bel": "_x0007_", "nul": "_x0000_", "vt": "_x000B_", "esc": "_x001B_"}


def xlsx_cases(name: str, base: Base) -> list[Case]:
    """The defects every workbook import must refuse (or read past), put into ``base``."""
    cases = [
        Case(f"{name}/error-NA-in-text", name, "6", _error_value("text", "#N/A"), words=("#N/A",), cell="text"),
        Case(f"{name}/long-text-excel-maximum", name, "12", _set("text", "长" * 100_000), words=("32767", "5000"),
             cell="text"),  # openpyxl keeps Excel's 32,767 of the 100,000
        Case(f"{name}/long-text-over-field", name, "12", _set("text", "长" * (base.text_limit + 1)),
             words=(str(base.text_limit + 1), str(base.text_limit)), cell="text"),
        Case(f"{name}/only-sheet-hidden", name, "5", _hide_all_add_blank("hidden")),
        Case(f"{name}/only-sheet-very-hidden", name, "5", _hide_all_add_blank("veryHidden")),
        Case(f"{name}/hidden-first-sheet-spoiled", name, "5", _hidden_first_copy("hidden", _spoil_amounts),
             refused=False),
        Case(f"{name}/very-hidden-first-sheet-spoiled", name, "5", _hidden_first_copy("veryHidden", _spoil_amounts),
             refused=False),
        Case(f"{name}/zip-bomb-ratio", name, "17", _ratio_bomb, words=("解压",)),
        Case(f"{name}/zip-bomb-declared-size", name, "17", _declared_bomb, words=("解压",)),
        Case(f"{name}/not-a-zip", name, "15", _write_bytes(b"PerfDesk: this is not a workbook\n" * 20),
             words=("不是 Excel 工作簿",)),
        Case(f"{name}/truncated", name, "15", _truncate),
        Case(f"{name}/empty-file", name, "15", _write_bytes(b"")),
        Case(f"{name}/damaged-sheet-xml", name, "15", _damaged_sheet),
    ]
    cases += [Case(f"{name}/control-{k}-in-text", name, "11", _set("text", f"名称{v}尾"), words=("控制字符",),
                   cell="text") for k, v in CONTROL.items()]
    if base.amount:
        cases += [
            Case(f"{name}/error-DIV0-in-amount", name, "6", _error_value("amount", "#DIV/0!"), words=("#DIV/0!",),
                 cell="amount"),
            Case(f"{name}/error-VALUE-in-amount", name, "6", _error_value("amount", "#VALUE!"), words=("#VALUE!",),
                 cell="amount"),
            Case(f"{name}/error-REF-in-amount", name, "6", _error_value("amount", "#REF!"), words=("#REF!",),
                 cell="amount"),
            Case(f"{name}/formula-without-saved-value", name, "6", _formula("amount", "=1/0"), words=("公式",),
                 cell="amount"),
        ]
    if base.merge:
        cases.append(Case(f"{name}/merged-amount", name, "6", _edit(_merge), words=("合并",), cell=base.merge[1]))
    if base.negative:
        cases.append(Case(f"{name}/negative-number", name, "10", _set("negative", -5), words=("负数",),
                          cell="negative"))
    return cases


def csv_cases() -> list[Case]:
    def text(fn: Callable[[str], str], encoding: str = "utf-8") -> Mutation:
        return lambda path, base: path.write_bytes(fn(path.read_text(encoding="utf-8")).encode(encoding))

    def line(k: int, fn: Callable[[str], str]) -> Callable[[str], str]:
        def change(t: str) -> str:
            lines = t.split("\n")
            lines[k] = fn(lines[k])
            return "\n".join(lines)
        return change

    name = "execution-csv"
    return [
        Case(f"{name}/unterminated-quote", name, "7", text(line(1, lambda s: s.replace(",项目", ',"项目', 1))),
             words=("引号",)),
        Case(f"{name}/quoted-line-break", name, "7", text(line(1, lambda s: s.replace(",项目0", ',"项目\n0"', 1))),
             words=("引号",)),
        Case(f"{name}/nul-byte", name, "7", lambda p, b: p.write_bytes(p.read_bytes().replace(b"\n", b"\n\x00", 3)),
             words=("NUL",)),
        Case(f"{name}/extra-field", name, "7", text(line(2, lambda s: s + ",999")), words=("5", "4")),
        Case(f"{name}/missing-field", name, "7", text(line(3, lambda s: s.rsplit(",", 1)[0])), words=("3", "4")),
        Case(f"{name}/control-character", name, "11", text(line(1, lambda s: s.replace("项目0", "项目\x070"))),
             words=("控制字符",)),
        Case(f"{name}/long-name", name, "12", text(line(1, lambda s: s.replace("项目0", "长" * 301))),
             words=("301", "300")),
        Case(f"{name}/negative-spent", name, "10", text(line(1, lambda s: s.rsplit(",", 1)[0] + ",-1")),
             words=("负",)),
        Case(f"{name}/no-project-matches", name, "8", text(lambda t: re.sub(r"(?m)^(?!PRO_CODE)", "X", t.strip())),
             words=("没有一行",)),
        Case(f"{name}/not-text", name, "7", _write_bytes(bytes(range(256)) * 4)),
        Case(f"{name}/gbk-encoded", name, "7", text(lambda t: t, "gb18030"), refused=False),
        Case(f"{name}/utf8-bom", name, "7", lambda p, b: p.write_bytes(b"\xef\xbb\xbf" + p.read_bytes()),
             refused=False),
        Case(f"{name}/crlf-and-blank-lines", name, "7", text(lambda t: t.replace("\n", "\r\n") + "\r\n\r\n"),
             refused=False),
    ]


def special_cases(facts: DemoFacts) -> list[Case]:
    def no_match(wb: Any, base: Base) -> None:
        ws = _sheet(wb, base)
        for r in range(2, ws.max_row + 1):
            ws.cell(r, 1).value = f"X{ws.cell(r, 1).value}"

    def split_sheets(wb: Any, base: Base) -> None:
        """The second project's rows moved to a second visible sheet (only the first sheet used to be read)."""
        ws = _sheet(wb, base)
        second = wb.create_sheet("第二页")
        second.append([c.value for c in ws[1]])
        code = facts.selfeval[1][0]
        moved = [r for r in range(2, ws.max_row + 1) if ws.cell(r, 1).value == code]
        for r in moved:
            xlsx_out.append(second, [c.value for c in ws[r]])
        for r in reversed(moved):
            ws.delete_rows(r)

    def duplicate_row(wb: Any, base: Base) -> None:
        ws = _sheet(wb, base)
        xlsx_out.append(ws, [c.value for c in ws[2]])

    def long_goal(wb: Any, base: Base) -> None:
        ws = _sheet(wb, base)
        ws["O2"].value = "年度目标" * 2_000

    def injection(wb: Any, base: Base) -> None:
        ws = _sheet(wb, base)
        ws["I2"].value = '=HYPERLINK("http://x.example","点此")'
        xlsx_out.as_text(ws["I2"])

    return [
        Case("execution-xlsx/no-project-matches", "execution-xlsx", "8", _edit(no_match), words=("没有一行",)),
        Case("selfeval-flat/second-sheet-read", "selfeval-flat", "9", _edit(split_sheets), refused=False),
        Case("selfeval-flat/duplicated-indicator-row", "selfeval-flat", "9", _edit(duplicate_row), words=("重复",)),
        Case("selfeval-flat/formula-with-saved-value-in-score", "selfeval-flat", "9",
             _formula_with_saved_value("J2", '<c r="J2"><f>25*2</f><v>50</v></c>'), words=("公式",), cell="J2"),
        Case("library/formula-with-saved-value", "library", "9",
             _formula_with_saved_value("K2", '<c r="K2" t="str"><f>"说"&amp;"明"</f><v>说明</v></c>'),
             words=("公式",), cell="K2"),
        Case("targets-official/negative-weight", "targets-official", "10", _set("amount", -5), words=("负数",),
             cell="amount"),
        Case("targets-flat/goal-over-5000", "targets-flat", "12", _edit(long_goal), words=("8000", "5000"), cell="O2"),
        Case("targets-flat/text-starting-with-equals-is-text", "targets-flat", "16", _edit(injection),
             refused=False, notes={"differs_from_base": True}),
    ]


def all_cases(facts: DemoFacts, made: dict[str, tuple[Base, Path]]) -> list[Case]:
    cases = [c for name in XLSX_BASES for c in xlsx_cases(name, made[name][0])]
    return cases + csv_cases() + special_cases(facts)


def write_case(case: Case, made: dict[str, tuple[Base, Path]], folder: Path) -> Path:
    base, source = made[case.base]
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{FILE_NAME}{base.suffix}"
    shutil.copyfile(source, path)
    case.mutate(path, base)
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    from perfdesk.core.db.engine import open_database

    if "--db" in argv:
        db_path = Path(argv[argv.index("--db") + 1])
    else:
        from perfdesk.core.services.demo import create_demo_database

        db_path = out / "demo.db"
        create_demo_database(db_path, scale="tiny")
    db = open_database(db_path, lock=False)
    try:
        facts = demo_facts(db)
        made = bases(out / "bases", facts, db)
        index = []
        for case in all_cases(facts, made):
            path = write_case(case, made, out / case.id.replace("/", "__"))
            index.append({"id": case.id, "file": str(path.relative_to(out)), "import": made[case.base][0].kind,
                          "item": case.item, "expected": "refused" if case.refused else "accepted",
                          "words": list(case.words)})
        (out / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(index)} files in {out}")
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
