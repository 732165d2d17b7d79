"""Rule sets: named bundles of parameter values a county starts from, then changes as it likes (issue 18 item 7).

Applying a rule set sets only the parameters it names; every other parameter keeps its value, and any parameter
can be changed afterwards (the settings page fills its editors and saves nothing until the person saves).

* 冠县 last-place elimination (seed 000): rank, cut the bottom 20 % by at least 10 %, cancel the last.
* 达州 by grade: 优 priority, 良 keep, 中 cut 10 %, 差 cancelled or suspended (保留察看): the suspending form.
* Evaluation grade → budget treatment, as published: 优 优先保障, 良 保障, 中 压缩, 差 取消 (the 压缩 ratio is not
  published: 10 %, PerfDesk's default).
* Monitoring warnings by the execution schedule published in one province for 2025: below 25 %, 40 %, 60 %, 80 % of
  the budget spent at the ends of April, June, August and October (a preset, not a national rule).
* Monitoring warnings by lag behind time progress: PerfDesk's default (red 40, yellow 20 points).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class RuleSet:
    key: str
    label: str  # QT_TRANSLATE_NOOP("RuleSets", …)
    source: str  # QT_TRANSLATE_NOOP("RuleSets", …)
    values: dict[str, Any]  # "group.field" → value

    def title(self) -> str:
        return translate("RuleSets", self.label)

    def where_from(self) -> str:
        return translate("RuleSets", self.source)


D = Decimal
RULE_SETS: tuple[RuleSet, ...] = (
    RuleSet("guanxian", QT_TRANSLATE_NOOP("RuleSets", "Ranking: last-place elimination (冠县)"),
            QT_TRANSLATE_NOOP("RuleSets", "冠县 (seed 000)"),
            {"ranking.rule_set": "last_place", "ranking.bottom_percent": D(20), "ranking.min_cut_percent": D(10),
             "ranking.cancel_last": True}),
    RuleSet("dazhou", QT_TRANSLATE_NOOP("RuleSets", "Ranking: by grade, 差 suspended (达州 cancels or suspends)"),
            QT_TRANSLATE_NOOP("RuleSets", "达州 practice"),
            {"ranking.rule_set": "grade", "ranking.grade_fair_cut_percent": D(10),
             "ranking.grade_poor_decision": "probation"}),
    RuleSet("grade_treatment", QT_TRANSLATE_NOOP(
        "RuleSets", "Ranking: evaluation grade → budget (优 priority, 良 keep, 中 cut, 差 cancel)"),
        QT_TRANSLATE_NOOP("RuleSets", "Published practice; the 中 cut of 10% is PerfDesk's default"),
        {"ranking.rule_set": "grade", "ranking.grade_fair_cut_percent": D(10), "ranking.grade_poor_decision": "cancel",
         "scoring.grade_excellent": D(90), "scoring.grade_good": D(80), "scoring.grade_fair": D(60)}),
    RuleSet("schedule_2025", QT_TRANSLATE_NOOP(
        "RuleSets", "Monitoring: execution schedule 25/40/60/80% at the ends of April/June/August/October"),
        QT_TRANSLATE_NOOP("RuleSets", "Published in one province for 2025"),
        {"monitoring.warning_basis": "schedule",
         "monitoring.schedule": ((D(4), D(25)), (D(6), D(40)), (D(8), D(60)), (D(10), D(80)))}),
    RuleSet("lag", QT_TRANSLATE_NOOP("RuleSets", "Monitoring: lag behind time progress (red 40, yellow 20 points)"),
            QT_TRANSLATE_NOOP("RuleSets", "PerfDesk default"),
            {"monitoring.warning_basis": "lag", "monitoring.red_lag_points": D(40),
             "monitoring.yellow_lag_points": D(20)}),
)


def rule_set(key: str) -> RuleSet:
    for rs in RULE_SETS:
        if rs.key == key:
            return rs
    raise KeyError(key)


def by_group(rs: RuleSet) -> dict[str, dict[str, Any]]:
    """The rule set's values as ``{group: {field: value}}``."""
    out: dict[str, dict[str, Any]] = {}
    for key, value in rs.values.items():
        group, name = key.split(".", 1)
        out.setdefault(group, {})[name] = value
    return out
