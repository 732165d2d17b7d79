"""Deterministic demo county: units, projects, targets, monitoring snapshots and self-evaluation actuals.

Same seed and scale → identical database content (ids, texts and timestamps included). Rows are written
with bulk inserts in one transaction; ids are assigned here so the data is reproducible.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import insert

from perfdesk.core.db import models as m
from perfdesk.core.db.bulk import advance_id_sequence
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.demo import names as N
from perfdesk.core.i18n import translate
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.grades import grade_of


@dataclass(frozen=True)
class Scale:
    name: str
    departments: int  # supervising departments used (of names.DEPARTMENTS)
    subunits_per_department: int
    townships: int
    projects: int
    indicators_per_project: int
    snapshots: int  # monthly monitoring snapshots of the main year
    counties: int = 1
    previous_year: bool = True


SCALES = {
    "tiny": Scale("tiny", 6, 1, 3, 40, 12, 3),
    "county": Scale("county", 30, 1, 18, 800, 13, 7),
    "city": Scale("city", 34, 2, 20, 2000, 15, 12),
    "province": Scale("province", 34, 2, 20, 20000, 15, 12, counties=10, previous_year=False),
}

DEFAULT_YEAR = 2025
DEFAULT_SEED = 20251231


@dataclass
class _Ids:
    counters: dict[str, int] = field(default_factory=dict)

    def next(self, table: str) -> int:
        self.counters[table] = self.counters.get(table, 0) + 1
        return self.counters[table]


@dataclass
class _UnitRow:
    id: int
    code: str
    name: str
    kind: str
    sector: str
    department_id: int
    county: str


class DemoBuilder:
    def __init__(self, scale: Scale, year: int, seed: int):
        self.scale, self.year, self.rng = scale, year, random.Random(seed)
        self.ids = _Ids()
        self.rows: dict[type, list[dict[str, Any]]] = {}
        self.units: list[_UnitRow] = []
        self.library_ids: dict[str, int] = {}

    # -- helpers ----------------------------------------------------------------------------------------
    def add(self, model: type, **values: Any) -> int:
        values.setdefault("id", self.ids.next(model.__tablename__))
        self.rows.setdefault(model, []).append(values)
        return values["id"]

    def stamp(self, month: int, day: int = 15, hour: int = 9) -> dt.datetime:
        return dt.datetime(self.year, month, day, hour, 0, 0)

    # -- master data ------------------------------------------------------------------------------------
    def build_units(self) -> None:
        sc = self.scale
        for c in range(sc.counties):
            prefix = N.COUNTY_PREFIXES[c] if sc.counties > 1 else ""
            county_code = f"{c + 1:02d}" if sc.counties > 1 else ""
            for d, (dept, sector, subs) in enumerate(N.DEPARTMENTS[: sc.departments]):
                code = f"{county_code}{101 + d:03d}"
                did = self.add(m.Unit, code=code, name=prefix + dept, kind="department", parent_id=None,
                               mof_div_code="371525", sort_order=d, active=True)
                self.units.append(_UnitRow(did, code, prefix + dept, "department", sector, did, prefix))
                for s, sub in enumerate(subs[: sc.subunits_per_department]):
                    scode = f"{code}{s + 1:03d}"
                    sid = self.add(m.Unit, code=scode, name=prefix + sub, kind="unit", parent_id=did,
                                   mof_div_code="371525", sort_order=s, active=True)
                    self.units.append(_UnitRow(sid, scode, prefix + sub, "unit", sector, did, prefix))
            for t in range(sc.townships):
                stem = N.TOWNSHIP_STEMS[t % len(N.TOWNSHIP_STEMS)]
                name = prefix + stem + ("街道" if t < 3 else ("乡" if t % 5 == 4 else "镇"))
                code = f"{county_code}9{t + 1:02d}"
                tid = self.add(m.Unit, code=code, name=name, kind="township", parent_id=None,
                               mof_div_code="371525", sort_order=100 + t, active=True)
                self.units.append(_UnitRow(tid, code, name, "township", "township", tid, prefix))

    def build_people(self) -> None:
        self.add(m.User, login="admin", display_name="系统管理员", role="admin", unit_id=None, active=True)
        self.add(m.User, login="czj", display_name="县财政局绩效股", role="finance", unit_id=None, active=True)
        for u in self.units[:5]:
            self.add(m.User, login=f"u{u.code}", display_name=self.rng.choice(N.PEOPLE), role="unit",
                     unit_id=u.id, active=True)

    # -- projects ---------------------------------------------------------------------------------------
    def _origin(self, unit: _UnitRow) -> str:
        r = self.rng.random()
        if unit.kind == "township":
            return "county_transfer" if r < 0.8 else ("central_transfer" if r < 0.9 else "provincial_transfer")
        for cut, origin in ((0.68, "own_level"), (0.78, "central_transfer"), (0.86, "provincial_transfer"),
                            (0.91, "municipal_transfer"), (0.95, "non_fiscal")):
            if r < cut:
                return origin
        return "county_transfer"

    def _sector(self, unit: _UnitRow) -> str:
        if unit.kind == "township":
            return self.rng.choice(["agriculture", "urban", "social_security", "water", "transport",
                                    "environment", "culture"])
        return unit.sector

    def _budget_fen(self) -> int:
        wan = math.exp(self.rng.uniform(math.log(5), math.log(3000)))
        return int(round(wan * 100)) * 10_000  # to the hundred yuan

    def build_projects(self, year_id: int, year: int, plan: list[tuple[_UnitRow, str, str, str]] | None = None
                       ) -> list[dict[str, Any]]:
        """Create projects; ``plan`` (unit, sector, name, code) reuses last year's set when given."""
        plan = plan or self._project_plan(year)
        created = []
        for unit, sector, name, code in plan:
            created.append(self._project(year_id, year, unit, sector, name, code))
        return created

    def _project_plan(self, year: int) -> list[tuple[_UnitRow, str, str, str]]:
        plan, used = [], set()
        for i in range(self.scale.projects):
            unit = self.units[i % len(self.units)] if i < len(self.units) else self.rng.choice(self.units)
            sector = self._sector(unit)
            base = self.rng.choice(N.PROJECT_TEMPLATES[sector])
            name = self._unique_name(unit, base, used)
            code = f"371525{year % 100:02d}R{i + 1:012d}"
            plan.append((unit, sector, name, code))
        return plan

    def _unique_name(self, unit: _UnitRow, base: str, used: set[str]) -> str:
        name = f"{self.year}年{base}" if unit.kind != "township" else f"{unit.name}{base}"
        candidate, n = name, 0
        while (unit.id, candidate) in used:
            n += 1
            stem = self.rng.choice(N.TOWNSHIP_STEMS)
            candidate = f"{name}（{stem}片区）" if n < 5 else f"{name}（第{n}批）"
        used.add((unit.id, candidate))  # type: ignore[arg-type]
        return candidate

    def _project(self, year_id: int, year: int, unit: _UnitRow, sector: str, name: str, code: str
                 ) -> dict[str, Any]:
        rng = self.rng
        initial = self._budget_fen()
        full_year = initial if rng.random() < 0.85 else int(initial * rng.uniform(0.8, 1.25)) // 10_000 * 10_000
        profile = rng.choices(["good", "medium", "poor"], weights=[70, 20, 10])[0]
        rate = {"good": rng.uniform(0.93, 1.0), "medium": rng.uniform(0.78, 0.95),
                "poor": rng.uniform(0.3, 0.78)}[profile]
        spent = int(full_year * rate) // 100 * 100
        pid = self.add(m.Project, year_id=year_id, code=code, name=name, kind="project", unit_id=unit.id,
                       department_id=unit.department_id, sector=sector,
                       budget_type="general" if rng.random() < 0.9 else "fund", fund_origin=self._origin(unit),
                       attribute="continuing" if rng.random() < 0.7 else "new",
                       period_start=year - rng.choice([0, 1, 2]), period_end=year + rng.choice([0, 1, 2]),
                       pro_kind_code="2", exp_func_code=self._func_code(sector), fund_type_code="111",
                       initial_budget_fen=initial, full_year_budget_fen=full_year, adjusted_budget_fen=None,
                       spent_fen=spent, negative_externality=sector in ("transport", "water") and rng.random() < 0.3,
                       previous_id=None, category="", note="")
        self._funds(pid, initial, full_year, spent)
        return {"id": pid, "unit": unit, "sector": sector, "profile": profile, "rate": rate,
                "budget": full_year, "spent": spent, "code": code, "name": name, "year": year}

    @staticmethod
    def _func_code(sector: str) -> str:
        return {"education": "205", "health": "210", "agriculture": "213", "water": "213", "transport": "214",
                "environment": "211", "social_security": "208", "culture": "207", "public_safety": "204",
                "urban": "212", "science": "206"}.get(sector, "201")

    def _funds(self, pid: int, initial: int, full_year: int, spent: int) -> None:
        """Split the totals by source; the split adds up exactly (spent is shared pro rata, remainder last)."""
        r = self.rng.random()
        carry = full_year // 10 // 100 * 100 if r < 0.2 else 0
        other = full_year // 20 // 100 * 100 if 0.2 <= r < 0.35 else 0
        other_initial = min(other, initial)
        splits = [("fiscal_current", initial - other_initial, full_year - carry - other),
                  ("fiscal_carryover", 0, carry), ("other", other_initial, other)]
        left = spent
        for i, (source, init, full) in enumerate(splits):
            share = left if i == len(splits) - 1 else (spent * full // full_year if full_year else 0)
            left -= share
            self.add(m.ProjectFund, project_id=pid, source=source, initial_fen=init, full_year_fen=full,
                     spent_fen=share)

    # -- targets ----------------------------------------------------------------------------------------
    def build_targets(self, project: dict[str, Any], approved: bool) -> list[dict[str, Any]]:
        rng, sector, year = self.rng, project["sector"], project["year"]
        status = "approved" if approved else rng.choices(["approved", "submitted", "returned", "draft"],
                                                          weights=[80, 10, 4, 6])[0]
        tid = self.add(m.PerformanceTarget, project_id=project["id"], version=1, is_current=True, status=status,
                       medium_goal="", medium_period=f"{year}年—{year + 2}年",
                       annual_goal=N.GOAL_TEMPLATES[sector].format(n=rng.randint(800, 9000)),
                       medium_total_fen=None, medium_fiscal_fen=None, medium_other_fen=None, replaces_id=None,
                       adjustment_reason="", filled_by=rng.choice(N.PEOPLE),
                       phone=f"0635-{rng.randint(5100000, 5199999)}", filled_on=dt.date(year - 1, 11, rng.randint(1, 28)))
        self._reviews(tid, status, year)
        templates = self._indicator_mix(sector)
        weights = self._weights(templates)
        indicators = []
        for order, (tpl, weight) in enumerate(zip(templates, weights, strict=True)):
            indicators.append(self._indicator(tid, order, tpl, weight, project))
        project["status"] = status
        return indicators

    def _reviews(self, tid: int, status: str, year: int) -> None:
        steps = {"submitted": ["submitted"], "returned": ["submitted", "returned"],
                 "approved": ["submitted", "approved"]}.get(status, [])
        prev = "draft"
        for i, step in enumerate(steps):
            self.add(m.TargetReview, target_id=tid, from_status=prev, to_status=step,
                     comment="指标值偏低，请按历史标准重新测算。" if step == "returned" else "",
                     user="czj" if step in ("approved", "returned") else "unit",
                     at=dt.datetime(year - 1, 12, 1 + i * 5, 10, 0))
            prev = step

    def _indicator_mix(self, sector: str) -> list[N.IndicatorTemplate]:
        n = self.scale.indicators_per_project
        own = list(N.SECTOR_INDICATORS.get(sector, N.SECTOR_INDICATORS["administration"]))
        self.rng.shuffle(own)
        common = list(N.COMMON_INDICATORS)
        picked = own[: max(3, n - len(common))] + common
        order = {"成本指标": 0, "产出指标": 1, "效益指标": 2, "满意度指标": 3}
        return sorted(picked[:n], key=lambda t: (order[t[0]], t[1]))

    @staticmethod
    def _weights(templates: list[N.IndicatorTemplate]) -> list[Decimal]:
        """Split 50 (output + cost) / 30 (effect) / 10 (satisfaction) evenly, in whole points."""
        groups = {"产出指标": 50, "成本指标": 50, "效益指标": 30, "满意度指标": 10}
        members: dict[int, list[int]] = {}
        for i, t in enumerate(templates):
            members.setdefault(groups[t[0]], []).append(i)
        out = [Decimal(0)] * len(templates)
        for total, idx in members.items():
            base, extra = divmod(total, len(idx))
            for k, i in enumerate(idx):
                out[i] = Decimal(base + (1 if k < extra else 0))
        return out

    def _indicator(self, tid: int, order: int, tpl: N.IndicatorTemplate, weight: Decimal,
                   project: dict[str, Any]) -> dict[str, Any]:
        level1, level2, name, comp, low, high, unit, integer = tpl
        if comp == "qual":
            value_text, value = "达到预期", None
        elif name == "项目总成本":
            value = (Decimal(project["budget"]) / 1_000_000).quantize(Decimal("0.01"))
            value_text = f"≤{value}{unit}"
        else:
            raw = self.rng.uniform(low, high)  # type: ignore[arg-type]
            value = Decimal(int(round(raw))) if integer else Decimal(str(round(raw, 1)))
            sign = {">=": "≥", "<=": "≤", "=": "="}[comp]
            value_text = f"{sign}{value}{unit}"
        iid = self.add(m.TargetIndicator, target_id=tid, part="annual", sort_order=order, level1=level1,
                       level2=level2, name=name, comparison=comp, value_text=value_text, value_num=value,
                       unit=unit, weight=weight, value_basis=self.rng.choice(["historical", "industry", "plan"]),
                       library_id=self.library_ids.get(name), note="")
        return {"id": iid, "comparison": comp, "value": value, "unit": unit, "weight": weight, "name": name,
                "level1": level1, "level2": level2, "integer": integer, "value_text": value_text}

    # -- outcomes ---------------------------------------------------------------------------------------
    def actual_for(self, ind: dict[str, Any], profile: str) -> tuple[str, Decimal | None]:
        rng, comp, target = self.rng, ind["comparison"], ind["value"]
        if comp == "qual":
            word = {"good": "达成预期指标", "medium": "部分达成", "poor": "未达成"}[profile]
            return (word if rng.random() < 0.85 else "达成预期指标"), None
        factor = {"good": rng.uniform(1.0, 1.12), "medium": rng.uniform(0.85, 1.0), "poor": rng.uniform(0.45, 0.85)}
        f = factor[profile] if rng.random() < 0.8 else factor["good"]
        if comp == "<=":
            f = 2 - f if target else 0
        elif comp == "=":
            f = 1 if profile == "good" or rng.random() < 0.7 else min(f, 1)
        value = Decimal(str(float(target) * f))
        if ind["unit"] == "%":
            value = min(value, Decimal(100))
        value = value.quantize(Decimal(1) if ind["integer"] else Decimal("0.1"), rounding=ROUND_HALF_UP)
        return f"{value}{ind['unit']}", value

    def build_self_evaluation(self, project: dict[str, Any], indicators: list[dict[str, Any]]) -> None:
        year = project["year"]
        eid = self.add(m.SelfEvaluation, project_id=project["id"], status=self.rng.choices(
            ["submitted", "approved", "draft"], weights=[30, 60, 10])[0], source="entry", source_file="",
            source_sheet="", goal_expected="", goal_actual="已按计划完成年度主要任务。" if project["profile"] == "good"
            else "部分任务未按期完成。", initial_budget_fen=None, full_year_budget_fen=project["budget"],
            spent_fen=project["spent"], execution_rate=None, total_computed=None, total_final=None,
            total_printed=None, grade="", params=None, flags=None, scored_at=None,
            submitted_at=dt.datetime(year + 1, 2, self.rng.randint(1, 28), 10, 0), reviewed_by="", review_comment="")
        self.add(m.SelfEvalLine, evaluation_id=eid, indicator_id=None, kind="execution", sort_order=0,
                 level1="", level2="", name="预算执行率", comparison="", target_text="", target_num=None,
                 actual_text="", actual_num=None, qualitative_level="", points=Decimal(10), computed_score=None,
                 printed_score=None, override_score=None, override_reason="", explanation="",
                 deviation_analysis="", evidence="", flags=None, not_applicable=False)
        for order, ind in enumerate(indicators, start=1):
            text, value = self.actual_for(ind, project["profile"])
            missed = self._missed(ind, value)
            self.add(m.SelfEvalLine, evaluation_id=eid, indicator_id=ind["id"], kind="indicator", sort_order=order,
                     level1=ind["level1"], level2=ind["level2"], name=ind["name"], comparison=ind["comparison"],
                     target_text=ind["value_text"], target_num=ind["value"], actual_text=text, actual_num=value,
                     qualitative_level=text if ind["comparison"] == "qual" else "", points=ind["weight"],
                     computed_score=None, printed_score=None, override_score=None, override_reason="",
                     explanation="", deviation_analysis=self.rng.choice(N.DEVIATION_REASONS) if missed else "",
                     evidence="验收报告、资金支付凭证" if self.rng.random() < 0.9 else "", flags=None,
                     not_applicable=False)

    @staticmethod
    def _missed(ind: dict[str, Any], value: Decimal | None) -> bool:
        target = ind["value"]
        if value is None or target is None:
            return False
        return value > target if ind["comparison"] == "<=" else value < target

    def build_monitoring(self, year_id: int, projects: list[dict[str, Any]],
                         indicators: dict[int, list[dict[str, Any]]]) -> None:
        months = self._snapshot_months()
        pace = {p["id"]: (self.rng.uniform(0.9, 1.3) if p["profile"] == "good" else self.rng.uniform(1.8, 3.2))
                for p in projects}
        for month in months:
            as_of = _month_end(self.year, month)
            rid = self.add(m.MonitoringRound, year_id=year_id, as_of=as_of, name=f"1—{month}月运行监控",
                           source_file="", created_at=dt.datetime(self.year, month, 28, 16, 0) if month < 12 else
                           dt.datetime(self.year + 1, 1, 10, 16, 0), created_by="czj", params=None)
            for p in projects:
                frac = (month / 12) ** pace[p["id"]]
                spent = int(p["spent"] * frac) // 100 * 100
                self.add(m.MonitoringExecution, round_id=rid, project_id=p["id"], project_code=p["code"],
                         budget_fen=p["budget"], spent_fen=spent,
                         expected_full_year_fen=p["spent"] if month >= 6 else None, fiscal_budget_fen=None,
                         fiscal_spent_fen=None, other_budget_fen=None, other_spent_fen=None,
                         goal_progress="按计划推进" if p["profile"] == "good" else "进度滞后", goal_expected="")
            if month == 7:
                self._indicator_progress(rid, projects, indicators)

    def _snapshot_months(self) -> list[int]:
        """The last N month ends of the year; small scales keep July (the usual mid-year round) and December."""
        n = self.scale.snapshots
        return list(range(13 - n, 13)) if n >= 6 else [7, 10, 12][:n]

    def _indicator_progress(self, rid: int, projects: list[dict[str, Any]],
                            indicators: dict[int, list[dict[str, Any]]]) -> None:
        for p in projects:
            for ind in indicators.get(p["id"], []):
                likelihood = "certain"
                category, reason = "", ""
                if p["profile"] == "poor" and self.rng.random() < 0.5:
                    likelihood = "impossible" if self.rng.random() < 0.3 else "possible"
                    category = self.rng.choice(["funding", "system", "staff", "hardware", "other"])
                    reason = self.rng.choice(N.DEVIATION_REASONS)
                progress = None if ind["value"] is None else (ind["value"] * Decimal("0.58")).quantize(Decimal(1))
                self.add(m.IndicatorProgress, round_id=rid, indicator_id=ind["id"],
                         progress_text="" if progress is None else f"{progress}{ind['unit']}", progress_num=progress,
                         expected_text=ind["value_text"], expected_num=ind["value"], deviation_category=category,
                         deviation_reason=reason, likelihood=likelihood, remark="")


    # -- key evaluations (重点绩效评价) --------------------------------------------------------------------
    def build_key_evaluations(self, year_id: int, projects: list[dict[str, Any]], count: int = 5) -> None:
        """A few third-party evaluations of the largest scored projects, with a 决策/过程/产出/效益 sheet."""
        chosen = sorted((p for p in projects if p.get("status") == "approved"),
                        key=lambda p: (-p["budget"], p["code"]))[:count]
        agencies = [self.add(m.EvalAgency, name=name, rating=rating, rating_year=self.year - 1, active=True)
                    for name, rating in zip(N.AGENCIES, N.AGENCY_RATINGS, strict=True)]
        for n, p in enumerate(chosen):
            lines = [(l1, l2, l3, Decimal(points), self._sheet_score(Decimal(points), p["profile"]))
                     for l1, l2, l3, points in N.KEY_SHEET]
            total = sum((s for *_, s in lines), Decimal(0))
            kid = self.add(m.KeyEvaluation, year_id=year_id, project_id=p["id"], title=f"{p['name']}绩效评价",
                           category="key_single", agency=N.AGENCIES[n % len(N.AGENCIES)],
                           agency_id=agencies[n % len(agencies)],
                           lead_evaluator=self.rng.choice(N.PEOPLE), budget_fen=p["budget"], score=total,
                           grade=_grade(total), status="final", report_date=dt.date(self.year + 1, 5, 10 + 3 * n),
                           findings="\n".join(self.rng.sample(N.KEY_FINDINGS, 3)),
                           suggestions="\n".join(self.rng.sample(N.KEY_SUGGESTIONS, 3)))
            for order, (l1, l2, l3, points, score) in enumerate(lines):
                reason = "" if score == points else self.rng.choice(N.KEY_DEDUCTIONS[l1])
                self.add(m.KeyEvaluationLine, evaluation_id=kid, sort_order=order, level1=l1, level2=l2, level3=l3,
                         points=points, explanation="", criteria="", score=score, deduction_reason=reason)

    def build_experts(self) -> None:
        """The expert library; an expert working at a unit of the county declares a conflict with it."""
        units = {row["name"]: row["code"] for row in self.rows.get(m.Unit, [])}
        for name, speciality, title, employer in N.EXPERTS:
            own = [code for unit, code in units.items() if unit.endswith(employer.removeprefix("县"))]
            self.add(m.Expert, name=name, field=speciality, title=title, employer=employer, conflicts=own, phone="",
                     active=True)

    def _sheet_score(self, points: Decimal, profile: str) -> Decimal:
        low = {"good": 0.7, "medium": 0.55, "poor": 0.4}[profile]
        share = Decimal(str(self.rng.uniform(low, 1.0) if self.rng.random() < 0.75 else 1.0))
        return (points * share * 2).quantize(Decimal(1), rounding=ROUND_HALF_UP) / 2


def _grade(total: Decimal) -> str:
    """The default grade bands of 财预〔2020〕10号 (a demo never changes the settings)."""
    return grade_of(total, ScoringParams()).value


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _chunks(rows: list[dict[str, Any]], size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def generate(uow: UnitOfWork, *, scale: str = "county", year: int = DEFAULT_YEAR, seed: int = DEFAULT_SEED,
             library: list[dict[str, Any]] | None = None, progress: Progress | None = None) -> dict[str, int]:
    """Fill an empty, migrated database with the demo county; commits; returns rows written per table."""
    report = progress or no_progress
    b = DemoBuilder(SCALES[scale], year, seed)
    b.library_ids = {}
    for entry in library or []:
        lid = b.add(m.LibraryIndicator, **entry)
        b.library_ids.setdefault(entry["name"], lid)
    prev_year_id = b.add(m.BudgetYear, year=year - 1, note="", locked=True) if b.scale.previous_year else None
    year_id = b.add(m.BudgetYear, year=year, note="", locked=False)
    report(0.05, translate("Demo", "Units"))
    b.build_units()
    b.build_people()
    report(0.1, translate("Demo", "Projects"))
    plan = b._project_plan(year)
    previous: dict[str, int] = {}
    if prev_year_id is not None:
        b.year = year - 1
        prev_plan = [(u, s, n.replace(f"{year}年", f"{year - 1}年"), c.replace(f"{year % 100:02d}R", f"{(year - 1) % 100:02d}R"))
                     for (u, s, n, c) in plan]
        for proj in b.build_projects(prev_year_id, year - 1, prev_plan):
            inds = b.build_targets(proj, approved=True)
            b.build_self_evaluation(proj, inds)
            previous[proj["code"][8:]] = proj["id"]
        b.year = year
    projects = b.build_projects(year_id, year, plan)
    report(0.4, translate("Demo", "Targets"))
    all_indicators: dict[int, list[dict[str, Any]]] = {}
    for proj in projects:
        all_indicators[proj["id"]] = b.build_targets(proj, approved=False)
        prev = previous.get(proj["code"][8:])
        if prev is not None:
            for row in b.rows[m.Project]:
                if row["id"] == proj["id"]:
                    row["previous_id"] = prev
                    break
    report(0.6, translate("Demo", "Monitoring"))
    b.build_monitoring(year_id, projects, all_indicators)
    report(0.75, translate("Demo", "Self-evaluation"))
    for proj in projects:
        if proj.get("status") == "approved":
            b.build_self_evaluation(proj, all_indicators[proj["id"]])
    b.build_key_evaluations(year_id, projects)
    b.build_experts()
    report(0.85, translate("Demo", "Writing"))
    counts = _write(uow, b)
    uow.audit("demo.generate", "", None, scale=scale, year=year, seed=seed)
    uow.commit()
    report(1.0, translate("Demo", "Done"))
    return counts


ORDER = [m.LibraryIndicator, m.BudgetYear, m.Unit, m.User, m.Project, m.ProjectFund, m.PerformanceTarget,
         m.TargetReview, m.TargetIndicator, m.MonitoringRound, m.MonitoringExecution, m.IndicatorProgress,
         m.SelfEvaluation, m.SelfEvalLine, m.EvalAgency, m.KeyEvaluation, m.KeyEvaluationLine, m.Expert]


def _write(uow: UnitOfWork, b: DemoBuilder) -> dict[str, int]:
    counts = {}
    conn = uow.session.connection()
    for model in ORDER:
        rows = b.rows.get(model, [])
        if model is m.Project:
            _write_projects(conn, rows)
        else:
            for chunk in _chunks(rows):
                conn.execute(insert(model), chunk)
        if rows:
            advance_id_sequence(conn, model.__tablename__)  # the rows came with their ids
        counts[model.__tablename__] = len(rows)
    return counts


def _write_projects(conn: Any, rows: list[dict[str, Any]]) -> None:
    """Projects reference last year's projects: write those without ``previous_id`` first."""
    first = [r for r in rows if r["previous_id"] is None]
    second = [r for r in rows if r["previous_id"] is not None]
    for chunk in _chunks(first):
        conn.execute(insert(m.Project), chunk)
    for chunk in _chunks(second):
        conn.execute(insert(m.Project), chunk)
