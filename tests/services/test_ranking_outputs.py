"""Outputs of a ranking run: the Excel workbook, the leadership report, the CLI (FORMATS §7)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pypdf
import pytest
from python_calamine import CalamineWorkbook

from perfdesk.cli import main
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.i18n import set_translator
from perfdesk.core.services import ranking as svc
from perfdesk.core.services import results_outputs as outputs
from tests.services.scenario import NOW, P, build, category


@pytest.fixture(autouse=True)
def _english_core_after_cli():  # type: ignore[no-untyped-def]
    """The CLI installs the Chinese catalogue for the process; later tests expect the English sources."""
    yield
    set_translator(None)


def run_with_probation(db) -> svc.RunView:  # type: ignore[no-untyped-def]
    build(db, [*category(10), *[P(f"T{i:02d}", str(100 - i), origin="county_transfer", department="县农业农村局") for i in range(1, 6)], P("C1", "20", origin="central_transfer"),
               P("D1", "8.44", status="draft"), P("R1", "50", status="returned", department="县农业农村局"),
               P("F1", "90", department="县文化和旅游局"), P("F2", "80", department="县文化和旅游局")])
    with UnitOfWork(db.sessions, user="张会计", now=NOW) as uow:
        run_id = svc.create_run(uow, 2025)
    with db.sessions() as s:
        view = svc.load_run(s, run_id)
    entry = next(r for e, r in zip(view.entries, view.rows, strict=True) if e.code == "P10")
    with UnitOfWork(db.sessions, user="张会计", now=NOW) as uow:
        svc.put_on_probation(uow, entry["id"], reason="涉及民生", owner="县教育局", ratio=Decimal("0.2"))
    with db.sessions() as s:
        return svc.load_run(s, run_id)


def test_the_workbook_has_the_summary_ranked_lists_apart_and_budget_sheets(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = run_with_probation(db)
    with db.sessions() as s:
        path = outputs.write_excel(s, view, tmp_path / "rank.xlsx")
    book = CalamineWorkbook.from_path(str(path))
    lists = "项目绩效自评（本级及县对下转移支付）"
    assert book.sheet_names == ["汇总", lists, "报财政研究决定", "自评未完成", "不参与排名", "下年预算建议"]
    ranked = book.get_sheet_by_name(lists).to_python()
    assert ranked[0][:3] == ["序号", "项目编码", "项目名称"] and len(ranked) == 1 + 10 + 5 + 2
    assert [r[1] for r in ranked[1:]][-2:] == ["F1", "F2"] and ranked[-1][11] == "报财政研究决定"
    finance = book.get_sheet_by_name("报财政研究决定").to_python()
    assert [r[1:4] + r[7:] for r in finance[1:]] == [["F2", "项目F2", "县文化和旅游局", "报财政研究决定",
        "该排名组仅2个项目，少于自动取消所需项目数，排名最后一位不自动取消，报财政研究决定"]]
    incomplete = book.get_sheet_by_name("自评未完成").to_python()
    assert incomplete[0][5] == "自评得分" and [(r[1], r[5], r[7]) for r in incomplete[1:]] == [
        ("D1", 8.44, "自评未完成"), ("R1", 50.0, "自评未完成")]
    summary = book.get_sheet_by_name("汇总").to_python()
    assert ["自评未完成", 2.0, 200.0, 0.0, 200.0] in summary and ["报财政研究决定", 1.0, 100.0, 0.0, 100.0] in summary
    labels = [row[0] for row in summary[summary.index(["计算参数", "", "", "", ""]) + 1:]]
    assert "Smallest list whose last place is cancelled automatically" in labels
    assert not any("." in label and label.isascii() for label in labels)  # no internal names such as ranking.x
    p10 = next(r for r in ranked if r[1] == "P10")
    assert (p10[8], p10[11], p10[13], p10[14], p10[16]) == (10, "保留察看（压减20%）", 20.0, 80.0, "涉及民生")
    budget = book.get_sheet_by_name("下年预算建议").to_python()
    assert [r[1] for r in budget[1:-1]] == ["T05", "P09", "P10"]  # departments in name order
    assert budget[-1][0] == "合计" and budget[-1][7] == 10 + 20 + 100
    apart = book.get_sheet_by_name("不参与排名").to_python()
    assert apart[1][1] == "C1"


def test_body_rows_written_as_text_read_back_like_openpyxl_cells_with_formats_and_colours(  # type: ignore[no-untyped-def]
        db, tmp_path, monkeypatch) -> None:
    import openpyxl

    from perfdesk.core.io import ranking_excel

    view = run_with_probation(db)
    with db.sessions() as s:
        fast = outputs.write_excel(s, view, tmp_path / "fast.xlsx")
        monkeypatch.setattr(ranking_excel, "raw_writer", lambda xf: None)
        slow = outputs.write_excel(s, view, tmp_path / "slow.xlsx")
    for name in CalamineWorkbook.from_path(str(slow)).sheet_names:
        assert (CalamineWorkbook.from_path(str(fast)).get_sheet_by_name(name).to_python()
                == CalamineWorkbook.from_path(str(slow)).get_sheet_by_name(name).to_python()), name
    for path in (fast, slow):
        ws = openpyxl.load_workbook(path)["项目绩效自评（本级及县对下转移支付）"]
        p10 = next(row for row in ws.iter_rows(min_row=2) if row[1].value == "P10")
        assert p10[10].number_format == "0.00" and p10[13].number_format == "0.00"
        assert p10[11].fill.fgColor.rgb == "00FFF2B3" and p10[1].fill.fill_type is None
        assert ws["A1"].font.b and ws.freeze_panes == "D2"


def test_the_leadership_report_states_the_totals_and_lists_every_decision(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = run_with_probation(db)
    with db.sessions() as s:
        result = outputs.write_report(s, view, tmp_path / "rank.pdf", issued=dt.date(2025, 7, 1))
    reader = pypdf.PdfReader(result.path)
    text = "".join(p.extract_text() for p in reader.pages).replace(" ", "").replace("\n", "")
    assert "压减预算资金项目1个，压减金额10.00万元；淘汰（取消）项目1个，压减金额100.00万元；" \
           "设为保留察看项目1个，压减金额20.00万元；合计压减预算资金130.00万元" in text
    for words in ("（草稿，排名结果尚未确认）", "各类别排名及处理意见表", "下一年度预算压减建议表", "未纳入排名项目清单",
                  "保留察看（压减20%）", "2025年7月1日", "报财政研究决定项目清单", "自评未完成项目清单",
                  "报财政研究决定：项目F2（县文化和旅游局），共1个项目", "另有2个项目自评未完成，不参与排名，不作取消或压减处理",
                  "草稿和被退回的自评作为“自评未完成”单独列示", "绩效自评由各主管部门对本部门的政策和项目按得分由高到低分别排序"):
        assert words in text
    assert result.pages >= 4 and reader.pages[-1].mediabox.width > reader.pages[-1].mediabox.height


def test_cli_rank_prints_every_project_as_json_and_reuses_an_unchanged_run(demo_db_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(demo_db_path), "rank", "--json"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(["--db", str(demo_db_path), "rank", "--json", "--confirm"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["run"]["id"] == first["run"]["id"] and second["run"]["status"] == "confirmed"
    keys = {"project", "category", "score", "rank", "in_scope", "decision", "cut_ratio", "budget", "cut_amount"}
    assert all(keys <= set(p) for p in second["projects"]) and len(second["projects"]) == 40
    assert {d["decision"] for d in second["summary"]["decisions"]} <= {
        "keep", "cut", "cancel", "probation", "report_only", "incomplete", "unscored", "excluded"}


def test_cli_report_and_ledger_list(demo_db_path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(demo_db_path), "rank"]) == 0
    out = tmp_path / "ranking.pdf"
    assert main(["--db", str(demo_db_path), "report", "ranking", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    assert main(["--db", str(demo_db_path), "ledger", "list", "--overdue", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_the_printed_rules_say_which_self_evaluations_are_ranked_under_either_rule_set() -> None:
    from perfdesk.core.rules import params as prm

    strict = outputs.rules_text(prm.snapshot(prm.RankingParams(rank_submitted=False, rule_set="grade")))
    assert strict[1] == ("仅已完成的自评参与排名：草稿和被退回的自评作为“自评未完成”单独列示，不参与排名；"
                         "已报送尚未审核的自评也不参与排名。")
    county_wide = outputs.rules_text(prm.snapshot(prm.RankingParams(rank_within_department=False,
                                                                    min_category_size_for_cancel=3)))
    assert county_wide[1].startswith("绩效自评在全县范围内对政策和项目按得分由高到低分别排序；")
    assert county_wide[3] == "排名最后一位的原则上予以取消；项目少于3个的排名组，排名最后一位不自动取消，报财政研究决定。"
