"""``perfdesk package export|setup|verify|import|history|status`` (issue 19), in Chinese as users see them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfdesk.cli import main
from perfdesk.core.db import models as m
from perfdesk.core.db.engine import open_database
from perfdesk.core.i18n import set_translator


@pytest.fixture(autouse=True)
def _english_core_after_cli():  # type: ignore[no-untyped-def]
    yield
    set_translator(None)


def _goal(db_path: Path, goal: str) -> str:
    """Change the annual goal of a returned target of unit 101; its project code."""
    with open_database(db_path) as db, db.sessions() as session:
        target = session.query(m.PerformanceTarget).filter(m.PerformanceTarget.status == "returned").first()
        target.annual_goal = goal
        session.commit()
        return target.project.code


def test_a_township_set_up_sends_its_work_up_and_the_county_merges_it(demo_db_path: Path, tmp_path: Path,
                                                                     capsys) -> None:  # type: ignore[no-untyped-def]
    county, town = str(demo_db_path), str(tmp_path / "town" / "town.db")
    down, up = tmp_path / "down.pdpkg", tmp_path / "up.pdpkg"
    assert main(["--db", county, "package", "export", "--unit", "101", "--year", "2025", "--out", str(down),
                 "--down"]) == 0
    assert "已为单位 101（2025年）导出数据包" in capsys.readouterr().out
    (tmp_path / "town").mkdir()
    assert main(["--db", town, "package", "setup", str(down)]) == 0
    assert "新建数据库" in capsys.readouterr().out
    project = _goal(Path(town), "单位修改后的年度目标")
    assert main(["--db", town, "package", "export", "--unit", "101", "--year", "2025", "--out", str(up)]) == 0
    capsys.readouterr()
    assert main(["--db", county, "package", "verify", str(up)]) == 0
    assert "校验通过" in capsys.readouterr().out
    assert main(["--db", county, "package", "import", str(up), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "绩效目标：新增 0，更新 1" in out and "试运行：未写入任何内容" in out
    assert main(["--db", county, "package", "import", str(up), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)[0]
    assert result["updated"] == {"targets": 1} and result["unit"] == "101"
    assert main(["--db", county, "package", "import", str(up)]) == 0
    assert "已于" in capsys.readouterr().out  # the same package again: nothing changed
    assert main(["--db", county, "package", "history", "--json"]) == 0
    history = json.loads(capsys.readouterr().out)
    assert [(h["direction"], h["kind"]) for h in history] == [("received", "up"), ("sent", "down")]
    assert main(["--db", county, "package", "status", "--year", "2025", "--today", "2025-09-10", "--json"]) == 0
    status = {u["unit"]: u for u in json.loads(capsys.readouterr().out)}
    assert status["101"]["targets"]["received"] and not status["101"]["targets"]["late"]
    assert status["102"]["targets"]["late"] and status["102"]["targets"]["due"] == "2025-03-31"
    assert status["102"]["selfevals"]["late"] is False  # due 2026-03-31
    with open_database(demo_db_path) as db, db.sessions() as session:
        goals = {t.annual_goal for t in session.query(m.PerformanceTarget).join(m.Project)
                 .filter(m.Project.code == project)}
    assert "单位修改后的年度目标" in goals


def test_a_damaged_package_is_refused_with_the_file_named(demo_db_path: Path, tmp_path: Path,
                                                         capsys) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.pdpkg"
    bad.write_bytes(b"PK\x03\x04 not really a package")
    assert main(["--db", str(demo_db_path), "package", "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.pdpkg" in err and "数据包已损坏或不完整" in err and "未做任何修改" in err


def test_a_conflict_is_printed_side_by_side_and_decided_with_choose(demo_db_path: Path, tmp_path: Path,
                                                                   capsys) -> None:  # type: ignore[no-untyped-def]
    county, town = str(demo_db_path), str(tmp_path / "t" / "town.db")
    down, up = tmp_path / "down.pdpkg", tmp_path / "up.pdpkg"
    main(["--db", county, "package", "export", "--unit", "101", "--year", "2025", "--out", str(down), "--down"])
    (tmp_path / "t").mkdir()
    main(["--db", town, "package", "setup", str(down)])
    _goal(Path(county), "县里改的")
    _goal(Path(town), "单位改的")
    main(["--db", town, "package", "export", "--unit", "101", "--year", "2025", "--out", str(up)])
    capsys.readouterr()
    assert main(["--db", county, "package", "import", str(up)]) == 2  # undecided: this database's kept
    out = capsys.readouterr().out
    assert "双方都有改动" in out and "年度目标：本库「县里改的」｜数据包「单位改的」" in out
    key = next(line.split('--choose "')[1].split("=local")[0] for line in out.splitlines() if "--choose" in line)
    assert main(["--db", county, "package", "import", str(up), "--choose", f"{key}=incoming"]) == 0
    assert "已采用数据包的" in capsys.readouterr().out
