"""The kill campaign (issue 17): at least 200 ``kill -9``s at random moments of real CLI runs — imports of
targets, library, execution and progress, scoring, ranking confirmation, backup and restore — each followed by
the checks a county would need: the database passes ``PRAGMA integrity_check``, holds either everything the
operation writes or nothing of it (every table's rows compared with the state before and after an undisturbed
run), opens again, and every file under a backup's name is a complete database.

The CLI runs are forked from one process that imported PerfDesk once (tests/reliability/zygote.py): a kill hits
the operation, not Python's start-up. The moments come from a seeded generator, so a failure can be replayed."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from perfdesk.core.db.backup import copy_database
from perfdesk.core.db.engine import open_database
from perfdesk.core.db.sqlite_files import looks_complete
from tests.services.library_books import book, row

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not hasattr(os, "fork"), reason="forks the CLI runs")]

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("PERFDESK_KILLS", "200"))  # fewer by hand while working on it
SEED = 20251215
State = dict[str, tuple[int, str]]


class Zygote:
    """The forking server of tests/reliability/zygote.py."""

    def __init__(self, env: dict[str, str]):
        self.proc = subprocess.Popen([sys.executable, str(Path(__file__).with_name("zygote.py"))], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self._ask(None) == "ready"

    def _ask(self, request: Any) -> Any:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if request is not None:
            self.proc.stdin.write(json.dumps(request) + "\n")
            self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def run(self, argv: list[str], kill_after: float | None = None) -> tuple[bool, int, float]:
        """Run ``argv``; kill it after ``kill_after`` seconds unless done. (killed, exit code, seconds)."""
        start = time.perf_counter()
        pid = self._ask({"run": argv})
        if kill_after is not None:
            time.sleep(kill_after)
            os.kill(pid, signal.SIGKILL)  # unreaped until "wait": never another process's pid
        status = self._ask({"wait": pid})
        elapsed = time.perf_counter() - start
        if os.WIFSIGNALED(status):
            return True, -os.WTERMSIG(status), elapsed
        return False, os.WEXITSTATUS(status), elapsed

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def state(path: Path) -> State:
    """Every table's row count and a digest of its rows (times of day left out, and the audit log's details,
    which name backup files by the clock)."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                            "'sqlite_%' ORDER BY name")]
        out = {}
        for table in tables:
            columns = [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')
                       if "TIME" not in (r[2] or "").upper() and table not in ("audit_log", "meta")]
            digest = hashlib.sha1()
            if columns:
                listed = ", ".join(f'"{c}"' for c in columns)
                for values in con.execute(f'SELECT {listed} FROM "{table}" ORDER BY 1'):
                    digest.update(repr(values).encode())
            out[table] = (con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0], digest.hexdigest())
        return out
    finally:
        con.close()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


@dataclass
class Operation:
    name: str
    argv: Callable[[Path], list[str]]
    before: State | None = None
    after: State | None = None
    seconds: float = 0.0
    kills: int = 0


def query(path: Path, sql: str) -> list[tuple[Any, ...]]:
    con = sqlite3.connect(path)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def inputs(base: Path, folder: Path, run: Callable[[list[str]], None]) -> dict[str, Path]:
    """The files the operations read, made from the base database."""
    files = {"targets": folder / "targets.xlsx", "progress": folder / "progress.xlsx"}
    run(["--db", str(base), "targets", "export", "--out", str(files["targets"])])
    wb = load_workbook(files["targets"])
    ws = wb.worksheets[0]
    head = [c.value for c in ws[1]]
    draft = {code for (code,) in query(base, "SELECT p.code FROM project p JOIN performance_target t ON "
                                             "t.project_id = p.id WHERE t.is_current AND t.status = 'draft'")}
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, head.index("PRO_CODE") + 1).value in draft:
            ws.cell(r, head.index("备注") + 1).value = "按季度统计"
    wb.save(files["targets"])
    files["library"] = book(folder / "library.xlsx", [row(f"本县新增指标{i}") for i in range(40)])
    codes = query(base, "SELECT p.code, p.full_year_budget_fen FROM project p JOIN budget_year y ON y.id = p.year_id "
                        "WHERE y.year = 2025 ORDER BY p.code")
    files["execution"] = folder / "execution.csv"
    files["execution"].write_text("项目编码,预算数（元）,执行数（元）\n" + "".join(
        f"{code},{fen / 100:.2f},{fen / 300:.2f}\n" for code, fen in codes), encoding="utf-8")
    typed = query(base, "SELECT DISTINCT p.code FROM indicator_progress ip JOIN monitoring_round r ON r.id = ip.round_id "
                        "JOIN target_indicator i ON i.id = ip.indicator_id JOIN performance_target t ON "
                        "t.id = i.target_id JOIN project p ON p.id = t.project_id WHERE r.as_of = '2025-07-31' "
                        "ORDER BY p.code LIMIT 3")
    run(["--db", str(base), "monitor", "export-progress", str(files["progress"]), "--as-of", "2025-07-31",
         *[arg for (code,) in typed for arg in ("--project", code)]])
    return files


def operations(files: dict[str, Path], candidate: Path) -> list[Operation]:
    def cli(*args: str) -> Callable[[Path], list[str]]:
        return lambda db: ["--db", str(db), *args]

    return [Operation("targets import", cli("targets", "import", str(files["targets"]))),
            Operation("library import", cli("library", "import", str(files["library"]))),
            Operation("monitor import", cli("monitor", "import", str(files["execution"]), "--as-of", "2025-09-30")),
            Operation("progress import", cli("monitor", "import-progress", str(files["progress"]), "--as-of",
                                             "2025-07-31")),
            Operation("scoring", cli("selfeval", "score", "--year", "2025")),
            Operation("ranking confirm", cli("rank", "--year", "2025", "--confirm")),
            Operation("backup", cli("backup")),
            Operation("restore", cli("restore", str(candidate)))]


def fresh(base: Path, work: Path) -> None:
    if work.parent.exists():
        shutil.rmtree(work.parent)
    work.parent.mkdir()
    shutil.copyfile(base, work)


def check_after_kill(op: Operation, work: Path) -> None:
    assert integrity(work) == "ok", op.name
    now = state(work)
    assert now in (op.before, op.after), f"{op.name}: neither all nor nothing"
    open_database(work).close()  # opens again (the dead process's lock went with it)
    for made in (work.parent / "backups").glob("*.db"):
        assert looks_complete(made) and integrity(made) == "ok", f"{op.name}: {made.name} cut short"


def test_two_hundred_kills_leave_every_database_whole_and_all_or_nothing(_demo_template: Path,
                                                                         tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "PERFDESK_HOME": str(tmp_path / "home"),
           "PERFDESK_LANG": "zh_CN"}
    base, work = tmp_path / "base" / "perfdesk.db", tmp_path / "work" / "perfdesk.db"
    base.parent.mkdir()
    copy_database(_demo_template, base)
    zygote = Zygote(env)
    try:
        def run(argv: list[str]) -> None:
            killed, code, _s = zygote.run(argv)
            assert (killed, code) == (False, 0), argv

        run(["--db", str(base), "rank", "--year", "2025"])  # a draft run for `rank --confirm` to confirm
        files = inputs(base, tmp_path, run)
        candidate = tmp_path / "candidate.db"  # what restore brings back: the base with the library imported
        fresh(base, work)
        run(["--db", str(work), "library", "import", str(files["library"])])
        copy_database(work, candidate)
        ops = operations(files, candidate)
        for op in ops:  # each once undisturbed: the state it leaves, and how long it takes
            fresh(base, work)
            op.before = state(work)
            killed, code, op.seconds = zygote.run(op.argv(work))
            assert (killed, code) == (False, 0), op.name
            op.after = state(work)
        assert all(op.after != op.before for op in ops if op.name != "backup")
        rng = random.Random(SEED)
        total = trials = 0
        while total < KILLS:
            trials += 1
            assert trials < 3 * KILLS, "the operations end before the kills reach them"
            op = ops[trials % len(ops)]
            fresh(base, work)
            killed, code, _s = zygote.run(op.argv(work), kill_after=rng.uniform(0, op.seconds))
            assert killed or code == 0, f"{op.name} failed without a kill: exit {code}"
            check_after_kill(op, work)
            op.kills += killed
            total += killed
        print(f"{total} kills in {trials} runs:", {op.name: op.kills for op in ops})  # shown with -s
    finally:
        zygote.close()
    assert all(op.kills >= KILLS // len(ops) // 3 for op in ops), {op.name: op.kills for op in ops}
