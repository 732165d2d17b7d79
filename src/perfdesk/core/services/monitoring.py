"""In-year monitoring use cases (RULES §3): execution snapshots, warnings, indicator progress, key monitoring.

Each import or manual round is a new :class:`MonitoringRound` (a snapshot, never overwritten). Warnings are not
stored: they are derived from the stored snapshot and the settings in force (:func:`warnings`); the round keeps
the parameters in force when it was taken (``params``) so a printed result can be explained later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from perfdesk.core.background import Background
from perfdesk.core.db import concurrency, driver
from perfdesk.core.db import models as m
from perfdesk.core.db import queries_monitoring as qm
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import DeviationCategory, Likelihood, WarningLevel
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.money import Money, MoneyUnit
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from perfdesk.core.io.execution_file import ExecutionFile, ExecutionTable, read_execution_file
from perfdesk.core.memory import gc_paused
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.reports.monitoring_data import deviation_codes, join_deviations
from perfdesk.core.rules import monitoring as rules
from perfdesk.core.rules.params import MonitoringParams, snapshot
from perfdesk.core.services import settings
from perfdesk.core.services.access import Right, guard

if TYPE_CHECKING:
    from perfdesk.core.services.maintenance import PendingBackup


class KeyMeasure(StrEnum):
    """What finance decides for a project under key monitoring (RULES §3: correct, adjust, withdraw)."""

    CORRECT = "correct"  # 纠偏
    ADJUST = "adjust"  # 调整预算/目标
    WITHDRAW = "withdraw"  # 收回资金

    def label(self) -> str:
        return translate("Monitoring", _MEASURE_LABELS[self.value])


_MEASURE_LABELS = {
    "correct": QT_TRANSLATE_NOOP("Monitoring", "Correct the deviation"),
    "adjust": QT_TRANSLATE_NOOP("Monitoring", "Adjust budget or targets"),
    "withdraw": QT_TRANSLATE_NOOP("Monitoring", "Withdraw funds"),
}
KEY_STATUSES = ("open", "in_progress", "closed")
MANUAL = "manual"


def selection_label(code: str) -> str:
    """Label of ``KeyMonitoringItem.selected_by``: a rule reason or a manual pick."""
    if code == MANUAL:
        return translate("Monitoring", "Picked by hand")
    try:
        return rules.KeyReason(code).label()
    except ValueError:
        return code


# -- reading -------------------------------------------------------------------------------------------
def find_round(session: Any, *, year: int | None = None, as_of: dt.date | None = None,
               round_id: int | None = None) -> qm.RoundRow:
    """The round asked for: by id, else the newest of ``as_of`` (in ``year``), else the latest of the year
    (default: the latest budget year that has rounds). Raises UserErrors when there is none."""
    if round_id is not None:
        found = qm.round_row(session, round_id)
    else:
        candidates = qm.rounds(session, year)
        if as_of is not None:
            candidates = [r for r in candidates if r.as_of == as_of]
        found = candidates[0] if candidates else None
    if found is None:
        raise UserErrors(translate("Monitoring", "No monitoring round found{detail}.").format(
            detail=f" ({as_of or year})" if (as_of or year) else ""))
    return found


@dataclass(frozen=True)
class WarningRow:
    """A project's verdict with its database ids (project None: spending without a budget line)."""

    execution_id: int
    project_id: int | None
    unit_id: int | None
    result: rules.ProjectMonitoring
    expected_full_year: Money | None = None


@dataclass(frozen=True)
class Warnings:
    round: qm.RoundRow
    params: MonitoringParams
    rows: list[WarningRow]
    by_unit: list[rules.RollUp] = field(default_factory=list)
    by_sector: list[rules.RollUp] = field(default_factory=list)
    total: rules.RollUp | None = None

    @property
    def time_share(self) -> Decimal:
        """The elapsed share of the year as a Decimal fraction (for charts)."""
        share = rules.time_share(self.round.as_of, self.round.year, self.params.time_basis)
        return Decimal(share.numerator) / Decimal(share.denominator)

    def counts(self) -> dict[str, int]:
        results = [r.result for r in self.rows]
        return {"projects": len(results), "red": sum(r.level is WarningLevel.RED for r in results),
                "yellow": sum(r.level is WarningLevel.YELLOW for r in results),
                "over_budget": sum(r.over_budget for r in results), "no_budget": sum(r.no_budget for r in results),
                "key": sum(r.key for r in results)}


def warnings(session: Any, round_id: int, *, params: MonitoringParams | None = None,
             unit_ids: frozenset[int] | None = None) -> Warnings:
    """Every project's progress and warning in a round, with the settings in force (or ``params``)."""
    found = find_round(session, round_id=round_id)
    params = params or settings.load(session, MonitoringParams)
    likelihoods = {pid: Likelihood(code) for pid, code in qm.worst_likelihoods(session, round_id).items()}
    flagged = qm.flagged_before(session, round_id)
    judge = rules.Assessor(rules.time_share(found.as_of, found.year, params.time_basis), params,
                           rules.schedule_due(found.as_of, found.year, params.schedule))
    rows = [WarningRow(eid, pid, uid, judge(code, name, unit_code, unit_name, sector, Money(budget), Money(spent),
                                            likelihoods.get(pid), pid in flagged),  # type: ignore[arg-type]
                       None if expected is None else Money(expected))
            for eid, pid, code, name, uid, unit_code, unit_name, sector, budget, spent, _, expected
            in qm.execution_tuples(session, round_id, unit_ids)]
    results = [w.result for w in rows]
    return Warnings(found, params, rows, rules.roll_up_by_unit(results, params),
                    rules.roll_up_by_sector(results, params), rules.roll_up_all(results, params))


# -- execution import ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportSummary:
    round_id: int
    as_of: dt.date
    rows: int  # execution rows stored
    matched: int  # rows of known projects
    no_budget_line: int  # spending on a code with no project and no budget (stored without a project)
    unmatched: tuple[str, ...]  # codes of rows with a budget that match no project of the year (not stored)
    backup: Path | None
    file: ExecutionFile


@gc_paused()  # tens of thousands of small objects: no collector passes over them meanwhile (15–80 ms)
@guard(Right.REVIEW)
def import_execution(uow: UnitOfWork, path: str | Path, *, as_of: dt.date, year: int | None = None,
                     name: str = "", sheet: str | None = None, default_unit: MoneyUnit = MoneyUnit.YUAN,
                     progress: Progress | None = None) -> ImportSummary:
    """Import the budget system's execution export as a new round as of ``as_of`` (all-or-nothing).

    Rows are matched to the projects of budget ``year`` (default: the as-of year) by PRO_CODE. A row whose code
    matches no project is kept without a project when it has no budget but spending (无预算开支); other
    unmatched rows are outside PerfDesk's scope (personnel and basic expenditure) and are listed, not stored.
    """
    report = progress or no_progress
    report(0.0, translate("Monitoring", "Reading {file}").format(file=Path(path).name))
    # While python-calamine reads the sheet (without holding the GIL), two threads take the backup and read the
    # projects of the year; both are waited for before anything is written, the session only used again then.
    pending = start_backup_before_import(uow)
    lookup = Background(lambda: _project_codes(uow, year or as_of.year, str(path)), "import-project-codes")
    try:
        parsed = read_execution_file(path, sheet=sheet, default_unit=default_unit)
        year_id, codes = lookup.result()
        report(0.5, translate("Monitoring", "Matching projects"))
        match = _match(parsed.table, codes)
        _refuse_unmatched(match, parsed, year or as_of.year)
        backup = pending.wait()
    except BaseException:
        lookup.wait()
        pending.discard()
        raise
    report(0.7, translate("Monitoring", "Writing the snapshot"))
    rid = _new_round(uow, year_id, year or as_of.year, as_of, name, source_file=str(path))
    stored = _insert_executions(uow, rid, parsed.table, match)
    uow.audit("monitoring.import", "monitoring_round", rid, file=str(path), as_of=as_of.isoformat(),
              rows=stored, unmatched=len(match.unmatched))
    uow.commit()
    report(1.0, translate("Monitoring", "Done"))
    return ImportSummary(rid, as_of, stored, match.matched, match.no_line, tuple(match.unmatched), backup, parsed)


def _refuse_unmatched(match: _Match, parsed: ExecutionFile, year: int) -> None:
    """A file none of whose rows is a project of the year is the wrong file (or year): no round is made."""
    if match.matched == 0:
        raise UserErrors(UserError(translate(
            "Monitoring", "None of the {n} rows matches a project of {year} by its code: this is not the year's "
            "execution export (or the year is wrong). No monitoring round was created.").format(
                n=len(parsed.table), year=year), parsed.file, parsed.sheet))


def _project_codes(uow: UnitOfWork, year: int, file: str) -> tuple[int, dict[str, int]]:
    """(budget year id, project code → id) of ``year``."""
    year_id = _year_id(uow, year, file)
    return year_id, qm.project_codes(uow.session, year_id)


def _year_id(uow: UnitOfWork, year: int, file: str = "") -> int:
    found = uow.session.scalar(select(m.BudgetYear.id).where(m.BudgetYear.year == year))
    if found is None:
        raise UserErrors(UserError(translate("Monitoring", "There is no budget year {year} in this database.")
                                   .format(year=year), file or None))
    return found


@dataclass(frozen=True)
class _Match:
    """The file's rows against the projects of the year, by position in :class:`ExecutionTable`."""

    project_ids: list[int | None]  # per row; None: no project of the year has the code
    stored: list[int] | None  # positions to store: matched rows, then rows without a budget line; None: all
    matched: int
    no_line: int
    unmatched: list[str]  # codes of rows with a budget but no project (not stored)


def _match(table: ExecutionTable, codes: dict[str, int]) -> _Match:
    project_ids = list(map(codes.get, table.codes))
    if None not in project_ids:
        return _Match(project_ids, None, len(project_ids), 0, [])
    budget, spent = table.amounts["budget"], table.amounts["spent"]
    matched, no_line, unmatched = [], [], []
    for k, pid in enumerate(project_ids):
        if pid is not None:
            matched.append(k)
        elif budget[k] == 0 and spent[k] > 0:
            no_line.append(k)
        else:
            unmatched.append(table.codes[k])
    return _Match(project_ids, matched + no_line, len(matched), len(no_line), unmatched)


def _fen(value: Money | None) -> int | None:
    return None if value is None else value.fen


# stored amount columns and the file's fields they come from
STORED_AMOUNTS = (("budget_fen", "budget"), ("spent_fen", "spent"), ("expected_full_year_fen", "expected_full_year"),
                  ("fiscal_budget_fen", "fiscal_budget"), ("fiscal_spent_fen", "fiscal_spent"),
                  ("other_budget_fen", "other_budget"), ("other_spent_fen", "other_spent"))


def _insert_executions(uow: UnitOfWork, round_id: int, table: ExecutionTable, match: _Match) -> int:
    """Store the matched rows with one DB-API executemany; returns the number stored.

    Only what varies from row to row is bound: the round, the empty goal texts, the amount columns the file
    lacks and (when every row has a project) the empty name are SQL literals. SQLAlchemy's per-row parameter
    processing, and binding None (sqlite3 looks for an adapter for every non-int/float/str value), would each
    cost as much as parsing the file.
    """
    present = [(column, table.amounts[f]) for column, f in STORED_AMOUNTS if f in table.amounts]
    literals = {"round_id": str(int(round_id)), "goal_progress": "''", "goal_expected": "''"}
    literals.update((column, "NULL") for column, f in STORED_AMOUNTS if f not in table.amounts)
    bound = ["project_id", "project_code", "agency_code", *(column for column, _ in present)]
    columns = [match.project_ids, table.codes, table.agency_codes, *(values for _, values in present)]
    if match.stored is None:  # every row is a project's: no name kept
        literals["project_name"] = "''"
    else:
        bound.append("project_name")
        columns.append([name if pid is None else "" for name, pid in zip(table.names, match.project_ids, strict=True)])
        columns = [[column[k] for k in match.stored] for column in columns]
    if columns[0]:
        driver.executemany(uow.session, f"INSERT INTO {m.MonitoringExecution.__tablename__} "
                                        f"({', '.join([*bound, *literals])}) "
                                        f"VALUES ({', '.join(['?'] * len(bound) + list(literals.values()))})",
                           zip(*columns, strict=True))
    return len(columns[0])


def _new_round(uow: UnitOfWork, year_id: int, year: int, as_of: dt.date, name: str, source_file: str = "") -> int:
    params = settings.load(uow.session, MonitoringParams)
    row = m.MonitoringRound(year_id=year_id, as_of=as_of,
                            name=name or default_round_name(as_of, year, params.time_basis),
                            source_file=source_file, created_at=uow.now(), created_by=uow.user,
                            params=snapshot(params))
    uow.session.add(row)
    uow.session.flush()
    return row.id


def default_round_name(as_of: dt.date, year: int | None = None, basis: str = rules.TimeBasis.CALENDAR_DAY) -> str:
    """``2025年1—12月运行监控（截至2026年1月15日）``: the budget year and the months its time progress counts."""
    year = as_of.year if year is None else year
    return f"{year}年{rules.period_label(as_of, year, basis)}运行监控（截至{as_of.year}年{as_of.month}月{as_of.day}日）"


def backup_before_import(uow: UnitOfWork) -> Path | None:
    """A ``before-import`` backup of the database file (nothing for a server database)."""
    return start_backup_before_import(uow).wait()


def start_backup_before_import(uow: UnitOfWork) -> PendingBackup:
    """The ``before-import`` backup, taken in the background while the import reads its file."""
    from perfdesk.core.services import maintenance

    return maintenance.start_backup(uow, "import")


# -- manual entry ---------------------------------------------------------------------------------------
@guard(Right.REVIEW)
def create_round(uow: UnitOfWork, *, year: int, as_of: dt.date, name: str = "",
                 copy_from: int | None = None) -> int:
    """A round entered by hand, empty or starting from a copy of another round's amounts."""
    year_id = _year_id(uow, year)
    rid = _new_round(uow, year_id, year, as_of, name)
    if copy_from is not None:
        old = uow.session.scalars(select(m.MonitoringExecution).where(m.MonitoringExecution.round_id == copy_from))
        for e in old:
            uow.session.add(m.MonitoringExecution(
                round_id=rid, project_id=e.project_id, project_code=e.project_code, project_name=e.project_name,
                agency_code=e.agency_code, budget_fen=e.budget_fen, spent_fen=e.spent_fen,
                expected_full_year_fen=e.expected_full_year_fen))
    uow.audit("monitoring.round.create", "monitoring_round", rid, as_of=as_of.isoformat(), copy_from=copy_from)
    uow.commit()
    return rid


@guard(Right.REVIEW)
def set_execution(uow: UnitOfWork, round_id: int, project_id: int, *, budget: Money, spent: Money,
                  expected_full_year: Money | None = None) -> None:
    """Enter or correct one project's amounts in a round by hand (audited with the old values)."""
    problems = [UserError(translate("Monitoring", "{what} cannot be negative.").format(what=label), column=col)
                for label, col, value in ((translate("Monitoring", "Budget"), "budget", budget),
                                          (translate("Monitoring", "Amount spent"), "spent", spent))
                if value.fen < 0]
    if problems:
        raise UserErrors(problems)
    project = uow.session.get(m.Project, project_id)
    if project is None:
        raise UserErrors(translate("Monitoring", "No such project."))
    row = uow.session.scalar(select(m.MonitoringExecution).where(
        m.MonitoringExecution.round_id == round_id, m.MonitoringExecution.project_id == project_id))
    old = None if row is None else {"budget": row.budget_fen, "spent": row.spent_fen}
    if row is None:
        row = m.MonitoringExecution(round_id=round_id, project_id=project_id, project_code=project.code)
        uow.session.add(row)
    row.budget_fen, row.spent_fen, row.expected_full_year_fen = budget.fen, spent.fen, _fen(expected_full_year)
    uow.audit("monitoring.execution.set", "monitoring_execution", None, round_id=round_id, project=project.code,
              old=old, new={"budget": budget.fen, "spent": spent.fen})
    uow.commit()


# -- indicator progress ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProgressEntry:
    """What a unit reports for one indicator (FORMATS §2). ``row`` locates it for error messages."""

    indicator_id: int
    progress_text: str = ""
    expected_text: str = ""
    deviation_category: str = ""  # every reason ticked: funding,staff
    deviation_reason: str = ""
    likelihood: str = ""
    remark: str = ""
    row: int | None = None
    file: str | None = None
    sheet: str | None = None
    seen_version: int | None = None  # the stored answer's row_version when shown (None: new, or not checked)


ENTRY_COLUMNS = {"deviation_category": QT_TRANSLATE_NOOP("Monitoring", "Deviation reason"),
                 "deviation_reason": QT_TRANSLATE_NOOP("Monitoring", "Explanation"),
                 "likelihood": QT_TRANSLATE_NOOP("Monitoring", "Likelihood")}


def check_progress(entries: list[ProgressEntry], params: MonitoringParams) -> list[UserError]:
    """Every problem of the entries: unknown codes, and a missing reason when the target is not certain."""
    problems: list[UserError] = []
    for e in entries:
        def err(message: str, column: str, e: ProgressEntry = e) -> UserError:
            return UserError(message, e.file, e.sheet, e.row, translate("Monitoring", ENTRY_COLUMNS[column]))
        for code in deviation_codes(e.deviation_category):
            if code not in DeviationCategory._value2member_map_:
                problems.append(err(translate("Monitoring", "unknown deviation reason {value}").format(value=code),
                                    "deviation_category"))
        if e.likelihood and e.likelihood not in Likelihood._value2member_map_:
            problems.append(err(translate("Monitoring", "unknown likelihood {value}").format(value=e.likelihood),
                                "likelihood"))
        elif params.reason_required_unless_certain and e.likelihood in ("possible", "impossible"):
            if not e.deviation_category:
                problems.append(err(translate("Monitoring", "a deviation reason is required unless the target "
                                              "is certain to be met"), "deviation_category"))
            if not e.deviation_reason.strip():
                problems.append(err(translate("Monitoring", "an explanation and measure are required unless the "
                                              "target is certain to be met"), "deviation_reason"))
    return problems


@guard(Right.EDIT)
def save_indicator_progress(uow: UnitOfWork, round_id: int, entries: list[ProgressEntry], *,
                            source: str = "entry") -> int:
    """Store the progress of indicators in a round (all-or-nothing); returns the number of rows written."""
    params = settings.load(uow.session, MonitoringParams)
    problems = check_progress(entries, params)
    if problems:
        raise UserErrors(problems)
    existing = {p.indicator_id: p for p in uow.session.scalars(
        select(m.IndicatorProgress).where(m.IndicatorProgress.round_id == round_id,
                                          m.IndicatorProgress.indicator_id.in_([e.indicator_id for e in entries])))}
    for e in entries:
        row = existing.get(e.indicator_id)
        if row is None:
            row = m.IndicatorProgress(round_id=round_id, indicator_id=e.indicator_id)
            uow.session.add(row)
        else:
            concurrency.expect(uow.session, row, e.seen_version)
        row.progress_text, row.expected_text = e.progress_text.strip(), e.expected_text.strip()
        row.progress_num, row.expected_num = _number(e.progress_text), _number(e.expected_text)
        row.deviation_category = join_deviations(deviation_codes(e.deviation_category))  # every one ticked
        row.deviation_reason = e.deviation_reason.strip()
        row.likelihood, row.remark = e.likelihood, e.remark.strip()
    uow.audit("monitoring.indicator_progress", "monitoring_round", round_id, source=source, rows=len(entries))
    uow.commit()
    return len(entries)


def _number(text: str) -> Decimal | None:
    import re

    found = re.search(r"-?\d+(?:\.\d+)?", text.replace(",", ""))
    return Decimal(found.group(0)) if found else None


# -- key monitoring ------------------------------------------------------------------------------------------
@guard(Right.REVIEW)
def select_key_projects(uow: UnitOfWork, round_id: int) -> list[int]:
    """Put every project the rules select (lag at the key threshold whatever its colour, 完全不可能, over budget,
    flagged before …) on the round's key list; projects already on it are left as they are. Returns the new
    items' ids."""
    result = warnings(uow.session, round_id)
    present = set(uow.session.scalars(select(m.KeyMonitoringItem.project_id)
                                      .where(m.KeyMonitoringItem.round_id == round_id)))
    added = []
    for row in result.rows:
        r = row.result
        if not r.key or row.project_id is None or row.project_id in present:
            continue
        item = m.KeyMonitoringItem(round_id=round_id, project_id=row.project_id,
                                   selected_by=r.key_reasons[0].value, reason=r.key_reason_text,
                                   created_at=uow.now(), created_by=uow.user)
        uow.session.add(item)
        uow.session.flush()
        added.append(item.id)
    uow.audit("monitoring.key.select", "monitoring_round", round_id, added=len(added))
    uow.commit()
    return added


@guard(Right.REVIEW)
def pick_project(uow: UnitOfWork, round_id: int, project_id: int, reason: str) -> int:
    """Put a project on the key list by hand (key policies, large projects, past audit problems)."""
    if not reason.strip():
        raise UserErrors(translate("Monitoring", "Give the reason for picking the project."))
    present = uow.session.scalar(select(m.KeyMonitoringItem.id).where(
        m.KeyMonitoringItem.round_id == round_id, m.KeyMonitoringItem.project_id == project_id))
    if present is not None:
        raise UserErrors(translate("Monitoring", "The project is already under key monitoring in this round."))
    item = m.KeyMonitoringItem(round_id=round_id, project_id=project_id, selected_by=MANUAL, reason=reason.strip(),
                               created_at=uow.now(), created_by=uow.user)
    uow.session.add(item)
    uow.session.flush()
    uow.audit("monitoring.key.pick", "key_monitoring_item", item.id, project_id=project_id, reason=reason)
    uow.commit()
    return item.id


@guard(Right.EDIT, scope=("item_id", m.KeyMonitoringItem))
def record_measure(uow: UnitOfWork, item_id: int, *, measure: str, note: str = "",
                   withdrawn: Money | None = None, follow_up: str = "", status: str = "open") -> None:
    """The finance officer's measure on a key-monitoring item and its follow-up."""
    item = uow.session.get(m.KeyMonitoringItem, item_id)
    problems = []
    if item is None:
        problems.append(UserError(translate("Monitoring", "No such key-monitoring item.")))
    if measure and measure not in KeyMeasure._value2member_map_:
        problems.append(UserError(translate("Monitoring", "unknown measure {value}").format(value=measure)))
    if status not in KEY_STATUSES:
        problems.append(UserError(translate("Monitoring", "unknown status {value}").format(value=status)))
    if measure == KeyMeasure.WITHDRAW and (withdrawn is None or withdrawn.fen <= 0):
        problems.append(UserError(translate("Monitoring", "Withdrawing funds needs the amount withdrawn.")))
    if problems:
        raise UserErrors(problems)
    old = {"measure": item.measure, "status": item.status, "withdrawn": item.withdrawn_fen}
    item.measure, item.measure_note, item.follow_up, item.status = measure, note.strip(), follow_up.strip(), status
    item.withdrawn_fen = _fen(withdrawn) if measure == KeyMeasure.WITHDRAW else None
    uow.audit("monitoring.key.measure", "key_monitoring_item", item_id, old=old,
              new={"measure": measure, "status": status, "withdrawn": item.withdrawn_fen})
    uow.commit()
