"""The readings of people's words and of unsigned reverse lines, end to end: the import's printed-vs-computed check,
``selfeval score`` on stored evaluations, and the explanation printed on the 自评表."""

from __future__ import annotations

import json
import re
from decimal import Decimal as D
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from perfdesk.cli import main
from perfdesk.core.db import models as m
from perfdesk.core.db.engine import open_database
from tests.io import selfeval_books as books


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_import_check_recomputes_words_and_unsigned_costs_and_says_why(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    table = books.official(D17="办公所需成本", E17="15万元", F17="18万元",  # printed 15 of 15: an overrun
                           E20="显著提升", F20="有所提升", H20=30)  # printed 30 of 30: less than asked
    book = books.save(tmp_path / "t.xlsx", ("项目1", table))
    code, out, _ = run(capsys, "--db", str(tmp_path / "absent.db"), "selfeval", "import", str(book), "--dry-run",
                       "--json")
    assert code == 0
    lines = {ln["name"]: ln for ln in json.loads(out)[0]["lines"]}
    cost, effect = lines["办公所需成本"], lines["教师队伍稳定性"]
    assert (cost["printed_score"], cost["computed_score"]) == ("15", "12.5")  # 15 / 18 × 15
    assert "未标注比较符号，按成本类指标视为反向指标" in cost["explanation"]
    assert (effect["printed_score"], effect["computed_score"]) == ("30", "24")  # top of the 部分达成 band, 60–80 %
    assert "“有所”" in effect["explanation"] and "部分达成" in effect["explanation"]


def test_scoring_a_year_reads_the_words_and_the_table_prints_why(demo_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = open_database(demo_db_path)
    with db.sessions() as s:
        line = s.scalars(select(m.SelfEvalLine).join(m.SelfEvaluation).join(m.Project).join(m.BudgetYear)
                         .where(m.SelfEvalLine.comparison == "qual", m.SelfEvalLine.points > 0,
                                m.BudgetYear.year == 2025).order_by(m.SelfEvalLine.id)).first()
        assert line is not None
        line.actual_text, line.qualitative_level, line.target_text = "未按时完成", "", "达成年度指标"
        line_id, points = line.id, line.points
        code = s.scalar(select(m.Project.code).join(m.SelfEvaluation).where(m.SelfEvaluation.id == line.evaluation_id))
        s.commit()
    db.close()
    assert run(capsys, "--db", str(demo_db_path), "selfeval", "score", "--year", "2025", "--json")[0] == 0
    db = open_database(demo_db_path)
    with db.sessions() as s:
        stored = s.get(m.SelfEvalLine, line_id)
        assert stored is not None
        assert stored.computed_score == points * D("0.8")  # the top of the 部分达成 band, flagged for a person
        assert stored.explanation.startswith("“未按时完成”：“未按时”表明未按时完成")
        assert "qualitative_default_pick" in {f["code"] for f in stored.flags}
    db.close()
    pdf = tmp_path / "自评表.pdf"  # without --notes: a score resting on reading words always says why
    assert run(capsys, "--db", str(demo_db_path), "report", "selfeval", "--project", code, "--out", str(pdf))[0] == 0
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "“未按时”表明未按时完成" in text
    assert text.count("注：") == 1 and "达成预期指标”" not in text  # lines read as achieved print no note
