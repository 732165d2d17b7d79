"""The Data packages window (File → 数据包…, issue 19), clicked as a finance officer would: a unit's package is
checked, a record changed on both sides is shown side by side and decided, the home page then shows who reported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import package as P
from perfdesk.gui.dialogs.packages import PackagesDialog

NOW = dt.datetime(2025, 6, 1, 9, 0)


def _set_goal(db, goal: str) -> str:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, user="t", now=NOW) as uow:
        target = uow.session.query(m.PerformanceTarget).join(m.Project).join(m.Unit, m.Unit.id == m.Project.unit_id) \
            .filter(m.PerformanceTarget.status == "returned", m.Unit.code.in_(["101", "101001"])) \
            .order_by(m.Project.code).first()
        target.annual_goal = goal
        uow.commit()
        return target.project.code


@pytest.fixture
def up_package(demo_window, tmp_path: Path) -> tuple[Path, str]:  # type: ignore[no-untyped-def]
    """A package from unit 101's PC whose target the county changed meanwhile too."""
    county = demo_window.db
    down = tmp_path / "down.pdpkg"
    with UnitOfWork(county.sessions, user="county", now=NOW) as uow:
        P.export_package(uow, unit="101", year=2025, out=down, data_dir=county.data_dir, down=True)
    (tmp_path / "town").mkdir()
    P.setup_from_package(tmp_path / "town" / "town.db", down)
    with open_database(tmp_path / "town" / "town.db") as town:
        project = _set_goal(town, "单位修改的年度目标")
        with UnitOfWork(town.sessions, user="town", now=NOW) as uow:
            P.export_package(uow, unit="101", year=2025, out=tmp_path / "up.pdpkg", data_dir=town.data_dir)
    _set_goal(county, "县财政局修改的年度目标")
    return tmp_path / "up.pdpkg", project


@pytest.fixture
def dialog(demo_window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    opened: list[PackagesDialog] = []
    monkeypatch.setattr(PackagesDialog, "exec", lambda self: (opened.append(self), 0)[1])
    demo_window.packages_action.trigger()
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    opened[0].show()
    return opened[0]


def _choose(monkeypatch, path: Path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def test_a_conflict_is_shown_side_by_side_and_the_packages_version_taken(demo_window, dialog, up_package, qtbot,
                                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, project = up_package
    _choose(monkeypatch, path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "校验通过" in dialog.verdict.text() and "101" in dialog.verdict.text()
    assert dialog.import_button.isEnabled()
    conflict = dialog.conflicts.topLevelItem(0)
    assert dialog.conflicts.topLevelItemCount() == 1 and project in conflict.text(0)
    rows = [(conflict.child(i).text(1), conflict.child(i).text(2)) for i in range(conflict.childCount())]
    assert ("县财政局修改的年度目标", "单位修改的年度目标") in rows
    combo = next(iter(dialog.decisions.values()))
    assert combo.currentData() == ""  # undecided until a person chooses
    combo.setCurrentIndex(combo.findData("incoming"))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "已导入" in dialog.verdict.text()
    with demo_window.db.sessions() as session:
        goals = {t.annual_goal for t in session.query(m.PerformanceTarget).join(m.Project)
                 .filter(m.Project.code == project, m.PerformanceTarget.is_current)}
        assert goals == {"单位修改的年度目标"}
    assert dialog.history.topLevelItemCount() == 2  # the county package sent, this one received
    assert "接收" in dialog.history.topLevelItem(0).text(1)
    home = demo_window.show_area("home")
    home.today = dt.date(2025, 9, 10)
    home.reload()
    assert home.exchange.isVisible()
    assert "逾期" in home.exchange.summary.text()


def test_an_undecided_conflict_keeps_this_databases_version(demo_window, dialog, up_package, qtbot,
                                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path, project = up_package
    _choose(monkeypatch, path)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert "未决定" in dialog.verdict.text()
    with demo_window.db.sessions() as session:
        goal = session.query(m.PerformanceTarget.annual_goal).join(m.Project).filter(
            m.Project.code == project, m.PerformanceTarget.is_current).scalar()
    assert goal == "县财政局修改的年度目标"


def test_a_cut_short_package_is_refused_in_red_and_nothing_written(demo_window, dialog, up_package, qtbot,
                                                                   monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path, _project = up_package
    short = tmp_path / "short.pdpkg"
    short.write_bytes(path.read_bytes()[:400])
    _choose(monkeypatch, short)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert "已拒绝，未写入任何内容" in dialog.verdict.text() and "short.pdpkg" in dialog.verdict.text()
    assert "C00000" in dialog.verdict.styleSheet()
    assert not dialog.import_button.isEnabled()


def test_the_send_tab_writes_a_county_package(demo_window, dialog, qtbot, monkeypatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "sent.pdpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dialog.tabs.setCurrentIndex(1)
    dialog.unit_combo.setCurrentIndex(dialog.unit_combo.findData("102"))
    dialog.year_combo.setCurrentIndex(dialog.year_combo.findData(2025))
    assert dialog.down_box.isChecked()  # the county's database sends down by default
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert out.is_file() and "已生成" in dialog.sent.text()
    assert P.read_verified(out).manifest.unit_code == "102"
