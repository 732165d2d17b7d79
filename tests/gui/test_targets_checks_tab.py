"""The targets area's checks tab: the findings of the selected year, filtered by severity; an export to Excel
imported back changes nothing and shows the findings of what was imported; a bad workbook changes nothing and
says so; a finding opens its project."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.rules import target_checks as tc


@pytest.fixture
def tab(demo_window):  # type: ignore[no-untyped-def]
    page = demo_window.show_area("targets")
    page.tabs.setCurrentWidget(page.checks)
    return page.checks


def counts(db) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return tuple(s.scalar(select(func.count()).select_from(t)) for t in  # type: ignore[return-value]
                     (m.PerformanceTarget, m.TargetIndicator, m.AuditLog))


def test_the_findings_of_the_year_are_listed_and_filtered_by_severity(tab) -> None:  # type: ignore[no-untyped-def]
    assert tab.model.rowCount() == len(tab.found) > 0
    assert "个" in tab.status.text() or "finding" in tab.status.text()
    warnings = sum(1 for f in tab.found if f.finding.severity == tc.WARNING)
    tab.severity.setCurrentIndex(tab.severity.findData(tc.WARNING))
    assert tab.model.rowCount() == warnings
    assert {tab.model.row(r).finding.severity for r in range(tab.model.rowCount())} == {tc.WARNING}


def test_an_export_imported_back_changes_no_target_and_shows_the_findings(tab, demo_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    listed = [(f.project_code, f.finding) for f in tab.found]
    path = tmp_path / "targets.xlsx"
    tab.export_excel(path)
    assert path.exists() and "targets.xlsx" in tab.status.text()
    before = counts(demo_db)
    tab.import_excel(path)
    after = counts(demo_db)
    assert after[:2] == before[:2] and after[2] == before[2] + 1  # the import is audited, nothing else changes
    assert [(f.project_code, f.finding) for f in tab.found] == listed
    assert "targets.xlsx" in tab.status.text()


def test_a_bad_workbook_changes_nothing_and_the_problems_are_shown(tab, demo_db, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown = []
    monkeypatch.setattr("perfdesk.gui.pages.targets_checks.show_error", lambda parent, exc: shown.append(exc))
    path = tmp_path / "targets.xlsx"
    tab.export_excel(path)
    book = load_workbook(path)
    sheet = book.active
    weight = [c.value for c in sheet[1]].index("分值") + 1
    sheet.cell(row=3, column=weight, value="二十")
    book.save(path)
    before = counts(demo_db)
    tab.import_excel(path)
    assert counts(demo_db) == before
    assert shown and "二十" in str(shown[0])
    assert tab.status.text().startswith("没有") or "Nothing" in tab.status.text()


def test_a_finding_opens_its_project_in_the_target_editor(tab, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = tab.parent().parent().parent()
    finding = tab.model.row(0)
    tab.table.doubleClicked.emit(tab.model.index(0, 0))
    assert page.tabs.currentWidget() is page.browser
    assert page.browser.editor.project_id == finding.project_id


@pytest.mark.parametrize("confirmed", [False, True])
def test_an_import_deleting_typed_progress_asks_first(tab, demo_db, tmp_path: Path, monkeypatch,  # type: ignore[no-untyped-def]
                                                      confirmed: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    with demo_db.sessions() as s:
        code, name = s.execute(
            select(m.Project.code, m.TargetIndicator.name).join(m.PerformanceTarget, m.PerformanceTarget.project_id
                                                                == m.Project.id)
            .join(m.TargetIndicator, m.TargetIndicator.target_id == m.PerformanceTarget.id)
            .join(m.IndicatorProgress, m.IndicatorProgress.indicator_id == m.TargetIndicator.id)
            .where(m.PerformanceTarget.is_current.is_(True), m.PerformanceTarget.status == "draft").limit(1)).one()
    path = tmp_path / "targets.xlsx"
    tab.export_excel(path)
    book = load_workbook(path)
    sheet = book.active
    head = [c.value for c in sheet[1]]
    [row] = [r for r in range(2, sheet.max_row + 1) if sheet.cell(r, head.index("PRO_CODE") + 1).value == code
             and sheet.cell(r, head.index("三级指标") + 1).value == name]
    sheet.delete_rows(row)
    book.save(path)
    asked: list[str] = []

    def answer(_parent, _title, text):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes if confirmed else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    monkeypatch.setattr("perfdesk.gui.pages.targets_checks.show_error", lambda parent, exc: None)
    before = counts(demo_db)
    tab.import_excel(path)
    assert len(asked) == 1 and code in asked[0] and name in asked[0]
    if confirmed:
        assert counts(demo_db)[1] == before[1] - 1 and name in tab.status.text()
    else:
        assert counts(demo_db) == before
