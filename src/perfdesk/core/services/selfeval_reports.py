"""Adapters from stored self-evaluations and spot checks to the report engine's plain data (FORMATS §3)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.domain.enums import Comparison, FundSource
from perfdesk.core.domain.money import Money
from perfdesk.core.progress import Progress
from perfdesk.core.reports import data
from perfdesk.core.reports.batch import build_batch_folder, build_batch_pdf
from perfdesk.core.reports.document import BuildResult
from perfdesk.core.reports.selfeval_table import build_selfeval_table
from perfdesk.core.reports.spotcheck_report import (
    ReviewedLineRow,
    ReviewedProject,
    UnitSpotCheck,
    build_spotcheck_report,
)
from perfdesk.core.rules.direction import reverse_kind
from perfdesk.core.rules.sampling import REASON_RANDOM
from perfdesk.core.rules.scoring.lines import read_values
from perfdesk.core.rules.valuetext import ValueKind
from perfdesk.core.services import spotcheck
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.selfeval import EXECUTION, SUB_ROW, comparison_of

ZERO_MONEY = Money(0)
BECAUSE = {REASON_RANDOM: "随机抽取", "excellent_low_execution": "优且执行率低"}


def _fund_row(initial: int | None, full_year: int | None, spent: int | None) -> data.FundRow:
    rate = None if not full_year or spent is None else Decimal(spent) / Decimal(full_year)
    return data.FundRow(Money(initial or 0), Money(full_year or 0), Money(spent or 0), rate)


def _printed(fen: int | None) -> Money | None:
    return None if fen is None else Money(fen)


def _funds(ev: Mapping[str, Any], execution: Mapping[str, Any] | None,
           sources: Mapping[str, tuple[int | None, int | None, int | None]]) -> data.SelfEvalFunds:
    """The fund rows; an imported table keeps only its total (its split was not read from the workbook), as it
    printed it: an amount it left out prints blank, not the project's."""
    imported = ev["source"] == "import"
    split = {} if imported else {source: _fund_row(*fen) for source, fen in sources.items()}
    empty = _fund_row(None, None, None)
    total = _fund_row(*(ev[own] if ev[own] is not None or imported else ev[project] for own, project in
                        (("initial_budget_fen", "p_initial_fen"), ("full_year_budget_fen", "p_full_year_fen"),
                         ("spent_fen", "p_spent_fen"))))
    if imported:
        total = data.FundRow(*(_printed(ev[own]) for own in ("initial_budget_fen", "full_year_budget_fen", "spent_fen")))
    if ev["execution_rate"] is not None:
        total = data.FundRow(total.initial, total.full_year, total.executed, ev["execution_rate"] / 100)
    score = None if execution is None else _final(execution)
    points = (execution or {}).get("points") or Decimal(10)
    return data.SelfEvalFunds(total, split.get(FundSource.FISCAL_CURRENT.value, empty),
                              split.get(FundSource.FISCAL_CARRYOVER.value, empty),
                              split.get(FundSource.OTHER.value, empty), points, score)


def _final(line: Mapping[str, Any]) -> Decimal | None:
    """The score as stored: the override, else the rule's score, else the score printed on an imported table."""
    for key in ("override_score", "computed_score", "printed_score"):
        if line.get(key) is not None:
            return line[key]
    return None


def _line(line: Mapping[str, Any]) -> data.SelfEvalLine:
    """A printed line: no score on a 其中 sub-row nor on a not-applicable line (so that the 总分 is the sum of the
    printed scores); blank points where the imported table printed none."""
    sub, not_applicable = line["kind"] == SUB_ROW, bool(line.get("not_applicable")) and line["kind"] != SUB_ROW
    return data.SelfEvalLine(line["level1"], line["level2"], line["name"],
                             data.TargetValue(Comparison.QUALITATIVE, line["target_text"] or ""),
                             line["actual_text"] or "", line["points"],
                             None if sub or not_applicable else _final(line),
                             line["deviation_analysis"] or "", line["explanation"] or "",
                             "" if line["override_score"] is None else line["override_reason"],
                             line["computed_score"], not_applicable, not sub and _explained(line))


def _codes(ev: Mapping[str, Any]) -> set[str]:
    return {f.get("code") for f in ev.get("flags") or ()}


def table_notes(ev: Mapping[str, Any], lines: Sequence[Mapping[str, Any]]) -> tuple[str, ...]:
    """The notes every printed table carries where its scores are not the plain rule's, in the words of a finance
    officer: not-applicable lines and 百分制折算, scores kept without points, 年初预算数 as the budget."""
    codes, counted = _codes(ev), [ln for ln in lines if ln["kind"] != SUB_ROW]
    dropped = [ln for ln in counted if ln.get("not_applicable")]
    notes = []
    if dropped:
        every = sum((ln["points"] or Decimal(0) for ln in counted), Decimal(0))
        gone = sum((ln["points"] or Decimal(0) for ln in dropped), Decimal(0))
        names = "、".join(ln["name"] for ln in dropped)
        text = f"{names}不适用，不计分（共{_n(gone)}分）"
        if "rescaled" in codes and every > gone:
            text += f"；其余指标得分按百分制折算，即各项得分×{_n(every)}/{_n(every - gone)}，按设定位数取舍后合计为总分"
        notes.append(text + "。")
    if "no_points" in codes:
        notes.append("原表未列分值，各项得分按原表所填保留；无分值无法按评分规则重新计算。")
    if "initial_budget_used" in codes:
        notes.append("原表仅列年初预算数，预算执行率以年初预算数为分母计算。")
    if "cap_applied" in codes and ev["total_final"] is not None and ev["execution_rate"] is not None:
        summed = sum((_final(ln) or Decimal(0) for ln in counted if not ln.get("not_applicable")), Decimal(0))
        rate = ev["execution_rate"].quantize(Decimal("0.01"))
        notes.append(f"预算执行率{rate}%，按执行率封顶规则，各项得分合计{_n(summed)}分，总分计为{_n(ev['total_final'])}分。")
    return tuple(notes)


def _n(value: Decimal) -> str:
    return format(value.normalize(), "f")


_WORDS = (ValueKind.QUALITATIVE, ValueKind.TEXT)


def _explained(line: Mapping[str, Any]) -> bool:
    """Whether the table says why without being asked: the line's score rests on a direction inferred from its
    name (no sign typed), or on words that did not read as fully achieved."""
    if not line["explanation"]:
        return False
    values = read_values(line["target_text"] or "", line["actual_text"] or "", comparison_of(line.get("comparison")))
    if values.comparison is Comparison.NONE and values.target.kind is ValueKind.NUMBER and reverse_kind(
            line["name"] or "", line["level1"] or "", line["level2"] or "") is not None:
        return True
    score, points = line["computed_score"], line["points"] or Decimal(0)
    return values.actual.kind in _WORDS and (score is None or score < points)


def to_report(ev: Mapping[str, Any], lines: Sequence[Mapping[str, Any]],
              sources: Mapping[str, tuple[int | None, int | None, int | None]],
              annual_goal: str = "") -> data.SelfEvaluation:
    """One stored evaluation (a row of :func:`queries_selfeval.scoped`), its lines, its project's fund split;
    the 预期目标 is the evaluation's own, else the annual goal of the project's targets in force."""
    execution = next((ln for ln in lines if ln["kind"] == EXECUTION), None)
    project = data.ProjectInfo(ev["code"], ev["name"], ev["year"], ev["department_name"] or "", ev["unit_name"])
    indicators = [ln for ln in lines if ln["kind"] != EXECUTION]
    points = Decimal(100) if any(ln["points"] is not None for ln in indicators) else None
    return data.SelfEvaluation(project, _funds(ev, execution, sources), ev["goal_expected"] or annual_goal,
                               ev["goal_actual"] or "", tuple(_line(ln) for ln in indicators),
                               ev["total_final"] if ev["total_final"] is not None else ev["total_printed"],
                               points, grade=ev["grade"] or "", notes=table_notes(ev, lines))


def selfeval_documents(session: Session, *, year: int | None = None, codes: Sequence[str] = (),
                       unit_ids: Sequence[int] | None = None, limit: int | None = None) -> list[data.SelfEvaluation]:
    """The tables of a year, of units, of project codes (none: all), by project code, the first ``limit`` only;
    read in three queries (evaluations, lines, fund splits) whatever their number."""
    scope = Q.scoped(year=year, unit_ids=unit_ids, codes=codes, limit=limit)
    evaluations = Q.rows_of(session, scope)
    if not evaluations:
        return []
    lines, funds = Q.lines_of(session, scope), Q.funds_of(session, scope)
    goals = annual_goals(session, [e["project_id"] for e in evaluations])
    return [to_report(e, lines.get(e["id"], []), funds.get(e["project_id"], {}), goals.get(e["project_id"], ""))
            for e in evaluations]


def annual_goals(session: Session, project_ids: Sequence[int]) -> dict[int, str]:
    """The 年度目标 of each project's targets in force (the latest version when none is marked current)."""
    T = m.PerformanceTarget  # noqa: N806
    out: dict[int, str] = {}
    for i in range(0, len(project_ids), Q.CHUNK):
        rows = session.execute(select(T.project_id, T.annual_goal, T.is_current, T.version)
                               .where(T.project_id.in_(project_ids[i:i + Q.CHUNK]))
                               .order_by(T.project_id, T.is_current, T.version))
        out.update({pid: goal for pid, goal, _, _ in rows if goal})
    return out


@guard(Right.READ, audit="print.selfeval")
def write_selfeval_pdf(session: Session, out: Path, *, year: int | None = None, codes: Sequence[str] = (),
                       unit_ids: Sequence[int] | None = None, notes: bool = False, folder: bool = False,
                       progress: Progress | None = None) -> list[BuildResult]:
    """One project → one table; several → one PDF with contents (or, with ``folder``, one PDF each)."""
    docs = selfeval_documents(session, year=year, codes=codes, unit_ids=unit_ids)
    if not docs:
        raise ValueError("no self-evaluation matches")
    if folder:
        return build_batch_folder(docs, out, notes=notes, progress=progress)
    if len(docs) == 1:
        return [build_selfeval_table(docs[0], out, notes=notes)]
    return [build_batch_pdf(docs, out, notes=notes, progress=progress)]


def spotcheck_units(session: Session, spot_check_id: int) -> tuple[UnitSpotCheck, ...]:
    check = session.get(m.SpotCheck, spot_check_id)
    year = session.get(m.BudgetYear, check.year_id).year
    rule = (check.rule or {}).get("spotcheck", {})
    text = (f"每单位抽取{rule.get('sample_percent', 20)}%、至少{rule.get('minimum_per_unit', 1)}个，"
            f"另加执行率低于{rule.get('excellent_below_execution', 80)}%的全部“优”")
    items = spotcheck.compared_items(session, spot_check_id)
    quality = {q.unit: q.mean_absolute_difference for q in spotcheck.quality_by_unit(items)}
    by_unit: dict[str, list[ReviewedProject]] = {}
    for it in items:
        rows = tuple(ReviewedLineRow(ln.name, ln.points, ln.self_score, ln.review_score, ln.reason) for ln in it.lines)
        by_unit.setdefault(it.unit, []).append(ReviewedProject(
            it.code, it.name, BECAUSE.get(it.selected_because, it.selected_because), it.self_total, it.review_total,
            it.conclusion, rows))
    return tuple(UnitSpotCheck(unit, year, check.seed, text, tuple(projects), quality.get(unit))
                 for unit, projects in sorted(by_unit.items()))


@guard(Right.READ, audit="print.spotcheck")
def write_spotcheck_pdf(session: Session, out: Path, *, year: int, units: Sequence[str] = ()) -> BuildResult:
    check_id = spotcheck.latest(session, year)
    if check_id is None:
        raise ValueError(f"no spot check in {year}")
    chosen = tuple(u for u in spotcheck_units(session, check_id) if not units or u.unit in units)
    return build_spotcheck_report(chosen, out)
