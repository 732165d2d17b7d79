"""The demo county is deterministic and realistic enough to exercise every later feature."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from perfdesk.core.services.demo import create_demo_database


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [line for line in con.iterdump() if "audit_log" not in line]
    finally:
        con.close()


def test_the_same_seed_gives_an_identical_database(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    create_demo_database(a, scale="tiny", seed=7)
    create_demo_database(b, scale="tiny", seed=7)
    assert dump(a) == dump(b)


def test_another_seed_gives_other_data(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    create_demo_database(a, scale="tiny", seed=7)
    create_demo_database(b, scale="tiny", seed=8)
    assert dump(a) != dump(b)


def test_the_demo_has_what_ranking_and_monitoring_need(demo_db_path: Path) -> None:
    con = sqlite3.connect(demo_db_path)
    origins = {r[0] for r in con.execute("SELECT DISTINCT fund_origin FROM project")}
    kinds = {r[0] for r in con.execute("SELECT DISTINCT kind FROM unit")}
    level1 = {r[0] for r in con.execute("SELECT DISTINCT level1 FROM target_indicator")}
    rounds = con.execute("SELECT count(*) FROM monitoring_round").fetchone()[0]
    missed = con.execute("SELECT count(*) FROM self_eval_line WHERE deviation_analysis != ''").fetchone()[0]
    money_adds_up = con.execute(
        "SELECT count(*) FROM project p WHERE full_year_budget_fen != "
        "(SELECT sum(full_year_fen) FROM project_fund f WHERE f.project_id = p.id)").fetchone()[0]
    con.close()
    assert "own_level" in origins and origins & {"central_transfer", "provincial_transfer", "non_fiscal"}
    assert {"department", "unit", "township"} <= kinds
    assert {"产出指标", "效益指标", "满意度指标", "成本指标"} <= level1
    assert rounds >= 3
    assert missed > 0
    assert money_adds_up == 0
