"""Benchmark: rank 20,000 synthetic projects in many categories (goal: well under 1 s).

Run: PYTHONPATH=src python bench/ranking.py [projects]
"""

from __future__ import annotations

import random
import sys
import time
from decimal import Decimal

from perfdesk.core.domain.money import Money
from perfdesk.core.rules.params import RankingParams
from perfdesk.core.rules.ranking import RankingInput, rank_projects, summarize

ORIGINS = ["own_level"] * 6 + ["county_transfer"] * 2 + ["central_transfer", "non_fiscal"]
EVALUATIONS = ["self"] * 8 + ["key_single", "key_comprehensive"]


def synthetic(n: int) -> list[RankingInput]:
    rng = random.Random(2024)
    return [RankingInput(code=f"3715252400{i:08d}", name=f"项目{i}", evaluation=rng.choice(EVALUATIONS),
                         fund_origin=rng.choice(ORIGINS),
                         score=None if rng.random() < 0.02 else Decimal(rng.randrange(5000, 10000)) / 100,
                         budget=Money(rng.randrange(100_000, 500_000_000)), department=f"部门{rng.randrange(300):03d}")
            for i in range(n)]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    items = synthetic(n)
    for label, params in (("4 categories", RankingParams()),
                          ("within 300 departments", RankingParams(rank_within_department=True)),
                          ("grade rule set", RankingParams(rule_set="grade"))):
        best, result = float("inf"), None
        for _ in range(3):
            start = time.perf_counter()
            result = rank_projects(items, params)
            best = min(best, time.perf_counter() - start)
        start = time.perf_counter()
        summary = summarize(result.entries)
        took = time.perf_counter() - start
        print(f"rank {n} projects, {label}: {best:.3f} s ({len(result.ranked())} groups); summary {took:.3f} s")
        print(f"  {summary.text()}")


if __name__ == "__main__":
    main()
