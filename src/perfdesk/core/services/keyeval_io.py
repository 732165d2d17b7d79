"""``perfdesk keyeval import|export``: a key evaluation in and out of Excel (:mod:`perfdesk.core.io.keyeval_xlsx`).

An import with an 评价编号 that exists updates that evaluation (its header and its whole score sheet); without one it
creates a new evaluation. All or nothing: every problem of the file is reported with its sheet, row and column and
the database is unchanged; otherwise the database is backed up first. A formula line's printed 得分 is never kept:
the line is scored from its figures, and a printed score that differs is listed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io import keyeval_xlsx as kx
from perfdesk.core.services import keyeval
from perfdesk.core.services.access import Right, guard


@dataclass(frozen=True)
class ImportResult:
    evaluation_id: int
    created: bool
    score: keyeval.ScoreResult
    differences: tuple[str, ...]  # printed scores of formula lines that differ from the computed ones


def export_evaluation(session: Any, evaluation_id: int, path: Path | str) -> None:
    d = keyeval.detail(session, evaluation_id)
    kx.write_evaluation(Path(path), d["header"], d["lines"])


@guard(Right.REVIEW)
def import_evaluation(uow: UnitOfWork, path: Path | str, *, backup: bool = True) -> ImportResult:
    path = Path(path)
    header, lines, problems = kx.read_evaluation(path)
    problems.raise_if_any()
    existing = uow.session.get(m.KeyEvaluation, header["id"]) if header.get("id") else None
    if header.get("id") and existing is None:
        problems.add(translate("KeyEvalImport", "There is no key evaluation {id} to update: clear 评价编号 to create a "
                               "new one.").format(id=header["id"]), kx.INFO)
    year = header.get("year") or (uow.session.get(m.BudgetYear, existing.year_id).year if existing else None)
    if year is None:
        problems.add(translate("KeyEvalImport", "预算年度 is empty."), kx.INFO)
    for line in lines:
        probe = m.KeyEvaluationLine(**{k: line[k] for k in keyeval.LINE_FIELDS})
        problems.items += [UserError(p, str(path), kx.SHEET, line["row"]) for p in keyeval.entry_problems(probe)]
    problems.raise_if_any()
    ids = keyeval.resolve(uow.session, year, project_code=header.get("project_code") or None,  # type: ignore[arg-type]
                          unit_code=header.get("unit_code") or None, agency=header.get("agency") or None)
    values = {k: header.get(k) for k in ("title", "object_kind", "lead_evaluator", "budget_fen", "arrived_fen",
                                         "spent_fen", "report_date", "findings", "suggestions")}
    values |= {k: ids.get(k) for k in ("project_id", "unit_id", "agency_id")}
    found = keyeval.header_problems(uow.session, values)
    if found:
        raise UserErrors([UserError(p, str(path), kx.INFO) for p in found])
    if backup:
        from perfdesk.core.services import maintenance

        maintenance.backup_before(uow, "import")
    evaluation_id = existing.id if existing else _create(uow, year, values)  # type: ignore[arg-type]
    if existing:
        _update(uow, existing, values)
    score = keyeval.replace_lines(uow, evaluation_id, [{k: ln[k] for k in keyeval.LINE_FIELDS} for ln in lines],
                                  commit=False)
    uow.audit("keyeval.import", "key_evaluation", evaluation_id, file=path.name, created=existing is None)
    uow.commit()
    return ImportResult(evaluation_id, existing is None, score, _differences(uow, evaluation_id, lines))


def _create(uow: UnitOfWork, year: int, values: dict[str, Any]) -> int:
    rest = {k: v for k, v in values.items() if k not in ("title", "object_kind")}
    return keyeval.create_evaluation(uow, year=year, title=values["title"], object_kind=values["object_kind"],
                                     commit=False, **rest)


def _update(uow: UnitOfWork, k: m.KeyEvaluation, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(k, key, value)
    k.category = keyeval.category_of(k.object_kind)


def _differences(uow: UnitOfWork, evaluation_id: int, lines: list[dict[str, Any]]) -> tuple[str, ...]:
    k = uow.session.get(m.KeyEvaluation, evaluation_id)
    out = []
    for printed, line in zip(lines, k.lines, strict=True):  # type: ignore[union-attr]
        if line.formula and printed["score"] is not None and printed["score"] != line.score:
            out.append(translate("KeyEvalImport", "Row {row} {name}: printed {printed}, computed {computed} ({basis})")
                       .format(row=printed["row"], name=line.level3, printed=printed["score"],
                               computed=line.score if line.score is not None else "—", basis=line.basis))
    return tuple(out)
