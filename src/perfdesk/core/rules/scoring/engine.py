"""Score a whole self-evaluation (项目支出绩效自评表) — 财预〔2020〕10号 and RULES §4.

Input: the 年度资金总额 row and the indicator lines as typed (targets and actuals as text, points, printed
scores, overrides). Output: per line the rule's score with its formula, the final score (an override with its
reason wins), flags, the total (sum of the rounded final line scores, execution line included), an optional cap,
the grade, every printed-vs-computed difference, and the parameters in force (``params.snapshot``).

Rules applied in order for each line: a score printed without points (a table with no 分值 column) → kept as
printed, said in the explanation, since nothing can be recomputed; not applicable → not counted; 其中 sub-row →
scored for information, never counted; otherwise the rule of :mod:`.lines`; then rounding per
``ScoringParams.rounding``; then the override. With 百分制折算 on and a line not applicable, each counted line's
points are rescaled by all / remaining and rounded so that they still add up (largest remainder), each score is
rescaled and rounded the same way (full marks stay full marks), and the total stays the sum of the rounded lines.
Invalid input (an override without a reason or outside 0..points, a qualitative pick outside its band) is collected
and raised as :class:`UserErrors`.
"""

from __future__ import annotations

from dataclasses import field
from decimal import Decimal
from typing import Any

from perfdesk.core.domain.enums import Comparison
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.records import frozen
from perfdesk.core.domain.score import Grade, RoundingMode, round_score, score_quantum
from perfdesk.core.i18n import translate
from perfdesk.core.rules.direction import ReverseKind, reverse_kind
from perfdesk.core.rules.params import ScoringParams, snapshot
from perfdesk.core.rules.scoring.caps import apply_cap
from perfdesk.core.rules.scoring.execution import ExecutionInput, score_execution
from perfdesk.core.rules.scoring.flags import HUNDRED, ZERO, Flag, FlagCode, LineScore, Severity, num, pts
from perfdesk.core.rules.scoring.grades import grade_of, parse_grade
from perfdesk.core.rules.scoring.lines import LineValues, read_values, score_values
from perfdesk.core.rules.scoring.weights import check_points, rescale_factor, rescaled_points
from perfdesk.core.rules.valuetext import ParsedValue, QualitativeLevel


@frozen
class EvaluationLine:
    """One third-level indicator row as typed in the table."""

    name: str
    points: Decimal | None
    level1: str = ""
    level2: str = ""
    target: str = ""  # 年度指标值 as typed: "≥95%"
    actual: str = ""  # 实际完成值 as typed
    comparison: Comparison | None = None  # an explicit 指标性质 column; None → read from the target text
    unit: str = ""  # an explicit 度量单位 column
    qualitative_level: QualitativeLevel | None = None  # the evaluator's level; None → read from the actual
    qualitative_pick: Decimal | None = None  # the evaluator's score inside the band; None → top of band
    printed_score: Decimal | None = None
    override_score: Decimal | None = None
    override_reason: str = ""
    not_applicable: bool = False
    sub_row: bool = False  # a 其中 row: scored for information, never counted
    row: int | None = None  # the Excel row, for messages


@frozen
class EvaluationInput:
    lines: tuple[EvaluationLine, ...]
    execution: ExecutionInput = field(default_factory=ExecutionInput)
    execution_points: Decimal | None = None  # the table's 分值 on 年度资金总额; None → settings
    printed_execution_score: Decimal | None = None
    execution_override_score: Decimal | None = None
    execution_override_reason: str = ""
    printed_total: Decimal | None = None
    printed_grade: str = ""
    file: str | None = None  # where the evaluation came from, for error locations
    sheet: str | None = None
    execution_row: int | None = None
    input_flags: tuple[Flag, ...] = ()  # notes from reading the table (e.g. money taken from the sub-rows)


@frozen
class LineResult:
    index: int
    line: EvaluationLine
    target: ParsedValue
    actual: ParsedValue
    points: Decimal  # the points counted (after rescaling)
    rule_score: Decimal  # the rule's score, rounded per the setting
    final_score: Decimal  # the override when given, else the rule's score
    counted: bool  # False for 其中 sub-rows and not-applicable lines
    explanation: str
    flags: tuple[Flag, ...] = ()

    @property
    def difference(self) -> Decimal | None:
        """Printed score minus the rule's score (None when nothing was printed)."""
        printed = self.line.printed_score
        return None if printed is None else printed - self.rule_score


@frozen
class ExecutionLineResult:
    rate: Decimal | None  # percent
    points: Decimal
    rule_score: Decimal
    final_score: Decimal
    explanation: str
    printed_score: Decimal | None = None
    flags: tuple[Flag, ...] = ()


@frozen
class Difference:
    """A printed value that differs from the computed one. ``line`` is the line index (None: execution/total/grade)."""

    subject: str
    printed: str
    computed: str
    explanation: str
    line: int | None = None
    row: int | None = None


@frozen
class EvaluationResult:
    execution: ExecutionLineResult
    lines: tuple[LineResult, ...]
    lines_total: Decimal  # execution + counted lines, each rounded: the sum of the table
    total: Decimal  # after the cap
    cap: Decimal | None  # the cap in force (None: no cap)
    cap_applied: bool
    grade: Grade
    printed_lines_total: Decimal | None  # sum of the printed scores (execution + counted lines)
    differences: tuple[Difference, ...]
    flags: tuple[Flag, ...]  # every flag, lines included, in table order
    params: dict[str, Any]


class _Errors:
    def __init__(self, evaluation: EvaluationInput):
        self.evaluation, self.items = evaluation, []  # type: ignore[var-annotated]

    def add(self, message: str, row: int | None) -> None:
        self.items.append(UserError(message, self.evaluation.file, self.evaluation.sheet, row))


LineMemo = dict[tuple[int, int, Any], LineResult]

EXECUTION_INDEX = -1  # the execution line's place in :attr:`_Rescale.points`


@frozen
class _Rescale:
    """百分制折算 of one table: the points of every line (``all_points``), of the lines still counted
    (``remaining``), and each counted line's points rescaled and rounded so that they still add up
    (by line index; :data:`EXECUTION_INDEX` for the execution line)."""

    all_points: Decimal
    remaining: Decimal
    points: dict[int, Decimal]
    mode: RoundingMode  # the rounding of the rescaled numbers (two places where the setting keeps them as entered)

    @property
    def factor(self) -> Decimal:
        return self.all_points / self.remaining


def score_evaluation(evaluation: EvaluationInput, params: ScoringParams | None = None, *,
                     memo: LineMemo | None = None) -> EvaluationResult:
    """Score a whole evaluation. Raises :class:`UserErrors` listing every invalid override or pick.

    ``memo``: a dict kept across the calls of one batch (the same settings and language), in which a line
    object scored at a place in its table is kept: the same object at the same place in another evaluation is
    not scored again (rows read from the database share their line objects, see ``services.selfeval.to_input``).
    Lines that raise an error are never kept."""
    params = params or ScoringParams()
    mode = _settings(params).mode
    errors = _Errors(evaluation)
    rescale = _rescale(evaluation, params, mode)
    execution = _execution(evaluation, params, mode, rescale, errors)
    context = _context(params)
    if memo is None:
        lines = tuple([_line(i, line, params, mode, rescale, errors, context) for i, line in enumerate(evaluation.lines)])
    else:
        lines = _kept_lines(evaluation.lines, params, mode, rescale, errors, context, memo)
    if errors.items:
        raise UserErrors(errors.items)
    return _result(evaluation, params, execution, lines, _rescale_flags(evaluation, rescale))


def _kept_lines(lines: tuple[EvaluationLine, ...], params: ScoringParams, mode: RoundingMode, rescale: _Rescale | None,
                errors: _Errors, context: tuple[str, str], memo: LineMemo) -> tuple[LineResult, ...]:
    """:func:`_line` of each line through the batch's memo. The memo's result holds its line, so the line's id is
    not reused while the entry lives; the identity is checked all the same."""
    out = []
    for index, line in enumerate(lines):
        key = (id(line), index, None if rescale is None else (rescale.points.get(index), rescale.all_points,
                                                                rescale.remaining))
        kept = memo.get(key)
        if kept is None or kept.line is not line:
            found = len(errors.items)
            kept = _line(index, line, params, mode, rescale, errors, context)
            if len(errors.items) == found:
                memo[key] = kept
        out.append(kept)
    return tuple(out)


def _rescale(evaluation: EvaluationInput, params: ScoringParams, mode: RoundingMode) -> _Rescale | None:
    """百分制折算 when the setting is on and a line is not applicable: the counted lines' points × all / remaining,
    rounded per the setting (two places when it keeps numbers as entered: a rescaled number was never entered)."""
    if not params.rescale_not_applicable:
        return None
    points = [(ln.points or ZERO, ln.not_applicable) for ln in evaluation.lines if not ln.sub_row]
    all_points = _execution_points(evaluation, params) + sum((p for p, _ in points), ZERO)
    dropped = sum((p for p, na in points if na), ZERO)
    factor = rescale_factor(all_points, dropped)
    if factor is None:
        return None
    mode = RoundingMode.TWO_PLACES if mode is RoundingMode.AS_ENTERED else mode
    counted = [(EXECUTION_INDEX, _execution_points(evaluation, params))] + [
        (i, ln.points or ZERO) for i, ln in enumerate(evaluation.lines) if not (ln.sub_row or ln.not_applicable)]
    scaled = rescaled_points([p for _, p in counted], factor, score_quantum(mode))
    return _Rescale(all_points, all_points - dropped, {i: p for (i, _), p in zip(counted, scaled, strict=True)}, mode)


def _execution_points(evaluation: EvaluationInput, params: ScoringParams) -> Decimal:
    return params.execution_points if evaluation.execution_points is None else evaluation.execution_points


def _rescale_flags(evaluation: EvaluationInput, rescale: _Rescale | None) -> tuple[Flag, ...]:
    if rescale is None:
        return ()
    names = "、".join(ln.name for ln in evaluation.lines if ln.not_applicable and not ln.sub_row)
    text = translate("Scoring", "not applicable: {names} ({points} points), not counted; the other lines rescaled to "
                                "100 (百分制折算): each score × {all}/{remaining}, rounded per the setting")
    message = text.format(names=names, points=num(rescale.all_points - rescale.remaining), all=num(rescale.all_points),
                          remaining=num(rescale.remaining))
    return (Flag(FlagCode.RESCALED, message, severity=Severity.INFO),)


def _scaled(score: LineScore, points: Decimal, rescale: _Rescale, index: int) -> tuple[Decimal, Decimal, str]:
    """The rescaled points and score (rounded; full marks stay full marks) and the explanation saying so."""
    scaled_points = rescale.points[index]
    if score.score >= points:
        scaled = scaled_points
    else:
        scaled = min(round_score(score.score * rescale.factor, rescale.mode), scaled_points)
    text = translate("Scoring", "{explanation}; not-applicable lines dropped, rescaled to 100: × {all}/{remaining} = "
                                "{score} of {points} points")
    return scaled_points, scaled, text.format(explanation=score.explanation, all=num(rescale.all_points),
                                              remaining=num(rescale.remaining), score=num(scaled),
                                              points=num(scaled_points))


def _override(score: Decimal | None, reason: str, points: Decimal, row: int | None, subject: str,
              errors: _Errors) -> bool:
    """Validate an override; True when it is usable."""
    if score is None:
        return False
    if not reason.strip():
        errors.add(translate("Scoring", "{subject}: a score set by hand needs a reason").format(subject=subject), row)
        return False
    if not ZERO <= score <= points:
        text = translate("Scoring", "{subject}: score {score} set by hand is outside 0–{points}")
        errors.add(text.format(subject=subject, score=num(score), points=num(points)), row)
        return False
    return True


def _execution(evaluation: EvaluationInput, params: ScoringParams, mode: RoundingMode, rescale: _Rescale | None,
               errors: _Errors) -> ExecutionLineResult:
    raw = score_execution(evaluation.execution, params, _execution_points(evaluation, params))
    points, score, explanation = raw.points, raw.score, raw.explanation
    if evaluation.execution_points is None and evaluation.printed_execution_score is not None:
        text = translate("Scoring", "{explanation} (the table prints no points for budget execution: the settings' "
                                    "{points} points)")
        explanation = text.format(explanation=explanation, points=num(points))
    if rescale is not None:
        points, score, explanation = _scaled(LineScore(score, explanation), points, rescale, EXECUTION_INDEX)
    rule = _round(score, points, mode)
    final, flags = rule, raw.flags
    if evaluation.execution_override_score is not None:
        subject = translate("Scoring", "budget execution")
        if _override(evaluation.execution_override_score, evaluation.execution_override_reason, points,
                     evaluation.execution_row, subject, errors):
            final = round_score(evaluation.execution_override_score, mode)
            flags = (*flags, _overridden_flag(subject, final, evaluation.execution_override_reason, None))
    return ExecutionLineResult(raw.rate, points, rule, final, explanation, evaluation.printed_execution_score, flags)


def _round(score: Decimal, points: Decimal, mode: RoundingMode) -> Decimal:
    """Round per the setting, never past the line's points (10.5 points under whole-number rounding stay 10.5)."""
    return min(round_score(score, mode), max(points, ZERO))


def _overridden_flag(subject: str, score: Decimal, reason: str, index: int | None) -> Flag:
    text = translate("Scoring", "{subject}: score {score} kept by hand, reason: {reason}")
    return Flag(FlagCode.OVERRIDDEN, text.format(subject=subject, score=num(score), reason=reason), index, Severity.INFO)


# The rule's result depends only on a line's values, points, level and pick (plus the settings and language), and
# the same values come back across thousands of projects (=100%, 达成预期): computed once per distinct input, with
# the flags it raises and its score rounded per the setting (in the key through the settings' text).
_RULE_CACHE: dict[tuple[Any, ...], _Rule] = {}
_RULE_CACHE_SIZE = 100_000


@frozen
class _Rule:
    values: LineValues
    score: LineScore  # a pick outside its band scores 0 with the error as explanation
    error: str  # the message of a pick outside its band, else ""
    flags: tuple[Flag, ...]  # of the values and of the rule, without the line index
    rounded: Decimal  # the rule's score rounded per the setting (used as is when nothing is rescaled)


@frozen
class _Settings:
    """What a batch needs of the settings, worked out once: the object itself (so its id cannot be reused
    meanwhile), as text (80 and 80.0 give different results' text), its snapshot (shared, read-only, by the
    results of a batch) and the rounding mode."""

    params: ScoringParams
    text: str
    snapshot: dict[str, Any]
    mode: RoundingMode


_LAST_SETTINGS: list[_Settings] = []  # the settings last scored with


def _settings(params: ScoringParams) -> _Settings:
    if not _LAST_SETTINGS or _LAST_SETTINGS[0].params is not params:
        _LAST_SETTINGS[:] = [_Settings(params, repr(params), snapshot(params), RoundingMode(params.rounding))]
    return _LAST_SETTINGS[0]


def _context(params: ScoringParams) -> tuple[str, str]:
    """The settings as text and the language in force: what a rule's result depends on besides the line."""
    return _settings(params).text, translate("Enum", "Achieved")


def _key_part(value: Any) -> Any:
    """Equal decimals may print differently (10 and 10.00), and the text shows in results: it is part of the key."""
    return value if value is None or type(value) is str else (type(value), str(value))


def _rule(line: EvaluationLine, points: Decimal, params: ScoringParams, mode: RoundingMode,
          context: tuple[str, str]) -> _Rule:
    """The parsed values and the rule's score of a line (or 0 and the message of a pick outside its band)."""
    target, actual, pick = line.target, line.actual, line.qualitative_pick
    reverse = reverse_kind(line.name, line.level1, line.level2)  # what the name says when no sign is typed
    key = (context, target if type(target) is str else _key_part(target),
           actual if type(actual) is str else _key_part(actual), line.comparison, line.unit, str(points),
           line.qualitative_level, None if pick is None else str(pick), reverse)
    hit = _RULE_CACHE.get(key)
    if hit is None:
        hit = _score_rule(line, points, params, mode, reverse)
        if len(_RULE_CACHE) >= _RULE_CACHE_SIZE:
            _RULE_CACHE.clear()
        _RULE_CACHE[key] = hit
    return hit


def _score_rule(line: EvaluationLine, points: Decimal, params: ScoringParams, mode: RoundingMode,
                reverse: ReverseKind | None) -> _Rule:
    values = read_values(line.target, line.actual, line.comparison, line.unit)
    try:
        score = score_values(values, points, params, line.qualitative_level, line.qualitative_pick, reverse)
        error = ""
    except ValueError as exc:
        error = str(exc)
        score = LineScore(ZERO, error)
    return _Rule(values, score, error, (*values.flags, *score.flags), _round(score.score, points, mode))


def _line(index: int, line: EvaluationLine, params: ScoringParams, mode: RoundingMode, rescale: _Rescale | None,
          errors: _Errors, context: tuple[str, str]) -> LineResult:
    if line.points is None and line.printed_score is not None and not line.sub_row:
        return _unpointed(index, line)
    points = line.points or ZERO
    rule = _rule(line, points, params, mode, context)
    if rule.error:
        errors.add(f"{line.name}: {rule.error}", line.row)
    counted = not (line.sub_row or line.not_applicable)
    flags = rule.flags
    if not counted:
        flags = (*flags, *_status_flags(line))
    explanation, rounded = rule.score.explanation, rule.rounded
    if counted and rescale is not None:
        points, rounded, explanation = _scaled(rule.score, points, rescale, index)
    final = rounded if counted else ZERO
    if line.not_applicable and not line.sub_row:
        explanation = translate("Scoring", "{explanation}; not applicable: not counted").format(explanation=explanation)
    if counted and line.override_score is not None and _override(line.override_score, line.override_reason, points,
                                                                 line.row, line.name, errors):
        final = round_score(line.override_score, mode)
        flags = (*flags, _overridden_flag(line.name, final, line.override_reason, index))
    if flags:
        flags = tuple([Flag(f.code, f.message, index, f.severity) for f in flags])
    values = rule.values
    return LineResult(index, line, values.target, values.actual, points, rounded, final, counted, explanation, flags)


def _unpointed(index: int, line: EvaluationLine) -> LineResult:
    """A line printed with a score but no points (分值): the printed score is kept as the line's score, since
    nothing can be recomputed without the points; it is said in the explanation and flagged."""
    values = read_values(line.target, line.actual, line.comparison, line.unit)
    counted = not line.not_applicable
    score = line.printed_score if counted and line.printed_score is not None else ZERO
    text = translate("Scoring", "no points (分值) printed for this line: the printed score {score} is kept; it cannot be "
                                "recomputed without the points")
    explanation = text.format(score=num(line.printed_score))
    flags = (Flag(FlagCode.NO_POINTS, f"{line.name}: {explanation}", index, Severity.INFO),
             *(Flag(f.code, f.message, index, f.severity) for f in (*values.flags, *_status_flags(line))))
    return LineResult(index, line, values.target, values.actual, score, score, score, counted, explanation, flags)


def _status_flags(line: EvaluationLine) -> list[Flag]:
    if line.not_applicable:
        text = translate("Scoring", "{name}: not applicable, not counted").format(name=line.name)
        return [Flag(FlagCode.NOT_APPLICABLE, text, severity=Severity.INFO)]
    if line.sub_row and line.points:
        text = translate("Scoring", "{name}: points {points} on a 其中 sub-row are not counted twice")
        return [Flag(FlagCode.SUB_ROW_POINTS_IGNORED, text.format(name=line.name, points=num(line.points)), severity=Severity.INFO)]
    return []


def _result(evaluation: EvaluationInput, params: ScoringParams, execution: ExecutionLineResult,
            lines: tuple[LineResult, ...], rescale_flags: tuple[Flag, ...] = ()) -> EvaluationResult:
    lines_total = execution.final_score  # plus the counted lines, in table order
    table_points: list[tuple[str, Decimal]] = []  # (level 1, points) of the lines that are not 其中 sub-rows
    printed: list[Decimal] = []  # their printed scores
    line_flags: list[Flag] = []
    line_differences: list[Difference] = []
    for ln in lines:  # one pass: a city has 25,000 lines
        line = ln.line
        if ln.counted:
            lines_total += ln.final_score
        if not line.sub_row:
            table_points.append((line.level1, line.points or ZERO))
            if line.printed_score is not None:
                printed.append(line.printed_score)
        if line.printed_score is not None and ln.difference:
            line_differences.append(Difference(line.name, num(line.printed_score), num(ln.rule_score),
                                               ln.explanation, ln.index, line.row))
        line_flags += ln.flags
    total, cap, cap_flags = apply_cap(lines_total, execution.rate, params)
    grade = grade_of(total, params)
    printed_sum = _printed_sum(evaluation, printed)
    differences = (*_execution_differences(execution), *line_differences,
                   *_total_differences(evaluation, total, grade))
    flags = [*evaluation.input_flags, *rescale_flags, *execution.flags, *line_flags,
             *_points_flags(evaluation, params, table_points),
             *_difference_flags(differences), *_printed_total_flags(evaluation, printed_sum), *cap_flags]
    return EvaluationResult(execution, lines, lines_total, total, cap, bool(cap_flags), grade, printed_sum,
                            differences, tuple(flags), _settings(params).snapshot)


def _points_flags(evaluation: EvaluationInput, params: ScoringParams,
                  table_points: list[tuple[str, Decimal]]) -> tuple[Flag, ...]:
    """The points check; a table printing scores without points is not checked (its points are not known) but
    flagged once: its printed scores are kept, not recomputed."""
    unpointed = sum(1 for ln in evaluation.lines
                    if ln.points is None and ln.printed_score is not None and not ln.sub_row)
    if not unpointed:
        return check_points(_execution_points(evaluation, params), table_points, params)
    text = translate("Scoring", "{n} line(s) print a score but no points (分值): their printed scores are kept as "
                                "printed, nothing can be recomputed without the points")
    return (Flag(FlagCode.NO_POINTS, text.format(n=unpointed)),)


def _printed_sum(evaluation: EvaluationInput, printed: list[Decimal]) -> Decimal | None:
    """The printed scores of the lines (not 其中 sub-rows) and of the execution line, added up."""
    if evaluation.printed_execution_score is not None:
        printed = [*printed, evaluation.printed_execution_score]
    return sum(printed, ZERO) if printed else None


def _execution_differences(execution: ExecutionLineResult) -> list[Difference]:
    if execution.printed_score is None or execution.printed_score == execution.rule_score:
        return []
    return [Difference(translate("Scoring", "budget execution"), num(execution.printed_score),
                       num(execution.rule_score), execution.explanation)]


def _total_differences(evaluation: EvaluationInput, total: Decimal, grade: Grade) -> list[Difference]:
    out: list[Difference] = []
    if evaluation.printed_total is not None and evaluation.printed_total != total:
        text = translate("Scoring", "computed total is the sum of the rounded line scores")
        out.append(Difference(translate("Scoring", "total"), num(evaluation.printed_total), num(total), text))
    printed_grade = parse_grade(evaluation.printed_grade) if evaluation.printed_grade else None
    if printed_grade is not None and printed_grade is not grade:
        text = translate("Scoring", "grade of the computed total {total}").format(total=pts(total))
        out.append(Difference(translate("Scoring", "grade"), printed_grade.value, grade.value, text))
    return out


def _difference_flags(differences: tuple[Difference, ...]) -> list[Flag]:
    if not differences:
        return []
    text = translate("Scoring", "{subject}: printed {printed}, computed {computed} ({explanation})")
    return [Flag(FlagCode.PRINTED_DIFFERS, text.format(subject=d.subject, printed=d.printed, computed=d.computed,
                                                        explanation=d.explanation), d.line) for d in differences]


def _printed_total_flags(evaluation: EvaluationInput, printed_sum: Decimal | None) -> list[Flag]:
    printed = evaluation.printed_total
    if printed is None or printed_sum is None or printed == printed_sum:
        return []
    text = translate("Scoring", "printed total {printed} differs from the sum of the printed lines {sum}")
    return [Flag(FlagCode.PRINTED_TOTAL_MISMATCH, text.format(printed=num(printed), sum=num(printed_sum)))]


__all__ = ["Difference", "EvaluationInput", "EvaluationLine", "EvaluationResult", "ExecutionLineResult",
           "LineResult", "score_evaluation", "HUNDRED"]
