"""``perfdesk exante list|show|export|import|record`` and ``perfdesk report exante`` on a small county."""

from __future__ import annotations

import json

import openpyxl
import pypdf
import pytest

from perfdesk.cli import main
from perfdesk.core.db import models as m
from perfdesk.core.db.engine import open_database
from perfdesk.core.i18n import set_translator
from tests.services.scenario import P, build


@pytest.fixture(autouse=True)
def _english_core_after_cli():  # type: ignore[no-untyped-def]
    yield
    set_translator(None)


@pytest.fixture
def path(empty_db_path):  # type: ignore[no-untyped-def]
    with open_database(empty_db_path) as db:
        ids = build(db, [P("N01", None, "100"), P("N02", None, "250"), P("C01", None, "80")])
        with db.sessions() as s:
            for code in ("N01", "N02"):
                s.get(m.Project, ids[code]).attribute = "new"
            s.commit()
    return empty_db_path


def run(path, *args: str) -> int:  # type: ignore[no-untyped-def]
    return main(["--db", str(path), "--lang", "en", "exante", *args])


def test_record_then_list_and_show_as_json(path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(path, "record", "N01", "--date", "2025-03-18", "--grades", "良" * 19 + "中",
               "--finding", "必要性=需求迫切", "--assessor", "县财政局绩效科") == 0
    assert "79.00, 调整后支持" in capsys.readouterr().out
    assert run(path, "list", "--json") == 0
    rows = {r["code"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {"N01", "N02"}  # the continuing project needs no assessment
    assert rows["N01"]["total"] == "79.00" and rows["N01"]["conclusion_text"] == "调整后支持"
    assert rows["N02"]["assessment_id"] is None
    assert run(path, "show", "N01", "--json") == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["dimensions"][0] == {"dimension": "必要性", "points": "20", "score": "16.00", "finding": "需求迫切"}
    assert len(shown["items"]) == 20 and shown["items"][-1]["grade"] == "中"


def test_the_wrong_number_of_grades_is_refused(path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(path, "record", "N01", "--date", "2025-03-18", "--grades", "优优优") == 1
    assert "20 items" in capsys.readouterr().err


def test_blank_forms_exported_filled_and_imported(path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    book = tmp_path / "forms.xlsx"
    assert run(path, "export", "--blank", "--out", str(book)) == 0
    wb = openpyxl.load_workbook(book)
    wb["评估情况"]["D3"] = "2025-03-20"  # N02
    wb["评估情况"]["F3"] = "是"
    for row in range(22, 42):
        wb["评分"].cell(row, 5).value = "优"
    wb.save(book)
    assert run(path, "import", str(book), "--dry-run") == 0
    assert "1 assessments would be stored, 1 blank forms skipped" in capsys.readouterr().out
    assert run(path, "import", str(book)) == 0
    capsys.readouterr()
    assert run(path, "list") == 0
    out = capsys.readouterr().out
    assert "N02" in out and "100.00  予以支持" in out and "2 projects, 1 assessed." in out
    assert run(path, "export", "--json") == 0
    assert [a["project"] for a in json.loads(capsys.readouterr().out)] == ["N02"]


def test_the_printed_opinion_names_the_conclusion_and_the_library(path, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert run(path, "record", "N02", "--date", "2025-03-18", "--grades", "优" * 20, "--library") == 0
    out = tmp_path / "opinion.pdf"
    assert main(["--db", str(path), "report", "exante", "--out", str(out), "--issued", "2025-03-25"]) == 0
    text = "".join("".join(page.extract_text() for page in pypdf.PdfReader(out).pages).split())
    assert "关于项目N02的事前绩效评估意见" in text and "予以支持" in text and "同意纳入项目库" in text
    assert "2025年3月25日" in text and "事前绩效评估评分表" in text and "100.00" in text
