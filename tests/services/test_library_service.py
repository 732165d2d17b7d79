from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from perfdesk.core.db import models as m
from perfdesk.core.db import queries_targets as qt
from perfdesk.core.db.backup import backups_dir
from perfdesk.core.db.sqlite_files import table_counts
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.domain.errors import UserErrors
from perfdesk.core.services import library as lib
from perfdesk.core.services.library import LibraryFilter
from tests.services.library_books import book, row


def _count(db, model=m.LibraryIndicator) -> int:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def _load(db) -> int:  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, user="tester") as uow:
        n = lib.load_shipped(uow)
        uow.commit()
    return n


def test_load_shipped_fills_an_empty_library_once_and_is_audited(db):
    assert _load(db) == 1119
    assert _count(db) == 1119
    with db.sessions() as s:
        actions = list(s.scalars(select(m.AuditLog.action)))
    assert actions == ["library.load_shipped"]
    with pytest.raises(UserErrors), UnitOfWork(db.sessions) as uow:
        lib.load_shipped(uow)
    assert _count(db) == 1119


def test_search_matches_every_word_in_the_name_or_the_measurement_note(db):
    _load(db)
    with db.sessions() as s:
        by_name = lib.search(s, LibraryFilter(words="覆盖率"))
        by_note = lib.search(s, LibraryFilter(words="一卡通"))
        both = lib.search(s, LibraryFilter(words="补贴 农户"))
    assert by_name and all("覆盖率" in r["name"] or "覆盖率" in r["measurement"] for r in by_name)
    assert "耕地地力保护补贴发放农户数" in [r["name"] for r in by_note]  # 一卡通 only in its measurement note
    assert all("一卡通" in r["name"] + r["measurement"] for r in by_note) and len(by_note) == 2
    assert all(all(w in r["name"] + r["measurement"] for w in ("补贴", "农户")) for r in both)


def test_search_filters_by_sector_scope_levels_and_adds_common_entries_for_the_picker(db):
    _load(db)
    with db.sessions() as s:
        water = lib.search(s, LibraryFilter(sector="water"))
        picker = lib.search(s, LibraryFilter(sector="water", with_common=True))
        common = lib.search(s, LibraryFilter(scope="common"))
        quality = lib.search(s, LibraryFilter(sector="water", level1="产出指标", level2="质量指标"))
    assert len(water) == 77 and {r["sector"] for r in water} == {"water"}
    assert len(common) == 140 and len(picker) == 77 + 140
    assert quality and all(r["level2"] == "质量指标" for r in quality) and len(quality) < 77


def test_search_keeps_only_entries_valid_in_the_year(db):
    with UnitOfWork(db.sessions) as uow:
        old = lib.add_entry(uow, {"sector": "water", "level1": "产出指标", "level2": "数量指标", "name": "旧指标"})
        uow.session.get(m.LibraryIndicator, old).year_to = 2023
        lib.add_entry(uow, {"sector": "water", "level1": "产出指标", "level2": "数量指标", "name": "新指标"}, year=2025)
        uow.commit()
    with db.sessions() as s:
        names = {y: [r["name"] for r in lib.search(s, LibraryFilter(year=y))] for y in (2023, 2024, 2025)}
    assert names == {2023: ["旧指标"], 2024: [], 2025: ["新指标"]}


def test_usage_counts_come_from_target_indicators(demo_db):
    with demo_db.sessions() as s:
        rows = {r["id"]: r["uses"] for r in lib.search(s)}
        direct = qt.usage_counts(s)
    assert sum(rows.values()) == sum(direct.values()) > 0
    assert all(rows[k] == v for k, v in direct.items())


def _used_entry(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        lid, n = s.execute(select(m.TargetIndicator.library_id, func.count()).where(
            m.TargetIndicator.library_id.is_not(None)).group_by(m.TargetIndicator.library_id)
            .order_by(m.TargetIndicator.library_id)).first()
    return lid, n


def _uses_by_year(db, lid: int) -> dict[int, int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        stmt = (select(m.BudgetYear.year, func.count()).select_from(m.TargetIndicator)
                .join(m.PerformanceTarget).join(m.Project).join(m.BudgetYear)
                .where(m.TargetIndicator.library_id == lid).group_by(m.BudgetYear.year))
        return dict(s.execute(stmt).all())


def test_editing_an_entry_used_in_an_earlier_year_closes_it_and_starts_a_new_version(demo_db):
    lid, _n = _used_entry(demo_db)
    before = _uses_by_year(demo_db, lid)
    assert set(before) == {2024, 2025}
    with UnitOfWork(demo_db.sessions, user="tester") as uow:
        new_id = lib.save_entry(uow, lid, {"unit": "新单位"}, year=2025)
        uow.commit()
    assert new_id != lid
    with demo_db.sessions() as s:
        old, new = s.get(m.LibraryIndicator, lid), s.get(m.LibraryIndicator, new_id)
        audit = s.scalars(select(m.AuditLog).where(m.AuditLog.action == "library.version")).one()
        assert (old.year_to, new.year_from, new.unit, new.name) == (2024, 2025, "新单位", old.name)
        assert old.unit != "新单位"
        assert audit.details["successor"] == new_id and audit.details["moved_uses"] == before[2025]
        in_2025 = [r["name"] for r in lib.search(s, LibraryFilter(words=old.name, year=2025, sector=old.sector))]
        assert in_2025.count(old.name) == 1
    assert _uses_by_year(demo_db, lid) == {2024: before[2024]}
    assert _uses_by_year(demo_db, new_id) == {2025: before[2025]}


def test_editing_an_entry_not_used_before_the_year_changes_it_in_place(demo_db):
    lid, _n = _used_entry(demo_db)
    with UnitOfWork(demo_db.sessions, user="tester") as uow:
        assert lib.save_entry(uow, lid, {"measurement": "新口径"}, year=2024) == lid
        uow.commit()
    with demo_db.sessions() as s:
        assert s.get(m.LibraryIndicator, lid).measurement == "新口径"
        assert s.get(m.LibraryIndicator, lid).year_to is None


def test_an_edit_that_breaks_the_tree_is_refused(demo_db):
    lid, _n = _used_entry(demo_db)
    with pytest.raises(UserErrors) as err, UnitOfWork(demo_db.sessions) as uow:
        lib.save_entry(uow, lid, {"level1": "效益指标", "level2": "数量指标"}, year=2025)
    assert "数量指标" in str(err.value)


def test_retiring_a_used_entry_closes_it_and_an_unused_one_is_deactivated(demo_db):
    lid, _n = _used_entry(demo_db)
    with UnitOfWork(demo_db.sessions) as uow:
        unused = lib.add_entry(uow, {"sector": "water", "level1": "产出指标", "level2": "数量指标", "name": "x"})
        lib.retire_entry(uow, lid, year=2025)
        lib.retire_entry(uow, unused, year=2025)
        uow.commit()
    with demo_db.sessions() as s:
        assert s.get(m.LibraryIndicator, lid).year_to == 2024 and s.get(m.LibraryIndicator, lid).active
        assert not s.get(m.LibraryIndicator, unused).active


# -- import and export ------------------------------------------------------------------------------------
def _import(db, path: Path, **kw):  # type: ignore[no-untyped-def]
    with UnitOfWork(db.sessions, user="tester") as uow:
        report = lib.import_library(uow, path, **kw)
        uow.commit()
    return report


def test_import_adds_a_countys_entries_and_a_dry_run_writes_nothing(db, tmp_path):
    path = book(tmp_path / "lib.xlsx", [row("本县助学人数"), row("本县学校数", unit="所"),
                                        row("会议次数", scope="共性", sector="")])
    dry = _import(db, path, dry_run=True)
    assert (dry.added, dry.dry_run, _count(db)) == (3, True, 0)
    assert not db.path or not list(backups_dir(db.path).glob("*-before-import.db"))
    assert _import(db, path).added == 3
    if db.path:  # a server database is backed up by its server (and pg_dump), not here
        [made] = backups_dir(db.path).glob("*-before-import.db")  # the library as it stood before, kept
        assert table_counts(made)["library_indicator"] == 0
    with db.sessions() as s:
        rows = {r["name"]: r for r in lib.search(s)}
    assert rows["本县学校数"]["unit"] == "所" and rows["本县助学人数"]["comparison"] == ">="
    assert rows["本县助学人数"]["value_basis"] == "plan" and rows["会议次数"]["scope"] == "common"
    assert rows["会议次数"]["sector"] == "general"


def test_import_rejects_duplicates_in_the_file_including_full_width_and_space_variants(db, tmp_path):
    path = book(tmp_path / "dup.xlsx", [row("高标准农田(万亩)"), row("高标准农田（万亩）"), row("高标准 农田(万亩)"),
                                        row("高标准农田(万亩)", sector="水利")])
    with pytest.raises(UserErrors) as err:
        _import(db, path)
    where = [(e.sheet, e.row, e.column) for e in err.value.errors]
    assert where == [("指标库", 3, "F"), ("指标库", 4, "F")]
    assert "2" in err.value.errors[0].message
    assert _count(db) == 0


def test_import_skips_rows_already_in_the_library_and_rejects_conflicting_ones(db, tmp_path):
    _import(db, book(tmp_path / "a.xlsx", [row("本县助学人数"), row("本县学校数", unit="所")]))
    again = _import(db, book(tmp_path / "b.xlsx", [row("本县助学人数"), row("新指标")]))
    assert (again.added, again.unchanged, len(again.duplicates)) == (1, 1, 1)
    assert "本县助学人数" in again.duplicates[0]
    with pytest.raises(UserErrors) as err:
        _import(db, book(tmp_path / "c.xlsx", [row("另一个"), row("本县学校数（ ）".replace("（ ）", ""), unit="座")]))
    assert [(e.row, e.column) for e in err.value.errors] == [(3, "F")]
    assert _count(db) == 3


def test_a_bad_workbook_is_rejected_with_every_location_and_the_database_unchanged(db, tmp_path, chinese):
    _load(db)
    path = book(tmp_path / "bad.xlsx", [row("好指标"), row("", level1="产出指标"), row("错层", level2="社会效益指标"),
                                        row("错比较", comparison="大约"), row("错行业", sector="火星"),
                                        row("错一级", level1="过程指标")])
    with pytest.raises(UserErrors) as err:
        _import(db, path)
    locs = [(Path(e.file).name, e.sheet, e.row, e.column) for e in err.value.errors]
    assert locs == [("bad.xlsx", "指标库", 3, "F"), ("bad.xlsx", "指标库", 4, "E"), ("bad.xlsx", "指标库", 5, "G"),
                    ("bad.xlsx", "指标库", 6, "B"), ("bad.xlsx", "指标库", 7, "D")]
    assert "不是" in str(err.value) or "不属于" in str(err.value)
    assert _count(db) == 1119 and _count(db, m.AuditLog) == 1


def test_a_sheet_without_the_required_headers_is_rejected_at_row_one(db, tmp_path):
    path = book(tmp_path / "h.xlsx", [["x"]], head=["范围", "行业", "名称"], sheet="Sheet1")
    with pytest.raises(UserErrors) as err:
        _import(db, path)
    (e,) = err.value.errors
    assert (e.sheet, e.row) == ("Sheet1", 1) and "一级指标" in e.message and "三级指标" in e.message


def test_export_then_import_into_an_empty_database_gives_the_same_library(db, demo_db, tmp_path):
    path = tmp_path / "out.xlsx"
    with demo_db.sessions() as s:
        assert lib.export_library(s, path, sector="water") == 77
    report = _import(db, path)
    assert report.added == 77
    with demo_db.sessions() as s1, db.sessions() as s2:
        a = [{k: r[k] for k in lib.FIELDS} for r in lib.search(s1, LibraryFilter(sector="water"))]
        b = [{k: r[k] for k in lib.FIELDS} for r in lib.search(s2, LibraryFilter(sector="water"))]
    assert a == b
    assert _import(db, path).unchanged == 77


def test_target_import_links_each_indicator_to_the_library_version_valid_in_its_year(demo_db):
    from perfdesk.core.services import targets_io as tio

    lid, _n = _used_entry(demo_db)
    with UnitOfWork(demo_db.sessions) as uow:
        new_id = lib.save_entry(uow, lid, {"unit": "新单位"}, year=2025)
        uow.commit()
    with demo_db.sessions() as s:
        entry = s.get(m.LibraryIndicator, lid)
        name, sector = entry.name, entry.sector
        links = {year: tio._library_by_name(s, year) for year in (2024, 2025)}
    assert (tio._pick(links[2024][name], sector), tio._pick(links[2025][name], sector)) == (lid, new_id)
    assert len({sec for sec, _id in links[2025][name]}) > 1  # the same name in other sectors is not taken
