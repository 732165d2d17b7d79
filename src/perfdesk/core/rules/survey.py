"""Satisfaction questionnaires (满意度问卷, RULES §6, seed 002 东营): one row per respondent, one column per question.

An answer is one of the five levels 非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意, written as the word or as its
number 5 … 1 (5 = 非常满意). A blank answer is no answer: it counts neither for nor against the question (the
question's answers are those not blank). Any other value is refused. Whether 基本满意 counts as satisfied and how
the overall rate is formed (the mean of the question rates, or all satisfied answers over all answers) are
settings (:class:`perfdesk.core.rules.params.KeyEvaluationParams`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from perfdesk.core.domain.score import ZERO

LEVELS = {"非常满意": 5, "满意": 4, "基本满意": 3, "比较满意": 4, "一般": 3, "不满意": 2, "非常不满意": 1,
          "很满意": 5, "很不满意": 1}
SCALE = range(1, 6)
SATISFIED_FROM = {"satisfied": 4, "basically": 3}


class BadAnswer(ValueError):
    """An answer that is neither blank nor one of the five levels."""


def parse_answer(value: object) -> int | None:
    """The level 1 … 5 of a cell, None when blank; :class:`BadAnswer` for anything else (6, 0, 3.5, 好)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise BadAnswer(str(value))
    if isinstance(value, (int, float, Decimal)):
        number = Decimal(str(value))
        if number != number.to_integral_value() or int(number) not in SCALE:
            raise BadAnswer(str(value))
        return int(number)
    text = str(value).strip()
    if not text:
        return None
    if text in LEVELS:
        return LEVELS[text]
    if text.isdigit() and int(text) in SCALE:
        return int(text)
    try:
        return parse_answer(Decimal(text))
    except ArithmeticError:
        raise BadAnswer(text) from None


@dataclass(frozen=True)
class QuestionResult:
    question: str
    answered: int  # answers that are not blank
    satisfied: int
    blank: int

    @property
    def rate(self) -> Decimal | None:
        """Satisfied / answered as a fraction, None when nobody answered."""
        return Decimal(self.satisfied) / Decimal(self.answered) if self.answered else None


def question_results(questions: Sequence[str], answers: Sequence[Sequence[int | None]], satisfied_from: str
                     ) -> list[QuestionResult]:
    """Per question (column), from the respondents' parsed answers (rows)."""
    lowest = SATISFIED_FROM[satisfied_from]
    out = []
    for col, question in enumerate(questions):
        column = [row[col] for row in answers]
        given = [a for a in column if a is not None]
        out.append(QuestionResult(question, len(given), sum(1 for a in given if a >= lowest),
                                  len(column) - len(given)))
    return out


def overall_rate(results: Sequence[QuestionResult], method: str) -> Decimal | None:
    """The questionnaire's satisfaction rate: the mean of the rates of the questions anyone answered (``mean``)
    or all satisfied answers over all answers (``pooled``); None when there is no answer at all."""
    answered = [r for r in results if r.answered]
    if not answered:
        return None
    if method == "pooled":
        return Decimal(sum(r.satisfied for r in answered)) / Decimal(sum(r.answered for r in answered))
    return sum((r.rate for r in answered), ZERO) / len(answered)  # type: ignore[misc]
