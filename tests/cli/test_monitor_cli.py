"""``perfdesk monitor …`` and ``perfdesk report …`` over the tiny demo database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from perfdesk.cli import main
from perfdesk.core.services import report_kinds
from tests.reports.conftest import pdf_cells, pdf_text
from tests.services.test_monitoring_service import write_export

CODE = "37152525R000000000001"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_then_warnings_as_json_from_the_latest_round(demo_db_path: Path, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    export = write_export(tmp_path / "exec.xlsx", [[CODE, "甲", "", 1_000_000, 180_000]])
    code, out, _ = run(capsys, "--db", str(demo_db_path), "monitor", "import", str(export), "--as-of", "2026-01-15",
                       "--year", "2025")
    assert code == 0 and "1" in out
    code, out, _ = run(capsys, "--db", str(demo_db_path), "monitor", "warnings", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1  # the latest round: the one just imported (as of 2026: whole year gone)
    assert rows[0] | {"name": None} == rows[0] | {
        "project": CODE, "budget": 100.0, "spent": 18.0, "time_progress": 100.0, "execution_progress": 18.0,
        "lag_points": 82.0, "level": "red", "name": None}


def test_warnings_filter_by_level_and_as_of_date(demo_db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(demo_db_path), "monitor", "warnings", "--as-of", "2025-07-31",
                       "--level", "yellow", "--json")
    rows = json.loads(out)
    assert code == 0 and rows and {r["level"] for r in rows} == {"yellow"}
    assert all(r["time_progress"] == 58.08 for r in rows)
    assert all(20 <= r["lag_points"] < 40 for r in rows)


def test_a_bad_file_fails_with_located_errors_and_no_new_round(demo_db_path: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    export = write_export(tmp_path / "bad.xlsx", [[CODE, "甲", "", "abc", 1]])
    code, _, err = run(capsys, "--db", str(demo_db_path), "monitor", "import", str(export), "--as-of", "2025-08-31")
    assert code == 1 and "bad.xlsx" in err and "D" in err
    _, out, _ = run(capsys, "--db", str(demo_db_path), "monitor", "rounds", "--json")
    assert len(json.loads(out)) == 3


def test_report_kinds_are_discovered_from_their_modules() -> None:
    kinds = report_kinds.kinds()
    assert {"monitoring", "monitoring-summary", "reminder-letters"} <= set(kinds)
    assert all(callable(k.build) and k.DESCRIPTION for k in kinds.values())


def test_report_monitoring_prints_the_official_table_of_one_project(demo_db_path: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.pdf"
    code, _, _ = run(capsys, "--db", str(demo_db_path), "report", "monitoring", "--project", CODE,
                     "--as-of", "2025-07-31", "--out", str(out))
    text = "".join(pdf_text(out.read_bytes())).replace("\n", "").replace(" ", "")
    cells = pdf_cells(out.read_bytes())
    assert code == 0
    assert "项目支出绩效目标执行监控表" in text and "（2025年度）" in text
    for expected in ("1—7月执行数", "1—7月执行率", "完成目标可能性", "经费保障", "硬件条件保障", "确定能", "完全不可能",
                     "√"):
        assert expected in cells, expected


def test_report_summary_and_letters_state_the_figures(demo_db_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    summary, letters = tmp_path / "s.pdf", tmp_path / "l.pdf"
    assert run(capsys, "--db", str(demo_db_path), "report", "monitoring-summary", "--as-of", "2025-07-31",
               "--out", str(summary))[0] == 0
    assert run(capsys, "--db", str(demo_db_path), "report", "reminder-letters", "--as-of", "2025-07-31",
               "--out", str(letters))[0] == 0
    text = "".join(pdf_text(summary.read_bytes())).replace("\n", "")
    assert "2025年1—7月预算绩效运行监控情况报告" in text and "时间进度58.08%" in text
    assert "本次监控设定的工作标准" in text and "非公开发布" not in text and "时间进度 58.1%" in text  # the chart's reference line
    letter = "".join(pdf_text(letters.read_bytes())).replace("\n", "")
    assert "关于加快预算执行进度的提醒函" in letter and "红色预警" in letter


def test_an_unknown_project_code_is_reported(demo_db_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", str(demo_db_path), "report", "monitoring", "--project", "NOPE",
                       "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and "NOPE" in err and not (tmp_path / "x.pdf").exists()


def test_export_progress_then_import_it_back_into_the_july_round(demo_db_path: Path, tmp_path: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl

    out = tmp_path / "tables.xlsx"
    code, text, _ = run(capsys, "--db", str(demo_db_path), "monitor", "export-progress", str(out),
                        "--as-of", "2025-07-31", "--project", CODE)
    assert code == 0 and "1" in text
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [CODE] and book[CODE]["N3"].value == CODE
    code, text, _ = run(capsys, "--db", str(demo_db_path), "monitor", "import-progress", str(out),
                        "--as-of", "2025-07-31", "--json")
    done = json.loads(text)
    lines = sum(1 for r in range(1, book[CODE].max_row + 1) if book[CODE].cell(r, 4).value
                and book[CODE].cell(r, 2).value not in (None, "一级指标"))
    assert code == 0 and done["projects"] == 1 and done["saved"] == lines > 0 and done["unmatched"] == []
