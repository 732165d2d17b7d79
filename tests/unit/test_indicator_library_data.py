"""Checks on the shipped indicator library (resources/indicators/*.csv).

Pure data tests: csv module only, no Qt, no application code.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pytest

LIBRARY_DIR = Path(__file__).resolve().parents[2] / "resources" / "indicators"

HEADER = [
    "scope",
    "sector",
    "project_type",
    "level1",
    "level2",
    "name",
    "comparison",
    "typical_value",
    "unit",
    "value_basis",
    "measurement",
    "source",
]

TREE = {
    "成本指标": {"经济成本指标", "社会成本指标", "生态环境成本指标"},
    "产出指标": {"数量指标", "质量指标", "时效指标", "成本指标"},
    "效益指标": {"经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"},
    "满意度指标": {"服务对象满意度指标"},
}

COMPARISONS = {">=", "<=", "=", "qual", ""}
SCOPES = {"common", "sector"}
VALUE_BASES = {"historical", "industry", "plan", "other", ""}
PROJECT_TYPES = {
    "",
    "purchase",
    "training",
    "meeting",
    "written_output",
    "construction",
    "subsidy",
    "it_system",
    "maintenance",
    "service_purchase",
    "operation",
}
REQUIRED_SECTORS = [
    "education",
    "health",
    "agriculture",
    "water",
    "transport",
    "environment",
    "social_security",
    "culture",
    "public_safety",
    "administration",
    "urban",
    "science",
]
ALL_SECTORS = set(REQUIRED_SECTORS) | {"general"}
MIN_ROWS_PER_SECTOR = 50
MIN_COMMON_ROWS = 80
MIN_TOTAL_ROWS = 1000

# Placeholders and template artefacts a real published table would never print.
PLACEHOLDER_PATTERNS = [
    re.compile(r"[Xx]{2,}"),
    re.compile(r"某某"),
    re.compile(r"\*\*"),
    re.compile(r"指标\s*\d"),
    re.compile(r"^指标"),
    re.compile(r"[（(]\s*\d+\s*[)）]$"),
    re.compile(r"…|\.\.\."),
    re.compile(r"待定|示例|样例|TODO", re.IGNORECASE),
]
TRAILING_DIGITS = re.compile(r"^(.*?\D)(\d+)$")


def _read_file(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        rows = []
        for lineno, values in enumerate(reader, start=2):
            assert len(values) == len(header), f"{path.name}:{lineno}: {len(values)} fields"
            row = dict(zip(header, values, strict=True))
            row["_where"] = f"{path.name}:{lineno}"
            row["_file"] = path.stem
            rows.append(row)
    return header, rows


def _csv_files() -> list[Path]:
    return sorted(LIBRARY_DIR.glob("*.csv"))


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    collected: list[dict[str, str]] = []
    for path in _csv_files():
        _, file_rows = _read_file(path)
        collected.extend(file_rows)
    return collected


def test_library_files_exist():
    names = {p.stem for p in _csv_files()}
    missing = set(REQUIRED_SECTORS) - names
    assert not missing, f"missing sector files: {sorted(missing)}"
    assert (LIBRARY_DIR / "README.md").is_file()


@pytest.mark.parametrize("path", _csv_files(), ids=lambda p: p.name)
def test_header_exact_and_utf8(path: Path):
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    raw.decode("utf-8")  # raises if not UTF-8
    header, _ = _read_file(path)
    assert header == HEADER


def test_total_row_count(rows):
    assert len(rows) >= MIN_TOTAL_ROWS


def test_no_duplicate_indicators(rows):
    keys = Counter((r["sector"], r["level1"], r["level2"], r["name"]) for r in rows)
    dupes = [k for k, n in keys.items() if n > 1]
    assert not dupes, f"duplicate (sector, level1, level2, name): {dupes[:10]}"


def test_same_name_not_filed_twice_in_one_sector(rows):
    """One indicator belongs to one place in the tree (no output-and-effect double filing)."""
    places = defaultdict(set)
    for r in rows:
        places[(r["sector"], r["name"])].add((r["level1"], r["level2"]))
    doubles = {k: v for k, v in places.items() if len(v) > 1}
    assert not doubles, f"indicator filed under several levels: {list(doubles.items())[:5]}"


def test_levels_follow_the_tree(rows):
    bad = [
        (r["_where"], r["level1"], r["level2"])
        for r in rows
        if r["level1"] not in TREE or r["level2"] not in TREE[r["level1"]]
    ]
    assert not bad, f"(level1, level2) outside the tree: {bad[:10]}"


def test_enumerated_columns(rows):
    for r in rows:
        where = r["_where"]
        assert r["comparison"] in COMPARISONS, f"{where}: comparison {r['comparison']!r}"
        assert r["scope"] in SCOPES, f"{where}: scope {r['scope']!r}"
        assert r["value_basis"] in VALUE_BASES, f"{where}: value_basis {r['value_basis']!r}"
        assert r["project_type"] in PROJECT_TYPES, f"{where}: project_type {r['project_type']!r}"
        assert r["sector"] in ALL_SECTORS, f"{where}: sector {r['sector']!r}"


def test_scope_sector_and_file_agree(rows):
    for r in rows:
        where = r["_where"]
        if r["scope"] == "common":
            assert r["sector"] == "general", f"{where}: common rows use sector 'general'"
            assert r["_file"] == "administration", f"{where}: common rows live in administration.csv"
        else:
            assert r["sector"] == r["_file"], f"{where}: sector {r['sector']!r} in {r['_file']}.csv"


def test_required_sectors_are_populated(rows):
    counts = Counter(r["sector"] for r in rows)
    thin = {s: counts.get(s, 0) for s in REQUIRED_SECTORS if counts.get(s, 0) < MIN_ROWS_PER_SECTOR}
    assert not thin, f"sectors below {MIN_ROWS_PER_SECTOR} rows: {thin}"
    assert counts.get("general", 0) >= MIN_COMMON_ROWS


def test_all_first_levels_and_cost_split_covered(rows):
    pairs = Counter((r["level1"], r["level2"]) for r in rows)
    for level1, level2s in TREE.items():
        for level2 in level2s:
            assert pairs[(level1, level2)] > 0, f"no rows for {level1}/{level2}"
    assert pairs[("成本指标", "经济成本指标")] >= 50
    assert pairs[("成本指标", "社会成本指标")] >= 10
    assert pairs[("成本指标", "生态环境成本指标")] >= 10
    assert pairs[("满意度指标", "服务对象满意度指标")] >= 50


def test_every_sector_has_cost_and_satisfaction(rows):
    by_sector = defaultdict(set)
    for r in rows:
        by_sector[r["sector"]].add(r["level1"])
    for sector in REQUIRED_SECTORS:
        assert {"成本指标", "产出指标", "效益指标", "满意度指标"} <= by_sector[sector], sector


def test_common_rows_cover_project_types(rows):
    types = Counter(r["project_type"] for r in rows if r["scope"] == "common")
    for t in ("purchase", "training", "meeting", "written_output", "construction", "subsidy", "it_system"):
        assert types[t] >= 5, f"common project type {t!r} has {types[t]} rows"


def test_no_placeholder_names(rows):
    for r in rows:
        name = r["name"]
        assert name, f"{r['_where']}: empty name"
        for pattern in PLACEHOLDER_PATTERNS:
            assert not pattern.search(name), f"{r['_where']}: placeholder-like name {name!r}"


def test_no_numbered_variants(rows):
    """Names that differ only by a trailing number ("完成率1", "完成率2") are template filler."""
    names = {r["name"] for r in rows}
    stems = defaultdict(set)
    for name in names:
        m = TRAILING_DIGITS.match(name)
        if m:
            stems[m.group(1)].add(name)
    offenders = {stem: variants for stem, variants in stems.items() if len(variants) > 1 or stem in names}
    assert not offenders, f"numbered variants: {offenders}"


def test_no_stray_whitespace(rows):
    for r in rows:
        for col in HEADER:
            value = r[col]
            assert value == value.strip(), f"{r['_where']}: leading/trailing space in {col}"
            assert "\u3000" not in value, f"{r['_where']}: full-width space in {col}"
            assert "\n" not in value and "\t" not in value, f"{r['_where']}: control char in {col}"


def test_values_match_comparison(rows):
    for r in rows:
        where, cmp_, value = r["_where"], r["comparison"], r["typical_value"]
        if cmp_ in {">=", "<=", "=", ""} and value:
            try:
                Decimal(value)
            except InvalidOperation:
                pytest.fail(f"{where}: numeric comparison with non-numeric value {value!r}")
        if cmp_ == "qual":
            assert value, f"{where}: qualitative row needs its expected level"
            assert not re.fullmatch(r"-?\d+(\.\d+)?", value), f"{where}: qualitative row with number"
            assert not r["unit"], f"{where}: qualitative row with a unit"


def test_percentages_are_sane(rows):
    for r in rows:
        if r["unit"] == "%" and r["typical_value"]:
            v = Decimal(r["typical_value"])
            assert Decimal(0) <= v <= Decimal(100), f"{r['_where']}: {v}%"


def test_measurement_and_source_filled(rows):
    for r in rows:
        assert r["measurement"], f"{r['_where']}: measurement missing"
        assert r["source"], f"{r['_where']}: source missing"


def test_satisfaction_rows_are_rates(rows):
    for r in rows:
        if r["level1"] == "满意度指标" and r["comparison"] != "qual":
            assert r["unit"] == "%", f"{r['_where']}: satisfaction in {r['unit']!r}"


# RULES.md §2 flags these as vague wording with no measurable value.
VAGUE_LEVELS = ("进一步提高", "有所改善", "有所提高", "有所提升")


def test_qualitative_levels_are_not_vague(rows):
    for r in rows:
        if r["comparison"] == "qual":
            assert r["typical_value"] not in VAGUE_LEVELS, (
                f"{r['_where']}: vague level {r['typical_value']!r}"
            )


def test_quantity_indicators_are_not_money(rows):
    """RULES.md §2: a 数量指标 that is really a money amount is a target defect."""
    for r in rows:
        if r["level2"] == "数量指标":
            assert "元" not in r["unit"], f"{r['_where']}: money amount filed as quantity: {r['name']}"


def test_satisfaction_only_under_satisfaction(rows):
    """Satisfaction must not stand in for effect, nor effect for satisfaction."""
    for r in rows:
        is_satisfaction_level = r["level1"] == "满意度指标"
        mentions_satisfaction = "满意" in r["name"]
        assert is_satisfaction_level == mentions_satisfaction, (
            f"{r['_where']}: {r['name']} under {r['level1']}"
        )
