"""Targets in Excel: round trips in both layouts, and bad workbooks rejected precisely with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from python_calamine import CalamineWorkbook
from sqlalchemy import delete, func, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.io.targets_xlsx import FLAT_HEADER
from perfdesk.core.services import targets_io as tio

YEAR = 2025


@pytest.fixture(autouse=True)
def _chinese_messages():  # type: ignore[no-untyped-def]
    """Error lists are read in Chinese, as people see them."""
    from perfdesk.core import i18n

    i18n.load_catalogue.cache_clear()
    i18n.install_catalogue("zh_CN")
    yield
    i18n.install_catalogue("en")


def cells(path: Path) -> dict[str, list[list[object]]]:
    wb = CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python() for name in wb.sheet_names}


def state(db) -> tuple[int, int, int, int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in  # type: ignore[return-value]
                     (m.PerformanceTarget, m.TargetIndicator, m.AuditLog, m.TargetReview))


def export(db, path: Path, layout: str) -> Path:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        tio.export_targets(s, path, year=YEAR, layout=layout)
    return path


def do_import(db, path: Path, year: int | None = None, *, drop_progress: bool = False) -> tio.ImportSummary:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "tester") as uow:
        return tio.import_targets(uow, path, year=year, drop_progress=drop_progress)


@pytest.mark.parametrize("layout", ["flat", "official"])
def test_importing_an_export_into_an_empty_target_table_rebuilds_an_identical_workbook(
        demo_db, tmp_path: Path, layout: str) -> None:  # type: ignore[no-untyped-def]
    first = export(demo_db, tmp_path / "first.xlsx", layout)
    before = state(demo_db)
    with demo_db.sessions() as s:
        s.execute(delete(m.TargetReview))
        s.execute(delete(m.TargetIndicator))
        s.execute(delete(m.PerformanceTarget).where(m.PerformanceTarget.project_id.in_(
            select(m.Project.id).join(m.BudgetYear).where(m.BudgetYear.year == YEAR))))
        s.commit()
    summary = do_import(demo_db, first)
    assert summary.created == 40 and summary.indicators == before[1] // 2
    second = export(demo_db, tmp_path / "second.xlsx", layout)
    assert cells(first) == cells(second)


def finding_keys(found) -> list[tuple]:  # type: ignore[no-untyped-def]
    return [(f.project_code, f.target_id, f.status, f.unit_code, f.finding) for f in found]


@pytest.mark.parametrize(("layout", "expected"), [("flat", None), ("official", None), ("flat", 2024), ("flat", 2030)])
def test_an_import_reports_the_same_findings_as_checking_the_stored_targets(
        demo_db, tmp_path: Path, layout: str, expected: int | None) -> None:  # type: ignore[no-untyped-def]
    """Whether the year read ahead while the workbook is parsed is the workbook's (the default guess, the newest
    year) or not (then the workbook's year is read after the parse)."""
    from perfdesk.core.services import targets as ts

    path = export(demo_db, tmp_path / "t.xlsx", layout)
    with demo_db.sessions() as s:  # draft targets get new content, so both fresh and unchanged ones are checked
        ids = s.scalars(select(m.PerformanceTarget.id).join(m.Project).join(m.BudgetYear)
                        .where(m.BudgetYear.year == YEAR, m.PerformanceTarget.status == "draft")).all()
        s.execute(delete(m.TargetIndicator).where(m.TargetIndicator.target_id.in_(ids)))
        s.commit()
    summary = do_import(demo_db, path, expected)
    with demo_db.sessions() as s:
        stored = ts.findings(s, year=YEAR)
    assert summary.updated > 0 and summary.unchanged > 0
    assert summary.findings and finding_keys(summary.findings) == finding_keys(stored)


def test_importing_an_unchanged_export_changes_nothing_even_for_approved_targets(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = export(demo_db, tmp_path / "t.xlsx", "flat")
    summary = do_import(demo_db, path)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 40)


def test_a_changed_value_of_a_draft_target_is_written(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        draft = s.scalar(select(m.PerformanceTarget).join(m.Project).join(m.BudgetYear)
                         .where(m.BudgetYear.year == YEAR, m.PerformanceTarget.status == "draft"))
        code = draft.project.code
    path = export(demo_db, tmp_path / "t.xlsx", "flat")
    wb = load_workbook(path)
    ws = wb.active
    row = next(r for r in ws.iter_rows(min_row=2) if r[3].value == code and r[9].value == "≥")
    row[10].value = "99"
    name = row[8].value
    wb.save(path)
    summary = do_import(demo_db, path)
    assert summary.updated == 1
    with demo_db.sessions() as s:
        ind = s.scalar(select(m.TargetIndicator).join(m.PerformanceTarget).join(m.Project)
                       .where(m.Project.code == code, m.TargetIndicator.name == name,
                              m.PerformanceTarget.is_current.is_(True)))
        assert ind.value_text.startswith("≥99") and str(ind.value_num) == "99"


# -- bad workbooks -------------------------------------------------------------------------------------------
def flat_book(path: Path, rows: list[list[object]], header: tuple[str, ...] = FLAT_HEADER) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "绩效目标"
    ws.append(list(header))
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


def draft_code(db) -> str:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(m.Project.code).join(m.PerformanceTarget).join(m.BudgetYear)
                        .where(m.BudgetYear.year == YEAR, m.PerformanceTarget.status == "draft"))


def good_row(code: str, name: str = "受益人数") -> list[object]:
    return [YEAR, "101", "单位", code, "项目", "年度", "产出指标", "数量指标", name, "≥", "100", "人", 10, "计划标准",
            "", "", ""]


def rejected(db, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    before = state(db)
    with pytest.raises(UserErrors) as info:
        do_import(db, path)
    assert state(db) == before, "nothing may be written"
    return [str(e) for e in info.value.errors]


def test_a_missing_required_column_is_named(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    header = tuple(h for h in FLAT_HEADER if h != "分值")
    path = flat_book(tmp_path / "b.xlsx", [good_row(draft_code(demo_db))[:12] + ["计划标准", "", "", ""]], header)
    errors = rejected(demo_db, path)
    assert errors == ["文件 b.xlsx，工作表 绩效目标，第 1 行: 缺少必填列：分值。"]


def test_a_weight_that_is_not_a_number_is_located_by_row_and_column(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = draft_code(demo_db)
    bad = good_row(code, "培训人次")
    bad[12] = "十分"
    path = flat_book(tmp_path / "b.xlsx", [good_row(code), bad])
    errors = rejected(demo_db, path)
    assert errors == ["文件 b.xlsx，工作表 绩效目标，第 3 行，M 列: 分值必须是数字，不能是“十分”。"]


def test_a_wrong_comparison_sign_and_an_unknown_project_are_both_reported(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = good_row(draft_code(demo_db))
    bad[9] = "大约"
    path = flat_book(tmp_path / "b.xlsx", [bad, good_row("NO-SUCH-CODE")])
    errors = rejected(demo_db, path)
    assert len(errors) == 2
    assert "第 2 行，J 列" in errors[0] and "大约" in errors[0]
    assert "第 3 行" in errors[1] and "NO-SUCH-CODE" in errors[1]


def test_merged_cells_in_a_flat_list_are_rejected(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = draft_code(demo_db)
    path = flat_book(tmp_path / "b.xlsx", [good_row(code), good_row(code, "培训人次")])
    wb = load_workbook(path)
    wb.active.merge_cells("G2:G3")
    wb.save(path)
    errors = rejected(demo_db, path)
    assert errors == ["文件 b.xlsx，工作表 绩效目标，第 2 行，G 列: 合并单元格 G2:G3：请取消合并并逐格填写。"]


def test_a_formula_is_rejected_with_its_cell(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    row = good_row(draft_code(demo_db))
    row[12] = "=5+5"
    errors = rejected(demo_db, flat_book(tmp_path / "b.xlsx", [row]))
    assert len(errors) == 1 and "第 2 行，M 列" in errors[0] and "公式" in errors[0]


def test_a_blank_sheet_is_rejected_by_name(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = flat_book(tmp_path / "b.xlsx", [good_row(draft_code(demo_db))])
    wb = load_workbook(path)
    wb.create_sheet("Sheet2")
    wb.save(path)
    assert rejected(demo_db, path) == ["文件 b.xlsx，工作表 Sheet2: 工作表是空的：请删除或填写。"]


def test_the_same_project_on_two_sheets_is_a_duplicate(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = draft_code(demo_db)
    path = flat_book(tmp_path / "b.xlsx", [good_row(code)])
    wb = load_workbook(path)
    ws = wb.create_sheet("第二页")
    ws.append(list(FLAT_HEADER))
    ws.append(good_row(code))
    wb.save(path)
    errors = rejected(demo_db, path)
    assert len(errors) == 1 and "工作表 第二页" in errors[0] and code in errors[0]


def test_an_indicator_listed_twice_is_a_duplicate(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = draft_code(demo_db)
    errors = rejected(demo_db, flat_book(tmp_path / "b.xlsx", [good_row(code), good_row(code)]))
    assert len(errors) == 1 and "受益人数" in errors[0]


def test_a_file_above_the_size_limit_is_rejected_before_reading(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "huge.xlsx"
    with path.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    errors = rejected(demo_db, path)
    assert errors == ["文件 huge.xlsx: 文件大小为 50.0 MB，超过可接受的 20 MB；请拆分为较小的工作簿。"]


def test_a_file_that_is_not_a_workbook_is_rejected(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "x.xlsx"
    path.write_text("PRO_CODE,三级指标\n", encoding="utf-8")
    errors = rejected(demo_db, path)
    assert len(errors) == 1 and "xlsx" in errors[0]


def test_changing_an_approved_target_by_import_is_refused(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with demo_db.sessions() as s:
        code = s.scalar(select(m.Project.code).join(m.PerformanceTarget).join(m.BudgetYear)
                        .where(m.BudgetYear.year == YEAR, m.PerformanceTarget.status == "approved"))
    errors = rejected(demo_db, flat_book(tmp_path / "b.xlsx", [good_row(code)]))
    assert len(errors) == 1 and "目标调整" in errors[0]


def test_an_import_is_backed_up_first_and_a_rejected_file_leaves_no_backup(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.db.backup import list_backups

    path = export(demo_db, tmp_path / "t.xlsx", "flat")
    do_import(demo_db, path)
    assert [b.reason for b in list_backups(demo_db.path)] == ["before-import"]
    wb = load_workbook(path)
    wb.active["M2"] = "many"
    wb.save(path)
    with pytest.raises(UserErrors):
        do_import(demo_db, path)
    assert [b.reason for b in list_backups(demo_db.path)] == ["before-import"]


def test_imported_indicators_are_linked_to_the_library_entry_of_their_projects_sector(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The entry of the project's sector, else a common one, else the first of the name; none for a new name."""
    with demo_db.sessions() as s:
        drafts = s.execute(select(m.Project.code, m.Project.sector).join(m.PerformanceTarget).join(m.BudgetYear)
                           .where(m.BudgetYear.year == YEAR, m.PerformanceTarget.status == "draft")).all()
        (code_a, sector_a), (code_b, _b) = next((a, b) for a in drafts for b in drafts if a.sector != b.sector)
        entries = {key: m.LibraryIndicator(sector=sector, level1="产出指标", level2="数量指标", name=name)
                   for key, sector, name in [("a", sector_a, "测试指标甲"), ("common", "general", "测试指标甲"),
                                             ("other", "测试行业", "测试指标乙"), ("other2", "测试行业二", "测试指标乙")]}
        s.add_all(entries.values())
        s.commit()
        ids = {key: e.id for key, e in entries.items()}
    rows = [good_row(code, name) for code in (code_a, code_b) for name in ("测试指标甲", "测试指标乙", "全新指标")]
    do_import(demo_db, flat_book(tmp_path / "t.xlsx", rows), drop_progress=True)  # new indicators replace the old
    with demo_db.sessions() as s:
        links = dict(((code, name), lid) for code, name, lid in s.execute(
            select(m.Project.code, m.TargetIndicator.name, m.TargetIndicator.library_id)
            .join(m.PerformanceTarget, m.TargetIndicator.target_id == m.PerformanceTarget.id).join(m.Project)
            .where(m.Project.code.in_([code_a, code_b]), m.PerformanceTarget.is_current.is_(True))))
    assert links == {(code_a, "测试指标甲"): ids["a"], (code_a, "测试指标乙"): ids["other"], (code_a, "全新指标"): None,
                     (code_b, "测试指标甲"): ids["common"], (code_b, "测试指标乙"): ids["other"], (code_b, "全新指标"): None}


# -- the checks on what people really import (issue 15 item 9) ------------------------------------------------
def urban_cleaning(code: str, quality_under: str = "质量指标", quality: str = "垃圾无害化处理率"
                   ) -> list[list[object]]:
    """A 2020-layout target (cost under 产出指标) with published urban-management wording (INDICATORS.md), its
    deadline typed as ≤ in the 指标性质 column with the date in 指标值, as Yunnan-style lists have it."""
    def row(level1: str, level2: str, name: str, sign: str, value: str, unit: str, points: int) -> list[object]:
        return [YEAR, "101", "县城市管理局", code, "城区道路清扫保洁", "年度", level1, level2, name, sign, value, unit,
                points, "计划标准", "城区道路清扫保洁全覆盖", "", ""]

    return [row("产出指标", "数量指标", "清扫保洁道路面积", "≥", "1346.0088", "万平方米", 20),
            row("产出指标", quality_under, quality, "=", "100", "%", 10),
            row("产出指标", "时效指标", "任务完成时限", "≤", "2025年12月31日", "", 10),
            row("产出指标", "成本指标", "人工成本", "≤", "620", "万元/月", 10),
            row("效益指标", "社会效益指标", "清扫保洁覆盖率", "≥", "99", "%", 30),
            row("满意度指标", "服务对象满意度指标", "周围群众满意度", "≥", "90", "%", 10)]


def test_a_2020_layout_with_a_dated_deadline_imports_without_false_errors(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = draft_code(demo_db)
    summary = do_import(demo_db, flat_book(tmp_path / "t.xlsx", urban_cleaning(code)), drop_progress=True)
    mine = [f.finding for f in summary.findings if f.project_code == code]
    assert [(f.rule, f.indicator_name) for f in mine if f.severity == "error"] == []
    assert not {"levels_present", "quantitative_complete", "level3_matches_level2"} & {f.rule for f in mine}
    with demo_db.sessions() as s:
        deadline = s.scalar(select(m.TargetIndicator).join(m.PerformanceTarget).join(m.Project).where(
            m.Project.code == code, m.TargetIndicator.name == "任务完成时限", m.PerformanceTarget.is_current.is_(True)))
    assert (deadline.comparison, deadline.value_text, deadline.value_num) == ("<=", "2025年12月31日", None)


def test_a_quality_rate_imported_under_quantity_is_flagged_on_its_line(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = draft_code(demo_db)
    rows = urban_cleaning(code, quality_under="数量指标", quality="项目验收合格率")
    summary = do_import(demo_db, flat_book(tmp_path / "t.xlsx", rows), drop_progress=True)
    found = [f.finding for f in summary.findings if f.project_code == code and f.finding.rule == "level3_matches_level2"]
    assert [(f.indicator_name, f.severity) for f in found] == [("项目验收合格率", "warning")]
    assert "产出指标/质量指标" in found[0].message
