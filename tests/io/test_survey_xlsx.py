"""Questionnaire files (RULES §6, 东营): xlsx and CSV, one row per respondent; blank answers are no answers; an
answer off the five levels refuses the whole file with its row and column, and the database stays unchanged."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.io.survey_xlsx import read_survey
from perfdesk.core.services import keyeval, survey
from tests.services.keyeval_helpers import free_project, work

HEAD = ["序号", "区县", "1.您对补助资金发放的及时性是否满意", "2.您对项目实施效果是否满意", "3.您对政策宣传是否满意"]
ROWS = [[1, "利津县", "非常满意", "满意", 5],
        [2, "广饶县", "基本满意", None, "不满意"],
        [3, "垦利区", 4, "非常满意", ""],
        [None, None, None, None, None],  # a blank line is skipped
        [4, "河口区", "不满意", "满意", "基本满意"]]


def book(path: Path, rows: list[list[object]], head: list[str] = HEAD) -> Path:
    wb = Workbook()
    wb.active.append(head)
    for row in rows:
        wb.active.append(row)
    wb.save(path)
    return path


def csv_file(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_workbook_is_read_one_row_per_respondent_with_info_columns_left_out(tmp_path) -> None:  # type: ignore[no-untyped-def]
    s = read_survey(book(tmp_path / "问卷.xlsx", ROWS))
    assert s.questions == tuple(HEAD[2:])
    assert s.answers == ((5, 4, 5), (3, None, 2), (4, 5, None), (2, 4, 3))


def test_a_gbk_csv_reads_the_same(tmp_path) -> None:  # type: ignore[no-untyped-def]
    text = "\n".join([",".join(HEAD)] + [",".join("" if c is None else str(c) for c in r) for r in ROWS]) + "\n"
    s = read_survey(csv_file(tmp_path / "问卷.csv", text, "gbk"))
    assert s.answers == ((5, 4, 5), (3, None, 2), (4, 5, None), (2, 4, 3))


def test_out_of_range_answers_are_refused_each_with_its_row_and_column(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [r[:] for r in ROWS]
    rows[1][3] = 6
    rows[4][4] = "还行"
    with pytest.raises(UserErrors) as caught:
        read_survey(book(tmp_path / "bad.xlsx", rows))
    where = sorted((e.row, e.column) for e in caught.value.errors)
    assert where == [(3, "D"), (6, "E")]
    assert "6" in str(caught.value) and "还行" in str(caught.value)


def test_a_csv_answer_out_of_range_is_located_on_its_line(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = csv_file(tmp_path / "q.csv", "序号,问题一\n1,5\n2,0\n")
    with pytest.raises(UserErrors) as caught:
        read_survey(path)
    assert [(e.row, e.column) for e in caught.value.errors] == [(3, "B")]


@pytest.mark.parametrize(("head", "rows", "words"), [
    (["序号", "区县"], [[1, "a"]], "question"),
    (HEAD, [], "respondent"),
    (["问题一", "问题一"], [[5, 5]], "twice"),
])
def test_files_without_questions_or_respondents_or_with_a_question_twice_are_refused(tmp_path, head, rows, words) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserErrors, match=words):
        read_survey(book(tmp_path / "x.xlsx", rows, head))


def test_a_formula_without_a_saved_value_and_other_types_are_refused(tmp_path) -> None:  # type: ignore[no-untyped-def]
    wb = Workbook()
    wb.active.append(["问题一"])
    wb.active.append(["=2+3"])
    wb.save(tmp_path / "f.xlsx")
    with pytest.raises(UserErrors, match="formula"):
        read_survey(tmp_path / "f.xlsx")
    (tmp_path / "a.txt").write_text("x")
    with pytest.raises(UserErrors, match="xlsx"):
        read_survey(tmp_path / "a.txt")


# -- into the evaluation ---------------------------------------------------------------------------------
def evaluation(db) -> int:  # type: ignore[no-untyped-def]
    code, _ = free_project(db)
    with work(db) as uow:
        return keyeval.create_evaluation(uow, year=2025, title="衔接资金重点绩效评价", object_kind="project",
                                         project_code=code)


def test_the_import_stores_each_question_and_feeds_the_satisfaction_line(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kid = evaluation(demo_db)
    with work(demo_db) as uow:
        result = survey.import_survey(uow, kid, book(tmp_path / "问卷.xlsx", ROWS), backup=False)
    # Q1: 5,3,4,2 → 2 of 4; Q2: 4,5,4 (one blank) → 3 of 3; Q3: 5,2,3 (one blank) → 1 of 3
    assert [(q.answered, q.satisfied, q.blank) for q in result.questions] == [(4, 2, 0), (3, 3, 1), (3, 1, 1)]
    assert result.overall == (Decimal("0.5") + 1 + Decimal(1) / 3) / 3
    assert result.satisfaction_percent == Decimal("61.11") and result.respondents == 4 and result.lines_fed == 1
    with demo_db.sessions() as s:
        k = s.get(m.KeyEvaluation, kid)
        line = next(ln for ln in k.lines if ln.formula == "satisfaction")
        assert line.numerator == Decimal("61.11") and line.score == Decimal("5.43")  # 8 × 61.11/90
        assert (k.survey_respondents, k.survey_file) == (4, "问卷.xlsx")
        stored = s.execute(select(m.SurveyResult.question, m.SurveyResult.satisfied)
                           .where(m.SurveyResult.evaluation_id == kid).order_by(m.SurveyResult.sort_order)).all()
    assert [q for q, _ in stored] == HEAD[2:]


def test_pooling_and_counting_basically_satisfied_follow_the_settings(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.core.rules.params import KeyEvaluationParams
    from perfdesk.core.services import settings

    with work(demo_db) as uow:
        settings.save(uow, KeyEvaluationParams(satisfied_from="basically", overall_satisfaction="pooled"))
        uow.commit()
    kid = evaluation(demo_db)
    with work(demo_db) as uow:
        result = survey.import_survey(uow, kid, book(tmp_path / "问卷.xlsx", ROWS), backup=False)
    assert [q.satisfied for q in result.questions] == [3, 3, 2]
    assert result.overall == Decimal(8) / Decimal(10)


def test_a_bad_file_changes_nothing(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    kid = evaluation(demo_db)
    with work(demo_db) as uow:
        survey.import_survey(uow, kid, book(tmp_path / "good.xlsx", ROWS), backup=False)
    rows = [r[:] for r in ROWS]
    rows[0][2] = 7
    with work(demo_db) as uow, pytest.raises(UserErrors):
        survey.import_survey(uow, kid, book(tmp_path / "bad.xlsx", rows), backup=False)
    with demo_db.sessions() as s:
        k = s.get(m.KeyEvaluation, kid)
        assert k.survey_file == "good.xlsx"
        assert s.scalars(select(m.SurveyResult.satisfied).where(m.SurveyResult.evaluation_id == kid)
                         .order_by(m.SurveyResult.sort_order)).all() == [2, 3, 1]
