"""Data packages between a township (or department) PC and the county (issue 19): round trip, idempotence,
conflicts decided both ways, approved records kept, each refusal with the database unchanged, a PC set up from a
county package."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from perfdesk.core.db import models as m
from perfdesk.core.db.engine import Database, open_database
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.io import package as pkg
from perfdesk.core.services import ledger
from perfdesk.core.services import package as P
from perfdesk.core.services import package_records as pr
from perfdesk.core.services import targets as ts

# Packages carry SQLite database files between PCs that work offline; a server database refuses them with a
# message (the PostgreSQL pass skips these tests).
pytestmark = pytest.mark.sqlite_only

UNIT, YEAR = "101", 2025
NOW = dt.datetime(2025, 6, 1, 9, 0)


def work(db: Database, user: str, now: dt.datetime = NOW) -> UnitOfWork:
    return UnitOfWork(db.sessions, user=user, now=now)


def dump(path: Path) -> list[str]:
    """Every row of every table (the database's whole content)."""
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def stages(db: Database, unit: str = UNIT) -> dict[str, Any]:
    with db.sessions() as session:
        scope = pr.scope_of(session, unit, YEAR)
        assert scope is not None
        return pr.read_stages(session, scope)


@pytest.fixture
def county(demo_db: Database) -> Database:
    return demo_db


@pytest.fixture
def township(county: Database, tmp_path: Path) -> Database:
    """A department's PC set up from the county's down package alone."""
    down = tmp_path / "down.pdpkg"
    send_down(county, down)
    (tmp_path / "town").mkdir()
    P.setup_from_package(tmp_path / "town" / "town.db", down, user="town")
    database = open_database(tmp_path / "town" / "town.db")
    yield database
    database.close()


def target_id(db: Database, project: str, status: str | None = None) -> int:
    with db.sessions() as session:
        stmt = (select(m.PerformanceTarget.id).join(m.Project).join(m.BudgetYear)
                .where(m.Project.code == project, m.BudgetYear.year == YEAR, m.PerformanceTarget.is_current))
        return session.scalars(stmt).one()


def a_project(db: Database, status: str) -> str:
    with db.sessions() as session:
        scope = pr.scope_of(session, UNIT, YEAR)
        rows = session.execute(select(m.Project.code).join(m.PerformanceTarget).where(
            m.Project.id.in_(scope.projects), m.PerformanceTarget.status == status, m.PerformanceTarget.is_current))
        return sorted(rows.scalars())[0]


def set_goal(db: Database, project: str, goal: str, user: str) -> None:
    with work(db, user) as uow:
        uow.session.get(m.PerformanceTarget, target_id(db, project)).annual_goal = goal
        uow.commit()


def send_down(county: Database, out: Path) -> Path:
    with work(county, "county") as uow:
        P.export_package(uow, unit=UNIT, year=YEAR, out=out, data_dir=county.data_dir, down=True)
    return out


def send_up(township: Database, out: Path) -> Path:
    with work(township, "town") as uow:
        P.export_package(uow, unit=UNIT, year=YEAR, out=out, data_dir=township.data_dir)
    return out


def receive(county: Database, path: Path, **kw: Any) -> P.ImportSummary:
    with work(county, "county") as uow:
        return P.import_package(uow, path, data_dir=county.data_dir, **kw)


def add_evidence(db: Database, tmp_path: Path) -> bytes:
    content = "整改报告：已完成设备采购验收。".encode() * 50
    (tmp_path / "整改报告.txt").write_bytes(content)
    with db.sessions() as session:
        unit_id = session.scalar(select(m.Unit.id).where(m.Unit.code == "101001"))
    with work(db, "town") as uow:
        item = ledger.create_item(uow, year=YEAR, unit_id=unit_id, problem="资产管理不规范", measure="建立台账",
                                  deadline=dt.date(2025, 12, 31))
    with work(db, "town") as uow:
        ledger.add_attachment(uow, item, tmp_path / "整改报告.txt", data_dir=db.data_dir)
    return content


# -- set up from a county package ------------------------------------------------------------------------------------
def test_a_township_pc_set_up_from_a_down_package_holds_its_own_subtree_only(county: Database,
                                                                            township: Database) -> None:
    with township.sessions() as session:
        codes = set(session.scalars(select(m.Unit.code)))
        assert codes == {"101", "101001"}
        assert P.home_unit(session) == UNIT
        assert session.scalar(select(m.Unit.parent_id).where(m.Unit.code == "101")) is None
        projects = session.scalar(select(m.Project.id).where(m.Project.unit_id.not_in(
            select(m.Unit.id))).limit(1))
        assert projects is None
        assert "draft" not in set(session.scalars(select(m.PerformanceTarget.status)))
        assert session.scalar(select(m.LibraryIndicator.id).limit(1)) is not None
        history = session.execute(select(m.ExchangePackage.direction, m.ExchangePackage.kind)).all()
        assert history == [("received", "down")]
    county_side = stages(county)
    town_side = stages(township)
    assert town_side["monitoring"] == county_side["monitoring"]
    assert town_side["selfevals"] == [e for e in county_side["selfevals"] if e["status"] in ("approved", "returned")]
    reviewed = [t for t in county_side["targets"] if t["status"] in ("approved", "returned")]
    assert reviewed and all(t in town_side["targets"] for t in reviewed)
    returned = [t for t in town_side["targets"] if t["status"] == "returned"]
    assert any(r["comment"] for t in returned for r in t["reviews"])  # the county's comments travel down


def test_a_down_package_cannot_set_up_over_an_existing_file(county: Database, tmp_path: Path) -> None:
    down = tmp_path / "down.pdpkg"
    send_down(county, down)
    with pytest.raises(UserErrors):
        P.setup_from_package(county.path, down)


# -- up: round trip, idempotence --------------------------------------------------------------------------------------
def test_a_units_package_gives_the_county_identical_data_files_included(county: Database, township: Database,
                                                                       tmp_path: Path) -> None:
    project = a_project(township, "returned")
    set_goal(township, project, "完成全县中小学教学设备更新 120 套", "town")
    with work(township, "town") as uow:
        ts.submit(uow, target_id(township, project), "已按意见修改")
        uow.commit()
    content = add_evidence(township, tmp_path)
    up = send_up(township, tmp_path / "up.pdpkg")
    summary = receive(county, up)
    assert summary.updated == {"targets": 1}
    assert summary.added == {"ledger": 1}
    assert summary.files == 1 and not summary.conflicts
    town_side, county_side = stages(township), stages(county)
    for stage in ("targets", "monitoring", "selfevals", "ledger"):
        mine = {a.key: a.record for a in pr.aggregates(town_side, {})}
        theirs = {a.key: a.record for a in pr.aggregates(county_side, {})}
        assert all(theirs[k] == v for k, v in mine.items()), stage
    target = next(t for t in county_side["targets"] if t["project"] == project)
    assert target["annual_goal"] == "完成全县中小学教学设备更新 120 套" and target["status"] == "submitted"
    assert target["reviews"][-1]["comment"] == "已按意见修改"
    with county.sessions() as session:
        stored = session.scalars(select(m.Attachment)).one()
        assert (county.data_dir / stored.stored_path).read_bytes() == content
        assert stored.file_name == "整改报告.txt"
        audit = session.scalars(select(m.AuditLog).where(m.AuditLog.action == "package.import")).one()
        assert audit.details["updated"] == {"targets": 1} and audit.details["unit"] == UNIT


def test_importing_the_same_package_twice_changes_nothing(county: Database, township: Database,
                                                          tmp_path: Path) -> None:
    set_goal(township, a_project(township, "returned"), "新的年度目标", "town")
    add_evidence(township, tmp_path)
    up = send_up(township, tmp_path / "up.pdpkg")
    receive(county, up)
    before = dump(county.path)
    files = sorted(p.name for p in (county.data_dir / "attachments").rglob("*"))
    again = receive(county, up)
    assert again.changes == 0 and again.already
    assert dump(county.path) == before
    assert sorted(p.name for p in (county.data_dir / "attachments").rglob("*")) == files


# -- conflicts ---------------------------------------------------------------------------------------------------------
@pytest.fixture
def conflict(county: Database, township: Database, tmp_path: Path) -> tuple[str, Path]:
    project = a_project(township, "returned")
    set_goal(county, project, "县财政局修改的目标", "county")
    set_goal(township, project, "单位修改的目标", "town")
    return project, send_up(township, tmp_path / "up.pdpkg")


def test_a_record_changed_on_both_sides_is_shown_side_by_side_and_kept_until_decided(
        county: Database, conflict: tuple[str, Path]) -> None:
    project, up = conflict
    preview = receive(county, up, dry_run=True)
    assert len(preview.conflicts) == 1
    shown = preview.conflicts[0]
    assert shown.key == pr.target_key(project, 1) or shown.key.startswith(f"targets|{project}|")
    assert ("annual goal", "县财政局修改的目标", "单位修改的目标") in shown.differences
    undecided = receive(county, up)
    assert [c.key for c in undecided.pending] == [shown.key]
    assert _goal(county, project) == "县财政局修改的目标"  # never overwritten silently
    assert receive(county, up).pending  # shown again until a person decides


def test_a_conflict_decided_for_this_database_keeps_it(county: Database, conflict: tuple[str, Path]) -> None:
    project, up = conflict
    key = receive(county, up, dry_run=True).conflicts[0].key
    summary = receive(county, up, choices={key: P.LOCAL})
    assert summary.conflicts[0].choice == P.LOCAL and not summary.pending
    assert _goal(county, project) == "县财政局修改的目标"


def test_a_conflict_decided_for_the_package_takes_it(county: Database, conflict: tuple[str, Path]) -> None:
    project, up = conflict
    key = receive(county, up, dry_run=True).conflicts[0].key
    summary = receive(county, up, choices={key: P.INCOMING})
    assert summary.conflicts[0].choice == P.INCOMING
    assert _goal(county, project) == "单位修改的目标"
    assert receive(county, up).changes == 0  # decided: the same package again changes nothing


def _goal(db: Database, project: str) -> str:
    with db.sessions() as session:
        return session.get(m.PerformanceTarget, target_id(db, project)).annual_goal


def test_a_change_made_only_at_the_county_is_kept_and_a_change_made_only_by_the_unit_taken(
        county: Database, township: Database, tmp_path: Path) -> None:
    project = a_project(township, "returned")
    set_goal(township, project, "只在单位改", "town")
    with work(county, "county") as uow:
        execution = uow.session.scalars(select(m.MonitoringExecution).join(m.Project).where(
            m.Project.code == project)).first()
        execution.goal_progress = "只在县里改"
        uow.commit()
    summary = receive(county, send_up(township, tmp_path / "up.pdpkg"))
    assert summary.kept_local == {"monitoring": 1} and summary.updated == {"targets": 1}
    assert _goal(county, project) == "只在单位改"
    with county.sessions() as session:
        assert session.get(m.MonitoringExecution, execution.id).goal_progress == "只在县里改"


def test_a_units_package_never_overwrites_what_finance_approved(county: Database, township: Database,
                                                                tmp_path: Path) -> None:
    project = a_project(township, "returned")
    with work(county, "county") as uow:
        tid = target_id(county, project)
        uow.session.get(m.PerformanceTarget, tid).status = "submitted"
        ts.approve(uow, tid, "同意")
        uow.commit()
    set_goal(township, project, "单位在审核后又改了", "town")
    summary = receive(county, send_up(township, tmp_path / "up.pdpkg"))
    assert len(summary.kept_approved) == 1 and project in summary.kept_approved[0]
    assert _goal(county, project) != "单位在审核后又改了"


# -- refusals -----------------------------------------------------------------------------------------------------------
@pytest.fixture
def up(township: Database, tmp_path: Path) -> Path:
    set_goal(township, a_project(township, "returned"), "单位修改的目标", "town")
    add_evidence(township, tmp_path)
    return send_up(township, tmp_path / "up.pdpkg")


def _rewrite(source: Path, dest: Path, *, manifest: dict[str, Any] | None = None, sql: tuple[str, ...] = (),
             reseal: bool = True) -> Path:
    """A package as another program could write it: the manifest or the records changed (sealed again and with
    the right checksums when asked, so that only the checks of what it holds can refuse it)."""
    with zipfile.ZipFile(source) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    fields = json.loads(parts[pkg.MANIFEST]) | (manifest or {})
    if sql:
        part = dest.with_suffix(".sqlite")
        part.write_bytes(parts[pkg.DATA])
        con = sqlite3.connect(part)
        for statement in sql:
            con.execute(statement)
        con.commit()
        con.close()
        parts[pkg.DATA] = part.read_bytes()
        fields["parts"][pkg.DATA] = {"sha256": pkg.digest(parts[pkg.DATA]), "size": len(parts[pkg.DATA])}
    if reseal:
        fields["seal"] = pkg.seal_of(fields)
    parts[pkg.MANIFEST] = pkg.canonical(fields)
    with zipfile.ZipFile(dest, "w") as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
    return dest


def _truncated(up: Path, out: Path) -> Path:
    out.write_bytes(up.read_bytes()[: up.stat().st_size * 2 // 3])
    return out


def _one_byte(up: Path, out: Path) -> Path:
    content = bytearray(up.read_bytes())
    with zipfile.ZipFile(up) as zf:
        info = zf.getinfo(pkg.DATA)
    at = info.header_offset + 30 + len(info.filename) + len(info.extra) + 40  # inside the packed data
    content[at] ^= 0x01
    out.write_bytes(bytes(content))
    return out


def _manifest_edited(up: Path, out: Path) -> Path:
    return _rewrite(up, out, manifest={"year": 2024}, reseal=False)


def _newer_schema(up: Path, out: Path) -> Path:
    return _rewrite(up, out, manifest={"schema": "zz_from_the_future"})


def _unknown_unit(up: Path, out: Path) -> Path:
    return _rewrite(up, out, manifest={"unit_code": "999", "unit_name": "外县单位"},
                    sql=("UPDATE unit SET code = '999' WHERE code = '101'",
                         "UPDATE meta SET value = '999' WHERE key = 'package.unit'"))


def _another_subtree(up: Path, out: Path) -> Path:
    """One of the package's projects renamed to a project of unit 102001 (another department's)."""
    return _rewrite(up, out, sql=(f"UPDATE project SET code = '{_other_project()}' WHERE id = "
                                  "(SELECT project_id FROM performance_target ORDER BY id LIMIT 1)",))


_OTHER: list[str] = []


def _other_project() -> str:
    return _OTHER[0]


REFUSALS = {"truncated": (_truncated, "damaged or incomplete"), "one byte changed": (_one_byte, "damaged"),
            "manifest edited": (_manifest_edited, "seal"), "newer schema": (_newer_schema, "newer database schema"),
            "unknown unit": (_unknown_unit, "not in this database"),
            "another unit's subtree": (_another_subtree, "outside 101")}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_a_bad_package_is_refused_with_a_clear_message_and_nothing_written(
        county: Database, up: Path, tmp_path: Path, case: str) -> None:
    with county.sessions() as session:
        _OTHER[:] = [session.scalar(select(m.Project.code).join(m.Unit, m.Unit.id == m.Project.unit_id)
                                    .join(m.BudgetYear).where(m.Unit.code == "102001", m.BudgetYear.year == YEAR)
                                    .limit(1))]
    make, words = REFUSALS[case]
    bad = make(up, tmp_path / f"bad-{case.replace(' ', '_')}.pdpkg")
    before = dump(county.path)
    with pytest.raises(UserErrors) as caught:
        receive(county, bad)
    message = str(caught.value.errors[0])
    assert words in message and bad.name in message
    assert dump(county.path) == before
    assert not (county.data_dir / "attachments").exists()
    assert not list((county.data_dir / "backups").glob("*before-package*")) if (county.data_dir / "backups").exists() \
        else True


def test_a_zip_bomb_is_refused_from_the_directory_alone(county: Database, up: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(up) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    fields = json.loads(parts[pkg.MANIFEST])
    bomb = b"\0" * (700 * 2**20)
    fields["parts"]["files/" + pkg.digest(bomb)] = {"sha256": pkg.digest(bomb), "size": len(bomb)}
    fields["seal"] = pkg.seal_of(fields)
    parts[pkg.MANIFEST] = pkg.canonical(fields)
    out = tmp_path / "bomb.pdpkg"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
        zf.writestr("files/" + pkg.digest(bomb), bomb)
    with pytest.raises(UserErrors, match="exhaust memory"):
        P.read_verified(out)


def test_a_package_with_a_name_its_manifest_does_not_list_is_refused(up: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(up) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    out = tmp_path / "extra.pdpkg"
    with zipfile.ZipFile(out, "w") as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
        zf.writestr("../../evil.txt", b"x")
    with pytest.raises(UserErrors, match="unexpected"):
        P.read_verified(out)


def test_a_down_package_is_not_imported_into_the_countys_database(county: Database, tmp_path: Path) -> None:
    down = tmp_path / "down.pdpkg"
    send_down(county, down)
    with pytest.raises(UserErrors, match="own PC"):
        receive(county, down)


def test_another_townships_package_is_refused_on_a_township_pc(county: Database, township: Database,
                                                             tmp_path: Path) -> None:
    other = tmp_path / "other.pdpkg"
    with work(county, "county") as uow:
        P.export_package(uow, unit="102", year=YEAR, out=other, data_dir=county.data_dir)
    before = dump(township.path)
    with pytest.raises(UserErrors, match="not in this database"):
        receive(township, other)
    assert dump(township.path) == before


# -- down again: the county's answers reach the unit ----------------------------------------------------------------------
def test_the_countys_return_with_a_comment_reaches_the_unit(county: Database, township: Database,
                                                           tmp_path: Path) -> None:
    project = a_project(township, "returned")
    set_goal(township, project, "单位修改后报送", "town")
    with work(township, "town") as uow:
        ts.submit(uow, target_id(township, project), "")
        uow.commit()
    receive(county, send_up(township, tmp_path / "up.pdpkg"))
    with work(county, "county", NOW + dt.timedelta(days=1)) as uow:
        ts.return_target(uow, target_id(county, project), "成本指标缺失，请补充")
        uow.commit()
    down = tmp_path / "down2.pdpkg"
    send_down(county, down)
    summary = receive(township, down)
    assert summary.updated.get("targets") == 1 and not summary.conflicts
    with township.sessions() as session:
        target = session.get(m.PerformanceTarget, target_id(township, project))
        assert target.status == "returned" and target.reviews[-1].comment == "成本指标缺失，请补充"


def test_a_part_named_outside_the_packages_folders_is_refused_even_when_listed(up: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(up) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    fields = json.loads(parts[pkg.MANIFEST])
    fields["parts"]["../../evil.bat"] = {"sha256": pkg.digest(b"x"), "size": 1}
    fields["seal"] = pkg.seal_of(fields)
    parts[pkg.MANIFEST] = pkg.canonical(fields)
    out = tmp_path / "listed.pdpkg"
    with zipfile.ZipFile(out, "w") as zf:
        for name, content in parts.items():
            zf.writestr(name, content)
        zf.writestr("../../evil.bat", b"x")
    with pytest.raises(UserErrors, match="unexpected: ../../evil.bat"):
        P.read_verified(out)
