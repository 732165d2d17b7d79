"""``perfdesk report KIND --project/--unit``: honoured by the kinds that cover it, refused by the others."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdesk.cli import main
from perfdesk.core.services import report_kinds


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", sorted(k for k, m in report_kinds.kinds().items()
                                        if "project" not in report_kinds.scopes(m)))
def test_a_kind_that_cannot_be_limited_to_a_project_refuses_project(kind: str, demo_db_path: Path, tmp_path: Path,
                                                                     capsys) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "r.pdf"
    required = ["--item", "1"] if kind == "interview-record" else []
    code, _, err = run(capsys, "--lang", "zh_CN", "--db", str(demo_db_path), "report", kind, "--project", "X1",
                       "--out", str(out), *required)
    assert code == 1 and "--project" in err and not out.exists()


def test_every_kind_declares_what_it_covers_and_the_ranking_covers_the_year_only() -> None:
    found = {k: report_kinds.scopes(m) for k, m in report_kinds.kinds().items()}
    assert found["ranking"] == ("year",)
    assert found["selfeval"] == ("project", "unit", "year")
    assert {"monitoring-summary", "reminder-letters", "rectification-notice", "spotcheck"} <= {
        k for k, s in found.items() if "project" not in s}
