"""Questionnaire import for a key evaluation (满意度问卷, RULES §6, seed 002 东营): each question's satisfaction rate
and the overall rate, which becomes the figure of the evaluation's satisfaction line(s).

All or nothing: the file is read and checked first (:mod:`perfdesk.core.io.survey_xlsx`); a bad answer refuses the
whole file with its row and column, and the database is unchanged. Otherwise the database is backed up, the
evaluation's previous results are replaced, and it is rescored.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.keyeval import Formula
from perfdesk.core.domain.score import HUNDRED
from perfdesk.core.io.survey_xlsx import read_survey
from perfdesk.core.rules import params as P
from perfdesk.core.rules import survey as S
from perfdesk.core.services import keyeval, settings
from perfdesk.core.services.access import Right, guard

PERCENT_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class SurveyImport:
    evaluation_id: int
    respondents: int
    questions: tuple[S.QuestionResult, ...]
    overall: Decimal | None  # fraction
    satisfaction_percent: Decimal | None  # the figure given to the satisfaction line(s), 2 places
    lines_fed: int
    score: keyeval.ScoreResult


@guard(Right.REVIEW)
def import_survey(uow: UnitOfWork, evaluation_id: int, path: Path | str, *, backup: bool = True) -> SurveyImport:
    k = keyeval.get(uow.session, evaluation_id)
    survey = read_survey(path)
    params = settings.load(uow.session, P.KeyEvaluationParams)
    results = S.question_results(survey.questions, survey.answers, params.satisfied_from)
    overall = S.overall_rate(results, params.overall_satisfaction)
    if backup:
        from perfdesk.core.services import maintenance

        maintenance.backup_before(uow, "import")
    uow.session.execute(delete(m.SurveyResult).where(m.SurveyResult.evaluation_id == evaluation_id))
    for order, r in enumerate(results):
        uow.session.add(m.SurveyResult(evaluation_id=evaluation_id, question=r.question, respondents=r.answered,
                                       satisfied=r.satisfied, blank=r.blank, sort_order=order))
    k.survey_respondents, k.survey_file = len(survey.answers), Path(path).name[:300]
    percent = None if overall is None else (overall * HUNDRED).quantize(PERCENT_PLACES)
    fed = [ln for ln in k.lines if ln.formula == Formula.SATISFACTION]
    for line in fed:
        line.numerator, line.denominator = percent, None
    score = keyeval.rescore(uow.session, k)
    uow.audit("survey.import", "key_evaluation", evaluation_id, file=Path(path).name,
              respondents=len(survey.answers), overall=None if percent is None else str(percent),
              rule=P.snapshot(params)["keyeval"])
    uow.commit()
    return SurveyImport(evaluation_id, len(survey.answers), tuple(results), overall, percent, len(fed), score)
