"""``perfdesk standards import|export|search`` and ``perfdesk cost import|export|check``, and ``perfdesk report
cost``."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from pathlib import Path

import pytest

from perfdesk.cli import main
from perfdesk.core.db.engine import open_database
from tests.services import cost_books as cb


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as con:
        return con.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


@pytest.fixture
def lamps_db(empty_db_path: Path) -> Path:
    with open_database(empty_db_path) as db:
        cb.lamp_project(db)
    return empty_db_path


def test_standards_import_search_and_export(lamps_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", str(lamps_db)]
    code, out, _ = run(capsys, *db, "standards", "import", str(cb.standards_book(tmp_path / "s.xlsx")), "--dry-run")
    assert code == 0 and "新增 4 条" in out and count(lamps_db, "expenditure_standard") == 0
    code, out, _ = run(capsys, *db, "standards", "import", str(tmp_path / "s.xlsx"))
    assert code == 0 and out.strip() == "支出标准已导入：新增 4 条，更新 0 条，0 条不变。"
    code, out, _ = run(capsys, *db, "standards", "search", "住宿费", "--json")
    rows = json.loads(out)
    assert [(r["code"], r["value"], r["unit"], r["source"]) for r in rows] == [
        ("TY-001", "350", "元/人·天", "市财政局差旅费管理办法")]
    code, out, _ = run(capsys, *db, "standards", "search", "--level", "部门特色")
    assert "BM-001" in out and "TY-001" not in out and "共 1 条支出标准。" in out
    code, out, _ = run(capsys, *db, "standards", "search", "--year", "2027", "--json")
    assert {r["code"] for r in json.loads(out)} == {"BM-001", "TY-001", "TY-002"}  # HY-001 ends in 2026
    code, out, _ = run(capsys, *db, "standards", "export", "--out", str(tmp_path / "out.xlsx"))
    assert code == 0 and (tmp_path / "out.xlsx").exists() and "4" in out


def test_a_bad_standards_file_names_its_cell_and_changes_nothing(lamps_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    rows = [list(r) for r in cb.STANDARDS]
    rows[3][2] = "区级"
    code, _, err = run(capsys, "--db", str(lamps_db), "standards", "import",
                       str(cb.standards_book(tmp_path / "bad.xlsx", rows)))
    assert code == 1
    assert "bad.xlsx" in err and "支出标准库" in err and "第 5 行" in err and "C 列" in err and "区级" in err
    assert count(lamps_db, "expenditure_standard") == 0


def test_cost_import_check_and_export(lamps_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", str(lamps_db)]
    run(capsys, *db, "standards", "import", str(cb.standards_book(tmp_path / "s.xlsx")))
    code, out, _ = run(capsys, *db, "cost", "import", str(cb.cost_book(tmp_path / "c.xlsx")))
    assert code == 0 and out.strip() == "已导入 1 个项目的 3 项分项成本（替换原有 0 项）。"
    code, out, _ = run(capsys, *db, "cost", "check", "--json")
    found = json.loads(out)
    assert [(f["project"], f["item"], f["rule"]) for f in found] == [
        ("LD01", "", "incomplete"), ("LD01", "差旅费（住宿）", "over_standard"), ("LD01", "会议费", "inconsistent")]
    assert found[0]["message"] == "分项成本合计 109.80 万元，比项目预算 120.00 万元少 102,000.00 元，成本构成不完整。"
    code, out, _ = run(capsys, *db, "cost", "check", "--unit", "D001", "--json")
    assert json.loads(out) == []  # LD01 belongs to D002
    code, out, _ = run(capsys, *db, "cost", "check")
    assert out.splitlines()[-1] == "共 3 条问题。" and "[错误] LD01 路灯运维: 会议费：" in out
    code, out, _ = run(capsys, *db, "cost", "export", "--out", str(tmp_path / "out.xlsx"))
    assert code == 0 and "3" in out
    code, out, _ = run(capsys, *db, "cost", "import", str(tmp_path / "out.xlsx"), "--dry-run")
    assert code == 0 and "替换原有 3 项" in out


def test_a_bad_cost_file_names_its_cell_and_changes_nothing(lamps_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    rows = [list(r) for r in cb.LAMPS]
    rows[1][7] = "很多钱"
    code, _, err = run(capsys, "--db", str(lamps_db), "cost", "import", str(cb.cost_book(tmp_path / "bad.xlsx", rows)))
    assert code == 1 and "第 3 行" in err and "H 列" in err and "很多钱" in err
    assert count(lamps_db, "cost_item") == 0 and count(lamps_db, "cost_analysis") == 0
    code, _, err = run(capsys, "--db", str(lamps_db), "cost", "check", "--unit", "NOPE")
    assert code == 1 and "NOPE" in err


def test_the_printed_table_reads_like_the_review(lamps_db: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = ["--db", str(lamps_db)]
    run(capsys, *db, "standards", "import", str(cb.standards_book(tmp_path / "s.xlsx")))
    run(capsys, *db, "cost", "import", str(cb.cost_book(tmp_path / "c.xlsx")))
    pdf = tmp_path / "lamp.pdf"
    code, _, err = run(capsys, *db, "report", "cost", "--project", "LD01", "--out", str(pdf))
    assert code == 0, err
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    for words in ("项目成本效益分析表", "（2025年度）", "路灯运维", "路灯基数3200盏", "343.13元/盏", "109.80",
                  "超支出标准", "单位成本与数量不相符", "比项目预算120.00万元少102,000.00元，成本构成不完整",
                  "审核口径：分项成本合计少于年初预算数的，为成本构成不完整"):
        assert words in flat, words
    assert "over_standard" not in flat and "incomplete" not in flat  # no rule codes on paper
    code, _, err = run(capsys, *db, "report", "cost", "--out", str(tmp_path / "all.pdf"))
    assert code == 0 and (tmp_path / "all.pdf").exists()
    code, _, err = run(capsys, *db, "report", "cost", "--project", "JZ01", "--out", str(tmp_path / "none.pdf"))
    assert code == 1 and not (tmp_path / "none.pdf").exists()


def test_the_demo_comes_with_standards_and_one_table_of_each_fault(demo_db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(capsys, "--db", str(demo_db_path), "cost", "check", "--json")
    assert code == 0
    assert sorted(f["rule"] for f in json.loads(out)) == ["incomplete", "inconsistent", "no_core_driver", "over_standard"]
    assert count(demo_db_path, "expenditure_standard") == 7 and count(demo_db_path, "cost_analysis") == 6
