"""Plain report data for the tests: one realistic project, and long variants."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from perfdesk.core.domain.enums import Comparison, ProjectAttribute
from perfdesk.core.domain.money import Money
from perfdesk.core.reports.data import (
    EvaluationReport,
    FundRow,
    FundSplit,
    ProjectInfo,
    ScoreSheetLine,
    SelfEvalFunds,
    SelfEvalLine,
    SelfEvaluation,
    Signature,
    TargetDeclaration,
    TargetIndicator,
    TargetValue,
)

PROJECT = ProjectInfo(code="51000021R000000019951", name="农村饮水安全巩固提升工程", year=2024,
                      department="县水利局", unit="县农村供水管理站", department_code="105")

LINES = (
    SelfEvalLine("产出指标", "数量指标", "新建集中供水工程数量", TargetValue(Comparison.AT_LEAST, "12", "处"), "13处",
                 Decimal(10), Decimal("10.00"), explanation="实际13处≥目标12处，得满分10分"),
    SelfEvalLine("产出指标", "数量指标", "改造供水管网长度", TargetValue(Comparison.AT_LEAST, "85", "公里"), "80公里",
                 Decimal(10), Decimal("9.41"), deviation="部分路段征地未完成，已协调乡镇加快推进",
                 explanation="10×80÷85=9.41"),
    SelfEvalLine("产出指标", "质量指标", "水质检测合格率", TargetValue(Comparison.AT_LEAST, "95", "%"), "97.3%",
                 Decimal(10), Decimal("10.00")),
    SelfEvalLine("产出指标", "时效指标", "工程完工时间", TargetValue(Comparison.NONE, "2024年12月31日前"), "2024年11月20日",
                 Decimal(10), Decimal("10.00")),
    SelfEvalLine("产出指标", "成本指标", "单位供水工程造价", TargetValue(Comparison.AT_MOST, "120", "万元"), "118万元",
                 Decimal(10), Decimal("8.00"), override_reason="造价审计尚未完成，酌情扣分",
                 computed_score=Decimal("10.00")),
    SelfEvalLine("效益指标", "社会效益指标", "受益人口", TargetValue(Comparison.AT_LEAST, "3.2", "万人"), "3.4万人",
                 Decimal(15), Decimal("15.00")),
    SelfEvalLine("效益指标", "可持续影响指标", "工程设计使用年限", TargetValue(Comparison.AT_LEAST, "20", "年"), "20年",
                 Decimal(15), Decimal("15.00")),
    SelfEvalLine("满意度指标", "服务对象满意度指标", "受益群众满意度", TargetValue(Comparison.AT_LEAST, "90", "%"),
                 "93%", Decimal(10), Decimal("10.00")),
)

FUNDS = SelfEvalFunds(
    total=FundRow(Money.wan("1200"), Money.wan("1350.5"), Money.wan("1290.123"), Decimal("0.9553")),
    fiscal_current=FundRow(Money.wan("1000"), Money.wan("1100"), Money.wan("1060.12"), Decimal("0.9637")),
    fiscal_carryover=FundRow(Money.wan("200"), Money.wan("200"), Money.wan("180"), Decimal("0.9")),
    other=FundRow(Money(0), Money.wan("50.5"), Money.wan("50.003"), Decimal("0.9902")),
    points=Decimal(10), score=Decimal("9.55"))

SELF_EVALUATION = SelfEvaluation(
    project=PROJECT, funds=FUNDS,
    goal_expected="新建集中供水工程12处，改造管网85公里，巩固提升3.2万农村人口饮水安全保障水平。",
    goal_actual="建成集中供水工程13处，改造管网80公里，3.4万人受益，水质检测合格率97.3%。",
    lines=LINES, total_score=Decimal("96.96"), grade="优",
    signature=Signature(unit="县水利局", person="张明", phone="0635-1234567", date=date(2025, 3, 5)))


def long_self_evaluation(n: int = 80) -> SelfEvaluation:
    """A table with ``n`` indicator lines, long enough to run over pages."""
    lines = tuple(SelfEvalLine("产出指标", f"数量指标{i // 12}", f"第{i + 1}项建设任务完成数量",
                               TargetValue(Comparison.AT_LEAST, str(i + 1), "个"), f"{i + 1}个",
                               Decimal(1), Decimal("1.00")) for i in range(n))
    return SelfEvaluation(project=PROJECT, funds=FUNDS, goal_expected="完成全部建设任务。",
                          goal_actual="全部完成。", lines=lines, total_score=Decimal(n), total_points=Decimal(n))


TARGET_DECLARATION = TargetDeclaration(
    project=PROJECT, attribute=ProjectAttribute.CONTINUING, period="3年", medium_start=2024, medium_end=2026,
    medium_funds=FundSplit(Money.wan("3600"), Money.wan("3000"), Money.wan("600")),
    annual_funds=FundSplit(Money.wan("1200"), Money.wan("1000"), Money.wan("200")),
    medium_goals=("三年新建集中供水工程36处。", "农村自来水普及率达到98%。"),
    annual_goals=("新建集中供水工程12处。", "改造供水管网85公里。"),
    medium_indicators=(
        TargetIndicator("产出指标", "数量指标", "新建集中供水工程数量", TargetValue(Comparison.AT_LEAST, "36", "处")),
        TargetIndicator("效益指标", "社会效益指标", "农村自来水普及率", TargetValue(Comparison.AT_LEAST, "98", "%")),
    ),
    annual_indicators=(
        TargetIndicator("成本指标", "经济成本指标", "单位供水工程造价", TargetValue(Comparison.AT_MOST, "120", "万元")),
        TargetIndicator("产出指标", "数量指标", "新建集中供水工程数量", TargetValue(Comparison.EQUAL, "12", "个")),
        TargetIndicator("产出指标", "质量指标", "水质检测合格率", TargetValue(Comparison.AT_LEAST, "95", "%")),
        TargetIndicator("产出指标", "时效指标", "工程完工时间", TargetValue(Comparison.NONE, "2024年12月31日前")),
        TargetIndicator("效益指标", "社会效益指标", "受益人口", TargetValue(Comparison.AT_LEAST, "3.2", "万人")),
        TargetIndicator("效益指标", "社会效益指标", "工程运行管理水平", TargetValue(Comparison.QUALITATIVE, "优")),
        TargetIndicator("满意度指标", "服务对象满意度指标", "受益群众满意度", TargetValue(Comparison.AT_LEAST, "90", "%")),
    ),
    signature=Signature(unit="县农村供水管理站", person="李华", phone="0635-7654321", date=date(2024, 1, 8)))

SCORE_SHEET = (
    ScoreSheetLine("决策", "项目立项", "立项依据充分性", Decimal(5), Decimal(5)),
    ScoreSheetLine("决策", "绩效目标", "绩效目标合理性", Decimal(5), Decimal(4), "部分指标未量化"),
    ScoreSheetLine("决策", "资金投入", "预算编制科学性", Decimal(10), Decimal(9), "测算依据不充分"),
    ScoreSheetLine("过程", "资金管理", "资金到位率", Decimal(10), Decimal(10)),
    ScoreSheetLine("过程", "组织实施", "制度执行有效性", Decimal(10), Decimal(8), "验收资料不全"),
    ScoreSheetLine("产出", "数量", "实际完成率", Decimal(20), Decimal(19), "管网改造未完成"),
    ScoreSheetLine("产出", "质量", "质量达标率", Decimal(10), Decimal(10)),
    ScoreSheetLine("效益", "实施效益", "社会效益", Decimal(20), Decimal(18), "长效管护机制待完善"),
    ScoreSheetLine("效益", "满意度", "服务对象满意度", Decimal(10), Decimal(9)),
)

EVALUATION_REPORT = EvaluationReport(
    project=PROJECT, is_policy=False, issuer="县财政局", issued=date(2025, 6, 30),
    funds=FundRow(Money.wan("1200"), Money.wan("1350.5"), Money.wan("1290.123"), Decimal("0.9553")),
    total_score=Decimal(92), grade="优",
    background="为巩固拓展脱贫攻坚成果，保障农村群众饮水安全，县水利局实施农村饮水安全巩固提升工程。",
    overall_goal="三年新建集中供水工程36处，农村自来水普及率达到98%。",
    phase_goals=("2024年新建集中供水工程12处，改造供水管网85公里。",),
    analysis=(("决策", "项目立项依据充分，程序规范。"), ("过程", "资金到位及时，管理制度健全。"),
              ("产出", "数量、质量、时效目标基本完成。"), ("效益", "受益群众满意度较高。")),
    problems=("部分管网改造进度滞后。", "工程验收资料不够完整。"),
    suggestions=("加快推进剩余管网改造。", "建立健全工程长效管护机制。"),
    score_sheet=SCORE_SHEET, self_evaluation=SELF_EVALUATION, attachments=("满意度调查问卷汇总",))
