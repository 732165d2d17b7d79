"""The expenditure standard library and cost-benefit tables through the services: Excel round trips, imports all
or nothing with the bad cell named, the 聊城 checks on stored tables with the settings in force."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import sector_code
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.rules.params import CostParams
from perfdesk.core.services import costs, settings
from perfdesk.core.services import standards as std
from tests.services import cost_books as cb


@pytest.fixture
def lamps(db):  # type: ignore[no-untyped-def]
    return cb.lamp_project(db)


def run(db, action):  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, user="tester") as uow:
        result = action(uow)
        uow.commit()
    return result


def stored(db, model) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def snapshot(db) -> list[tuple]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        items = s.execute(select(m.CostItem.project_id, m.CostItem.name, m.CostItem.unit_cost_fen, m.CostItem.quantity,
                                 m.CostItem.amount_fen, m.CostItem.standard_id, m.CostItem.standard_source)
                          .order_by(m.CostItem.id)).all()
        stds = s.execute(select(m.ExpenditureStandard.code, m.ExpenditureStandard.value,
                                m.ExpenditureStandard.source).order_by(m.ExpenditureStandard.code)).all()
    return [tuple(r) for r in items + stds]


def load(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run(db, lambda u: std.import_standards(u, cb.standards_book(tmp_path / "std.xlsx")))
    run(db, lambda u: costs.import_costs(u, cb.cost_book(tmp_path / "cost.xlsx")))


def problems(exc: pytest.ExceptionInfo[UserErrors]) -> list[tuple[int | None, str | None]]:
    return [(e.row, e.column) for e in exc.value.errors]


# -- the standard library ---------------------------------------------------------------------------------
def test_standards_import_with_levels_values_and_years(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    report = run(db, lambda u: std.import_standards(u, cb.standards_book(tmp_path / "s.xlsx")))
    assert (report.added, report.updated, report.unchanged) == (4, 0, 0)
    with db.sessions() as s:
        rows = {r["code"]: r for r in std.search(s)}
    assert rows["BM-001"]["level"] == "department" and rows["BM-001"]["value"] == Decimal("1.2")
    assert rows["BM-001"]["department_code"] == "D001" and rows["BM-001"]["unit"] == "万元/人·年"
    assert rows["HY-001"]["sector"] == sector_code("城市管理和住房") != ""  # stored as the sector's code
    assert (rows["HY-001"]["year_from"], rows["HY-001"]["year_to"]) == (2024, 2026)
    assert rows["TY-002"]["source"] == "市财政局会议费管理办法"


def test_standards_search_by_words_level_and_year(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run(db, lambda u: std.import_standards(u, cb.standards_book(tmp_path / "s.xlsx")))
    with db.sessions() as s:
        assert [r["code"] for r in std.search(s, std.StandardFilter(words="会议"))] == ["TY-002"]
        assert [r["code"] for r in std.search(s, std.StandardFilter(level="general"))] == ["TY-001", "TY-002"]
        assert [r["code"] for r in std.search(s, std.StandardFilter(year=2023))] == ["BM-001", "TY-002"]
        assert [r["code"] for r in std.search(s, std.StandardFilter(year=2027))] == ["BM-001", "TY-001", "TY-002"]
        assert [r["code"] for r in std.search(s, std.StandardFilter(words="路灯 基数"))] == ["HY-001"]


def test_standards_round_trip_through_excel_unchanged(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run(db, lambda u: std.import_standards(u, cb.standards_book(tmp_path / "s.xlsx")))
    before = snapshot(db)
    with db.sessions() as s:
        assert std.export_standards(s, tmp_path / "out.xlsx") == 4
    ws = load_workbook(tmp_path / "out.xlsx").active
    assert [c.value for c in ws[1]] == cb.STANDARD_HEAD
    assert [c.value for c in ws[2]][:6] == ["BM-001", "受助人员生活照料", "部门特色", "社会保障", 1.2, "万元/人·年"]
    report = run(db, lambda u: std.import_standards(u, tmp_path / "out.xlsx"))
    assert (report.added, report.updated, report.unchanged) == (0, 0, 4)
    assert snapshot(db) == before


def test_a_changed_value_updates_the_standard_by_its_code(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run(db, lambda u: std.import_standards(u, cb.standards_book(tmp_path / "s.xlsx")))
    rows = [list(r) for r in cb.STANDARDS]
    rows[0][4] = 380
    report = run(db, lambda u: std.import_standards(u, cb.standards_book(tmp_path / "s2.xlsx", rows)))
    assert (report.added, report.updated, report.unchanged) == (0, 1, 3)
    with db.sessions() as s:
        assert std.search(s, std.StandardFilter(words="TY-001"))[0]["value"] == Decimal(380)


@pytest.mark.parametrize(("change", "where"), [
    (lambda r: r[1].__setitem__(0, "TY-001"), (3, "A")),  # the code of row 2 again
    (lambda r: r[0].__setitem__(2, "省级"), (2, "C")),  # not a level
    (lambda r: r[0].__setitem__(4, "三百五"), (2, "E")),  # not a number
    (lambda r: r[0].__setitem__(4, -1), (2, "E")),  # negative
    (lambda r: r[3].__setitem__(9, ""), (5, "J")),  # 部门特色 without its department
    (lambda r: r[2].__setitem__(11, 2020), (4, "L")),  # last year before the first
    (lambda r: r[2].__setitem__(3, ""), (4, "D")),  # 行业定额 without its sector
    (lambda r: r[1].__setitem__(1, ""), (3, "B")),  # no name
])
def test_a_bad_standards_file_is_refused_whole_naming_row_and_column(db, tmp_path: Path, change, where) -> None:  # type: ignore[no-untyped-def]
    rows = [list(r) for r in cb.STANDARDS]
    change(rows)
    with pytest.raises(UserErrors) as exc:
        run(db, lambda u: std.import_standards(u, cb.standards_book(tmp_path / "bad.xlsx", rows)))
    assert where in problems(exc)
    assert all(e.file and e.sheet == "支出标准库" for e in exc.value.errors)
    assert stored(db, m.ExpenditureStandard) == 0


def test_a_formula_or_a_missing_column_refuses_the_standards_file(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = cb.standards_book(tmp_path / "f.xlsx")
    wb = load_workbook(path)
    wb.active["E2"] = "=300+50"
    wb.save(path)
    with pytest.raises(UserErrors) as exc:
        run(db, lambda u: std.import_standards(u, path))
    assert (2, "E") in problems(exc)
    head = [h for h in cb.STANDARD_HEAD if h != "标准值"]
    with pytest.raises(UserErrors) as exc:
        run(db, lambda u: std.import_standards(u, cb.book(tmp_path / "m.xlsx", head, [], "支出标准库")))
    assert "标准值" in exc.value.errors[0].message
    assert stored(db, m.ExpenditureStandard) == 0


def test_a_followed_standard_cannot_be_deleted_and_an_unused_one_can(db, lamps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load(db, tmp_path)
    with db.sessions() as s:
        ids = {r["code"]: (r["id"], r["uses"]) for r in std.search(s)}
    assert ids["TY-001"][1] == 1 and ids["BM-001"][1] == 0
    with pytest.raises(UserErrors, match="TY-001"):
        run(db, lambda u: std.delete_standard(u, ids["TY-001"][0]))
    run(db, lambda u: std.delete_standard(u, ids["BM-001"][0]))
    assert stored(db, m.ExpenditureStandard) == 3


def test_saving_a_standard_keeps_codes_unique(db) -> None:  # type: ignore[no-untyped-def]
    fields = {"code": "X1", "name": "培训费", "level": "general", "value": Decimal(400), "unit": "元/人·天"}
    first = run(db, lambda u: std.save_standard(u, fields))
    with pytest.raises(UserErrors, match="X1"):
        run(db, lambda u: std.save_standard(u, fields | {"name": "另一个"}))
    run(db, lambda u: std.save_standard(u, fields | {"value": Decimal(450)}, first))
    with db.sessions() as s:
        assert std.search(s)[0]["value"] == Decimal(450)


# -- cost-benefit tables ----------------------------------------------------------------------------------
def test_the_liaocheng_table_gives_its_three_findings(db, lamps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load(db, tmp_path)
    with db.sessions() as s:
        found = costs.findings(s, year=2025)
    assert [(f.project_code, f.finding.item, f.finding.rule) for f in found] == [
        ("LD01", "", "incomplete"), ("LD01", "差旅费（住宿）", "over_standard"), ("LD01", "会议费", "inconsistent")]
    assert "102,000.00 元" in found[0].finding.message
    assert found[0].as_json().keys() >= {"project", "item", "rule", "message"}


def test_the_standards_source_is_taken_when_the_row_gives_none(db, lamps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load(db, tmp_path)
    with db.sessions() as s:
        table = costs.tables(s, year=2025)[0]
    assert [i["source"] for i in table["items"]] == ["市住建局路灯维护标准", "市财政局差旅费管理办法", "市财政局会议费管理办法"]
    assert (table["core_driver"], table["driver_quantity"], table["driver_unit"]) == ("路灯基数", Decimal(3200), "盏")


def test_settings_change_what_is_found(db, lamps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load(db, tmp_path)
    loose = CostParams(sum_tolerance_yuan=Decimal(102000), product_tolerance_yuan=Decimal(10000),
                       standard_tolerance_percent=Decimal(10))
    run(db, lambda u: settings.save(u, loose))
    with db.sessions() as s:
        assert costs.findings(s, year=2025) == []
        assert costs.params_in_force(s)["cost"]["standard_tolerance_percent"] == "10"
    run(db, lambda u: settings.save(u, CostParams(sum_tolerance_yuan=Decimal("101999.99"))))
    with db.sessions() as s:
        assert [f.finding.rule for f in costs.findings(s, year=2025)] == ["incomplete", "over_standard", "inconsistent"]


def test_a_cost_table_round_trips_through_excel(db, lamps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load(db, tmp_path)
    before = snapshot(db)
    with db.sessions() as s:
        assert costs.export_costs(s, tmp_path / "out.xlsx", year=2025) == 3
    ws = load_workbook(tmp_path / "out.xlsx").active
    assert [c.value for c in ws[1]] == cb.COST_HEAD
    assert [c.value for c in ws[3]][3:10] == ["差旅费（住宿）", 380, 100, "人·天", 38000, "TY-001", "住宿费（省内）"]
    report = run(db, lambda u: costs.import_costs(u, tmp_path / "out.xlsx"))
    assert (report.projects, report.items, report.replaced) == (1, 3, 3)
    assert [r[1:] for r in snapshot(db)] == [r[1:] for r in before]


def test_reimporting_replaces_a_projects_items(db, lamps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    load(db, tmp_path)
    rows = [list(r) for r in cb.LAMPS[:1]]
    rows[0][7] = 1200000  # one item now carries the whole budget... but 300 × 3200 = 960,000 < 1,200,000
    run(db, lambda u: costs.import_costs(u, cb.cost_book(tmp_path / "again.xlsx", rows)))
    with db.sessions() as s:
        assert [(f.finding.rule, f.finding.item) for f in costs.findings(s, year=2025)] == [("inconsistent", "路灯维修费")]
    assert stored(db, m.CostItem) == 1


@pytest.mark.parametrize(("change", "where"), [
    (lambda r: r[0].__setitem__(1, "NOPE"), (2, "B")),  # no such project
    (lambda r: r[1].__setitem__(8, "TY-999"), (3, "I")),  # no such standard
    (lambda r: r[2].__setitem__(7, -5), (4, "H")),  # a negative amount
    (lambda r: r[2].__setitem__(5, "两百"), (4, "F")),  # a quantity that is no number
    (lambda r: r[1].__setitem__(4, ""), (3, "E")),  # no unit cost
    (lambda r: r[0].__setitem__(2, "路灯维修"), (2, "C")),  # the project's name differs: wrong code?
    (lambda r: r[2].__setitem__(12, "路灯数量"), (4, "M")),  # a second driver for the same project
    (lambda r: r[1].__setitem__(3, ""), (3, "D")),  # an item without a name
])
def test_a_bad_cost_file_is_refused_whole_and_the_stored_table_is_unchanged(db, lamps, tmp_path: Path, change,
                                                                             where) -> None:  # type: ignore[no-untyped-def]
    load(db, tmp_path)
    before = snapshot(db)
    rows = [list(r) for r in cb.LAMPS]
    change(rows)
    rows[0][7] = 1  # would also change the first item, were the file accepted
    with pytest.raises(UserErrors) as exc:
        run(db, lambda u: costs.import_costs(u, cb.cost_book(tmp_path / "bad.xlsx", rows)))
    assert where in problems(exc), problems(exc)
    assert all(e.file and e.sheet == "成本效益分析表" for e in exc.value.errors)
    assert snapshot(db) == before


def test_a_dry_run_reports_and_writes_nothing(db, lamps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run(db, lambda u: std.import_standards(u, cb.standards_book(tmp_path / "std.xlsx")))
    report = run(db, lambda u: costs.import_costs(u, cb.cost_book(tmp_path / "c.xlsx"), dry_run=True))
    assert (report.projects, report.items, report.dry_run) == (1, 3, True)
    assert stored(db, m.CostItem) == 0


def test_saving_a_table_from_the_window_checks_the_items(db, lamps) -> None:  # type: ignore[no-untyped-def]
    driver = {"core_driver": "受助对象人数", "driver_quantity": Decimal(25), "driver_unit": "人"}
    item = {"name": "生活照料", "unit_cost_fen": 1200000, "quantity": Decimal(25), "measure_unit": "人·年",
            "amount_fen": 30000000, "standard_id": None, "source": "", "basis": "受助对象人数 × 年标准"}
    run(db, lambda u: costs.save_analysis(u, lamps["JZ01"], driver, [item]))
    with db.sessions() as s:
        assert costs.findings(s, year=2025) == []
    with pytest.raises(UserErrors):
        run(db, lambda u: costs.save_analysis(u, lamps["JZ01"], driver, [item | {"quantity": Decimal(-1)}]))
    assert stored(db, m.CostItem) == 1


def test_rows_with_and_without_the_year_of_one_project_are_one_table(db, lamps, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    run(db, lambda u: std.import_standards(u, cb.standards_book(tmp_path / "std.xlsx")))
    rows = [list(r) for r in cb.LAMPS]
    rows[1][0] = ""  # 年度 left blank: the latest year, 2025
    report = run(db, lambda u: costs.import_costs(u, cb.cost_book(tmp_path / "c.xlsx", rows)))
    assert (report.projects, report.items) == (1, 3)
    with db.sessions() as s:
        assert [i["name"] for i in costs.tables(s, year=2025)[0]["items"]] == ["路灯维修费", "差旅费（住宿）", "会议费"]
    rows[1][12] = "路灯数"  # and a different driver on that row is refused
    with pytest.raises(UserErrors) as exc:
        run(db, lambda u: costs.import_costs(u, cb.cost_book(tmp_path / "d.xlsx", rows)))
    assert (3, "M") in problems(exc)
