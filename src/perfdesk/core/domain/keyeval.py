"""Key evaluation (重点绩效评价, RULES §6) codes: what is evaluated, which formula scores a line, agency ratings."""

from __future__ import annotations

from perfdesk.core.domain.enums import LabelledEnum
from perfdesk.core.i18n import QT_TRANSLATE_NOOP


class ObjectKind(LabelledEnum):
    """What a key evaluation evaluates (RULES §6 / §7)."""

    PROJECT = "project"
    POLICY = "policy"
    SPECIAL_FUND = "special_fund"
    DEPARTMENT = "department"

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "project": QT_TRANSLATE_NOOP("Enum", "Project"),
            "policy": QT_TRANSLATE_NOOP("Enum", "Policy"),
            "special_fund": QT_TRANSLATE_NOOP("Enum", "Special fund"),
            "department": QT_TRANSLATE_NOOP("Enum", "Department"),
        }


class Formula(LabelledEnum):
    """The rates of RULES §6 a line is computed from; a line without one is scored by the evaluator."""

    FUNDS_ARRIVAL = "funds_arrival"  # 资金到位率 = 实际到位资金 / 预算资金
    EXECUTION = "execution"  # 预算执行率 = 实际支出 / 实际到位资金
    COMPLETION = "completion"  # 实际完成率 = 实际产出数 / 计划产出数
    QUALITY = "quality"  # 质量达标率 = 达标产出数 / 实际产出数
    COST_SAVING = "cost_saving"  # 成本节约率 = (计划成本 − 实际成本) / 计划成本
    SATISFACTION = "satisfaction"  # 满意度 = 满意人次 / 有效回答人次 (questionnaires)

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "funds_arrival": QT_TRANSLATE_NOOP("Enum", "Funds arrival rate (资金到位率)"),
            "execution": QT_TRANSLATE_NOOP("Enum", "Budget execution rate (预算执行率)"),
            "completion": QT_TRANSLATE_NOOP("Enum", "Actual completion rate (实际完成率)"),
            "quality": QT_TRANSLATE_NOOP("Enum", "Quality pass rate (质量达标率)"),
            "cost_saving": QT_TRANSLATE_NOOP("Enum", "Cost saving rate (成本节约率)"),
            "satisfaction": QT_TRANSLATE_NOOP("Enum", "Satisfaction rate (满意度)"),
        }


class AgencyRating(LabelledEnum):
    """The quality rating a finance bureau gives a third-party agency's work (执业质量评价)."""

    EXCELLENT = "优秀"
    GOOD = "良好"
    PASS = "合格"
    FAIL = "不合格"

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "优秀": QT_TRANSLATE_NOOP("Enum", "Excellent (优秀)"),
            "良好": QT_TRANSLATE_NOOP("Enum", "Good (良好)"),
            "合格": QT_TRANSLATE_NOOP("Enum", "Pass (合格)"),
            "不合格": QT_TRANSLATE_NOOP("Enum", "Fail (不合格)"),
        }
