"""The malformed-input corpus (make_corpus.py) through the real imports: each refused file names its problem in
Chinese (and its cell where it has one) and leaves the database exactly as it was; each accepted file leaves the
database exactly as its clean base file does."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from perfdesk.core.db.engine import open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from tests.corpus import make_corpus as mc

VOLATILE = ("created", "updated", "_at", "file", "sheet", "at", "when", "time")  # columns that differ per run


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, _demo_template: Path) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("corpus")
    db = open_database(_demo_template, lock=False)
    try:
        facts = mc.demo_facts(db)
        made = mc.bases(folder / "bases", facts, db)
    finally:
        db.close()
    return {"folder": folder, "facts": facts, "made": made, "cases": {c.id: c for c in mc.all_cases(facts, made)},
            "references": {}}


def _case_ids() -> list[str]:
    """The case ids without a database (the defects do not depend on the demo's codes)."""
    facts = mc.DemoFacts("P", ("P",), 1, (1,), (("P", "n"), ("Q", "m")))
    made = {name: (base, Path(name)) for name, (base, _) in _fake_bases().items()}
    return [c.id for c in mc.all_cases(facts, made)]


def _fake_bases() -> dict[str, tuple[mc.Base, Path]]:
    """The bases' cells as :func:`make_corpus.bases` sets them (the official cells do not change the case list)."""
    return {name: (base, Path()) for name, base in {
        "targets-flat": mc.Base("targets", ".xlsx", "绩效目标", "I2", 300, "M2", ("L2:M2", "L2"), negative="M2"),
        "targets-official": mc.Base("targets", ".xlsx", "申报表", "D18", 300, "H18", negative="D7"),
        "library": mc.Base("library", ".xlsx", "指标库", "F2", 200, None, ("E2:F2", "E2")),
        "execution-xlsx": mc.Base("execution", ".xlsx", "执行数据", "B2", 300, "D2", ("C2:D2", "C2"), negative="D2"),
        "execution-csv": mc.Base("execution", ".csv", None, "", 300, None),
        "progress": mc.Base("progress", ".xlsx", None, "F20", 120, None),
        "selfeval-official": mc.Base("selfeval", ".xlsx", "项目1", "D15", 300, "F7", ("E7:F7", "F7"), negative="F7"),
        "selfeval-flat": mc.Base("selfeval", ".xlsx", "自评指标", "F2", 300, "L2", ("K2:L2", "K2"), negative="L2"),
    }.items()}


def run_import(kind: str, db: Any, path: Path, facts: mc.DemoFacts) -> None:
    with UnitOfWork(db.sessions, "tester") as uow:
        if kind == "targets":
            from perfdesk.core.services import targets_io as tio

            tio.import_targets(uow, path, drop_progress=True)  # the corpus is about bad cells, not lost progress
        elif kind == "library":
            from perfdesk.core.services import library as lib

            lib.import_library(uow, path)
            uow.commit()
        elif kind == "execution":
            from perfdesk.core.services import monitoring as svc

            svc.import_execution(uow, path, as_of=mc.AUGUST)
        elif kind == "progress":
            from perfdesk.core.services import monitoring_progress as mp

            mp.import_progress_table(uow, path, facts.round_id)
        else:
            from perfdesk.core.services.selfeval_import import import_selfeval

            import_selfeval(uow, [path], db_path=db.path, year=mc.YEAR)


def snapshot(path: Path, *, stable: bool = False) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table; ``stable``: without the audit log and the columns that differ per run."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in con.execute("select name from sqlite_master where type='table' order by name")]
        out = {}
        for table in tables:
            if stable and table in ("audit_log", "meta"):
                continue
            columns = [r[1] for r in con.execute(f'pragma table_info("{table}")')]
            if stable:
                columns = [c for c in columns if not any(v in c for v in VOLATILE)]
            names = ", ".join(f'"{c}"' for c in columns)
            out[table] = sorted(con.execute(f'select {names} from "{table}"').fetchall(), key=repr)
        return out
    finally:
        con.close()


def _fresh_db(template: Path, folder: Path) -> Path:
    from perfdesk.core.db.backup import copy_database

    folder.mkdir(parents=True, exist_ok=True)
    return copy_database(template, folder / "perfdesk.db") or folder / "perfdesk.db"


def _imported(corpus: dict[str, Any], template: Path, name: str, path: Path) -> dict[str, Any]:
    kind = corpus["made"][name][0].kind
    folder = path.parent / "db"
    db_path = _fresh_db(template, folder)
    db = open_database(db_path)
    try:
        run_import(kind, db, path, corpus["facts"])
    finally:
        db.close()
    return snapshot(db_path, stable=True)


def _reference(corpus: dict[str, Any], template: Path, name: str) -> dict[str, Any]:
    """The database after importing the clean base file (once per base)."""
    if name not in corpus["references"]:
        base, source = corpus["made"][name]
        folder = corpus["folder"] / "reference" / name
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{mc.FILE_NAME}{base.suffix}"
        shutil.copyfile(source, path)
        corpus["references"][name] = _imported(corpus, template, name, path)
    return corpus["references"][name]


def test_the_corpus_has_at_least_150_files_across_every_import() -> None:
    ids = _case_ids()
    assert len(ids) >= 150
    assert {i.split("/")[0] for i in ids} == set(mc.BUILDERS)


@pytest.mark.parametrize("base", sorted(mc.BUILDERS))
def test_each_clean_base_file_is_accepted(corpus, _demo_template, chinese, base: str) -> None:  # type: ignore[no-untyped-def]
    assert _reference(corpus, _demo_template, base)  # imported without a refusal


@pytest.mark.parametrize("case_id", _case_ids())
def test_a_malformed_file_is_refused_in_chinese_with_nothing_changed_or_read_as_its_clean_base(
        corpus, _demo_template, tmp_path, chinese, case_id: str) -> None:  # type: ignore[no-untyped-def]
    case = corpus["cases"][case_id]
    base = corpus["made"][case.base][0]
    path = mc.write_case(case, corpus["made"], tmp_path / "file")
    if not case.refused:
        after = _imported(corpus, _demo_template, case.base, path)
        if not case.notes.get("differs_from_base"):
            assert after == _reference(corpus, _demo_template, case.base)
        return
    db_path = _fresh_db(_demo_template, tmp_path / "db")
    before = snapshot(db_path)
    db = open_database(db_path)
    try:
        with pytest.raises(UserErrors) as caught:
            run_import(base.kind, db, path, corpus["facts"])
    finally:
        db.close()
    assert snapshot(db_path) == before, "a refused file changed the database"
    errors = caught.value.errors
    text = "\n".join(str(e) for e in errors)
    assert all(e.file and Path(e.file).name == path.name for e in errors), text
    assert any("\u4e00" <= ch <= "\u9fff" for e in errors for ch in e.message), text  # said in Chinese
    assert "Traceback" not in text and "Error:" not in text
    for word in case.words:
        assert word in text, f"{word!r} not in {text}"
    if case.cell:
        ref = getattr(base, case.cell) if case.cell in ("text", "amount", "negative") else case.cell
        assert any(f"{e.column}{e.row}" == ref and e.sheet in (base.sheet, None) or
                   (base.sheet is None and f"{e.column}{e.row}" == ref) for e in errors), f"{ref} not named: {text}"
