"""Benchmark: parse a 24,000-row execution export and compute the warnings.

Run: PYTHONPATH=src python bench/monitoring_rules.py [rows]
Prints the bare python-calamine read time of the same file, the full parse time (goal ≤ 2× the bare read),
and the monitoring computation time.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from perfdesk.core.io.execution_file import read_execution_file
from perfdesk.core.rules.monitoring import ExecutionInput, monitor, roll_up_by_unit

HEADER = ["PRO_CODE", "PRO_NAME", "AGENCY_CODE", "AGENCY_NAME", "REPLY_AMT", "CUR_AMT", "PAY_AMT",
          "财政拨款预算数", "其他资金预算数", "全年预计执行数"]


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(7)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("执行数据")
    sheet.append(HEADER)
    for i in range(rows):
        budget = rng.randrange(1_000, 50_000_000) / 100
        spent = round(budget * rng.random(), 2)
        fiscal = round(budget * 0.8, 2)
        sheet.append([f"3715252400{i:08d}", f"项目{i}", f"{i % 300:06d}", f"单位{i % 300}", budget, budget,
                      spent, fiscal, round(budget - fiscal, 2), budget])
    book.save(path)


def write_csv(xlsx: Path, path: Path) -> None:
    grid = CalamineWorkbook.from_path(str(xlsx)).get_sheet_by_index(0).to_python()
    with path.open("w", encoding="gb18030", newline="") as out:
        csv.writer(out).writerows([[_text(v) for v in row] for row in grid])


def _text(value: object) -> str:
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def best_of(runs: int, fn):  # type: ignore[no-untyped-def]
    best, result = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 24_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "exec.xlsx"
        start = time.perf_counter()
        write_file(path, rows)
        print(f"wrote {rows} rows with openpyxl write-only in {time.perf_counter() - start:.2f} s")
        bare, _ = best_of(3, lambda: CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
                          .to_python(skip_empty_area=False))
        parse, parsed = best_of(3, lambda: read_execution_file(path))
        print(f"bare python_calamine read: {bare:.3f} s")
        print(f"read_execution_file:       {parse:.3f} s  ({parse / bare:.2f}× the bare read; goal ≤ 2×)")
        csv_path = Path(tmp) / "exec.csv"
        write_csv(path, csv_path)
        csv_time, _ = best_of(3, lambda: read_execution_file(csv_path))
        print(f"read_execution_file, the same rows as GBK CSV: {csv_time:.3f} s")
        items = [ExecutionInput(r.code, r.name, r.budget, r.spent, unit_code=r.agency_code) for r in parsed.rows]
        warn, results = best_of(3, lambda: monitor(items, as_of=dt.date(2024, 7, 31), year=2024))
        roll, units = best_of(3, lambda: roll_up_by_unit(results))
        levels = {lvl: sum(1 for r in results if r.level.value == lvl) for lvl in ("red", "yellow", "none")}
        print(f"monitor {len(results)} projects: {warn:.3f} s  {levels}")
        print(f"roll-up into {len(units)} units: {roll:.3f} s")


if __name__ == "__main__":
    main()
