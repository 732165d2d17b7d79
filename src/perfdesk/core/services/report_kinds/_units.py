"""Unit codes or names given on the command line → unit ids (with their subtrees)."""

from __future__ import annotations

from collections.abc import Sequence

from perfdesk.core.db.queries import subtree_ids, units
from perfdesk.core.db.uow import UnitOfWork


def unit_ids(uow: UnitOfWork, wanted: Sequence[str]) -> list[int] | None:
    if not wanted:
        return None
    nodes = units(uow.session)
    roots = [n.id for n in nodes if n.code in wanted or n.name in wanted]
    return sorted({i for root in roots for i in subtree_ids(nodes, root)})
