"""Load and save rule parameters (the ``setting`` table), declared in :mod:`perfdesk.core.rules.params`."""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from perfdesk.core.db.concurrency import ConcurrentEdit
from perfdesk.core.db.models import Setting
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules import params as P
from perfdesk.core.services.access import Right, guard

G = TypeVar("G")


def load(session: Session, group: type[G]) -> G:
    """The parameters of ``group`` in force: stored values over the official defaults."""
    prefix = group.GROUP + "."  # type: ignore[attr-defined]
    rows = session.execute(select(Setting.key, Setting.value).where(Setting.key.startswith(prefix))).all()
    return P.from_values(group, {key[len(prefix):]: value for key, value in rows})


def load_all(session: Session) -> dict[str, Any]:
    return {cls.GROUP: load(session, cls) for cls in P.ALL_GROUPS}


@guard(Right.SETTINGS)
def save(uow: UnitOfWork, values: Any, *, seen: Any = None) -> list[str]:
    """Store a parameter group; values equal to the default are removed (so a later default change applies).
    Returns the changed keys; each change is audited with old and new value. The caller commits.

    ``seen`` is the group as the settings page showed it: a value changed here that someone else changed too
    since (to something else) is refused whole (:class:`ConcurrentEdit`); changes of different values by two
    people both stay. Each stored row's version is checked when it is written as well."""
    group = type(values)
    defaults = group()
    current = load(uow.session, group)
    if seen is not None:
        _refuse_crossed_changes(values, seen, current)
    changed = []
    for field in dataclasses.fields(values):
        key = f"{group.GROUP}.{field.name}"
        new, old = getattr(values, field.name), getattr(current, field.name)
        if new == old or (seen is not None and new == getattr(seen, field.name)):  # unchanged here: theirs stays
            continue
        row = uow.session.get(Setting, key)
        if new == getattr(defaults, field.name):
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(Setting(key=key, value=P.encode(new), updated_at=uow.now(), updated_by=uow.user))
        else:
            row.value, row.updated_at, row.updated_by = P.encode(new), uow.now(), uow.user
        uow.audit("setting.change", "setting", None, key=key, old=P.encode(old), new=P.encode(new))
        changed.append(key)
    return changed


def _refuse_crossed_changes(values: Any, seen: Any, current: Any) -> None:
    for field in dataclasses.fields(values):
        mine, before, theirs = (getattr(v, field.name) for v in (values, seen, current))
        if mine != before and theirs != before and theirs != mine:
            raise ConcurrentEdit()


@guard(Right.SETTINGS)
def reset(uow: UnitOfWork, group: type) -> list[str]:
    """Back to the official defaults for one group."""
    return save(uow, group())


@guard(Right.SETTINGS)
def apply_rule_set(uow: UnitOfWork, key: str) -> list[str]:
    """Set the parameters a rule set names (others keep their values); returns the changed keys, each audited.
    The caller commits."""
    from perfdesk.core.rules.rule_sets import by_group, rule_set

    changed = []
    for group, values in by_group(rule_set(key)).items():
        cls = P.group_by_name(group)
        changed += save(uow, dataclasses.replace(load(uow.session, cls), **values))
    uow.audit("setting.rule_set", "setting", None, rule_set=key)
    return changed
