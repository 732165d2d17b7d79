from __future__ import annotations

import dataclasses
from decimal import Decimal

from sqlalchemy import select

from perfdesk.core.db.models import AuditLog, Setting
from perfdesk.core.rules.params import MonitoringParams
from perfdesk.core.services import settings


def test_without_stored_values_the_official_defaults_apply(db) -> None:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        assert settings.load(s, MonitoringParams) == MonitoringParams()


def test_a_changed_parameter_is_stored_audited_and_loaded(uow, db) -> None:  # type: ignore[no-untyped-def]
    with uow:
        changed = settings.save(uow, dataclasses.replace(MonitoringParams(), red_lag_points=Decimal(35)))
        uow.commit()
    assert changed == ["monitoring.red_lag_points"]
    with db.sessions() as s:
        assert settings.load(s, MonitoringParams).red_lag_points == Decimal(35)
        audit = s.scalars(select(AuditLog)).one()
    assert audit.details == {"key": "monitoring.red_lag_points", "old": '"40"', "new": '"35"'}


def test_resetting_to_defaults_removes_stored_values(uow, db) -> None:  # type: ignore[no-untyped-def]
    with uow:
        settings.save(uow, dataclasses.replace(MonitoringParams(), time_basis="month"))
        uow.commit()
    with uow:
        settings.reset(uow, MonitoringParams)
        uow.commit()
    with db.sessions() as s:
        assert s.scalars(select(Setting)).all() == []
