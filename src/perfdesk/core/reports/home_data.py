"""The figures of the home page (工作台) and the leadership brief (领导简报) as plain data.

Filled by :mod:`perfdesk.core.services.home`; shown by the home page and printed by :mod:`.brief`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from perfdesk.core.domain.enums import RunStatus
from perfdesk.core.domain.money import Money

GRADES = ("优", "良", "中", "差")


@dataclass(frozen=True)
class StatusCounts:
    """Projects by the status of their current target (or self-evaluation); ``missing``: none started."""

    draft: int = 0
    submitted: int = 0
    returned: int = 0
    approved: int = 0
    missing: int = 0

    @property
    def total(self) -> int:
        return self.draft + self.submitted + self.returned + self.approved + self.missing

    @property
    def not_submitted(self) -> int:
        """Still with the units: drafts, returned ones and those not started."""
        return self.draft + self.returned + self.missing


@dataclass(frozen=True)
class DepartmentTargets:
    code: str
    name: str
    counts: StatusCounts


@dataclass(frozen=True)
class TargetFigures:
    counts: StatusCounts
    by_department: tuple[DepartmentTargets, ...]


@dataclass(frozen=True)
class MonitoringFigures:
    """The latest round on or before the as-of date; ``round_id`` None when there is none."""

    round_id: int | None = None
    round_name: str = ""
    round_as_of: dt.date | None = None
    projects: int = 0
    time_percent: Decimal | None = None
    execution_percent: Decimal | None = None
    red: int = 0
    yellow: int = 0
    key: int = 0
    key_without_measure: int = 0
    budget: Money = Money(0)
    spent: Money = Money(0)


@dataclass(frozen=True)
class SelfEvalFigures:
    projects: int
    counts: StatusCounts  # missing: projects with no self-evaluation yet
    grades: tuple[tuple[str, int], ...]  # (优/良/中/差, evaluations), scored ones only

    @property
    def done(self) -> int:
        """Finished by the units: submitted to finance or approved."""
        return self.counts.submitted + self.counts.approved


@dataclass(frozen=True)
class SpotCheckFigures:
    drawn_on: dt.date | None = None
    items: int = 0
    reviewed: int = 0
    differing: int = 0

    @property
    def to_review(self) -> int:
        return self.items - self.reviewed


@dataclass(frozen=True)
class RankingFigures:
    run_id: int | None = None
    version: int = 0
    status: str = ""  # RunStatus, '' when the year has no run
    entries: int = 0
    cancelled: int = 0
    cut: int = 0
    probation: int = 0
    cut_amount: Money = Money(0)  # cancelled and cut together

    @property
    def confirmed(self) -> bool:
        return self.status == RunStatus.CONFIRMED


@dataclass(frozen=True)
class LedgerFigures:
    open: int = 0
    overdue: int = 0
    closed: int = 0


@dataclass(frozen=True)
class Waiting:
    """One thing waiting: for ``who`` ("finance" or "units"), ``what`` (a key the page and the brief word), how
    many."""

    who: str
    what: str
    count: int


@dataclass(frozen=True)
class HomeFigures:
    year: int
    as_of: dt.date
    county: str
    targets: TargetFigures
    monitoring: MonitoringFigures
    selfeval: SelfEvalFigures
    spotcheck: SpotCheckFigures
    ranking: RankingFigures
    ledger: LedgerFigures
    unit_ids: frozenset[int] | None = field(default=None, compare=False)
    exchange: Any = field(default=None, compare=False)  # services.package_history.ExchangeStatus, when any

    @property
    def projects(self) -> int:
        return self.targets.counts.total

    def waiting(self) -> list[Waiting]:
        """What waits, finance's review first; only what is there (counts above zero)."""
        t, s = self.targets.counts, self.selfeval.counts
        items = [Waiting("finance", "targets_submitted", t.submitted),
                 Waiting("finance", "selfeval_submitted", s.submitted),
                 Waiting("finance", "spotcheck_to_review", self.spotcheck.to_review),
                 Waiting("finance", "key_without_measure", self.monitoring.key_without_measure),
                 Waiting("finance", "ranking_draft", 1 if self.ranking.status == RunStatus.DRAFT else 0),
                 Waiting("units", "ledger_overdue", self.ledger.overdue),
                 Waiting("units", "targets_not_submitted", t.not_submitted),
                 Waiting("units", "selfeval_not_submitted", s.not_submitted)]
        return [w for w in items if w.count]
