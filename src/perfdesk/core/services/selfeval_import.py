"""Import filled-in 项目支出绩效自评表 workbooks (official layout and its variants, or the flat PRO_CODE export).

Every project is recomputed by the engine; the result shows, per project, the score printed in the file beside the
recomputed one with each difference explained. How the final score is formed is the setting
``scoring.imported_scores``:

- ``keep_printed`` (default, RULES §4 "a kept printed score is an override with a reason"): each printed line score
  that differs from the rule's is kept as an override with the reason “printed in the imported table”; for a
  qualitative line a printed score inside the band of its level is the evaluator's pick, not an override. The final
  total is the sum of the kept lines (capped if caps are on), so a printed 总分 that does not add up is flagged and
  not taken over.
- ``computed``: the printed scores are stored for comparison only; the final total is the computed one.

Projects are matched by code and year (by exact name in the year when the sheet has no code). Writing is
all-or-nothing: any problem in any file or sheet aborts the whole import with cell-level errors; a backup of the
database file is taken just before the commit. A check (``dry_run``) reports every project it could read, each with
its own problems (``ImportedProject.problems``), and each file or sheet it could not read with what stopped it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_selfeval as Q
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserError, UserErrors
from perfdesk.core.i18n import translate
from perfdesk.core.io.selfeval_flat import read_flat_sheets
from perfdesk.core.io.selfeval_scoring import to_evaluation_input
from perfdesk.core.io.selfeval_xlsx import ProjectSheet, comparison_from_nature, key, read_selfeval_sheets
from perfdesk.core.io.sheets import Book
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.engine import (
    EvaluationInput,
    EvaluationLine,
    EvaluationResult,
    score_evaluation,
)
from perfdesk.core.rules.scoring.flags import ZERO, FlagCode, num
from perfdesk.core.rules.scoring.lines import is_qualitative, line_level, read_values
from perfdesk.core.rules.scoring.qualitative import band_points
from perfdesk.core.services import maintenance, settings
from perfdesk.core.services.access import Right, guard
from perfdesk.core.services.selfeval import EXECUTION, INDICATOR, SUB_ROW, computed_total, rescore

_FLAT_HEADS = {"PRO_CODE", "项目编码", "项目代码"}
_PLAIN_NUMBER = re.compile(r"[+-]?[\d.,]+")


@dataclass(frozen=True)
class ImportedLine:
    name: str
    level1: str
    points: Decimal | None
    printed_score: Decimal | None
    computed_score: Decimal
    final_score: Decimal
    explanation: str
    kept: str = ""  # "", "override" (printed kept by hand), "pick" (printed score is the qualitative pick)
    counted: bool = True
    row: int | None = None

    @property
    def differs(self) -> bool:
        return self.printed_score is not None and self.counted and self.printed_score != self.computed_score


@dataclass(frozen=True)
class ImportedProject:
    file: str
    sheet: str
    code: str
    name: str
    year: int | None
    printed_total: Decimal | None
    computed_total: Decimal | None  # None: not scored (see ``problems``)
    final_total: Decimal | None
    grade: str
    printed_grade: str
    lines: tuple[ImportedLine, ...]
    differences: tuple[str, ...]
    flags: tuple[str, ...]
    project_id: int | None = None
    action: str = "check"  # check (dry run), new, replace; unreadable: a file or sheet that gave no project
    problems: tuple[str, ...] = ()  # a check's problems of this project (each with its file, sheet, row, column)

    @classmethod
    def unreadable(cls, file: str, sheet: str, problems: Sequence[UserError]) -> ImportedProject:
        """A file or sheet a check could not read: what stopped it, and nothing else."""
        return cls(file, sheet, "", "", None, None, None, None, "", "", (), (), (), action="unreadable",
                   problems=tuple(str(p) for p in problems))

    def as_json(self) -> dict[str, Any]:
        return {"file": Path(self.file).name, "sheet": self.sheet, "project": self.code or self.name,
                "code": self.code, "name": self.name, "year": self.year, "printed_total": _s(self.printed_total),
                "computed_total": _s(self.computed_total), "final_total": _s(self.final_total), "grade": self.grade,
                "printed_grade": self.printed_grade, "action": self.action, "differences": list(self.differences),
                "flags": list(self.flags), "problems": list(self.problems),
                "lines": [{"name": ln.name, "points": _s(ln.points), "printed_score": _s(ln.printed_score),
                           "computed_score": _s(ln.computed_score), "final_score": _s(ln.final_score),
                           "differs": ln.differs, "kept": ln.kept, "explanation": ln.explanation, "row": ln.row}
                          for ln in self.lines]}


def _s(value: Decimal | None) -> str | None:
    return None if value is None else num(value)


# -- reading ---------------------------------------------------------------------------------------------
def is_flat(path: Path) -> bool:
    """A flat export has PRO_CODE (or 项目编码) in the first row of its first visible sheet."""
    try:
        book = Book(path)
        rows = book.rows(book.visible[0], nrows=1)
    except Exception:  # noqa: BLE001 - not readable by calamine: let openpyxl report it
        return False
    return bool(rows) and any(key(v).upper() in _FLAT_HEADS for v in rows[0])


def read_file(path: Path) -> tuple[tuple[ProjectSheet, ...], list[UserError]]:
    """The projects of one file that could be read, and every problem found in it."""
    if not Path(path).exists():
        return (), [UserError(translate("SelfEvalImport", "no such file"), str(path))]
    return read_flat_sheets(path) if is_flat(Path(path)) else read_selfeval_sheets(path)


def read_files(paths: Sequence[Path]) -> list[ProjectSheet]:
    """Every project of every file; all problems of all files are raised together."""
    sheets: list[ProjectSheet] = []
    errors: list[UserError] = []
    for path in paths:
        found, problems = read_file(path)
        sheets += found
        errors += problems
    if errors:
        raise UserErrors(errors)
    return sheets


# -- scoring with the printed scores kept ------------------------------------------------------------------
def _band(line: EvaluationLine, params: ScoringParams) -> tuple[Decimal, Decimal] | None:
    values = read_values(line.target, line.actual, line.comparison, line.unit)
    if not is_qualitative(values, line.qualitative_level):
        return None
    level = line_level(values, line.qualitative_level)  # the words read against the target, as the engine does
    if level is None:
        return None
    return band_points(level, line.points or ZERO, params)


def kept_reason() -> str:
    """The reason stored with a kept printed score (in the user's language: it prints on the table)."""
    return translate("SelfEvalImport", "printed in the imported table")


def _keep_line(line: EvaluationLine, rule: Decimal, params: ScoringParams) -> tuple[EvaluationLine, str]:
    printed = line.printed_score
    if printed is None or printed == rule or line.sub_row or line.not_applicable:
        return line, ""
    band = _band(line, params)
    if band is not None and band[0] <= printed <= band[1]:
        return replace(line, qualitative_pick=printed), "pick"
    return replace(line, override_score=printed, override_reason=kept_reason()), "override"


def _printed_in_range(sheet: ProjectSheet, evaluation: EvaluationInput) -> list[UserError]:
    errors = []
    for row, line in zip(sheet.lines, evaluation.lines, strict=True):
        message = _out_of_range(line)
        if message:
            cell = row.cells.get("score", "")
            errors.append(UserError(message, sheet.file, sheet.sheet, row.row, re.sub(r"\d", "", cell) or None))
    return errors


def _out_of_range(line: EvaluationLine) -> str:
    """What is wrong with a printed score: below 0, or above the points (only where points are printed)."""
    score = line.printed_score
    if line.sub_row or score is None or ZERO <= score <= (line.points if line.points is not None else score):
        return ""
    if line.points is None:
        text = translate("SelfEvalImport", "{name}: printed score {score} is below 0")
        return text.format(name=line.name, score=num(score))
    text = translate("SelfEvalImport", "{name}: printed score {score} is outside 0–{points}")
    return text.format(name=line.name, score=num(score), points=num(line.points))


def kept_input(sheet: ProjectSheet, params: ScoringParams) -> tuple[EvaluationInput, EvaluationResult, list[str]]:
    """The engine's input with the printed scores kept per ``params.imported_scores``, the plain computed result,
    and per line how its printed score was kept."""
    evaluation = to_evaluation_input(sheet)
    errors = _printed_in_range(sheet, evaluation)
    if errors:
        raise UserErrors(errors)
    computed = score_evaluation(evaluation, params)
    if params.imported_scores != "keep_printed":
        return evaluation, computed, [""] * len(evaluation.lines)
    kept = [_keep_line(line, res.rule_score, params) for line, res in zip(evaluation.lines, computed.lines, strict=True)]
    evaluation = replace(evaluation, lines=tuple(k[0] for k in kept))
    printed_exec = evaluation.printed_execution_score
    if printed_exec is not None and printed_exec != computed.execution.rule_score \
            and ZERO <= printed_exec <= computed.execution.points:
        evaluation = replace(evaluation, execution_override_score=printed_exec, execution_override_reason=kept_reason())
    return evaluation, computed, [k[1] for k in kept]


def check_sheet(sheet: ProjectSheet, params: ScoringParams) -> tuple[ImportedProject, EvaluationInput]:
    """Score one sheet. "Computed" is the rules alone, with a qualitative line's printed score taken as the
    evaluator's pick when it lies inside the band of its level; "final" adds the kept overrides."""
    evaluation, _plain, kept = kept_input(sheet, params)
    final = score_evaluation(evaluation, params)
    lines = tuple(ImportedLine(res.line.name, res.line.level1, res.line.points, res.line.printed_score,
                               res.rule_score, res.final_score, res.explanation, how, res.counted, res.line.row)
                  for res, how in zip(final.lines, kept, strict=True))
    execution = ImportedLine(translate("SelfEvalImport", "预算执行率"), "", final.execution.points,
                             evaluation.printed_execution_score, final.execution.rule_score,
                             final.execution.final_score, final.execution.explanation,
                             "override" if evaluation.execution_override_score is not None else "")
    computed = computed_total(final, params)
    text = translate("SelfEvalImport", "{subject}: printed {printed}, computed {computed} — {explanation}")
    differences = [text.format(subject=ln.name, printed=num(ln.printed_score), computed=num(ln.computed_score),
                               explanation=ln.explanation) for ln in (execution, *lines) if ln.differs]
    if sheet.printed_total is not None and sheet.printed_total != computed:
        differences.append(text.format(subject=translate("SelfEvalImport", "总分"), printed=num(sheet.printed_total),
                                       computed=num(computed), explanation=translate(
                                           "SelfEvalImport", "the sum of the computed line scores")))
    flags = tuple(f.message for f in final.flags
                  if f.severity.value == "warning" and f.code != FlagCode.PRINTED_DIFFERS)
    project = ImportedProject(sheet.file, sheet.sheet, sheet.code, sheet.name, sheet.year, sheet.printed_total,
                              computed, final.total, final.grade.value, sheet.printed_grade, (execution, *lines),
                              tuple(differences), flags)
    return project, evaluation


# -- the use case ------------------------------------------------------------------------------------------
@guard(Right.EDIT)
def import_selfeval(uow: UnitOfWork | None, paths: Sequence[Path], *, dry_run: bool = False, year: int | None = None,
                    db_path: Path | None = None, progress: Progress | None = None) -> list[ImportedProject]:
    """Read, score and (unless ``dry_run``) store every project of ``paths``. Without a unit of work it is a dry
    run with the official default settings (a real table checked without its project in any database)."""
    report = progress or no_progress
    report(0.05, translate("SelfEvalImport", "Reading workbooks"))
    params = settings.load(uow.session, ScoringParams) if uow is not None else ScoringParams()
    if dry_run:
        return check_files(uow, paths, params, year)
    sheets = read_files(paths)
    checked, errors = [], []
    for i, sheet in enumerate(sheets):
        report(0.1 + 0.5 * i / max(len(sheets), 1), translate("SelfEvalImport", "Scoring {name}").format(name=sheet.name))
        try:
            checked.append(check_sheet(sheet, params))
        except UserErrors as exc:
            errors += exc.errors
    if errors:
        raise UserErrors(errors)
    if uow is None:
        return [c[0] for c in checked]
    matched = _match_all(uow, [c[0] for c in checked], year, sheets)
    report(0.7, translate("SelfEvalImport", "Writing self-evaluations"))
    ids = [_write(uow, project, sheet, evaluation)
           for project, sheet, (_p, evaluation) in zip(matched, sheets, checked, strict=True)]
    uow.session.flush()
    rescore(uow, ids)
    for project, eid in zip(matched, ids, strict=True):
        uow.audit("selfeval.import", "self_evaluation", eid, file=Path(project.file).name, sheet=project.sheet,
                  code=project.code, outcome=project.action, printed_total=_s(project.printed_total),
                  computed_total=_s(project.computed_total), final_total=_s(project.final_total))
    maintenance.backup_before(uow, "import")
    uow.commit()
    report(1.0, translate("SelfEvalImport", "Done"))
    return matched


# -- a check: every file reported with its own problems ------------------------------------------------------
def check_files(uow: UnitOfWork | None, paths: Sequence[Path], params: ScoringParams,
                year: int | None) -> list[ImportedProject]:
    """Read and score every file without writing: each project read comes back with its own problems (cells that
    cannot be read, scores out of range, a project not in the database); a file or sheet that gave no project
    comes back as :meth:`ImportedProject.unreadable` with what stopped it."""
    out: list[ImportedProject] = []
    for path in paths:
        sheets, problems = read_file(path)
        out += _check_file(str(path), sheets, problems, params)
    return out if uow is None else _matched(uow, out, year)


def _check_file(file: str, sheets: Sequence[ProjectSheet], problems: list[UserError],
                params: ScoringParams) -> list[ImportedProject]:
    out, left = [], list(problems)
    for sheet in sheets:
        own = [p for p in left if _belongs(p, sheet, sheets)]
        left = [p for p in left if p not in own]
        out.append(_checked(sheet, own, params))
    by_sheet: dict[str, list[UserError]] = {}
    for problem in left:
        by_sheet.setdefault(problem.sheet or "", []).append(problem)
    return out + [ImportedProject.unreadable(file, sheet, found) for sheet, found in by_sheet.items()]


def _belongs(problem: UserError, sheet: ProjectSheet, sheets: Sequence[ProjectSheet]) -> bool:
    """A problem of a sheet holding one project is that project's; in a flat export, that of the project whose
    rows it names."""
    if problem.sheet != sheet.sheet:
        return False
    if sum(1 for s in sheets if s.sheet == sheet.sheet) == 1:
        return True
    return problem.row is not None and problem.row in {ln.row for ln in sheet.lines}


def _checked(sheet: ProjectSheet, problems: list[UserError], params: ScoringParams) -> ImportedProject:
    if not problems:
        try:
            return check_sheet(sheet, params)[0]
        except UserErrors as exc:
            problems = exc.errors
    return replace(ImportedProject.unreadable(sheet.file, sheet.sheet, problems), code=sheet.code, name=sheet.name,
                   year=sheet.year, printed_total=sheet.printed_total, printed_grade=sheet.printed_grade,
                   action="check")


def _matched(uow: UnitOfWork, projects: list[ImportedProject], year: int | None) -> list[ImportedProject]:
    """Each project read matched to the database; what would stop its import is its own problem."""
    out, seen = [], {}
    for project in projects:
        if project.action == "unreadable":
            out.append(project)
            continue
        pid, problems = _match_one(uow, project, year, seen)
        found = tuple(str(UserError(text, project.file, project.sheet)) for text in problems)
        out.append(replace(project, project_id=pid, problems=(*project.problems, *found)))
    return out


def _match_all(uow: UnitOfWork, projects: list[ImportedProject], year: int | None,
               sheets: Sequence[ProjectSheet]) -> list[ImportedProject]:
    out, errors, seen = [], [], {}
    for project, sheet in zip(projects, sheets, strict=True):
        pid, problems = _match_one(uow, project, year, seen)
        errors += [UserError(text, project.file, project.sheet, *_code_cell(sheet)) for text in problems]
        exists = pid is not None and Q.evaluation_id_of_project(uow.session, pid) is not None
        out.append(replace(project, project_id=pid, action="replace" if exists else "new"))
    if errors:
        raise UserErrors(errors)
    return out


def _match_one(uow: UnitOfWork, project: ImportedProject, year: int | None,
               seen: dict[int, str]) -> tuple[int | None, list[str]]:
    """The project's id (None when not found) and what stops its import: not found or found twice, on two
    sheets, or under spot-check review. ``seen``: project id → sheet, of the projects matched so far."""
    pid, error = _match(uow, project, year)
    problems = [error] if error else []
    if pid is not None and pid in seen:
        problems.append(translate("SelfEvalImport", "the same project is also on sheet {sheet}").format(sheet=seen[pid]))
    if pid is not None:
        seen[pid] = project.sheet
        if _under_review(uow, pid):
            text = translate("SelfEvalImport", "{code}: the self-evaluation is under spot-check review and cannot be replaced")
            problems.append(text.format(code=project.code or project.name))
    return pid, problems


def _code_cell(sheet: ProjectSheet) -> tuple[int | None, str | None]:
    """Where the sheet names its project: the code (or name) cell, else the row of its first indicator."""
    cell = sheet.cells.get("code") or sheet.cells.get("name")
    if cell:
        column = cell.rstrip("0123456789")
        return int(cell[len(column):]), column
    return (sheet.lines[0].row, None) if sheet.lines else (None, None)


def _match(uow: UnitOfWork, project: ImportedProject, year: int | None) -> tuple[int | None, str | None]:
    wanted = year or project.year
    found = Q.project_by_code(uow.session, project.code, wanted) if project.code else []
    if not found and not project.code:
        stmt = select(m.Project.id, m.BudgetYear.year).join(m.BudgetYear).where(m.Project.name == project.name)
        if wanted is not None:
            stmt = stmt.where(m.BudgetYear.year == wanted)
        found = [(r[0], r[1]) for r in uow.session.execute(stmt)]
    if len(found) == 1:
        return found[0][0], None
    label = project.code or project.name
    if not found:
        text = translate("SelfEvalImport", "project {code} is not in the database (year {year})")
        return None, text.format(code=label, year=wanted or translate("SelfEvalImport", "any"))
    text = translate("SelfEvalImport", "several projects match {code}: give the year or the project code")
    return None, text.format(code=label)


def _under_review(uow: UnitOfWork, project_id: int) -> bool:
    stmt = (select(m.SpotCheckItem.id).join(m.SelfEvaluation, m.SelfEvaluation.id == m.SpotCheckItem.evaluation_id)
            .where(m.SelfEvaluation.project_id == project_id).limit(1))
    return uow.session.scalar(stmt) is not None


def _with_unit(text: str, unit: str) -> str:
    """A value split into 指标值 / 度量单位 columns is stored as one cell, as most tables print it."""
    return f"{text}{unit}" if unit and _PLAIN_NUMBER.fullmatch(text.strip()) else text


def _write(uow: UnitOfWork, project: ImportedProject, sheet: ProjectSheet, evaluation: EvaluationInput) -> int:
    session = uow.session
    ev = session.scalar(select(m.SelfEvaluation).where(m.SelfEvaluation.project_id == project.project_id))
    if ev is None:
        ev = m.SelfEvaluation(project_id=project.project_id)
        session.add(ev)
    ev.lines.clear()
    session.flush()
    money = evaluation.execution
    ev.status, ev.source, ev.source_file, ev.source_sheet = "submitted", "import", Path(sheet.file).name, sheet.sheet
    ev.goal_expected, ev.goal_actual = sheet.goal_expected, sheet.goal_actual
    ev.initial_budget_fen = money.initial_budget.fen if money.initial_budget is not None else None
    full = money.full_year_budget or money.adjusted_budget
    ev.full_year_budget_fen = full.fen if full is not None else None
    ev.spent_fen = money.spent.fen if money.spent is not None else None
    ev.total_printed, ev.submitted_at = sheet.printed_total, uow.now()
    ev.reviewed_by, ev.review_comment = "", ""
    ev.lines.append(_execution_line(evaluation))
    indicators = {i["name"]: i["id"] for i in Q.current_indicators(session, project.project_id)}
    for order, (row, line) in enumerate(zip(sheet.lines, evaluation.lines, strict=True), start=1):
        ev.lines.append(m.SelfEvalLine(
            kind=SUB_ROW if line.sub_row else INDICATOR, sort_order=order, indicator_id=indicators.get(line.name),
            level1=line.level1, level2=line.level2, name=line.name,
            comparison=(comparison_from_nature(row.comparison) or "") if row.comparison else "",
            target_text=_with_unit(line.target, line.unit), actual_text=_with_unit(line.actual, line.unit),
            qualitative_pick=line.qualitative_pick, points=line.points, printed_score=line.printed_score,
            override_score=line.override_score, override_reason=line.override_reason, deviation_analysis=row.reason))
    session.flush()
    return ev.id


def _execution_line(evaluation: EvaluationInput) -> m.SelfEvalLine:
    return m.SelfEvalLine(kind=EXECUTION, sort_order=0, name="预算执行率", points=evaluation.execution_points,
                          printed_score=evaluation.printed_execution_score,
                          override_score=evaluation.execution_override_score,
                          override_reason=evaluation.execution_override_reason,
                          deviation_analysis=evaluation.execution.explanation)

