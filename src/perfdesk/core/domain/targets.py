"""A target's content as plain data: what the editor edits, Excel reads and writes, and the checks read."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(slots=True)
class IndicatorDraft:
    level1: str = ""
    level2: str = ""
    name: str = ""
    comparison: str = ""
    value_text: str = ""
    value_num: Decimal | None = None
    unit: str = ""
    weight: Decimal | None = None
    value_basis: str = ""
    part: str = "annual"
    library_id: int | None = None
    note: str = ""

    def key(self) -> tuple[str, str, str, str]:
        return self.part, self.level1, self.level2, self.name


DRAFT_FIELDS = ("level1", "level2", "name", "comparison", "value_text", "value_num", "unit", "weight",
                "value_basis", "part", "library_id", "note")


@dataclass
class TargetDraft:
    annual_goal: str = ""
    medium_goal: str = ""
    medium_period: str = ""
    indicators: list[IndicatorDraft] = field(default_factory=list)
    medium_total_fen: int | None = None
    medium_fiscal_fen: int | None = None
    medium_other_fen: int | None = None
    filled_by: str = ""
    phone: str = ""


HEADER_FIELDS = ("annual_goal", "medium_goal", "medium_period", "medium_total_fen", "medium_fiscal_fen",
                 "medium_other_fen", "filled_by", "phone")


