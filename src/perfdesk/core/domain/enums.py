"""Enumerations of the budget-performance domain. Values are stable codes stored in the database;
``label()`` gives the translated text shown to people (Chinese by default)."""

from __future__ import annotations

from enum import StrEnum

from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate


class LabelledEnum(StrEnum):
    """A string enum whose members carry a translatable label in ``_labels``."""

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {}

    def label(self) -> str:
        return translate("Enum", self._label_table().get(self.value, self.value))

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(m.value, m.label()) for m in cls]


class UnitKind(LabelledEnum):
    DEPARTMENT = "department"  # 主管部门
    UNIT = "unit"  # 预算单位
    TOWNSHIP = "township"  # 乡镇/街道

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "department": QT_TRANSLATE_NOOP("Enum", "Supervising department"),
            "unit": QT_TRANSLATE_NOOP("Enum", "Budget unit"),
            "township": QT_TRANSLATE_NOOP("Enum", "Township"),
        }


class ProjectKind(LabelledEnum):
    PROJECT = "project"
    POLICY = "policy"
    DEPARTMENT_WIDE = "department_wide"  # 部门整体 (RULES §11)

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "project": QT_TRANSLATE_NOOP("Enum", "Project"),
            "policy": QT_TRANSLATE_NOOP("Enum", "Policy"),
            "department_wide": QT_TRANSLATE_NOOP("Enum", "Department-wide"),
        }


class BudgetType(LabelledEnum):
    GENERAL = "general"  # 一般公共预算
    FUND = "fund"  # 政府性基金预算
    STATE_CAPITAL = "state_capital"  # 国有资本经营预算
    SOCIAL_INSURANCE = "social_insurance"  # 社保基金预算

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "general": QT_TRANSLATE_NOOP("Enum", "General public budget"),
            "fund": QT_TRANSLATE_NOOP("Enum", "Government fund budget"),
            "state_capital": QT_TRANSLATE_NOOP("Enum", "State capital operation budget"),
            "social_insurance": QT_TRANSLATE_NOOP("Enum", "Social insurance fund budget"),
        }


class FundOrigin(LabelledEnum):
    """Where the money comes from; decides the scope of last-place elimination (RULES §1, §7)."""

    OWN_LEVEL = "own_level"  # 本级项目
    COUNTY_TRANSFER = "county_transfer"  # 县对下转移支付
    CENTRAL_TRANSFER = "central_transfer"  # 中央转移支付
    PROVINCIAL_TRANSFER = "provincial_transfer"  # 省转移支付
    MUNICIPAL_TRANSFER = "municipal_transfer"  # 市转移支付
    NON_FISCAL = "non_fiscal"  # 非财政拨款资金

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "own_level": QT_TRANSLATE_NOOP("Enum", "Own-level project"),
            "county_transfer": QT_TRANSLATE_NOOP("Enum", "County transfer to lower levels"),
            "central_transfer": QT_TRANSLATE_NOOP("Enum", "Central transfer"),
            "provincial_transfer": QT_TRANSLATE_NOOP("Enum", "Provincial transfer"),
            "municipal_transfer": QT_TRANSLATE_NOOP("Enum", "Municipal transfer"),
            "non_fiscal": QT_TRANSLATE_NOOP("Enum", "Non-fiscal funds"),
        }


class FundSource(LabelledEnum):
    """The rows of 项目资金 in the official tables."""

    FISCAL_CURRENT = "fiscal_current"  # 当年财政拨款
    FISCAL_CARRYOVER = "fiscal_carryover"  # 上年结转资金
    OTHER = "other"  # 其他资金

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "fiscal_current": QT_TRANSLATE_NOOP("Enum", "Fiscal appropriation this year"),
            "fiscal_carryover": QT_TRANSLATE_NOOP("Enum", "Carried over from last year"),
            "other": QT_TRANSLATE_NOOP("Enum", "Other funds"),
        }


class ProjectAttribute(LabelledEnum):
    NEW = "new"  # 新增
    CONTINUING = "continuing"  # 延续

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {"new": QT_TRANSLATE_NOOP("Enum", "New"), "continuing": QT_TRANSLATE_NOOP("Enum", "Continuing")}


class Comparison(LabelledEnum):
    """How an indicator's actual value is compared with its target."""

    AT_LEAST = ">="
    AT_MOST = "<="
    EQUAL = "="
    QUALITATIVE = "qual"
    NONE = ""  # printed with no sign (treated as = by the scoring engine, see rules)

    @property
    def symbol(self) -> str:
        return {">=": "≥", "<=": "≤", "=": "=", "qual": "", "": ""}[self.value]

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            ">=": QT_TRANSLATE_NOOP("Enum", "At least (≥)"),
            "<=": QT_TRANSLATE_NOOP("Enum", "At most (≤)"),
            "=": QT_TRANSLATE_NOOP("Enum", "Equal (=)"),
            "qual": QT_TRANSLATE_NOOP("Enum", "Qualitative"),
            "": QT_TRANSLATE_NOOP("Enum", "No sign"),
        }


class ValueBasis(LabelledEnum):
    HISTORICAL = "historical"  # 历史标准
    INDUSTRY = "industry"  # 行业标准
    PLAN = "plan"  # 计划标准
    OTHER = "other"  # 其他

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "historical": QT_TRANSLATE_NOOP("Enum", "Historical standard"),
            "industry": QT_TRANSLATE_NOOP("Enum", "Industry standard"),
            "plan": QT_TRANSLATE_NOOP("Enum", "Plan standard"),
            "other": QT_TRANSLATE_NOOP("Enum", "Other"),
        }


class IndicatorPart(LabelledEnum):
    ANNUAL = "annual"
    MEDIUM = "medium"  # 中期

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {"annual": QT_TRANSLATE_NOOP("Enum", "Annual"), "medium": QT_TRANSLATE_NOOP("Enum", "Medium-term")}


class LibraryScope(LabelledEnum):
    COMMON = "common"  # 共性
    SECTOR = "sector"  # 专项/行业
    DEPARTMENT = "department"  # 部门

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "common": QT_TRANSLATE_NOOP("Enum", "Common"),
            "sector": QT_TRANSLATE_NOOP("Enum", "Sector"),
            "department": QT_TRANSLATE_NOOP("Enum", "Department"),
        }


class ReviewStatus(LabelledEnum):
    """Workflow of targets and self-evaluations: 草稿 → 已报送 → 已退回 / 已审核 (RULES §2)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "draft": QT_TRANSLATE_NOOP("Enum", "Draft"),
            "submitted": QT_TRANSLATE_NOOP("Enum", "Submitted"),
            "returned": QT_TRANSLATE_NOOP("Enum", "Returned"),
            "approved": QT_TRANSLATE_NOOP("Enum", "Approved"),
        }


class DeviationCategory(LabelledEnum):
    FUNDING = "funding"  # 经费保障
    SYSTEM = "system"  # 制度保障
    STAFF = "staff"  # 人员保障
    HARDWARE = "hardware"  # 硬件条件保障
    OTHER = "other"  # 其他

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "funding": QT_TRANSLATE_NOOP("Enum", "Funding"),
            "system": QT_TRANSLATE_NOOP("Enum", "Rules and systems"),
            "staff": QT_TRANSLATE_NOOP("Enum", "Staffing"),
            "hardware": QT_TRANSLATE_NOOP("Enum", "Hardware and facilities"),
            "other": QT_TRANSLATE_NOOP("Enum", "Other"),
        }


class Likelihood(LabelledEnum):
    CERTAIN = "certain"  # 确定能
    POSSIBLE = "possible"  # 有可能
    IMPOSSIBLE = "impossible"  # 完全不可能

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "certain": QT_TRANSLATE_NOOP("Enum", "Certain"),
            "possible": QT_TRANSLATE_NOOP("Enum", "Possible"),
            "impossible": QT_TRANSLATE_NOOP("Enum", "Impossible"),
        }


class WarningLevel(LabelledEnum):
    NONE = "none"
    YELLOW = "yellow"
    RED = "red"

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "none": QT_TRANSLATE_NOOP("Enum", "Normal"),
            "yellow": QT_TRANSLATE_NOOP("Enum", "Yellow"),
            "red": QT_TRANSLATE_NOOP("Enum", "Red"),
        }


class EvaluationCategory(LabelledEnum):
    """Ranking categories of RULES §7 (the list in force is a setting)."""

    KEY_SINGLE = "key_single"  # 重点评价：单项政策/项目 (the scope; lists split it by kind)
    KEY_PROJECT = "key_project"  # list: 单项项目重点评价
    KEY_POLICY = "key_policy"  # list: 单项政策重点评价
    KEY_COMPREHENSIVE = "key_comprehensive"  # 专项资金/行业综合评价
    SELF = "self"  # list: a department's projects in the 冠县 scope (own-level and county transfers)
    SELF_OWN_LEVEL = "self_own_level"  # 本级项目自评
    SELF_COUNTY_TRANSFER = "self_county_transfer"  # 县对下转移支付自评
    SELF_POLICY = "self_policy"  # list: 政策绩效自评

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "key_single": QT_TRANSLATE_NOOP("Enum", "Key evaluation of a single policy or project"),
            "key_project": QT_TRANSLATE_NOOP("Enum", "Key evaluation of a single project"),
            "key_policy": QT_TRANSLATE_NOOP("Enum", "Key evaluation of a single policy"),
            "self": QT_TRANSLATE_NOOP("Enum", "Self-evaluation of projects (own-level and county transfers)"),
            "self_policy": QT_TRANSLATE_NOOP("Enum", "Self-evaluation of policies"),
            "key_comprehensive": QT_TRANSLATE_NOOP("Enum", "Comprehensive evaluation of special funds or a sector"),
            "self_own_level": QT_TRANSLATE_NOOP("Enum", "Self-evaluation of own-level projects"),
            "self_county_transfer": QT_TRANSLATE_NOOP("Enum", "Self-evaluation of county transfers to lower levels"),
        }


class Decision(LabelledEnum):
    """What ranking decides for a project (RULES §7)."""

    KEEP = "keep"
    CUT = "cut"  # 压减
    CANCEL = "cancel"  # 取消
    PROBATION = "probation"  # 保留察看
    REPORT_ONLY = "report_only"  # last place of a small list (or a list of one): for finance to decide
    INCOMPLETE = "incomplete"  # self-evaluation a draft or returned: listed apart as 自评未完成
    UNSCORED = "unscored"  # listed apart
    EXCLUDED = "excluded"  # out of scope (transfers from above, non-fiscal funds)

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "keep": QT_TRANSLATE_NOOP("Enum", "Keep"),
            "cut": QT_TRANSLATE_NOOP("Enum", "Cut"),
            "cancel": QT_TRANSLATE_NOOP("Enum", "Cancel"),
            "probation": QT_TRANSLATE_NOOP("Enum", "Probation"),
            "report_only": QT_TRANSLATE_NOOP("Enum", "For finance to decide"),
            "incomplete": QT_TRANSLATE_NOOP("Enum", "Self-evaluation not complete"),
            "unscored": QT_TRANSLATE_NOOP("Enum", "Unscored"),
            "excluded": QT_TRANSLATE_NOOP("Enum", "Out of scope"),
        }


class RunStatus(LabelledEnum):
    DRAFT = "draft"
    CONFIRMED = "confirmed"

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {"draft": QT_TRANSLATE_NOOP("Enum", "Draft"), "confirmed": QT_TRANSLATE_NOOP("Enum", "Confirmed")}


class RectificationSource(LabelledEnum):
    EVALUATION = "evaluation"
    SPOT_CHECK = "spot_check"
    MONITORING = "monitoring"
    PROBATION = "probation"
    AUDIT = "audit"
    MANUAL = "manual"

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "evaluation": QT_TRANSLATE_NOOP("Enum", "Evaluation finding"),
            "spot_check": QT_TRANSLATE_NOOP("Enum", "Spot-check difference"),
            "monitoring": QT_TRANSLATE_NOOP("Enum", "Monitoring warning"),
            "probation": QT_TRANSLATE_NOOP("Enum", "Probation decision"),
            "audit": QT_TRANSLATE_NOOP("Enum", "Audit finding"),
            "manual": QT_TRANSLATE_NOOP("Enum", "Entered by hand"),
        }


class RectificationStatus(LabelledEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"  # 销号

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "open": QT_TRANSLATE_NOOP("Enum", "Open"),
            "in_progress": QT_TRANSLATE_NOOP("Enum", "In progress"),
            "closed": QT_TRANSLATE_NOOP("Enum", "Closed"),
        }


class ExAnteConclusion(LabelledEnum):
    SUPPORT = "support"  # 予以支持
    SUPPORT_AFTER_ADJUSTMENT = "adjust"  # 调整后支持
    REJECT = "reject"  # 不予支持

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "support": QT_TRANSLATE_NOOP("Enum", "Support"),
            "adjust": QT_TRANSLATE_NOOP("Enum", "Support after adjustment"),
            "reject": QT_TRANSLATE_NOOP("Enum", "Do not support"),
        }


class StandardLevel(LabelledEnum):
    GENERAL = "general"  # 通用
    INDUSTRY = "industry"  # 行业定额
    DEPARTMENT = "department"  # 部门特色

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "general": QT_TRANSLATE_NOOP("Enum", "General standard"),
            "industry": QT_TRANSLATE_NOOP("Enum", "Industry quota"),
            "department": QT_TRANSLATE_NOOP("Enum", "Department-specific standard"),
        }


class UserRole(LabelledEnum):
    """An account's role (issue 20); what each may do is :data:`perfdesk.core.services.access.ROLE_RIGHTS`."""
    ADMIN = "admin"  # 系统管理员: accounts, settings, backups — not the data
    FINANCE = "finance"  # 财政审核人员: reviews, ranking, spot checks, ledger
    UNIT = "unit"  # 单位填报人员: its own unit's subtree only
    AUDITOR = "auditor"  # 审计员: read-only plus the audit log

    @classmethod
    def _label_table(cls) -> dict[str, str]:
        return {
            "admin": QT_TRANSLATE_NOOP("Enum", "System administrator"),
            "finance": QT_TRANSLATE_NOOP("Enum", "Finance reviewer"),
            "unit": QT_TRANSLATE_NOOP("Enum", "Unit clerk"),
            "auditor": QT_TRANSLATE_NOOP("Enum", "Auditor"),
        }


# The official indicator tree (RULES §2): first level → its second levels.
LEVEL1_COST = "成本指标"
LEVEL1_OUTPUT = "产出指标"
LEVEL1_EFFECT = "效益指标"
LEVEL1_SATISFACTION = "满意度指标"
INDICATOR_TREE: dict[str, tuple[str, ...]] = {
    LEVEL1_COST: ("经济成本指标", "社会成本指标", "生态环境成本指标"),
    LEVEL1_OUTPUT: ("数量指标", "质量指标", "时效指标", "成本指标"),
    LEVEL1_EFFECT: ("经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"),
    LEVEL1_SATISFACTION: ("服务对象满意度指标",),
}
"""In the 2020 self-evaluation table 成本指标 is also a second level under 产出指标 (FORMATS §3)."""

SECTOR_LABELS: dict[str, str] = {
    "education": QT_TRANSLATE_NOOP("Enum", "Education"),
    "health": QT_TRANSLATE_NOOP("Enum", "Health"),
    "agriculture": QT_TRANSLATE_NOOP("Enum", "Agriculture and rural affairs"),
    "water": QT_TRANSLATE_NOOP("Enum", "Water resources"),
    "transport": QT_TRANSLATE_NOOP("Enum", "Roads and transport"),
    "environment": QT_TRANSLATE_NOOP("Enum", "Environment"),
    "social_security": QT_TRANSLATE_NOOP("Enum", "Social security"),
    "culture": QT_TRANSLATE_NOOP("Enum", "Culture and sports"),
    "public_safety": QT_TRANSLATE_NOOP("Enum", "Public safety"),
    "urban": QT_TRANSLATE_NOOP("Enum", "Urban management and housing"),
    "administration": QT_TRANSLATE_NOOP("Enum", "General administration"),
    "science": QT_TRANSLATE_NOOP("Enum", "Science and industry"),
}


SECTOR_NAMES_ZH: dict[str, str] = {
    "education": "教育", "health": "卫生健康", "agriculture": "农业农村", "water": "水利", "transport": "交通运输",
    "environment": "生态环境", "social_security": "社会保障", "culture": "文化体育", "public_safety": "公共安全",
    "urban": "城市管理和住房", "administration": "一般公共服务", "science": "科技和工业", "general": "通用"}
"""The sector names printed in Chinese tables (the library workbook's 行业 column), by sector code."""


def sector_label(code: str) -> str:
    return translate("Enum", SECTOR_LABELS.get(code, code)) if code else ""


def sector_code(text: str) -> str | None:
    """The sector code of what a person typed: the code, its Chinese name or its label in either language
    (``卫生健康``, ``Health``, ``health``); None when it names no sector. Blank means every sector ("")."""
    wanted = text.strip()
    if not wanted:
        return ""
    for code in SECTOR_NAMES_ZH:
        names = {code, SECTOR_NAMES_ZH[code], SECTOR_LABELS.get(code, code), sector_label(code)}
        if wanted in names or wanted.casefold() in {n.casefold() for n in names}:
            return code
    return None


def label_of(enum_cls: type[LabelledEnum], code: str) -> str:
    """Translated label of a stored code, or the code itself when unknown (never fails on odd data)."""
    try:
        return enum_cls(code).label()
    except ValueError:
        return code
