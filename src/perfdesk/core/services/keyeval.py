"""Key evaluations (重点绩效评价, RULES §6): create one from the county's framework, enter the figures, score it
with the formulas of :mod:`perfdesk.core.rules.keyeval`, and put its findings on the rectification ledger.

An evaluation is of a project, a policy, a special fund or a department. Its score is stored only once every
line is scored; a scored evaluation of a project, a policy or a special fund is then ranked in its key-evaluation
category (:mod:`perfdesk.core.services.ranking` reads ``key_evaluation.score``); a department's is not ranked
(RULES §7 ranks evaluations of policies, projects and funds). Each public function commits its own change.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_keyeval as qk
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import EvaluationCategory, RectificationSource
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.keyeval import Formula, ObjectKind
from perfdesk.core.domain.score import RoundingMode
from perfdesk.core.i18n import translate
from perfdesk.core.rules import keyeval as K
from perfdesk.core.rules import params as P
from perfdesk.core.rules.scoring.grades import grade_of
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard

FEN_PER_WAN = Decimal(1_000_000)
HEADER_FIELDS = ("title", "object_kind", "project_id", "unit_id", "agency_id", "lead_evaluator", "budget_fen",
                 "arrived_fen", "spent_fen", "report_date", "findings", "suggestions")
LINE_FIELDS = ("level1", "level2", "level3", "points", "explanation", "criteria", "formula", "target_percent",
               "numerator", "denominator", "score", "deduction_reason")
TEMPLATE_FIELDS = ("level1", "level2", "level3", "points", "explanation", "criteria", "formula", "target_percent")
STATUS_DRAFT, STATUS_SCORED = "draft", "scored"


# -- the framework (template) ----------------------------------------------------------------------------
def template_lines(session: Session) -> list[dict[str, Any]]:
    """The county's framework, or PerfDesk's default one (决策15 过程20 产出35 效益30) while none is saved."""
    rows = session.scalars(select(m.KeyEvalTemplateLine).order_by(m.KeyEvalTemplateLine.sort_order)).all()
    if rows:
        return [{f: getattr(r, f) for f in TEMPLATE_FIELDS} for r in rows]
    params = settings.load(session, P.KeyEvaluationParams)
    return [{"level1": l1, "level2": l2, "level3": l3, "points": Decimal(points), "explanation": expl,
             "criteria": crit, "formula": formula,
             "target_percent": params.satisfaction_target_percent if formula == Formula.SATISFACTION else None}
            for l1, l2, l3, points, expl, crit, formula in K.DEFAULT_FRAMEWORK]


def line_problems(lines: Sequence[Mapping[str, Any]], min_output_effect: Decimal | None) -> list[str]:
    """Each line needs a first and a third level and a known formula; then the weights (RULES §6), unless
    ``min_output_effect`` is None."""
    problems = []
    for n, line in enumerate(lines, 1):
        if not str(line.get("level1") or "").strip() or not str(line.get("level3") or "").strip():
            problems.append(translate("KeyEval", "Line {n} needs its first- and third-level indicator.").format(n=n))
        if not isinstance(line.get("points"), (Decimal, int)):
            problems.append(translate("KeyEval", "Line {n} needs its points.").format(n=n))
        if line.get("formula") and line["formula"] not in {f.value for f in Formula}:
            problems.append(translate("KeyEval", "Line {n}: unknown formula {formula}.").format(
                n=n, formula=line["formula"]))
    if min_output_effect is None or problems:
        return problems
    return problems + K.framework_problems([(str(ln["level1"]), Decimal(ln["points"])) for ln in lines],
                                           min_output_effect)


@guard(Right.REVIEW)
def save_template(uow: UnitOfWork, lines: Sequence[Mapping[str, Any]]) -> None:
    """Replace the county's framework; refused (nothing changed) when a line or the weights are wrong."""
    params = settings.load(uow.session, P.KeyEvaluationParams)
    problems = line_problems(lines, params.min_output_effect_percent)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    uow.session.execute(delete(m.KeyEvalTemplateLine))
    for order, line in enumerate(lines):
        uow.session.add(m.KeyEvalTemplateLine(sort_order=order, **_template_values(line)))
    uow.audit("keyeval.template", "key_eval_template_line", None, lines=len(lines))
    uow.commit()


def _template_values(line: Mapping[str, Any]) -> dict[str, Any]:
    values = {f: line.get(f) for f in TEMPLATE_FIELDS}
    for key in ("level1", "level2", "level3", "explanation", "criteria", "formula"):
        values[key] = str(values[key] or "").strip()
    values["points"] = Decimal(values["points"])
    return values


# -- creating and editing --------------------------------------------------------------------------------
def category_of(kind: str) -> str:
    """The ranking category (RULES §7): a project or policy is a single evaluation, a fund a comprehensive one."""
    if kind in (ObjectKind.PROJECT, ObjectKind.POLICY):
        return EvaluationCategory.KEY_SINGLE.value
    return EvaluationCategory.KEY_COMPREHENSIVE.value


def resolve(session: Session, year: int, *, project_code: str | None = None, unit_code: str | None = None,
            agency: str | None = None) -> dict[str, Any]:
    """Codes and names as people type them → ids; every one that does not exist is a problem."""
    from perfdesk.core.services.ranking import year_id_of

    out: dict[str, Any] = {"year_id": year_id_of(session, year)}
    problems = []
    if project_code:
        out["project_id"] = session.scalar(select(m.Project.id).where(
            m.Project.code == project_code, m.Project.year_id == out["year_id"]))
        if out["project_id"] is None:
            problems.append(translate("KeyEval", "There is no project {code} in {year}.").format(
                code=project_code, year=year))
    if unit_code:
        out["unit_id"] = session.scalar(select(m.Unit.id).where(m.Unit.code == unit_code))
        if out["unit_id"] is None:
            problems.append(translate("KeyEval", "There is no unit {code}.").format(code=unit_code))
    if agency:
        out["agency_id"] = session.scalar(select(m.EvalAgency.id).where(m.EvalAgency.name == agency))
        if out["agency_id"] is None:
            problems.append(translate("KeyEval", "The agency {name} is not in the registry: add it there first.")
                            .format(name=agency))
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    return out


def header_problems(session: Session, values: Mapping[str, Any]) -> list[str]:
    problems = []
    if not str(values.get("title") or "").strip():
        problems.append(translate("KeyEval", "The evaluation needs a title."))
    kind = values.get("object_kind")
    if kind not in {k.value for k in ObjectKind}:
        problems.append(translate("KeyEval", "Choose what is evaluated: a project, a policy, a special fund or a "
                                  "department."))
    if kind == ObjectKind.PROJECT and values.get("project_id") is None:
        problems.append(translate("KeyEval", "A project evaluation needs the project."))
    if kind in (ObjectKind.SPECIAL_FUND, ObjectKind.DEPARTMENT) and values.get("project_id") is not None:
        problems.append(translate("KeyEval", "A special fund's or a department's evaluation is not of one project: "
                                  "clear the project code."))
    if kind in (ObjectKind.SPECIAL_FUND, ObjectKind.DEPARTMENT) and values.get("unit_id") is None:
        problems.append(translate("KeyEval", "A special fund's or a department's evaluation needs the department "
                                  "responsible."))
    for key, label in (("budget_fen", "预算资金"), ("arrived_fen", "实际到位资金"), ("spent_fen", "实际支出")):
        if values.get(key) is not None and values[key] < 0:
            problems.append(translate("KeyEval", "{field} cannot be negative.").format(field=label))
    if len(str(values.get("lead_evaluator") or "")) > 60:
        problems.append(translate("KeyEval", "The lead evaluator's name is longer than 60 characters."))
    return problems


@guard(Right.REVIEW)
def create_evaluation(uow: UnitOfWork, *, year: int, title: str, object_kind: str, project_code: str | None = None,
                      unit_code: str | None = None, agency: str | None = None, commit: bool = True,
                      **values: Any) -> int:
    """A new evaluation with the county's framework copied in. A project's budget defaults to its full-year
    budget. Refused, nothing added, when the title, the object or a code is wrong."""
    ids = resolve(uow.session, year, project_code=project_code, unit_code=unit_code, agency=agency)
    header = {"title": title.strip(), "object_kind": object_kind, **{k: v for k, v in ids.items() if k != "year_id"},
              **values}
    if header.get("project_id") is not None and header.get("budget_fen") is None:
        header["budget_fen"] = uow.session.scalar(select(m.Project.full_year_budget_fen).where(
            m.Project.id == header["project_id"]))
    problems = header_problems(uow.session, header)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    k = m.KeyEvaluation(year_id=ids["year_id"], category=category_of(object_kind), status=STATUS_DRAFT, **header)
    _sync_agency_name(uow.session, k)
    k.lines = [m.KeyEvaluationLine(sort_order=i, **line) for i, line in enumerate(template_lines(uow.session))]
    uow.session.add(k)
    uow.session.flush()
    rescore(uow.session, k)  # the money lines are computed at once from the figures given
    uow.audit("keyeval.create", "key_evaluation", k.id, title=k.title, object_kind=object_kind)
    if commit:
        uow.commit()
    return k.id


def _sync_agency_name(session: Session, k: m.KeyEvaluation) -> None:
    """The printed agency name follows the registry entry chosen."""
    if k.agency_id is not None:
        k.agency = session.get(m.EvalAgency, k.agency_id).name  # type: ignore[union-attr]


def get(session: Session, evaluation_id: int) -> m.KeyEvaluation:
    k = session.get(m.KeyEvaluation, evaluation_id)
    if k is None:
        raise UserErrors(translate("KeyEval", "There is no key evaluation {id}.").format(id=evaluation_id))
    return k


@guard(Right.REVIEW)
def update_evaluation(uow: UnitOfWork, evaluation_id: int, **changes: Any) -> None:
    """Change header fields (:data:`HEADER_FIELDS`); the score is recomputed (the money figures feed it)."""
    unknown = set(changes) - set(HEADER_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    k = get(uow.session, evaluation_id)
    merged = {f: getattr(k, f) for f in HEADER_FIELDS} | changes
    problems = header_problems(uow.session, merged)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    for key, value in changes.items():
        setattr(k, key, value.strip() if isinstance(value, str) else value)
    k.category = category_of(k.object_kind)
    _sync_agency_name(uow.session, k)
    uow.audit("keyeval.update", "key_evaluation", evaluation_id, fields=sorted(changes))
    rescore(uow.session, k)
    uow.commit()


@guard(Right.REVIEW)
def update_line(uow: UnitOfWork, evaluation_id: int, line_id: int, **changes: Any) -> None:
    """Change one line's figures, target, hand score, reason or weight; the evaluation is rescored. A score typed
    on a formula line is refused (the formula gives it); a hand score must lie within the line's points."""
    unknown = set(changes) - set(LINE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    k = get(uow.session, evaluation_id)
    line = next((ln for ln in k.lines if ln.id == line_id), None)
    if line is None:
        raise UserErrors(translate("KeyEval", "The line is not part of this evaluation."))
    for key, value in changes.items():
        setattr(line, key, value.strip() if isinstance(value, str) else value)
    problems = entry_problems(line)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    uow.audit("keyeval.line", "key_evaluation", evaluation_id, line=line_id,
              changes={key: str(value) for key, value in changes.items()})
    rescore(uow.session, k)
    uow.commit()


def entry_problems(line: m.KeyEvaluationLine) -> list[str]:
    name = line.level3 or line.level2
    if line.points is None or line.points <= 0:
        return [translate("KeyEval", "{name}: the points must be above 0.").format(name=name)]
    if line.formula and line.formula not in {f.value for f in Formula}:
        return [translate("KeyEval", "{name}: unknown formula {formula}.").format(name=name, formula=line.formula)]
    problems = []
    for value in (line.numerator, line.denominator):
        if value is not None and value < 0:
            problems.append(translate("KeyEval", "{name}: a figure cannot be negative.").format(name=name))
    if not line.formula:
        problem = K.hand_score_problem(line.points, line.score)
        if problem:
            problems.append(f"{name}：{problem}")
    return problems


@guard(Right.REVIEW)
def replace_lines(uow: UnitOfWork, evaluation_id: int, lines: Sequence[Mapping[str, Any]], *,
                  commit: bool = True) -> ScoreResult:
    """Replace an evaluation's score sheet (its own weights, figures and hand scores); rescored."""
    k = get(uow.session, evaluation_id)
    problems = line_problems(lines, None)  # an evaluation's weights are warned about when it is scored
    fresh = [m.KeyEvaluationLine(sort_order=i, **{f: line.get(f) for f in LINE_FIELDS if f in line})
             for i, line in enumerate(lines)]
    for line in fresh:
        line.formula = line.formula or ""
        problems += entry_problems(line)
    if problems:
        raise UserErrors([UserError(p) for p in problems])
    k.lines = fresh
    uow.session.flush()
    result = rescore(uow.session, k)
    uow.audit("keyeval.lines", "key_evaluation", evaluation_id, lines=len(fresh))
    if commit:
        uow.commit()
    return result


# -- scoring ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ScoreResult:
    evaluation_id: int
    total: Decimal | None  # None while a line is unscored
    grade: str
    unscored: tuple[str, ...] = ()  # "line: why"
    warnings: tuple[str, ...] = field(default_factory=tuple)  # the weight check


def money_figures(k: m.KeyEvaluation, formula: str) -> tuple[Decimal | None, Decimal | None]:
    """(numerator, denominator) in 万元 of a money rate, from the evaluation's figures."""
    def wan(fen: int | None) -> Decimal | None:
        return None if fen is None else Decimal(fen) / FEN_PER_WAN

    if formula == Formula.FUNDS_ARRIVAL:
        return wan(k.arrived_fen), wan(k.budget_fen)
    return wan(k.spent_fen), wan(k.arrived_fen)


def rescore(session: Session, k: m.KeyEvaluation) -> ScoreResult:
    scoring = settings.load(session, P.ScoringParams)
    params = settings.load(session, P.KeyEvaluationParams)
    rounding = RoundingMode(scoring.rounding)
    unscored = []
    for line in k.lines:
        if line.formula:
            num, den = money_figures(k, line.formula) if line.formula in K.MONEY_FORMULAS else \
                (line.numerator, line.denominator)
            if line.formula in K.MONEY_FORMULAS:
                line.numerator, line.denominator = num, den
            computed = K.score_line(line.formula, line.points, num, den, line.target_percent, rounding)
            line.score, line.basis = computed.score, computed.basis
        elif line.score is None:
            line.basis = translate("KeyEval", "to be scored by the evaluator")
        else:
            line.basis = ""
        if line.score is None:
            unscored.append(f"{line.level3}：{line.basis}")
    total = K.total_of([ln.score for ln in k.lines])
    k.score = total
    k.grade = grade_of(total, scoring).value if total is not None else ""
    k.status = STATUS_SCORED if total is not None else STATUS_DRAFT
    k.params = P.snapshot(params, scoring)
    warnings = K.framework_problems([(ln.level1, ln.points) for ln in k.lines], params.min_output_effect_percent)
    return ScoreResult(k.id, total, k.grade, tuple(unscored), tuple(warnings))


def weight_warnings(session: Session, lines: Sequence[Mapping[str, Any]]) -> list[str]:
    """The weight check (RULES §6) of an evaluation's own sheet, with the setting in force."""
    params = settings.load(session, P.KeyEvaluationParams)
    return K.framework_problems([(str(ln["level1"]), ln["points"]) for ln in lines], params.min_output_effect_percent)


@guard(Right.REVIEW)
def score_evaluation(uow: UnitOfWork, evaluation_id: int) -> ScoreResult:
    """Score every formula line from its figures, sum the lines and grade the total (bands of the
    self-evaluation settings); stored with the parameters in force."""
    k = get(uow.session, evaluation_id)
    result = rescore(uow.session, k)
    uow.audit("keyeval.score", "key_evaluation", evaluation_id, total=None if result.total is None else
              str(result.total), grade=result.grade)
    uow.commit()
    return result


@guard(Right.REVIEW)
def score_year(uow: UnitOfWork, year: int | None = None) -> list[ScoreResult]:
    """Rescore every evaluation (of one year) with the settings in force."""
    ids = [r["id"] for r in qk.evaluation_rows(uow.session, year)]
    out = [rescore(uow.session, get(uow.session, i)) for i in ids]
    uow.audit("keyeval.score_all", "key_evaluation", None, year=year, count=len(out))
    uow.commit()
    return out


# -- findings → the ledger -------------------------------------------------------------------------------
@guard(Right.REVIEW)
def findings_to_ledger(uow: UnitOfWork, evaluation_id: int) -> list[int]:
    """Each finding (line of 存在的问题) of the evaluation not yet on the rectification ledger becomes an item
    owned by the project's unit or the department evaluated, with the suggestions as its measure."""
    from perfdesk.core.services import ledger

    k = get(uow.session, evaluation_id)
    year = uow.session.get(m.BudgetYear, k.year_id).year  # type: ignore[union-attr]
    rows = qk.finding_rows(uow.session, k.year_id, evaluation_id)
    if not rows and k.findings.strip():
        raise UserErrors(translate("KeyEval", "The evaluation has no unit to own its findings: link the project or "
                                   "the department responsible."))
    done = set(uow.session.scalars(select(m.RectificationItem.source_ref).where(
        m.RectificationItem.source == RectificationSource.EVALUATION.value)))
    made = [ledger.create_item(uow, year=year, source=RectificationSource.EVALUATION.value, commit=False, **row)
            for row in rows if row["source_ref"] not in done and f"key_evaluation:{k.id}" not in done]
    uow.commit()
    return made


# -- reading ---------------------------------------------------------------------------------------------
def detail(session: Session, evaluation_id: int) -> dict[str, Any]:
    """An evaluation's header, lines, survey results and expert draws as plain values."""
    k = get(session, evaluation_id)
    header = {f: getattr(k, f) for f in (*HEADER_FIELDS, "id", "agency", "category", "score", "grade", "status",
                                         "survey_respondents", "survey_file", "year_id")}
    header["year"] = session.get(m.BudgetYear, k.year_id).year  # type: ignore[union-attr]
    header["project_code"] = session.get(m.Project, k.project_id).code if k.project_id else ""  # type: ignore[union-attr]
    header["unit_code"] = session.get(m.Unit, k.unit_id).code if k.unit_id else ""  # type: ignore[union-attr]
    lines = [{"id": ln.id, **{f: getattr(ln, f) for f in LINE_FIELDS}, "basis": ln.basis} for ln in k.lines]
    survey = [{"question": s.question, "answered": s.respondents, "satisfied": s.satisfied, "blank": s.blank}
              for s in session.scalars(select(m.SurveyResult).where(m.SurveyResult.evaluation_id == k.id)
                                       .order_by(m.SurveyResult.sort_order, m.SurveyResult.id))]
    return {"header": header, "lines": lines, "survey": survey}


def wan_to_fen(value: Decimal | None) -> int | None:
    return None if value is None else int((value * FEN_PER_WAN).to_integral_value())
