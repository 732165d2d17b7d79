"""The self-evaluation lines on the shared Excel-like grid (``gui/widgets/grid.py``): actual values, the qualitative
level as a drop-down (stored as the engine's codes), the evaluator's pick checked against its band, evidence and
deviation analysis; computed, final and explanation columns are filled by the live score. The execution line only
takes a deviation analysis.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from perfdesk.core.rules.params import ScoringParams
from perfdesk.core.rules.scoring.engine import EvaluationResult
from perfdesk.core.rules.scoring.qualitative import pick_error
from perfdesk.core.rules.valuetext import QualitativeLevel
from perfdesk.core.services import selfeval
from perfdesk.gui.pages.evaluation_common import score_text
from perfdesk.gui.widgets.frozen import freeze_columns
from perfdesk.gui.widgets.grid import Column, GridModel, GridView

# The band names of 财预〔2020〕10号 as printed on the official tables (data, not UI text).
LEVEL_TEXTS = {QualitativeLevel.ACHIEVED: "达成年度指标", QualitativeLevel.PARTLY: "部分达成并具有一定效果",
               QualitativeLevel.NOT_ACHIEVED: "未达成且效果较差"}
TEXT_FIELDS = ("actual_text", "evidence", "deviation_analysis")
ENTRY_FIELDS = ("actual_text", "qualitative_level", "qualitative_pick", "evidence", "deviation_analysis")


def level_code(text: str) -> str | None:
    """The stored code of a level chosen, pasted or typed (band name, code or words such as 达成预期指标)."""
    if not text.strip():
        return None
    level = selfeval.level_of(text)
    if level is None:
        raise ValueError(text)
    return level.value


def level_text(code: Any) -> str:
    level = selfeval.level_of(code) if code else None
    return LEVEL_TEXTS[level] if level is not None else ""


def pick_value(text: str) -> Decimal | None:
    if not text.strip():
        return None
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value


def _ro(key: str, title: str, width: int = 80) -> Column:
    return Column(key, title, editable=False, format=_cell_text, width=width)


def columns() -> list[Column]:
    return [
        _ro("level1", QCoreApplication.translate("EvaluationGrid", "Level 1")),
        _ro("level2", QCoreApplication.translate("EvaluationGrid", "Level 2"), 90),
        _ro("name", QCoreApplication.translate("EvaluationGrid", "Indicator"), 160),
        _ro("target_text", QCoreApplication.translate("EvaluationGrid", "Target"), 110),
        _ro("points", QCoreApplication.translate("EvaluationGrid", "Points"), 50),
        Column("actual_text", QCoreApplication.translate("EvaluationGrid", "Actual"), width=110),
        Column("qualitative_level", QCoreApplication.translate("EvaluationGrid", "Qualitative level"),
               parse=level_code, format=level_text, choices=["", *LEVEL_TEXTS.values()], width=150),
        Column("qualitative_pick", QCoreApplication.translate("EvaluationGrid", "Score in band"),
               parse=pick_value, format=_cell_text, width=80),
        _ro("computed_score", QCoreApplication.translate("EvaluationGrid", "Computed"), 70),
        _ro("final_score", QCoreApplication.translate("EvaluationGrid", "Final"), 60),
        Column("evidence", QCoreApplication.translate("EvaluationGrid", "Evidence"), width=120),
        Column("deviation_analysis", QCoreApplication.translate("EvaluationGrid", "Deviation analysis"), width=160),
        _ro("explanation", QCoreApplication.translate("EvaluationGrid", "Explanation"), 300),
    ]


def _final(line: Mapping[str, Any]) -> Decimal | None:
    """The stored final score as the live score shows it: 0 where the line is not counted (not applicable, 其中)."""
    if line.get("not_applicable") or line.get("kind") == selfeval.SUB_ROW:
        return Decimal(0)
    return line["override_score"] if line["override_score"] is not None else line["computed_score"]


def _cell_text(value: Any) -> str:
    return score_text(value) if isinstance(value, Decimal) else ("" if value is None else str(value))


class EntryModel(GridModel):
    """Lines of one self-evaluation; ``row["id"]`` and ``row["kind"]`` ride along with the cells.

    Edits of locked cells (the execution line's score fields, every cell when read-only) are dropped, and a pick
    outside its level's band is refused (or cleared when a new level leaves it outside) with ``notify(message)``.
    """

    def __init__(self, parent: Any = None):
        super().__init__(columns(), parent)
        self.params = ScoringParams()
        self.notify: Callable[[str], None] = lambda message: None
        self.original: dict[int, dict[str, Any]] = {}

    def load(self, lines: Sequence[Mapping[str, Any]], params: ScoringParams, editable: bool) -> None:
        self.params, self.read_only = params, not editable
        self.original = {ln["id"]: {f: ln[f] for f in ENTRY_FIELDS} for ln in lines}
        rows = [dict(ln, final_score=_final(ln)) for ln in lines]
        self.set_rows(rows)

    def line_id(self, row: int) -> int:
        return self._rows[row]["id"]

    def row_of(self, line_id: int) -> int:
        return next(r for r, row in enumerate(self._rows) if row["id"] == line_id)

    def locked(self, row: int, key: str) -> bool:
        if row >= len(self._rows) or self.read_only:
            return True
        return self._rows[row].get("kind") == selfeval.EXECUTION and key != "deviation_analysis"

    def flags(self, index: Any) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.locked(index.row(), self.keys[index.column()]):
            base &= ~Qt.ItemFlag.ItemIsEditable
        return base

    def edit_cells(self, cells: list[tuple[int, str, Any]], added_rows: int = 0) -> None:
        cells = [c for c in cells if not self.locked(c[0], c[1])]  # a paste never adds lines here
        super().edit_cells(self._checked_picks(cells))

    def _checked_picks(self, cells: list[tuple[int, str, Any]]) -> list[tuple[int, str, Any]]:
        pending: dict[int, dict[str, Any]] = {}
        for row, key, value in cells:
            pending.setdefault(row, {})[key] = value
        out, messages = list(cells), []
        for row, change in pending.items():
            picked = "actual_text" in change and self._rows[row].get("qualitative_pick") is not None
            if not ({"qualitative_level", "qualitative_pick"} & change.keys() or picked):
                continue  # new words may move a pick out of the band they read as
            line = {**self._rows[row], **change}
            error = self._band_error(line)
            if error is None:
                continue
            name = line.get("name") or ""
            if "qualitative_pick" in change:
                out = [c for c in out if (c[0], c[1]) != (row, "qualitative_pick")]
                text = QCoreApplication.translate("EvaluationGrid", "{name}: {error}; the score was not taken")
                messages.append(text.format(name=name, error=error))
            else:
                out.append((row, "qualitative_pick", None))
                text = QCoreApplication.translate("EvaluationGrid", "{name}: {error}; the score was cleared")
                messages.append(text.format(name=name, error=error))
        if messages:
            self.notify("\n".join(messages))
        return out

    def _band_error(self, line: Mapping[str, Any]) -> str | None:
        level, pick = selfeval.band_level(line), line.get("qualitative_pick")
        if level is None or pick is None:
            return None
        return pick_error(level, line.get("points") or Decimal(0), pick, self.params)

    def changes(self) -> dict[int, dict[str, Any]]:
        """The unsaved entries, per line id: only the fields that differ from what was loaded."""
        out: dict[int, dict[str, Any]] = {}
        for row in self._rows:
            before = self.original.get(row["id"], {})
            for field in ENTRY_FIELDS:
                new, old = row.get(field), before.get(field)
                if field in TEXT_FIELDS or field == "qualitative_level":
                    new, old = new or "", old or ""
                if new != old:
                    out.setdefault(row["id"], {})[field] = new
        return out

    def show_result(self, result: EvaluationResult) -> None:
        indicators = iter(result.lines)
        for row, line in enumerate(self._rows):
            res = result.execution if line.get("kind") == selfeval.EXECUTION else next(indicators, None)
            if res is None:
                break
            self.set_computed(row, "computed_score", res.rule_score)
            self.set_computed(row, "final_score", res.final_score)
            self.set_computed(row, "explanation", res.explanation)


def entry_view(model: EntryModel, parent: QWidget | None = None) -> GridView:
    view = GridView(model, parent)
    view.setObjectName("selfevalLines")
    view.horizontalHeader().setStretchLastSection(True)
    freeze_columns(view, 3)  # level 1, level 2, indicator stay in sight
    return view
