"""Ranking settings a county stored before the 冠县 defaults (lists per department, minimum list size 5) keep
their meaning: the stored values win over the new defaults."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from perfdesk.core.db.models import Setting
from perfdesk.core.domain.enums import Decision
from perfdesk.core.rules.params import RankingParams
from perfdesk.core.services import ranking as svc
from perfdesk.core.services import settings
from tests.services.scenario import build, category


def test_a_stored_minimum_size_and_department_choice_are_still_read(db) -> None:  # type: ignore[no-untyped-def]
    build(db, [*category(3), *category(3, "Q", department="县农业农村局")])
    with db.sessions() as s:
        assert settings.load(s, RankingParams).min_category_size_for_cancel == 5  # the new default
        s.add_all([Setting(key="ranking.min_category_size_for_cancel", value="3", updated_at=dt.datetime(2025, 1, 1)),
                   Setting(key="ranking.rank_within_department", value="true", updated_at=dt.datetime(2025, 1, 1)),
                   Setting(key="ranking.bottom_percent", value='"30"', updated_at=dt.datetime(2025, 1, 1))])
        s.commit()
        params = settings.load(s, RankingParams)
        assert (params.min_category_size_for_cancel, params.rank_within_department, params.bottom_percent) == (
            3, True, Decimal(30))
        result = svc.compute(s, 2025)
    cancelled = [e.code for e in result.entries if e.decision is Decision.CANCEL]
    assert cancelled == ["Q03", "P03"]  # lists of 3 reach the stored minimum of 3: each department's last cancelled
