"""部门整体支出绩效自评表 (FORMATS §4), its target table and the report: the official wording, a long table over
pages with its header on each, the public version without the signature block; rendered by pdftoppm."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

from perfdesk.core.domain.money import Money
from perfdesk.core.reports.data import Signature
from perfdesk.core.reports.deptwide import (
    DeptTable,
    LineRow,
    TaskRow,
    build_report,
    build_table,
    build_target_table,
)
from tests.reports.conftest import pdf_text

FORMAT_WORDS = ("部门整体支出绩效自评表", "（2025年度）", "部门（单位）名称", "年度主要任务", "任务名称", "主要内容", "预算数（万元）",
                "执行数（万元）", "金额合计", "年度总体目标", "预期目标", "实际完成情况", "年度绩效指标", "一级指标", "二级指标",
                "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "总分", "评价等级")


def table(lines: int = 4, signature: Signature | None = Signature("县农业农村局", "王晓梅", "0539-7221234")) -> DeptTable:
    rows = tuple(LineRow("产出指标", "数量指标", f"指标{i}", "≥100个", "100个", Decimal(90) / lines,
                         Decimal(90) / lines, "") for i in range(lines))
    return DeptTable("县农业农村局", 2025, "负责全县农业农村工作。",
                     (TaskRow("高标准农田建设", "新建2万亩", Money.wan("600"), Money.wan("540")),
                      TaskRow("农技推广", "培训2000人次", Money.wan("400"), Money.wan("360"))),
                     Money.wan("1000"), Money.wan("900"), "完成建设任务", "已完成", rows, Decimal(90), Decimal(10),
                     Decimal(9), Decimal(100), Decimal(99), "优", signature)


def drawn(pdf: bytes) -> str:
    """The characters in drawing order: a wrapped cell's lines stay together."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return "".join(c["text"] for page in doc.pages for c in page.chars)


def _render(pdf: bytes, tmp_path: Path, name: str) -> list[Path]:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / name)], check=True)
    return sorted(tmp_path.glob(f"{name}*.png"))


def test_the_table_speaks_the_official_wording_and_adds_up(tmp_path: Path) -> None:
    pdf = build_table(table()).pdf
    text = drawn(pdf)
    for word in FORMAT_WORDS:
        assert word in text, word
    assert "1000.00" in text and "900.00" in text and "90.00%" in text and "99" in text
    assert "填报人：王晓梅" in text
    assert len(_render(pdf, tmp_path, "table")) == 1


def test_a_long_table_runs_over_pages_with_its_header_on_each(tmp_path: Path) -> None:
    pdf = build_table(table(lines=60)).pdf
    pages = pdf_text(pdf)
    assert len(pages) >= 3
    assert all("三级指标" in p for p in pages[1:] if "指标" in p)
    assert "总分" in pages[-1] or "总分" in pages[-2]
    assert len(_render(pdf, tmp_path, "long")) == len(pages)


def test_the_public_version_has_no_signature_block() -> None:
    text = "".join(pdf_text(build_table(table(signature=None)).pdf))
    assert "填报人" not in text and "联系电话" not in text and "王晓梅" not in text


def test_the_target_table_and_the_report(tmp_path: Path) -> None:
    target = drawn(build_target_table(table(signature=None)).pdf)
    assert "部门整体支出绩效目标表" in target and "部门职能职责" in target and "指标值" in target
    assert "执行数" not in target and "得分" not in target  # a target table has no results
    report = build_report(table()).pdf
    text = drawn(report)
    for heading in ("一、部门基本情况", "二、绩效目标及完成情况", "三、自评结论", "四、存在的问题及改进措施", "附件："):
        assert heading in text, heading
    assert "自评得分99分" in text and "预算执行率90.00%" in text
    assert len(_render(report, tmp_path, "report")) >= 2
