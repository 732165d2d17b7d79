"""``perfdesk keyeval import|export|score|list|report|findings``, ``perfdesk experts draw|list`` and ``perfdesk
survey import`` on the demo database, in Chinese as users see them."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook, load_workbook

from perfdesk.cli import main
from perfdesk.core.i18n import set_translator


@pytest.fixture(autouse=True)
def _english_core_after_cli():  # type: ignore[no-untyped-def]
    yield
    set_translator(None)


def run(db, *args: str) -> int:  # type: ignore[no-untyped-def]
    return main(["--db", str(db), *args])


def as_json(db, capsys, *args: str):  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert run(db, *args, "--json") == 0
    return json.loads(capsys.readouterr().out)


def test_list_score_and_the_list_again(demo_db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    rows = as_json(demo_db_path, capsys, "keyeval", "list", "--year", "2025")
    assert len(rows) == 5 and all(r["object_kind"] == "project" and r["agency"] for r in rows)
    scored = as_json(demo_db_path, capsys, "keyeval", "score", "--evaluation", str(rows[0]["id"]))
    assert scored[0]["score"] == rows[0]["score"] and scored[0]["grade"] == rows[0]["grade"]
    assert run(demo_db_path, "keyeval", "list") == 0
    out = capsys.readouterr().out
    assert rows[0]["title"] in out and out.rstrip().endswith("5 项评价")


def test_an_exported_workbook_edited_and_imported_creates_a_new_evaluation(demo_db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(demo_db_path, "keyeval", "export", "--evaluation", "1", "--out", str(tmp_path / "e.xlsx")) == 0
    wb = load_workbook(tmp_path / "e.xlsx")
    wb["评价信息"]["B1"] = None
    wb["评价信息"]["B2"] = "第二轮评价"
    wb.save(tmp_path / "new.xlsx")
    result = as_json(demo_db_path, capsys, "keyeval", "import", str(tmp_path / "new.xlsx"))
    assert result["created"] and result["id"] == 6
    assert as_json(demo_db_path, capsys, "keyeval", "list")[-1]["title"] == "第二轮评价"


def test_a_bad_workbook_is_refused_in_chinese_and_nothing_changes(demo_db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(demo_db_path, "keyeval", "export", "--evaluation", "1", "--out", str(tmp_path / "e.xlsx")) == 0
    wb = load_workbook(tmp_path / "e.xlsx")
    wb["评价信息"]["B1"] = None
    wb["评分表"]["D2"] = "三分"
    wb.save(tmp_path / "bad.xlsx")
    capsys.readouterr()
    assert run(demo_db_path, "keyeval", "import", str(tmp_path / "bad.xlsx")) == 1
    err = capsys.readouterr().err
    assert "工作表 评分表" in err and "第 2 行" in err and "未做任何修改" in err
    assert len(as_json(demo_db_path, capsys, "keyeval", "list")) == 5


def test_the_same_seed_draws_the_same_experts_and_conflicted_ones_never(demo_db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    first = as_json(demo_db_path, capsys, "experts", "draw", "--evaluation", "1", "--count", "4", "--seed", "42")
    again = as_json(demo_db_path, capsys, "experts", "draw", "--evaluation", "1", "--count", "4", "--seed", "42")
    assert [e["id"] for e in first["experts"]] == [e["id"] for e in again["experts"]] and first["seed"] == 42
    experts = as_json(demo_db_path, capsys, "experts", "list")
    assert len(experts) == 12
    for seed in range(10):
        drawn = as_json(demo_db_path, capsys, "experts", "draw", "--evaluation", "1", "--count", "6", "--seed", str(seed))
        assert not {e["id"] for e in drawn["experts"]} & {e["id"] for e in drawn["excluded"]}
    capsys.readouterr()
    assert run(demo_db_path, "experts", "draw", "--evaluation", "1", "--count", "40", "--seed", "1") == 1
    assert "未做任何修改" in capsys.readouterr().err


def test_a_survey_import_reports_each_question_and_a_bad_answer_with_its_row(demo_db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    wb = Workbook()
    wb.active.append(["序号", "您对项目是否满意", "您对服务是否满意"])
    wb.active.append([1, "非常满意", 2])
    wb.active.append([2, "满意", None])
    wb.save(tmp_path / "q.xlsx")
    result = as_json(demo_db_path, capsys, "survey", "import", str(tmp_path / "q.xlsx"), "--evaluation", "1")
    assert result["respondents"] == 2 and result["overall_percent"] == "50.00"
    assert [(q["answered"], q["satisfied"], q["blank"]) for q in result["questions"]] == [(2, 2, 0), (1, 0, 1)]
    wb.active.append([3, "很好", 9])
    wb.save(tmp_path / "bad.xlsx")
    capsys.readouterr()
    assert run(demo_db_path, "survey", "import", str(tmp_path / "bad.xlsx"), "--evaluation", "1") == 1
    err = capsys.readouterr().err
    assert "第 4 行" in err and "B" in err and "C" in err


def test_a_report_is_printed_and_findings_go_to_the_ledger(demo_db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(demo_db_path, "keyeval", "report", "--evaluation", "2", "--out", str(tmp_path / "r.pdf")) == 0
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert run(demo_db_path, "keyeval", "findings", "--evaluation", "2") == 0
    assert "3" in capsys.readouterr().out
    assert run(demo_db_path, "keyeval", "findings", "--evaluation", "2") == 0
    assert "0" in capsys.readouterr().out
