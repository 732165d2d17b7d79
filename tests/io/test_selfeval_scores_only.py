"""Tables whose 分值 column is not printed (only scores), tables printing only 年初预算数, and checks over several
files (issue 15 item 3): read, keep the printed scores, say why nothing is recomputed, never an empty bound."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

import pytest

from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.io.selfeval_flat import read_flat_selfeval
from perfdesk.core.io.selfeval_xlsx import read_selfeval_workbook
from perfdesk.core.services.selfeval_import import import_selfeval
from tests.io import selfeval_books as books


def _check(*paths: Path):  # type: ignore[no-untyped-def]
    return import_selfeval(None, list(paths), dry_run=True)


def _scores_only(tmp_path: Path, **overrides) -> Path:  # type: ignore[no-untyped-def]
    cells, merges = books.scores_only()
    cells.update(overrides)
    return books.save(tmp_path / "培训.xlsx", ("培训", (cells, merges)))


def test_a_table_without_a_points_column_is_read_with_its_printed_scores(tmp_path):
    (sheet,) = read_selfeval_workbook(_scores_only(tmp_path))
    assert [(ln.name, ln.points, ln.score) for ln in sheet.lines] == [
        ("开展技能培训", None, D(20)), ("培训合格率", None, D(15)), ("培训完成时间", None, D(10)),
        ("人均培训成本", None, D(5)), ("培训后就业率", None, D("27.5")), ("学员满意度", None, D(10))]
    assert sheet.printed_total == D("96.7") and sheet.printed_total_points is None


def test_its_printed_scores_are_kept_and_the_total_is_their_sum(tmp_path):
    (project,) = _check(_scores_only(tmp_path))
    assert (project.computed_total, project.final_total, project.grade) == (D("96.7"), D("96.7"), "优")
    assert project.differences == () and project.problems == ()
    lines = {ln.name: ln for ln in project.lines}
    assert (lines["培训后就业率"].computed_score, lines["培训后就业率"].final_score) == (D("27.5"), D("27.5"))
    assert "cannot be recomputed without the points" in lines["培训后就业率"].explanation
    assert any("no points (分值)" in f for f in project.flags)
    assert not any("points add up to" in f for f in project.flags)  # the points are not known: not checked


def test_a_table_printing_only_the_initial_budget_measures_execution_against_it(tmp_path):
    (project,) = _check(_scores_only(tmp_path))
    execution = project.lines[0]
    assert (execution.computed_score, execution.final_score) == (D("9.20"), D("9.20"))  # 46 / 50 = 92% × 10
    assert execution.explanation.startswith("the table prints only the initial budget (年初预算数)")
    assert "the settings' 10 points" in execution.explanation  # no 分值 on the money row either
    assert any("initial budget" in f for f in project.flags)


def test_the_explanations_say_why_in_chinese(tmp_path, chinese):
    (project,) = _check(_scores_only(tmp_path))
    lines = {ln.name: ln for ln in project.lines}
    assert lines["开展技能培训"].explanation == "原表未列本项分值：保留原表得分20分；无分值无法按评分规则重新计算"
    assert project.lines[0].explanation.startswith("原表仅列年初预算数：执行率以年初预算数为分母计算；")


def test_a_table_with_points_and_a_full_year_budget_is_recomputed_as_before(tmp_path):
    (project,) = _check(books.save(tmp_path / "t.xlsx", ("项目1", books.official())))
    assert (project.computed_total, project.final_total) == (D("96.17"), D("95.5"))
    assert not any("no points" in f or "initial budget" in f for f in project.flags)
    assert "budget 120.00 万元" in project.lines[0].explanation  # 全年预算数, not 年初预算数 100


def test_a_blank_points_column_never_shows_an_empty_bound(tmp_path):
    cells, merges = books.official()
    for address in ("G15", "G16", "G17", "G18", "G20", "G21"):
        del cells[address]
    (project,) = _check(books.save(tmp_path / "t.xlsx", ("项目1", (cells, merges))))
    assert project.final_total == D("95.5") and project.problems == ()  # 8.5 + 19 + 15 + 15 + 28 + 10
    cells["H15"] = -2
    (broken,) = _check(books.save(tmp_path / "t2.xlsx", ("项目1", (cells, merges))))
    assert broken.final_total is None
    assert broken.problems == ("file t2.xlsx, sheet 项目1, row 15, column H: 保障教师人数: printed score -2 is below 0",)


def test_a_score_above_printed_points_names_the_points(tmp_path):
    (broken,) = _check(books.save(tmp_path / "t.xlsx", ("项目1", books.official(H15=99))))
    assert broken.problems == ("file t.xlsx, sheet 项目1, row 15, column H: 保障教师人数: printed score 99 is outside 0–20",)


def test_a_flat_export_without_points_keeps_its_scores(tmp_path):
    path = books.flat(tmp_path / "flat.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(path)
    book.active.delete_cols(9)  # the 分值 column
    book.save(path)
    sheets = read_flat_selfeval(path)
    assert [ln.points for ln in sheets[0].lines] == [None, None, None]
    (first, _second) = _check(path)
    assert first.final_total == D(50) + D("27.5") + D(10) + D(9)  # printed lines; 450,000 / 500,000 元 × 10


def test_a_flat_export_without_points_or_scores_is_refused_with_both_names(tmp_path):
    path = books.flat(tmp_path / "flat.xlsx")
    from openpyxl import load_workbook

    book = load_workbook(path)
    book.active.delete_cols(9, 2)
    book.save(path)
    with pytest.raises(UserErrors) as caught:
        read_flat_selfeval(path)
    assert "分值 or 得分" in str(caught.value)


def test_a_check_over_several_files_reports_every_file_with_its_own_problems(tmp_path):
    good = books.save(tmp_path / "一中.xlsx", ("项目1", books.official()))
    scores = _scores_only(tmp_path)
    broken = books.save(tmp_path / "二中.xlsx", ("项目1", books.official(H15=99)), ("说明", ({"A1": "填表说明"}, [])))
    missing = tmp_path / "没有这个文件.xlsx"
    results = _check(good, broken, missing, scores)
    summary = [(Path(r.file).name, r.sheet, r.action, r.final_total, len(r.problems)) for r in results]
    assert summary == [("一中.xlsx", "项目1", "check", D("95.5"), 0),
                       ("二中.xlsx", "项目1", "check", None, 1),
                       ("二中.xlsx", "说明", "unreadable", None, 1),
                       ("没有这个文件.xlsx", "", "unreadable", None, 1),
                       ("培训.xlsx", "培训", "check", D("96.7"), 0)]
    assert "row 15, column H" in results[1].problems[0] and "not a self-evaluation table" in results[2].problems[0]
    assert results[3].problems == (f"file {missing.name}: no such file",)
    assert results[1].code == "51000021R000000019951"  # the broken sheet is still named
    assert results[0].as_json()["problems"] == [] and len(results[1].as_json()["problems"]) == 1


def test_the_real_import_stays_all_or_nothing(tmp_path):
    good = books.save(tmp_path / "一中.xlsx", ("项目1", books.official()))
    broken = books.save(tmp_path / "二中.xlsx", ("项目1", books.official(H15=99)))
    with pytest.raises(UserErrors) as caught:
        import_selfeval(None, [good, broken])
    assert [e.row for e in caught.value.errors] == [15]
