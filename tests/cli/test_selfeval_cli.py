"""``perfdesk selfeval`` / ``spotcheck`` / ``report`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from perfdesk.cli import main
from tests.io import selfeval_books as books


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_dry_run_checks_a_real_table_without_any_database(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = books.save(tmp_path / "t.xlsx", ("项目1", books.official()))
    code, out, _ = run(capsys, "--db", str(tmp_path / "absent.db"), "selfeval", "import", str(book), "--dry-run", "--json")
    data = json.loads(out)
    assert code == 0 and not (tmp_path / "absent.db").exists()
    project = data[0]
    assert (project["project"], project["printed_total"], project["computed_total"], project["grade"]) == (
        "51000021R000000019951", "96", "96.17", "优")
    line = next(ln for ln in project["lines"] if ln["name"] == "保障教师人数")
    assert (line["points"], line["printed_score"], line["computed_score"]) == ("20", "19", "19.67")
    assert "118" in line["explanation"] and "120" in line["explanation"]


def test_the_plain_dry_run_prints_each_differing_line_with_its_explanation(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = books.save(tmp_path / "t.xlsx", ("项目1", books.official()))
    code, out, _ = run(capsys, "--db", str(tmp_path / "absent.db"), "--lang", "en", "selfeval", "import", str(book),
                       "--dry-run")
    assert code == 0 and "printed 96, computed 96.17" in out and "保障教师人数: printed 19, computed 19.67" in out


def test_a_broken_table_is_refused_with_its_location(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = books.save(tmp_path / "t.xlsx", ("项目1", books.official(H15=99)))
    code, _, err = run(capsys, "--db", str(tmp_path / "absent.db"), "selfeval", "import", str(book), "--dry-run")
    assert code == 1 and "项目1" in err and "15" in err


def test_score_then_draw_then_print_the_tables_and_the_spot_check(demo_db_path: Path, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = str(demo_db_path)
    code, out, _ = run(capsys, "--db", db, "selfeval", "score", "--year", "2025", "--json")
    assert code == 0 and json.loads(out)["scored"] > 0
    code, out, _ = run(capsys, "--db", db, "spotcheck", "draw", "--year", "2025", "--seed", "11", "--json")
    first = json.loads(out)["items"]
    code, out, _ = run(capsys, "--db", db, "spotcheck", "draw", "--year", "2025", "--seed", "11", "--json")
    assert code == 0 and json.loads(out)["items"] == first
    pdf = tmp_path / "自评表.pdf"
    assert run(capsys, "--db", db, "report", "selfeval", "--year", "2025", "--notes", "--out", str(pdf))[0] == 0
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages[:3])
    assert "项目支出绩效自评表" in text
    report = tmp_path / "抽查.pdf"
    assert run(capsys, "--db", db, "report", "spotcheck", "--year", "2025", "--out", str(report))[0] == 0
    assert "抽查复核" in PdfReader(report).pages[0].extract_text()
    ranking = tmp_path / "rank.xlsx"
    assert run(capsys, "--db", db, "selfeval", "rank", "--year", "2025", "--out", str(ranking))[0] == 0
    assert ranking.exists()


def test_a_dry_run_over_several_files_prints_each_with_its_own_problems(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    good = books.save(tmp_path / "一中.xlsx", ("项目1", books.official()))
    broken = books.save(tmp_path / "二中.xlsx", ("项目1", books.official(H15=99)))
    scores = books.save(tmp_path / "培训.xlsx", ("培训", books.scores_only()))
    code, out, err = run(capsys, "--db", str(tmp_path / "absent.db"), "--lang", "en", "selfeval", "import", str(good),
                         str(broken), str(scores), "--dry-run")
    assert code == 1  # a problem anywhere: the import would refuse, and the check says so
    assert "51000021R000000019951 工资性支出 (项目1): printed 96, computed 96.17, final 95.5" in out
    assert "  × file 二中.xlsx, sheet 项目1, row 15, column H: 保障教师人数: printed score 99 is outside 0–20" in out
    assert "37152521R000000004512 农村劳动力技能培训 (培训): printed 96.7, computed 96.7, final 96.7" in out
    assert "row 15, column H" in err and "1 problem(s) found" in err
    code, out, _ = run(capsys, "--db", str(tmp_path / "absent.db"), "selfeval", "import", str(good), str(scores),
                       "--dry-run", "--json")
    assert code == 0 and [p["problems"] for p in json.loads(out)] == [[], []]
