"""Bundle benchmark: size of dist/PerfDesk and start-up of the bundled app against the same app run from
source, in the same run, both to "window shown" and "project list filled" (offscreen).
Goals: bundled start ≤ 1.0× source start; bundle ≤ 220 MB uncompressed.

    python bench/bundle.py [--runs 5] [--scale county]   (build first: python dev.py bundle)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from startup import ROOT, best, ensure_db, probe, source_command  # noqa: E402

BUNDLE = ROOT / "dist" / "PerfDesk"


def bundle_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def bundled_command(db: Path) -> list[str]:
    exe = BUNDLE / ("PerfDesk.exe" if sys.platform == "win32" else "PerfDesk")
    return [str(exe), "--db", str(db), "--startup-probe"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", default="county", choices=["tiny", "county", "city", "province"])
    args = parser.parse_args()
    if not BUNDLE.is_dir():
        print("no bundle: run `python dev.py bundle` first", file=sys.stderr)
        return 1
    db = ensure_db(ROOT / "demo" / f"{args.scale}.db", args.scale)
    size = bundle_size(BUNDLE)
    source, bundled = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        source.append(probe(source_command(db)))
        bundled.append(probe(bundled_command(db), pythonpath=False))
    print(f"bundle size              : {size / 1e6:7.0f} MB  ({BUNDLE}; goal ≤ 220 MB)")
    for key, label in (("shown", "window shown"), ("filled", "list filled")):
        s, b = best(source, key), best(bundled, key)
        print(f"{label:<25}: source {s * 1000:5.0f} ms, bundled {b * 1000:5.0f} ms, ratio {b / s:4.2f}x "
              f"(goal ≤ 1.0x; best of {args.runs}, {db.name})")
    print(f"max RSS bundled          : {max(float(r['rss_mb']) for r in bundled):7.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
