"""Re-importing a draft or returned project's targets keeps the indicators that are still there — their rows,
the monitoring progress typed for them and the self-evaluation lines linked to them (issue 17 item 2)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from perfdesk.core.db.driver import marks
from perfdesk.core.db.engine import Database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.io.targets_xlsx import FLAT_HEADER
from perfdesk.core.services import targets_io as tio
from perfdesk.core.services.maintenance import info

YEAR = 2025


def query(db: Database, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    """Rows straight from the database (a SQLite file or a server), ``?`` marks as in SQLite."""
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql(marks(sql, conn.dialect.paramstyle), params)]


def counts_of(db: Database) -> dict[str, int]:
    return info(db).counts


def project_with_progress(db: Database) -> str:
    """A draft or returned project of the year whose indicators have monitoring progress."""
    return query(db, "SELECT p.code FROM performance_target t JOIN project p ON p.id = t.project_id "
                       "JOIN target_indicator i ON i.target_id = t.id JOIN indicator_progress ip ON ip.indicator_id = i.id "
                       "WHERE t.is_current AND t.status IN ('draft', 'returned') ORDER BY p.code LIMIT 1")[0][0]


def indicators(db: Database, code: str) -> list[tuple[Any, ...]]:
    return query(db, "SELECT i.id, i.name, i.note FROM target_indicator i JOIN performance_target t ON "
                       "t.id = i.target_id JOIN project p ON p.id = t.project_id WHERE p.code = ? AND t.is_current "
                       "ORDER BY i.part DESC, i.sort_order", code)


def progress(db: Database) -> list[tuple[Any, ...]]:
    return query(db, "SELECT * FROM indicator_progress ORDER BY id")


def exported(db, tmp_path: Path, code: str):  # type: ignore[no-untyped-def]
    """The flat export with the rows of ``code`` (worksheet, row numbers)."""
    path = tmp_path / "targets.xlsx"
    with db.sessions() as s:
        tio.export_targets(s, path, year=YEAR, layout="flat")
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    col = {name: FLAT_HEADER.index(name) + 1 for name in FLAT_HEADER}
    rows = [r for r in range(2, ws.max_row + 1) if ws.cell(r, col["PRO_CODE"]).value == code]
    return path, wb, ws, rows, col


def do_import(db, path: Path, **kw: Any) -> tio.ImportSummary:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, "tester") as uow:
        return tio.import_targets(uow, path, **kw)


def test_changing_one_note_keeps_every_indicator_its_progress_and_its_evaluation_line(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = project_with_progress(demo_db)
    before = indicators(demo_db, code)
    line = query(demo_db, "SELECT id FROM self_eval_line ORDER BY id LIMIT 1")[0][0]
    with demo_db.engine.begin() as conn:  # a self-evaluation line linked to the project's first indicator
        conn.execute(text("UPDATE self_eval_line SET indicator_id = :i WHERE id = :id"), {"i": before[0][0], "id": line})
    typed = progress(demo_db)
    path, wb, ws, rows, col = exported(demo_db, tmp_path, code)
    ws.cell(rows[1], col["备注"]).value = "按季度统计"
    wb.save(path)
    summary = do_import(demo_db, path)
    assert (summary.created, summary.updated, summary.dropped) == (0, 1, ())
    after = indicators(demo_db, code)
    assert [i[0] for i in after] == [i[0] for i in before]  # the same rows
    assert after[1][2] == "按季度统计" and [i[2] for i in after[2:]] == [i[2] for i in before[2:]]
    assert progress(demo_db) == typed  # all 1,092 such rows in the county demo used to vanish
    assert query(demo_db, "SELECT indicator_id FROM self_eval_line WHERE id = ?", line) == [(before[0][0],)]


def test_removing_an_indicator_with_progress_is_said_in_the_dry_run_and_the_summary(demo_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = project_with_progress(demo_db)
    before = indicators(demo_db, code)
    ids = ",".join(str(i[0]) for i in before)
    gone = query(demo_db, "SELECT i.id, i.name, count(ip.id) FROM target_indicator i JOIN indicator_progress "
                               f"ip ON ip.indicator_id = i.id WHERE i.id IN ({ids}) GROUP BY i.id ORDER BY i.sort_order "
                               "LIMIT 1")[0]
    path, wb, ws, rows, col = exported(demo_db, tmp_path, code)
    [row] = [r for r in rows if ws.cell(r, col["三级指标"]).value == gone[1]]
    ws.delete_rows(row)
    wb.save(path)
    counts, typed = counts_of(demo_db), progress(demo_db)
    dry = do_import(demo_db, path, dry_run=True)
    assert dry.dry_run and [(d.project_code, d.name, d.progress_rows) for d in dry.dropped] == [(code, gone[1], gone[2])]
    assert counts_of(demo_db) == counts and progress(demo_db) == typed  # nothing written
    with pytest.raises(tio.ProgressWouldBeLost) as refused:  # not without the person's word
        do_import(demo_db, path)
    assert code in str(refused.value) and gone[1] in str(refused.value)
    assert counts_of(demo_db) == counts and progress(demo_db) == typed
    done = do_import(demo_db, path, drop_progress=True)
    assert [(d.project_code, d.name, d.progress_rows) for d in done.dropped] == [(code, gone[1], gone[2])]
    left = progress(demo_db)
    assert len(left) == len(typed) - gone[2] and all(r[2] != gone[0] for r in left)
    assert [i[0] for i in indicators(demo_db, code)] == [i[0] for i in before if i[0] != gone[0]]


def test_saving_the_editor_with_one_value_changed_keeps_the_rows_and_their_progress(demo_db) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from perfdesk.core.services import targets as ts

    code = project_with_progress(demo_db)
    before, typed = indicators(demo_db, code), progress(demo_db)
    [(pid,)] = query(demo_db, "SELECT id FROM project WHERE code = ?", code)
    with UnitOfWork(demo_db.sessions, "tester") as uow:
        _head, draft = ts.load_target(uow.session, pid)
        draft.indicators[0] = replace(draft.indicators[0], note="年底前完成")
        ts.save_target(uow, pid, draft)
        uow.commit()
    after = indicators(demo_db, code)
    assert [i[0] for i in after] == [i[0] for i in before] and after[0][2] == "年底前完成"
    assert progress(demo_db) == typed
