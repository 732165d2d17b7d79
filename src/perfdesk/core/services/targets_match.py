"""A target's new content matched to its stored indicators, so that an indicator that is still there keeps its
row: the monitoring progress typed for it and the self-evaluation lines linked to it stay with it.

An indicator is the same when its part, first- and second-level and name are (the n-th of a repeated name
matching the n-th stored one); its value, weight or note may change. Anything else is a new indicator, and a
stored one no longer there is removed — with its progress, which the import says before it happens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_targets as qt
from perfdesk.core.domain.targets import IndicatorDraft

Key = tuple[str, str, str, str]


@dataclass(frozen=True)
class Matched:
    """Stored indicators kept (id, new position), removed (ids), and the new positions with no stored row."""

    kept: tuple[tuple[int, int], ...]
    removed: tuple[int, ...]
    added: tuple[int, ...]


@dataclass(frozen=True)
class DroppedIndicator:
    """A stored indicator an import removes that has monitoring progress or self-evaluation lines."""

    project_code: str
    name: str
    progress_rows: int
    selfeval_lines: int


def row_key(row: dict[str, Any]) -> Key:
    return row["part"], row["level1"], row["level2"], row["name"]


def match(stored: Sequence[dict[str, Any]], new: Sequence[IndicatorDraft]) -> Matched:
    """Pair ``new`` indicators with ``stored`` rows (:func:`queries_targets.indicators_of`) by their key."""
    waiting: dict[Key, list[int]] = {}
    for row in stored:
        waiting.setdefault(row_key(row), []).append(row["id"])
    for ids in waiting.values():
        ids.reverse()  # popped from the end: first stored first
    kept, added = [], []
    for position, indicator in enumerate(new):
        ids = waiting.get(indicator.key())
        if ids:
            kept.append((ids.pop(), position))
        else:
            added.append(position)
    removed = tuple(i for ids in waiting.values() for i in reversed(ids))
    return Matched(tuple(kept), removed, tuple(added))


def dropped(session: Any, removed: dict[int, tuple[str, str]]) -> list[DroppedIndicator]:
    """Of the ``removed`` indicators ({id: (project code, name)}), those holding progress or evaluation lines."""
    counts: dict[int, list[int]] = {}
    for part in qt.chunks(list(removed)):
        for column, model, at in ((m.IndicatorProgress.indicator_id, m.IndicatorProgress, 0),
                                  (m.SelfEvalLine.indicator_id, m.SelfEvalLine, 1)):
            stmt = select(column, func.count()).select_from(model).where(column.in_(part)).group_by(column)
            for iid, n in session.execute(stmt):
                counts.setdefault(iid, [0, 0])[at] = n
    return [DroppedIndicator(*removed[iid], *counts[iid]) for iid in sorted(counts)]
