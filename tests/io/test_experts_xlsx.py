"""The expert library in and out of Excel: an export imports back unchanged; new rows are added, known experts
(same name and employer) updated; a bad workbook is refused with its cells and the library is unchanged."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import keyeval_registry as reg
from tests.services.keyeval_helpers import work


def library(db) -> list[dict]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return [{k: v for k, v in e.items() if k != "id"} for e in reg.experts(s)]


def test_an_exported_library_imports_back_unchanged(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = library(demo_db)
    assert len(before) == 12 and any(e["conflicts"] for e in before)
    with demo_db.sessions() as s:
        assert reg.export_experts(s, tmp_path / "专家库.xlsx") == 12
    with work(demo_db) as uow:
        assert reg.import_experts(uow, tmp_path / "专家库.xlsx", backup=False) == (0, 12)
    assert library(demo_db) == before


def test_new_experts_are_added_and_known_ones_updated(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        reg.export_experts(s, tmp_path / "专家库.xlsx")
    wb = load_workbook(tmp_path / "专家库.xlsx")
    ws = wb.active
    ws.append(["钱新", "水利", "高级工程师", "市水利勘测设计院", "县水利局，105", "", ""])
    ws.cell(2, 7).value = "否"  # the first expert leaves the library
    wb.save(tmp_path / "new.xlsx")
    with work(demo_db) as uow:
        assert reg.import_experts(uow, tmp_path / "new.xlsx", backup=False) == (1, 12)
    rows = library(demo_db)
    new = next(e for e in rows if e["name"] == "钱新")
    assert new["conflicts"] == ["县水利局", "105"] and new["active"]
    assert sum(1 for e in rows if not e["active"]) == 1


def test_a_bad_workbook_is_refused_with_its_cells_and_nothing_changes(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = library(demo_db)
    wb = Workbook()
    ws = wb.active
    ws.title = "专家库"
    ws.append(["姓名", "专业领域", "职称", "工作单位", "回避单位", "联系电话", "在库"])
    ws.append(["", "财务", "", "", "", "", ""])
    ws.append(["李四", "财务", "", "某大学", "", "", "也许"])
    ws.append(["王五", "教育", "", "某中学", "", "", ""])
    ws.append(["王五", "教育", "", "某中学", "", "", ""])
    wb.save(tmp_path / "bad.xlsx")
    with work(demo_db) as uow, pytest.raises(UserErrors) as caught:
        reg.import_experts(uow, tmp_path / "bad.xlsx", backup=False)
    assert sorted((e.row, e.column) for e in caught.value.errors) == [(2, "A"), (3, "G"), (5, None)]
    assert all(e.sheet == "专家库" for e in caught.value.errors)
    assert library(demo_db) == before
