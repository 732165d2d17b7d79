"""The expenditure standard library (支出标准库, RULES §10, seed 002 济宁): 通用 general standards, 行业定额 industry
quotas and 部门特色 department standards, each with value, unit, basis, source and the years it is valid.

Standards are keyed by their code (标准编号). An Excel import is all or nothing after a backup: a new code adds a
standard, a known code updates it (a cost item that follows it keeps following it), a row equal to the stored
standard is left alone; codes missing from the file are kept. A standard that cost items follow cannot be deleted.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select

from perfdesk.core.db import models as m
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.enums import StandardLevel
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.domain.ordering import natural_key
from perfdesk.core.i18n import translate
from perfdesk.core.io import standards_xlsx as sx
from perfdesk.core.io.flat_xlsx import norm
from perfdesk.core.services.access import Right, guard

S = m.ExpenditureStandard
FIELDS = ("code", "name", "level", "sector", "value", "unit", "basis", "source", "applies_to", "department_code",
          "year_from", "year_to")
TEXTS = ("code", "name", "level", "sector", "unit", "basis", "source", "applies_to", "department_code")


@dataclass(frozen=True)
class StandardFilter:
    words: str = ""  # every word in the code, name, basis, source or applies-to
    level: str = ""
    year: int | None = None  # valid in this year
    sector: str = ""
    department_code: str = ""  # with level "", also the general and industry standards


def search(session: Any, flt: StandardFilter = StandardFilter()) -> list[dict[str, Any]]:
    """Standards matching ``flt`` by code, each with ``uses`` (cost items following it)."""
    uses = (select(m.CostItem.standard_id, func.count().label("n")).group_by(m.CostItem.standard_id).subquery())
    stmt = select(S, func.coalesce(uses.c.n, 0)).outerjoin(uses, uses.c.standard_id == S.id)
    for word in flt.words.split():
        like = f"%{word}%"
        stmt = stmt.where(or_(S.code.like(like), S.name.like(like), S.basis.like(like), S.source.like(like),
                              S.applies_to.like(like)))
    if flt.level:
        stmt = stmt.where(S.level == flt.level)
    if flt.sector:
        stmt = stmt.where(S.sector.in_((flt.sector, "")))
    if flt.department_code:
        stmt = stmt.where(or_(S.level != StandardLevel.DEPARTMENT.value, S.department_code == flt.department_code))
    if flt.year is not None:
        stmt = stmt.where(func.coalesce(S.year_from, 0) <= flt.year, func.coalesce(S.year_to, 9999) >= flt.year)
    rows = [as_dict(std) | {"uses": n} for std, n in session.execute(stmt)]
    return sorted(rows, key=lambda r: natural_key(r["code"]))


def as_dict(std: m.ExpenditureStandard) -> dict[str, Any]:
    return {"id": std.id, **{k: getattr(std, k) for k in FIELDS}}


def count(session: Any) -> int:
    return session.scalar(select(func.count()).select_from(S)) or 0


# -- editing ------------------------------------------------------------------------------------------------
def validate(fields: dict[str, Any]) -> list[UserError]:
    problems = []

    def bad(message: str, column: str) -> None:
        problems.append(UserError(message, column=column))

    if not (fields.get("code") or "").strip():
        bad(translate("Standards", "The standard needs a code (标准编号)."), "code")
    if not (fields.get("name") or "").strip():
        bad(translate("Standards", "The standard needs a name."), "name")
    if fields.get("level") not in {lv.value for lv in StandardLevel}:
        bad(translate("Standards", "Not an allowed level: {value}").format(value=fields.get("level")), "level")
    value = fields.get("value")
    if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
        bad(translate("Standards", "The value must be a number of zero or more."), "value")
    if fields.get("level") == StandardLevel.DEPARTMENT.value and not fields.get("department_code"):
        bad(translate("Standards", "A department standard (部门特色) needs the department code (部门编码)."),
            "department_code")
    lo, hi = fields.get("year_from"), fields.get("year_to")
    if lo and hi and hi < lo:
        bad(translate("Standards", "The last year is before the first year."), "year_to")
    return problems


def _clean(fields: dict[str, Any]) -> dict[str, Any]:
    out = {k: (fields.get(k) or "").strip() if k in TEXTS else fields.get(k) for k in FIELDS}
    out["year_from"], out["year_to"] = out["year_from"] or None, out["year_to"] or None
    return out


@guard(Right.REVIEW)
def save_standard(uow: UnitOfWork, fields: dict[str, Any], standard_id: int | None = None) -> int:
    """Add a standard (``standard_id`` None) or change one; the code stays unique."""
    clean = _clean(fields)
    if problems := validate(clean):
        raise UserErrors(problems)
    twin = uow.session.scalar(select(S.id).where(S.code == clean["code"]))
    if twin is not None and twin != standard_id:
        raise UserErrors(UserError(translate("Standards", "Another standard already has the code {code}.")
                                   .format(code=clean["code"]), column="code"))
    if standard_id is None:
        std = S(**clean)
        uow.session.add(std)
        uow.session.flush()
        uow.audit("standards.add", "expenditure_standard", std.id, code=std.code)
        return std.id
    std = _get(uow, standard_id)
    diff = {k: [str(getattr(std, k)), str(v)] for k, v in clean.items() if getattr(std, k) != v}
    for key in diff:
        setattr(std, key, clean[key])
    uow.audit("standards.edit", "expenditure_standard", std.id, changes=diff)
    return std.id


def _get(uow: UnitOfWork, standard_id: int) -> m.ExpenditureStandard:
    std = uow.session.get(S, standard_id)
    if std is None:
        raise UserErrors(translate("Standards", "No standard {id}.").format(id=standard_id))
    return std


@guard(Right.REVIEW)
def delete_standard(uow: UnitOfWork, standard_id: int) -> None:
    """Delete a standard no cost item follows (one that is followed must stay: the tables cite it)."""
    std = _get(uow, standard_id)
    used = uow.session.scalar(select(func.count()).select_from(m.CostItem).where(m.CostItem.standard_id == std.id))
    if used:
        raise UserErrors(translate("Standards", "{n} cost item(s) follow the standard {code} {name}: it cannot be "
                                                "deleted. Give it a last year instead.").format(
            n=used, code=std.code, name=std.name))
    uow.session.delete(std)
    uow.audit("standards.delete", "expenditure_standard", standard_id, code=std.code)


# -- Excel ------------------------------------------------------------------------------------------------
@dataclass
class ImportReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    dry_run: bool = False


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return all(norm(str(a.get(k) if a.get(k) is not None else "")) == norm(str(b.get(k) if b.get(k) is not None
                                                                                else "")) for k in FIELDS)


@guard(Right.REVIEW)
def import_standards(uow: UnitOfWork, path: Path, *, dry_run: bool = False) -> ImportReport:
    """Add and update standards from a workbook, all or nothing (see the module docstring)."""
    parsed, sheet = sx.read_standards(Path(path))
    stored = {std.code: std for std in uow.session.scalars(select(S))}
    seen: dict[str, int] = {}
    report, new, changed = ImportReport(dry_run=dry_run), [], []
    for row, fields in parsed:
        code = fields["code"]
        if code in seen:
            sheet.add(translate("StandardsImport", "The code {code} is already on row {row}.").format(
                code=code, row=seen[code]), row, "code")
            continue
        seen[code] = row
        old = stored.get(code)
        if old is None:
            new.append(fields)
        elif _same(as_dict(old), fields):
            report.unchanged += 1
        else:
            changed.append((old, fields))
    sheet.raise_if_any()
    report.added, report.updated = len(new), len(changed)
    if dry_run:
        return report
    from perfdesk.core.services import maintenance

    maintenance.backup_before(uow, "import")
    for fields in new:
        uow.session.add(S(**_clean(fields)))
    for old, fields in changed:
        for key, value in _clean(fields).items():
            setattr(old, key, value)
    uow.audit("standards.import", "expenditure_standard", None, file=Path(path).name, added=report.added,
              updated=report.updated, unchanged=report.unchanged)
    return report


def export_standards(session: Any, path: Path, flt: StandardFilter = StandardFilter()) -> int:
    return sx.write_standards(Path(path), search(session, flt))
