"""Which way a line points when its value was typed without a comparison sign (RULES §4, "Direction when no sign
is printed").

Real tables leave the sign off cost lines (``办公所需成本 15万元``), incidence and loss rates (``森林火灾受害率
0.9%``) and time limits (``任务完成时限 10月``). These are lower-is-better (reverse) indicators: cost indicators
(the 成本指标 first or second level; names of costs, fees and unit prices; standards in a cost context),
incidence/loss/complaint/violation rates and counts, and time limits. Everything else stays higher-is-better.
Whether the engine applies the inference or leaves the line to a person is the setting
``ScoringParams.unsigned_direction``.
"""

from __future__ import annotations

import functools
from enum import StrEnum

from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate


class ReverseKind(StrEnum):
    COST = "cost"
    INCIDENCE = "incidence"
    TIME_LIMIT = "time_limit"

    def label(self) -> str:
        return translate("Direction", _LABELS[self])


_LABELS = {
    ReverseKind.COST: QT_TRANSLATE_NOOP("Direction", "a cost indicator"),
    ReverseKind.INCIDENCE: QT_TRANSLATE_NOOP("Direction", "an incidence, loss, complaint or violation indicator"),
    ReverseKind.TIME_LIMIT: QT_TRANSLATE_NOOP("Direction", "a time limit"),
}

_COST_WORDS = ("成本", "费用", "单价", "造价", "经费", "开支", "价格", "收费", "单位价", "均价", "租金", "报酬")
_INCIDENCE_WORDS = ("发生率", "发生次数", "发生数", "发生起数", "事故", "受害率", "成灾率", "投诉", "违规", "违纪",
                    "违法", "差错", "失误", "发病率", "患病率", "感染率", "死亡率", "病死率", "故障率", "不合格率",
                    "返工率", "返修率", "误差", "损失", "辍学率", "流失率", "复发率", "超标率", "超标", "案件",
                    "上访", "火灾", "次品率", "漏报率", "错报率", "破损率", "损耗率", "坏账", "逾期率", "空置率",
                    "闲置率", "不良率", "致残率", "伤亡", "死亡人数", "受灾")
_TIME_WORDS = ("完成时限", "完成时间", "时限", "工期", "用时", "耗时", "历时", "所需时间", "所需天数", "办结天数",
               "办结时间", "办理时间", "办理天数", "审批时间", "审批天数", "处理时间", "响应时间", "到达时间",
               "等待时间", "完工时间", "竣工时间", "交付时间", "拨付时间", "发放时间", "建设周期", "实施周期",
               "整改时间", "修复时间", "维修时间", "办结周期", "审批周期", "回收期")
# Names that carry one of the words above yet are higher-is-better: 投诉处理率, 事故下降率, 成本节约额.
_HIGHER_WORDS = ("节约", "节省", "节支", "降低", "下降", "减少", "压减", "整改", "处理", "处置", "办结率", "查处",
                 "结案", "回复", "响应率", "防控", "防治", "排查", "消除", "化解", "挽回", "满意", "及时", "按时",
                 "按期", "准时", "覆盖", "达标", "合格率", "收入", "效益", "回收率", "控制率", "完成率", "执行率")


@functools.lru_cache(maxsize=16384)
def reverse_kind(name: str, level1: str = "", level2: str = "") -> ReverseKind | None:
    """The kind of lower-is-better indicator ``name`` is, or None (higher-is-better, or not sure)."""
    name = "".join((name or "").split())
    if not name or (any(w in name for w in _HIGHER_WORDS) and "不合格率" not in name):
        return None
    if any(w in name for w in _INCIDENCE_WORDS):
        return ReverseKind.INCIDENCE
    if any(w in name for w in _TIME_WORDS):
        return ReverseKind.TIME_LIMIT
    if name.endswith("率"):
        return None  # a rate that is none of the above: higher is better
    # a standard (补助标准, 定额) counts as a cost only in a cost context: a cost level or a cost word in its name
    if any(w in name for w in _COST_WORDS) or name.endswith("费") or "成本" in f"{level1}{level2}":
        return ReverseKind.COST
    return None


def inferred_text(kind: ReverseKind) -> str:
    """The explanation when the direction was inferred: 未标注比较符号，按成本类指标视为反向指标."""
    return translate("Direction", _INFERRED[kind])


def judgement_text(kind: ReverseKind) -> str:
    """The explanation when the setting leaves the direction to a person."""
    text = translate("Direction", "no comparison sign: the name reads as {kind}, which is usually lower-is-better; the direction is left for a person, and the lower of the two scores is used until then")
    return text.format(kind=kind.label())


_INFERRED = {
    ReverseKind.COST: QT_TRANSLATE_NOOP("Direction", "no comparison sign: read as a cost indicator, lower is better (≤)"),
    ReverseKind.INCIDENCE: QT_TRANSLATE_NOOP("Direction", "no comparison sign: read as an incidence, loss, complaint or violation indicator, lower is better (≤)"),
    ReverseKind.TIME_LIMIT: QT_TRANSLATE_NOOP("Direction", "no comparison sign: read as a time limit, earlier or shorter is better (≤)"),
}
