"""Reading a person's words in the 实际完成值 column (RULES §4 "Reading a person's words").

``read_actual("未按时完成", "按时完成")`` says what the text reports — achieved, partly achieved, not achieved, late,
no data, or uncertain — and explains in the user's language how it was read. Rules, in order:

1. a statement that there is no data (无调查数据, 未开展调查, 暂无数据 …) → no data;
2. an achievement word negated before it (未/没有/无/尚未/不/未能 … 完成, 提高, 改善, 显著, 达到 …) or after it
   (改善不明显, 满意度不高) → not achieved; "not fully" (未完全, 未全部) → partly; a negated timing word
   (未按时完成, 未能按照设定的时效指标完成) or a delay (延期, 滞后, 推迟, 逾期) → late. A negation anywhere wins over every other word;
3. work stopped (暂停, 终止), or still being prepared (正在进行招标) → not achieved; work still under way (正在推进,
   实施中) → partly; a plan or a
   promise (预计, 计划, 待…后, 年底前完成), or the goal copied into the actual (目标1：…, 确保…) → uncertain;
4. a qualified result (部分, 基本, 初步, 有待, 存在差距) → partly;
   a figure after a measure's name (满意度96%, 完成值为0, 合格率100%): the figure is the result, not the word inside
   the name (完成值 is not 完成): compared with the target's figure (met → achieved), 0 → not achieved, 100 % of a
   rate with no target → achieved; anything else (below the target, no figure to compare with) → uncertain;
5. a level compared with the target's level: grades 优 > 良 > 中 > 差 (one step below → partly, more → not
   achieved, 差 → not achieved); degrees 显著 > 明显 > 有所 (below the target's → partly; an improvement with no
   degree against a target asking for one → uncertain); a target asking for the work on time (按时完成, 年底前完成)
   and an actual that says done but not when (已完成) → uncertain;
6. an achievement word, or a failure that did not happen (未发生安全事故, 零投诉) → achieved (``on_time`` when it
   also says 按时/按期/如期/提前/及时); a failure that did happen → not achieved against a target of none, else
   uncertain (未超概算 is a failure that did not happen);
7. no result word but a description of how the work is managed or done (随项目进度把控, 跟踪, 开展绩效监控) →
   uncertain.

A text with none of these words is not read at all (``reading`` None): the caller leaves it to a person. The module
depends on nothing but the standard library and :mod:`perfdesk.core.i18n`, so the value parser can use it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from decimal import Decimal
from enum import StrEnum

from perfdesk.core.domain.records import frozen
from perfdesk.core.i18n import QT_TRANSLATE_NOOP, translate


class Reading(StrEnum):
    ACHIEVED = "achieved"
    PARTLY = "partly"
    NOT_ACHIEVED = "not_achieved"
    LATE = "late"
    NO_DATA = "no_data"
    UNCERTAIN = "uncertain"

    def label(self) -> str:
        return translate("QualitativeText", _LABELS[self])


_LABELS = {
    Reading.ACHIEVED: QT_TRANSLATE_NOOP("QualitativeText", "achieved"),
    Reading.PARTLY: QT_TRANSLATE_NOOP("QualitativeText", "partly achieved"),
    Reading.NOT_ACHIEVED: QT_TRANSLATE_NOOP("QualitativeText", "not achieved"),
    Reading.LATE: QT_TRANSLATE_NOOP("QualitativeText", "late"),
    Reading.NO_DATA: QT_TRANSLATE_NOOP("QualitativeText", "no data"),
    Reading.UNCERTAIN: QT_TRANSLATE_NOOP("QualitativeText", "uncertain"),
}

# The band of the 2020 measures each reading scores in (the codes of ``valuetext.QualitativeLevel``); no data and
# uncertain readings have none: a person decides.
BANDS = {Reading.ACHIEVED: "achieved", Reading.PARTLY: "partly", Reading.LATE: "partly",
         Reading.NOT_ACHIEVED: "not_achieved"}


@frozen
class TextReading:
    """How a text was read. ``reading`` None: no word the reader knows (the text needs a person)."""

    text: str
    reading: Reading | None
    explanation: str
    on_time: bool = False  # achieved and says so about its timing (按时, 如期, 提前 …)

    @property
    def band(self) -> str | None:
        return BANDS.get(self.reading) if self.reading is not None else None


# -- vocabulary ------------------------------------------------------------------------------------------------
NEGATORS = ("尚未", "仍未", "还未", "并未", "均未", "暂未", "未能", "未曾", "没有", "不能", "难以", "并不", "不够",
            "未", "没", "无", "不", "欠", "非", "否")
# Words that only look negating: 不断提高 is not a negation of 提高.
_NOT_NEGATORS = ("不断", "不少", "不仅", "不止", "不错", "无不", "不懈", "不低于", "不少于", "不超过", "不高于",
                 "不大于", "不小于", "无论", "毫不", "不折不扣", "不遗余力", "非常", "无缝", "不减", "不间断",
                 "无偿", "不定期", "无一", "是否", "未来", "未成年", "无人", "无害", "无纸", "无线")
ACHIEVEMENTS = ("达成", "达到", "完成", "实现", "提高", "提升", "改善", "好转", "增长", "增加", "增强", "加强",
                "显著", "明显", "合格", "达标", "符合", "满意", "有效", "落实", "到位", "见效", "成效", "通过",
                "满足", "保障", "优化", "降低", "减少", "下降", "按时", "按期", "如期", "及时", "准时", "覆盖",
                "建成", "完工", "竣工", "验收", "发放", "拨付", "兑现", "良好", "较好", "优秀", "正常", "支付", "兑付",
                "到账", "合规", "准确", "成功")
# Words that say little when affirmed (进一步规范 is not a result) but fail when negated (未开展, 不规范).
_WEAK = ("执行", "开展", "运行", "规范", "健全", "完善", "提质", "稳定", "有序", "保持", "效果", "效益", "实施",
         "开工", "启动", "投入", "使用", "整改", "建设", "推进", "解决", "改观", "收回", "控制")
NEGATABLE = ACHIEVEMENTS + _WEAK
_POST_NEGATIONS = ("不明显", "不显著", "不大", "不高", "不理想", "不到位", "不足", "不够", "欠佳", "不佳", "不好",
                   "较差", "较低", "偏低", "不强", "不充分", "不完善", "不健全", "不规范", "甚微", "未达到",
                   "未达标", "不达标")
_NOT_FULLY = ("未完全", "未全部", "不完全", "尚未全部", "未能全部", "未能完全", "没有全部", "没有完全", "不全面",
              "未全面", "未能全面", "尚未完全")
_SOME = ("部分", "个别", "少数", "一些", "少量", "局部", "有的")  # 部分任务未完成: only some were not done
_TIMING_WORDS = ("按时", "按期", "如期", "及时", "准时", "按计划", "按进度")
# "Not as the time set": 未能按照设定的时效指标完成 negates the timing, however far the verb stands.
_AS_TIMED = re.compile(r"^(?:按照|依照|按|在)[^，,。；;]{0,10}?(?:时效|时间|时限|期限|工期|进度|日期|及时|按时|按期|如期)")
_LATE = ("延期", "延迟", "滞后", "推迟", "逾期", "超期", "拖期", "延误", "迟延", "拖延", "晚于", "延后", "顺延",
         "跨年", "次年", "下一年度", "下年度", "工期延长", "周期延长", "建设期延长", "进度缓慢", "进展缓慢", "推进迟缓",
         "推进缓慢")
_ON_TIME = ("按时", "按期", "如期", "提前", "及时", "准时", "规定时间内", "规定时限内", "时限内", "计划时间内",
            "按计划", "按进度", "在规定期限内")
_NO_DATA = re.compile(
    r"无(?:调查|统计|相关|测评|监测)?数据|暂无(?:数据|统计|结果|评价)|数据(?:未|尚未|暂未)(?:出|公布|统计|产生)"
    r"|(?:未|尚未|暂未|没有)(?:开展|进行|组织|实施)?(?:满意度)?(?:问卷)?(?:调查|统计|测评|评价|监测|测算|评估|抽查)"
    r"|无法(?:统计|评价|评估|测算|获取|核实|衡量|计算|考核|判断)|不适用|无(?:满意度)?调查|数据(?:暂缺|缺失)"
    r"|(?:调查|统计|测评|评价)(?:工作)?(?:未|尚未|暂未|没有)(?:开展|进行|完成|组织)")
_IN_PROGRESS = ("正在", "推进中", "进行中", "实施中", "建设中", "施工中", "在建", "办理中", "审核中", "持续推进",
                "有序推进", "稳步推进", "加快推进", "逐步推进", "待验收", "未验收", "尚在")
_FUTURE = re.compile(r"预计|计划(?:于|在|年底|年内|下半年|明年|\d)|拟(?:于|在|年|今)|将于|将在"
                     r"|争取(?!到)(?![^，,。；;]{0,12}?\d+(?:\.\d+)?万?元)|力争|有望|可望"
                     r"|待定|待统计|待评估|待核实|^待|待[^，,。；;]{0,8}后|(?<!提)前完成$|底完成$|年底前|年内完成|可完成|能完成|即将|尚待"
                     r"|^目标\d*[:：]|^确保(?!了)|确保\d{4}年")  # the goal copied into the actual (目标1：…, 确保…) is no result
_PARTIAL = ("部分", "基本", "大部分", "大部", "大体", "初步", "有待", "差距", "一定程度",
            "尚需", "仍需", "还需", "一定成效", "一定效果", "一定作用", "待加强", "待提高", "待改进", "待完善", "较少", "个别", "多数")
FAILURES = ("安全事故", "质量事故", "重大事故", "事故", "投诉", "违规", "违纪", "违法", "差错", "质量问题", "问题",
            "纠纷", "损失", "上访", "信访", "舆情", "火灾", "失误", "返工", "延误", "逾期", "滞后", "延期",
            "拖欠", "审计问题", "挤占", "挪用", "截留", "套取", "违规使用", "超概算", "超预算", "超出预算", "超出概算", "超支", "偏离")
_FAILURE_NEGATORS = re.compile(r"(?:未发生|无|未出现|没有|没有发生|没有出现|不存在|杜绝|遏制|零|未收到|没发生|未有|无一起"
                               r"|未发现|没有发现|无任何|未接到|未引发|未造成|均未|不被|未被|没有被|未)"
                               r"(?:[^，,。；;]{0,6}?)$")
# Grades, most specific first. 一般 and 较差 are grades of a result too.
_GRADES = (("优秀", 4), ("优良", 3), ("良好", 3), ("较好", 3), ("中等", 2), ("一般", 2), ("较差", 1), ("很差", 1), ("优", 4),
           ("良", 3), ("中", 2), ("差", 1), ("高", 4))
# Degrees of an improvement, most specific first.
_DEGREES = (("较为显著", 2), ("较显著", 2), ("较为明显", 2), ("大幅", 3), ("显著", 3), ("极大", 3), ("大大", 3),
            ("根本", 3), ("明显", 2), ("较大", 2), ("较高", 2), ("稳步", 2), ("有所", 1), ("一定", 1), ("略有", 1), ("稍有", 1),
            ("小幅", 1), ("逐步", 1), ("一般", 1), ("较好", 2), ("良好", 2))
_IMPROVEMENTS = ("提高", "提升", "改善", "增长", "增加", "增强", "好转", "降低", "减少", "下降", "优化", "加强")
_BAND_ACHIEVED = ("达成年度指标", "达成预期指标", "达到预期", "达成预期", "达到目标", "完成目标", "达成")
_YES, _NO = frozenset({"是", "有", "已", "√", "✓", "完成", "已完成"}), frozenset({"否", "×", "✗", "无效"})
_TRAILING = "。；;，,.!！、"


# -- normalising -------------------------------------------------------------------------------------------------
def compact(text: object) -> str:
    """Full-width to half-width, no spaces, no closing punctuation: ``效果 显著。`` → ``效果显著``."""
    s = unicodedata.normalize("NFKC", "" if text is None else str(text))
    return "".join(s.split()).strip(_TRAILING)


def _quoted(word: str) -> str:
    return f"“{word}”"


# -- finding cues ------------------------------------------------------------------------------------------------
def _masked(s: str) -> str:
    """The text with look-alike negations blanked out (不断, 不低于 …), same length. A look-alike that is really a
    negator before an achievement word stays (不减少 negates 减少, where 力度不减 does not)."""
    for word in _NOT_NEGATORS:
        start = s.find(word)
        while start >= 0:
            if not _negates_a_word(s, start):
                s = s[:start] + "＿" * len(word) + s[start + len(word):]
            start = s.find(word, start + 1)
    return s


def _negates_a_word(s: str, at: int) -> bool:
    """Whether the negator starting at ``at`` (不, 无 …) stands right before an achievement word."""
    negator = next((n for n in ("不", "无", "未", "非") if s.startswith(n, at)), None)
    return negator is not None and any(s.startswith(w, at + len(negator)) for w in NEGATABLE)


def _negation_before(s: str) -> tuple[str, str, int] | None:
    """(negator, what it negates, where) for the first achievement word negated before it: 未按时完成 (按时),
    无明显改善 (明显改善), 未能有效落实 (有效落实)."""
    masked = _masked(s)
    for i in range(len(masked)):
        negator = next((n for n in NEGATORS if masked.startswith(n, i)), None)
        if negator is not None and not _no_such_failure(masked, i):
            negated = _negated_words(masked[i + len(negator):])
            if negated:
                return negator, negated, i
    return None


# 不存在执行数偏离预算数较多的问题: "there is no … problem" denies a failure however far its word stands in the clause.
_NO_SUCH = ("不存在", "未出现", "没有出现", "未发生", "没有发生", "未发现", "没有发现")
_FAR_FAILURE_NEGATORS = re.compile(r"(?:不存在|未出现|没有出现|未发生|没有发生|未发现|没有发现)[^，,。；;]{0,16}?$")


def _no_such_failure(s: str, at: int) -> bool:
    word = next((w for w in _NO_SUCH if s.startswith(w, at)), None)
    if word is None:
        return False
    clause = re.split(r"[，,。；;]", s[at + len(word):], maxsplit=1)[0]
    return any(failure in clause for failure in FAILURES)


_WINDOW = 6  # how far a negator reaches: 未取得预期效果
_STOPS = re.compile(r"[，,。；;、：:（）()]|但|而|并且|且")


def _negated_words(rest: str) -> str:
    """What a negator governs: the words up to the first achievement word within a few characters (未见成效,
    没有明显提高, 未取得预期效果), stopping at punctuation, a contrast or a failure word (无违规，验收合格). A timing
    word first (未按时, 未能如期) is returned alone, so that a late result is told from a failed one."""
    as_timed = _AS_TIMED.match(rest)
    if as_timed is not None:
        return as_timed.group()
    stop = _STOPS.search(rest)
    window = rest[: min(_WINDOW, stop.start() if stop else _WINDOW)]
    for i in range(len(window)):
        timing = next((w for w in _TIMING_WORDS if window.startswith(w, i)), None)
        if timing is not None and i == 0:
            return timing
        if any(window.startswith(f, i) for f in FAILURES):
            return ""
        end = _words_end(rest, i)
        if end > i:
            return rest[:end]
    return ""


def _words_end(rest: str, at: int) -> int:
    """Where the achievement words starting at ``at`` end (明显改善: both words), or ``at`` when none starts there."""
    word = next((w for w in NEGATABLE if rest.startswith(w, at)), None)
    return at if word is None else _words_end(rest, at + len(word))


def _negation_after(s: str) -> tuple[str, str] | None:
    """(word, negation) for an achievement word followed by its negation: 改善不明显, 满意度不高."""
    for post in _POST_NEGATIONS:
        at = s.find(post)
        if at > 0:
            head = s[:at]
            word = next((w for w in NEGATABLE if w in head[-8:]), None) or _subject(head)
            if word:
                return word, post
    return None


_SUBJECTS = ("效果", "成效", "效益", "满意度", "质量", "水平", "进度", "完成率", "达标率", "覆盖率", "作用", "影响",
             "情况", "程度", "能力", "意识", "积极性", "收效")


def _subject(head: str) -> str | None:
    return next((w for w in _SUBJECTS if head.endswith(w)), None)


def _first(s: str, words: tuple[str, ...]) -> str | None:
    return next((w for w in words if w in s), None)


def _grade(s: str) -> tuple[int, str] | None:
    """A grade as a result: 优 / 良好 / 评价等级为良 / 效果一般 (one-character grades only alone or after 为/：)."""
    for word, rank in _GRADES:
        if len(word) == 1:
            if s == word or re.search(rf"(?:为|是|:|：|等级|评定|评价|结果){word}(?:等|级|$)", s):
                return rank, word
        elif word in s:
            return rank, word
    return None


def _target_grade(s: str) -> tuple[int, str] | None:
    """The grade a target asks for: 优, 良好, ≥良, 良好及以上, 优良 (= at least 良)."""
    if "优良" in s:
        return 3, "优良"
    stripped = s.lstrip("≥>=").removesuffix("及以上").removesuffix("以上")
    for word, rank in _GRADES:
        if stripped == word or (len(word) > 1 and word in s and word not in ("一般", "较好")):
            return rank, word
    return None


def _degree(s: str) -> tuple[int, str] | None:
    return next(((rank, word) for word, rank in _DEGREES if word in s), None)


# -- the reader ----------------------------------------------------------------------------------------------------
def read_actual(actual: object, target: object = "") -> TextReading:
    """How the words of an actual value read, against the target's words when given (see the module's rules)."""
    return _read(compact(actual), compact(target), _language())


def _language() -> str:
    return translate("QualitativeText", "achieved")  # the language in force, as a cache key


@functools.lru_cache(maxsize=32768)
def _read(s: str, target: str, _language_key: str) -> TextReading:
    if not s:
        return TextReading(s, None, "")
    for step in (_no_data, _negated, _stopped, _yes_no, _under_way, _qualified, _failure, _figure, _against_grade,
                 _against_degree,
                 _against_timing, _achieved, _process, _as_target):
        found = step(s, target)
        if found is not None:
            reading, explanation, on_time = found
            return TextReading(s, reading, explanation, on_time)
    return TextReading(s, None, "")


_Found = tuple[Reading, str, bool] | None


def _say(template: str, **values: str) -> str:
    return translate("QualitativeText", template).format(**values)


def _no_data(s: str, _target: str) -> _Found:
    match = _NO_DATA.search(s)
    if match is None:
        return None
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} says there is no data: left for a person to judge")
    return Reading.NO_DATA, _say(template, text=_quoted(s), cue=_quoted(match.group())), False


# Work still being prepared (正在进行招标意向公示): nothing of it is done yet.
_PREPARATION = re.compile(r"招标|招投标|前期工作|立项|可研|审批|选址|询价|比选|意向公示")
_STOPPED = ("暂停", "停工", "搁置", "终止", "中止", "取消", "停滞", "烂尾", "撤销")


def _stopped(s: str, _target: str) -> _Found:
    """Work stopped or cancelled (工程暂停, 项目终止): not achieved."""
    cue = _first(s, _STOPPED)
    if cue is None:
        return None
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} says the work stopped: read as not achieved")
    return Reading.NOT_ACHIEVED, _say(template, text=_quoted(s), cue=_quoted(cue)), False


def _negated(s: str, _target: str) -> _Found:
    """A negation anywhere decides: not fully or only some → partly; a negated timing word or a delay → late;
    any other negated achievement → not achieved."""
    not_fully = _first(s, _NOT_FULLY)
    before = _negation_before(s)
    if before is not None and not _is_timing(before[1]):
        some = _first(s[:before[2]], _SOME)
        if not_fully is None and some is None:
            template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {word} is negated by {negator}: read as not achieved")
            return Reading.NOT_ACHIEVED, _say(template, text=_quoted(s), word=_quoted(before[1]),
                                              negator=_quoted(before[0])), False
        return _partly_not(s, not_fully or some or "")
    after = _negation_after(s)
    if after is not None and before is None and not_fully is None:
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {word} is followed by {negation}: read as not achieved")
        return Reading.NOT_ACHIEVED, _say(template, text=_quoted(s), word=_quoted(after[0]),
                                          negation=_quoted(after[1])), False
    late = _late_cue(s)
    if before is not None or late is not None:
        cue = late or before[0] + before[1]  # type: ignore[index]
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} says it was not done on time: read as late (partly achieved at most; a deadline is not met)")
        return Reading.LATE, _say(template, text=_quoted(s), cue=_quoted(cue)), False
    return _partly_not(s, not_fully) if not_fully is not None else None


def _is_timing(negated: str) -> bool:
    return negated in _TIMING_WORDS or _AS_TIMED.match(negated) is not None


def _partly_not(s: str, cue: str) -> _Found:
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} says not all of it was done: read as partly achieved")
    return Reading.PARTLY, _say(template, text=_quoted(s), cue=_quoted(cue)), False


def _late_cue(s: str) -> str | None:
    """A delay that is not itself negated (无延期, 未出现滞后 say the work was on time)."""
    for word in _LATE:
        at = s.find(word)
        if at >= 0 and not _FAILURE_NEGATORS.search(s[:at]):
            return word
    return None


def _yes_no(s: str, target: str) -> _Found:
    if s in _NOTHING:
        return _nothing(s, target)
    if s in _NO:
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: read as not achieved")
        return Reading.NOT_ACHIEVED, _say(template, text=_quoted(s)), False
    if s in _YES and _BARE_FIGURE.match(target):  # 完成 against ≤30万元: done, but within the figure?
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text} against the figure {target} gives no figure: left for a person to judge")
        return Reading.UNCERTAIN, _say(template, text=_quoted(s), target=_quoted(target)), False
    if s in _YES and not (target and _TARGET_TIMING.search(target)):  # else: was it done on time?
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: read as achieved")
        return Reading.ACHIEVED, _say(template, text=_quoted(s)), False
    return None


_BARE_FIGURE = re.compile(r"(?:≥|≤|>|<|=|>=|<=|不低于|不少于|不超过|不高于|约)?\d+(?:\.\d+)?[^\d，,。；;、]{0,6}$")
_NOTHING = frozenset({"无", "/", "—", "——", "-"})  # 无 printed as the actual of a 100 % line (衡山县储备粮)
_NONE_TARGET = re.compile(r"^(?:无|零|0(?:起|次|件|个|例|人|%)?)$")


def _nothing(s: str, target: str) -> _Found:
    """无 (or a dash) as the actual: achieved against a target of none (无, 0起); else nothing was reported."""
    if target and (_NONE_TARGET.match(target) or _negated_failure(target)):
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text} against a target of none {target}: read as achieved")
        return Reading.ACHIEVED, _say(template, text=_quoted(s), target=_quoted(target)), False
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: nothing was reported: left for a person to judge")
    return Reading.NO_DATA, _say(template, text=_quoted(s)), False


# 资金在审核落实中: a verb of the work followed by 中 at the end of its clause.
_STILL_DOING = re.compile(r"(?:审核|落实|办理|实施|推进|建设|施工|审批|核实|整改|招标|采购|调试|结算|审计|报账)"
                          r"[^，,。；;\d]{0,4}中(?=$|[，,。；;])")


_PREPARED = re.compile(r"前期工作|前期手续|可行性研究|可研|勘察|设计|图纸审查|招标|立项|审批|选址")
_BUILT = ("完工", "建成", "竣工", "交付", "投入使用", "投用", "主体完成", "主体工程完成")
_TO_BUILD = re.compile(r"新建|建成|建设|修建|改造|改建|扩建|完工|竣工")


def _only_prepared(s: str, target: str) -> _Found:
    """2023年完成前期工作，完成可行性研究、项目设计… against a target of building: only the preparation is done."""
    if not target or _TO_BUILD.search(target) is None or _PREPARED.search(target) is not None:
        return None
    prepared = _PREPARED.search(s)
    if prepared is None or _first(s, _BUILT) or _first(s, ("完成",)) is None:
        return None
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: only the preparation ({stage}) is done of a target that asks for the work built: read as partly achieved")
    return Reading.PARTLY, _say(template, text=_quoted(s), stage=_quoted(prepared.group())), False


def _under_way(s: str, target: str) -> _Found:
    prepared_only = _only_prepared(s, target)
    if prepared_only is not None:
        return prepared_only
    doing = _STILL_DOING.search(s)
    cue = _first(s, _IN_PROGRESS) or (doing.group() if doing else None)
    preparing = _PREPARATION.search(s) if cue is not None else None
    if preparing is not None and not _first(s, ("完成", "完工", "建成", "竣工", "交付")):
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} says the work is still at {stage}, not begun: read as not achieved")
        return Reading.NOT_ACHIEVED, _say(template, text=_quoted(s), cue=_quoted(cue), stage=_quoted(preparing.group())), False
    if cue is not None:
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} says the work is still under way: read as partly achieved")
        return Reading.PARTLY, _say(template, text=_quoted(s), cue=_quoted(cue)), False
    match = _FUTURE.search(s)
    if match is not None and not s.startswith("已"):
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} states a plan, not a result: left for a person to judge")
        return Reading.UNCERTAIN, _say(template, text=_quoted(s), cue=_quoted(match.group())), False
    return None


_LIMITED = re.compile(r"(?<!不)仅|只(?:有|完成|达到|实现)|接近|尚差|[一二三四五六七八九]成"
                      r"|(?:完成|达成|实现|到位|发放|拨付|支付|执行|覆盖)[^，,。；;]{0,6}?(\d+(?:\.\d+)?)%")


def _qualified(s: str, target: str) -> _Found:
    """部分, 基本, 有待 …; 仅, 接近, 六成; a share of the work done below 100 % (已完成80%); a share given only as a
    bound (完成90%以上) is left to a person unless the target asks for no more than the bound."""
    bound = _bounded_share(s)
    if bound is not None and not _partial_cue(s):
        return _bound_only(s, target, *bound)
    cue = _partial_cue(s) or _limited(s, _target_figure(target) is not None)
    if cue is None or (target and cue in target and s == target):
        return None  # 基本提高 against a target of 基本提高: what was asked, not a shortfall
    share = _LIMITED.fullmatch(cue)
    if share is not None and share.group(1) is not None and Decimal(share.group(1)) < _MOSTLY_UNDONE:
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} says most of it was not done: read as not achieved")
        return Reading.NOT_ACHIEVED, _say(template, text=_quoted(s), cue=_quoted(cue)), False
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} qualifies the result: read as partly achieved")
    return Reading.PARTLY, _say(template, text=_quoted(s), cue=_quoted(cue)), False


# A share done below this is not "partly achieved" (RULES §4: 部分达成 scores 60–80 % of the points; 资金到位率为31%).
_MOSTLY_UNDONE = Decimal(60)


# 基本 in the name of a thing (基本医疗保险, 基本生活, 基本公共卫生服务) qualifies nothing.
_BASIC_NOUNS = re.compile(r"基本(?:医疗|公共|生活|养老|农田|建设|支出|情况|药物|住房|需求|功能|居住|卫生|服务|信息|条件|康复"
                          r"|国策|权益|单元|保险|民生|口粮|工资|保障水平)")


def _partial_cue(s: str) -> str | None:
    remainder = _REMAINDER.search(s)
    return _first(_BASIC_NOUNS.sub(lambda m: "＿" * len(m.group()), s), _PARTIAL) or (remainder.group() if remainder else None)


# A remainder still undone (还剩余4082卷、115万页民国档案未加工): some of the work is left.
_REMAINDER = re.compile(r"(?:还|尚|仍)(?:剩余?|余|有)[^，,。；;]{0,16}?(?:未|没有)")


def _limited(s: str, target_figure: bool = False) -> str | None:
    """仅, 接近, 六成, 已完成80%; a measure's figure (完成值95.08%) against a target's figure is left to the figure
    rule, which compares the two."""
    for match in _LIMITED.finditer(s):
        share = match.group(1)
        if share is not None and target_figure and _MEASURE_NAME.match(s, match.start()):
            continue
        if share is None or Decimal(share) < 100:
            return match.group()
    return None


def _bounded_share(s: str) -> tuple[str, Decimal] | None:
    """完成率≥90%, 完成90%以上: (the words, the bound) for a share given as a bound copied from the target."""
    for match in _LIMITED.finditer(s):
        share = match.group(1)
        if share is not None and _BOUND.search(s[match.start():match.end() + 2]):
            return match.group() + s[match.end():match.end() + 2].rstrip("，,。；;"), Decimal(share)
    return None


def _bound_only(s: str, target: str, cue: str, bound: Decimal) -> _Found:
    wanted = _target_figure(target)
    if wanted is not None and wanted[1] == "%" and bound >= wanted[0]:
        return None  # at least what the target asks: read on
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} gives a bound, not the figure reached: left for a person to judge")
    return Reading.UNCERTAIN, _say(template, text=_quoted(s), cue=_quoted(cue)), False


_BOUND = re.compile(r"≥|>|大于|超过|不低于|不少于|以上")


def _against_grade(s: str, target: str) -> _Found:
    actual = _grade(s)
    if actual is None:
        return None
    wanted = _target_grade(target) if target else None
    rank, word = actual
    if wanted is None and target and _degree(target):
        return None  # a degree is asked for (显著): compared as a degree
    if wanted is None:
        reading = {4: Reading.ACHIEVED, 3: Reading.ACHIEVED, 2: Reading.PARTLY, 1: Reading.NOT_ACHIEVED}[rank]
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: grade {grade}: read as {reading}")
        return reading, _say(template, text=_quoted(s), grade=word, reading=reading.label()), False
    gap = wanted[0] - rank
    reading = Reading.ACHIEVED if gap <= 0 else Reading.PARTLY if gap == 1 and rank > 1 else Reading.NOT_ACHIEVED
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: grade {grade} against the target {target}: read as {reading}")
    return reading, _say(template, text=_quoted(s), grade=word, target=_quoted(wanted[1]),
                         reading=reading.label()), False


def _against_degree(s: str, target: str) -> _Found:
    wanted = _degree(target) if target else None
    if wanted is None or _first(s, _BAND_ACHIEVED):
        return None
    actual = _degree(s)
    if actual is None:
        if _first(s, _IMPROVEMENTS) is None or wanted[0] <= 1:
            return None  # 有所提升 asks for any improvement: 提升 is one
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: the target asks for {wanted}, the actual does not say how much: left for a person to judge")
        return Reading.UNCERTAIN, _say(template, text=_quoted(s), wanted=_quoted(wanted[1])), False
    if actual[0] >= wanted[0]:
        return None  # as good as asked: read on as an achievement
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: degree {degree} is below the target's {wanted}: read as partly achieved")
    return Reading.PARTLY, _say(template, text=_quoted(s), degree=_quoted(actual[1]), wanted=_quoted(wanted[1])), False


_SHORT_TARGET = 40  # a longer target describes the whole goal: 及时有效救助 in it asks nothing of the work's timing
_TARGET_TIMING = re.compile(r"按时|按期|如期|及时|准时|前完成|底前|之前|以前|前$")
_DATED = re.compile(r"\d{1,2}月|\d{4}年")


def _against_timing(s: str, target: str) -> _Found:
    """A target that asks for the work on time (按时完成, 年底前完成) and an actual that says it was done but not
    when (已完成): a person decides."""
    if not target or len(target) > _SHORT_TARGET or _TARGET_TIMING.search(target) is None or _first(s, _ON_TIME) \
            or _DATED.search(s):
        return None
    if _first(s, _BAND_ACHIEVED) or not (_first(s, ACHIEVEMENTS) or s in _YES):
        return None
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: the target asks for {wanted}, the actual says it was done but not whether on time: left for a person to judge")
    return Reading.UNCERTAIN, _say(template, text=_quoted(s), wanted=_quoted(target)), False


# Cost kept within the budget (控制在预算中, 控制在总概算范围内); a figure (控制在120万元) is no such statement.
_WITHIN_BUDGET = re.compile(r"控制在[^，,。；;\d]{0,8}?(?:预算|概算|计划|批复)[^，,。；;\d]{0,6}?(?:内|中|范围)")


# A bound kept (未突破负面清单安排资金项目, 未超出批复范围).
_NOT_BEYOND = re.compile(r"(?:未|没有|均未)(?:突破|超出|超过|违反)[^，,。；;\d]{0,6}?(?:负面清单|预算|概算|标准|限额|规定|红线|范围)")


def _achieved(s: str, _target: str) -> _Found:
    negated_failure = _negated_failure(s)
    within = _WITHIN_BUDGET.search(s) or _WITHIN_LIMIT.search(s) or _NOT_BEYOND.search(s)
    cue = _first(s, _BAND_ACHIEVED) or _first(s, ACHIEVEMENTS) or (within.group() if within else None)
    if cue is None and negated_failure is None:
        return None
    on_time = _first(s, _ON_TIME)
    if cue is None:
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} says no failure occurred: read as achieved")
        return Reading.ACHIEVED, _say(template, text=_quoted(s), cue=_quoted(negated_failure or "")), False
    if on_time is not None:
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} without negation or qualification, on time ({timing}): read as achieved")
        return Reading.ACHIEVED, _say(template, text=_quoted(s), cue=_quoted(cue), timing=_quoted(on_time)), True
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} without negation or qualification: read as achieved")
    return Reading.ACHIEVED, _say(template, text=_quoted(s), cue=_quoted(cue)), False


def _negated_failure(s: str) -> str | None:
    """未发生安全事故, 无投诉, 零事故: the failure word with what negates it (未能杜绝违规 denies nothing)."""
    for word in FAILURES:
        at = s.find(word)
        if at >= 0 and not _DENIED_DENIAL.search(s[:at]):
            match = _FAILURE_NEGATORS.search(s[:at]) or _FAR_FAILURE_NEGATORS.search(s[:at])
            if match is not None:
                return match.group() + word
            none = _NONE_AFTER.match(s, at + len(word))
            if none is not None:
                return word + none.group()  # 森林火灾发生率为0
    return None


_NONE_AFTER = re.compile(r"(?:发生率|发生数|发生次数|起数|次数|数量|件数)?(?:为|是)?(?:0|零)(?:起|次|件|例|个|%)?(?![\d.])")


_DENIED_DENIAL = re.compile(r"(?:未能|没能|未|没有|无法|难以|不能|尚未)(?:有效|完全|彻底)?(?:杜绝|遏制)")


# A count kept under its limit (发生森林火灾3起，低于…控制指标82起): a 控制指标 is always an upper limit.
_WITHIN_LIMIT = re.compile(r"低于[^，,。；;]{0,12}控制(?:指标|数|目标|线|标准)")
# The failure word names a body or a kind of work (信访工作组, 投诉处理率), not something that happened.
_AS_NAME = re.compile(r"工作组|工作站|工作|处理|办理|受理|调处|化解|查处|部门|机构|办公室|窗口|热线")
_REDUCING = re.compile(r"(?:降低|减少|减轻|挽回)[^，,。；;]{0,12}$")
# Problems handled (及时监督发现和指挥处置各类城市管理问题): the work is the handling; a count (处理违规问题3起) says
# problems happened and is left to the failure rule.
_HANDLING = re.compile(r"(?:处置|处理|解决|整改|化解|排查)[^，,。；;\d]{0,10}$")


_STOPS_OR_END = re.compile(r"[，,。；;]")


def _reduced_failure(s: str, cue: str) -> bool:
    """降低了森林火灾所造成的损失, 处置各类问题: the failure is what was reduced or handled, not what happened."""
    at = s.find(cue)
    if at <= 0:
        return False
    clause_end = _STOPS_OR_END.search(s, at)
    counted = re.search(r"\d", s[at:clause_end.start() if clause_end else len(s)]) is not None
    return _REDUCING.search(s[:at]) is not None or (_HANDLING.search(s[:at]) is not None and not counted)


def _failure(s: str, target: str) -> _Found:
    """A failure that happened (发生安全事故1起): not achieved against a target of none, else a person decides."""
    cue = _first(s, FAILURES) or ("存在" if s.startswith("存在") else None)  # 存在18岁以下…: cases against the target
    if cue is None or _negated_failure(s) is not None or _WITHIN_LIMIT.search(s) or _reduced_failure(s, cue) \
            or _AS_NAME.match(s, s.find(cue) + len(cue)):
        return None
    if target and _negated_failure(target):
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: reports {cue} against a target of none: read as not achieved")
        return Reading.NOT_ACHIEVED, _say(template, text=_quoted(s), cue=_quoted(cue)), False
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: reports {cue} without saying whether the target was met: left for a person to judge")
    return Reading.UNCERTAIN, _say(template, text=_quoted(s), cue=_quoted(cue)), False


# -- a figure after a measure's name ---------------------------------------------------------------------------------
# The name of a measure (完成值, 满意度, 合格率 …) holds an achievement word that says nothing: 全年实际完成值为0 is a
# figure of 0, not a completion. Every name here is of a measure where more is better.
_MEASURE = (r"(?:完成|满意|合格|达标|覆盖|到位|完好|执行|发放|拨付|支付|兑付|兑现|及时|知晓|通过|落实|验收|实现|达成"
            r"|参保|处置|处理|查处|接种|普及|入学|巩固|利用|使用|劝返|办结|结案)"
            r"(?:率|度|值|数|量|比例|比率|进度)")
_MEASURE_NAME = re.compile(_MEASURE)
_FIGURE = re.compile(rf"({_MEASURE})([^，,。；;\d%]{{0,6}}?)(\d+(?:\.\d+)?)(%?)([^，,。；;\d%]*)")
_TARGET_FIGURE = re.compile(r"(≥|>=|>|=|不低于|不少于|约|达到)?(\d+(?:\.\d+)?)(%?)(.*)")
_UNIT_TAIL = ("及以上", "以上", "左右")
_AT_MOST = re.compile(r"≤|<|以下|以内|不超过|不高于")


def _figure(s: str, target: str) -> _Found:
    """满意度96% against ≥95%, 完成值为0 against 100%: the figure decides, never the word inside the measure's name."""
    match = _FIGURE.search(s)
    if match is None:
        return None
    name, number, percent, unit = match.group(1), Decimal(match.group(3)), match.group(4), _unit(match.group(5))
    figure = f"{name}{match.group(3)}{percent}{unit}"
    wanted = _target_figure(target) or _target_measure(target, name)
    if _BOUND.search(match.group(2) + match.group(5)[:2]):  # 满意度≥90%: a bound, not the figure
        if wanted is not None and (wanted[1], wanted[2]) == (percent, unit) and number >= wanted[0]:
            template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: the figure {figure} meets the target {target}: read as achieved")
            return Reading.ACHIEVED, _say(template, text=_quoted(s), figure=_quoted(figure), target=_quoted(target)), False
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} gives a bound, not the figure reached: left for a person to judge")
        return Reading.UNCERTAIN, _say(template, text=_quoted(s), cue=_quoted(match.group())), False
    if number == 0 and (wanted is None or wanted[0] > 0):
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: the figure {figure} is nothing done: read as not achieved")
        return Reading.NOT_ACHIEVED, _say(template, text=_quoted(s), figure=_quoted(figure)), False
    if wanted is not None and (wanted[1], wanted[2]) == (percent, unit) and number >= wanted[0]:
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: the figure {figure} meets the target {target}: read as achieved")
        return Reading.ACHIEVED, _say(template, text=_quoted(s), figure=_quoted(figure), target=_quoted(target)), False
    if wanted is None and percent and number == 100 and not _AT_MOST.search(target):
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: the figure {figure} is the whole of a rate: read as achieved")
        return Reading.ACHIEVED, _say(template, text=_quoted(s), figure=_quoted(figure)), False
    if wanted is not None and (wanted[1], wanted[2]) == (percent, unit):
        template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: the figure {figure} is below the target {target}: not achieved in full; a person sets the level")
        return Reading.UNCERTAIN, _say(template, text=_quoted(s), figure=_quoted(figure), target=_quoted(target)), False
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: states the figure {figure} with no target figure to compare it with: left for a person to judge")
    return Reading.UNCERTAIN, _say(template, text=_quoted(s), figure=_quoted(figure)), False


def _target_figure(target: str) -> tuple[Decimal, str, str] | None:
    """The figure a target asks for at least (≥95%, 100%, 约12000平方米): (number, "%" or "", unit); None for a
    target that is not one figure or asks for at most (≤, 以下)."""
    match = _TARGET_FIGURE.fullmatch(target)
    if match is None or _AT_MOST.search(match.group(4)):
        return None
    return Decimal(match.group(2)), match.group(3), _unit(match.group(4))


def _target_measure(target: str, name: str) -> tuple[Decimal, str, str] | None:
    """The figure a target sentence asks of the same measure (群众满意度达90%以上 for 满意度): None unless it names
    that measure once, with one figure that is at least."""
    found = [m for m in _FIGURE.finditer(target) if m.group(1) == name]
    if len(found) != 1 or _AT_MOST.search(found[0].group(2) + found[0].group(5)):
        return None
    return Decimal(found[0].group(3)), found[0].group(4), _unit(found[0].group(5))


def _unit(tail: str) -> str:
    for word in _UNIT_TAIL:
        tail = tail.removesuffix(word)
    return tail


# How the work is managed, not what came of it: 随项目进度把控 (a 时效 line of a published 自评报告).
_PROCESS = re.compile(r"随[^，,。；;]{0,8}(?:进度|推进|实施)|把控|跟踪|督促|管控|开展|纳入|实施|执行")


def _process(s: str, _target: str) -> _Found:
    """A text with no result word that describes how the work is managed: a person decides."""
    match = _PROCESS.search(s)
    if match is None:
        return None
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: {cue} describes how the work is managed, not a result: left for a person to judge")
    return Reading.UNCERTAIN, _say(template, text=_quoted(s), cue=_quoted(match.group())), False


_WORDS = re.compile(r"[\u4e00-\u9fff]{2}")


def _as_target(s: str, target: str) -> _Found:
    """An actual with no result word that repeats the target word for word (市级保护单位 against 市级保护单位)."""
    if not target or s != target or _WORDS.search(s) is None or any(word in s for word in NEGATORS):
        return None  # a placeholder (x, ……) or a negated word (未定) repeated says nothing was done
    template = QT_TRANSLATE_NOOP("QualitativeText", "{text}: repeats the target word for word: read as achieved")
    return Reading.ACHIEVED, _say(template, text=_quoted(s)), False
