"""What a database sent and received (issue 19 item 4), and from that which units have reported each stage of a
year and which are late: a unit has reported a stage when a package it sent up, received here, held records of
that stage; it is late when it has not and the stage's due day (setting, a PerfDesk default) has passed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from perfdesk.core.db import models as m
from perfdesk.core.rules.params import ExchangeParams
from perfdesk.core.services import settings
from perfdesk.core.services.package_records import STAGES


def history(session: Session, *, year: int | None = None, limit: int = 200) -> list[dict[str, Any]]:
    """The packages sent and received, newest first."""
    stmt = select(m.ExchangePackage).order_by(m.ExchangePackage.at.desc(), m.ExchangePackage.id.desc()).limit(limit)
    if year is not None:
        stmt = stmt.where(m.ExchangePackage.year == year)
    names = dict(session.execute(select(m.Unit.code, m.Unit.name)).all())
    return [{"package_id": p.package_id, "direction": p.direction, "kind": p.kind, "unit": p.unit_code,
             "unit_name": names.get(p.unit_code, ""), "year": p.year, "sender": p.sender, "at": p.at,
             "created_at": p.created_at, "user": p.user, "file": p.file_name, "counts": p.counts or {}}
            for p in session.scalars(stmt)]


@dataclass(frozen=True)
class StageReport:
    received: dt.date | None  # the day the latest package holding this stage arrived
    due: dt.date | None
    late: bool


@dataclass(frozen=True)
class UnitReport:
    code: str
    name: str
    stages: dict[str, StageReport]

    @property
    def late(self) -> int:
        return sum(s.late for s in self.stages.values())


@dataclass(frozen=True)
class ExchangeStatus:
    year: int
    as_of: dt.date
    units: tuple[UnitReport, ...]
    sent: int
    received: int

    @property
    def late_units(self) -> list[UnitReport]:
        return [u for u in self.units if u.late]


def due_dates(session: Session, year: int) -> dict[str, dt.date | None]:
    params = settings.load(session, ExchangeParams)
    texts = {"targets": (params.targets_due, 0), "monitoring": (params.monitoring_due, 0),
             "selfevals": (params.selfeval_due, 1), "ledger": (params.ledger_due, 1)}
    return {stage: _day(text, year + offset) for stage, (text, offset) in texts.items()}


def _day(text: str, year: int) -> dt.date | None:
    try:
        month, day = (int(part) for part in text.strip().split("-"))
        return dt.date(year, month, day)
    except ValueError:
        return None  # no valid due day: never late


def reporters(session: Session, year: int) -> list[tuple[int, str, str]]:
    """The units expected to send packages here: the top of the tree (the county's departments and townships),
    or this database's own unit's children, that have projects in ``year``."""
    home = settings.load(session, ExchangeParams).home_unit.strip()
    parent = session.scalar(select(m.Unit.id).where(m.Unit.code == home)) if home else None
    units = session.execute(select(m.Unit.id, m.Unit.code, m.Unit.name, m.Unit.parent_id)
                            .order_by(m.Unit.sort_order, m.Unit.code)).all()
    top = [(u.id, u.code, u.name) for u in units if u.parent_id == parent]
    children: dict[int | None, list[int]] = {}
    for u in units:
        children.setdefault(u.parent_id, []).append(u.id)
    with_projects = {uid for (uid,) in session.execute(select(m.Project.unit_id).join(m.BudgetYear)
                                                       .where(m.BudgetYear.year == year).distinct())}
    return [t for t in top if _below(t[0], children) & with_projects]


def _below(root: int, children: dict[int | None, list[int]]) -> set[int]:
    found, todo = set(), [root]
    while todo:
        uid = todo.pop()
        found.add(uid)
        todo.extend(children.get(uid, ()))
    return found


def status(session: Session, *, year: int, as_of: dt.date) -> ExchangeStatus | None:
    """Which units reported which stage of ``year`` as of ``as_of``; None when no package was ever exchanged."""
    counts = dict(session.execute(select(m.ExchangePackage.direction, func.count()).where(
        m.ExchangePackage.year == year).group_by(m.ExchangePackage.direction)).all())
    if not counts:
        return None
    received: dict[tuple[str, str], dt.date] = {}
    for p in session.scalars(select(m.ExchangePackage).where(
            m.ExchangePackage.year == year, m.ExchangePackage.direction == "received", m.ExchangePackage.kind == "up")):
        for stage in STAGES:
            if (p.counts or {}).get(stage):
                key = (p.unit_code, stage)
                received[key] = max(received.get(key, p.at.date()), p.at.date())
    dues = due_dates(session, year)
    units = []
    for _uid, code, name in reporters(session, year):
        stages = {}
        for stage in STAGES:
            got, due = received.get((code, stage)), dues[stage]
            stages[stage] = StageReport(got, due, got is None and due is not None and as_of > due)
        units.append(UnitReport(code, name, stages))
    return ExchangeStatus(year, as_of, tuple(units), counts.get("sent", 0), counts.get("received", 0))
