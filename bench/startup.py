"""Start-up benchmark: time until the main window is shown, until the home page (工作台, the first page) shows its
figures, and until the project list (one click away) is filled, on the city demo database, against a bare PySide6
window in the same run; and the process RSS.
Goals: window shown ≤ 1.5× the bare window; the project list filled within 300 ms of the window being shown
(measured from the click that opens it, after the home page, and from the window shown); < 300 MB.

    python bench/startup.py [--db city.db] [--runs 5]      (creates the city demo database if missing)

Every figure is wall time from starting the process to the line it prints (``--startup-probe``), so the bare
window, the app from source and the bundled app (bench/bundle.py) are measured the same way.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print("shown", flush=True)
"""


def source_command(db: Path) -> list[str]:
    return [sys.executable, "-m", "perfdesk", "--db", str(db), "--startup-probe"]


def probe(cmd: list[str], *, pythonpath: bool = True) -> dict[str, float | list[str]]:
    """Run ``cmd``; seconds from start to each line it prints (``shown``, ``filled``), its max RSS in MB and the
    heavy modules it reported as loaded when the window was shown."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PERFDESK_HOME=tempfile.mkdtemp(prefix="perfdesk-bench-"))
    env.pop("PYTHONPATH", None)
    if pythonpath:
        env["PYTHONPATH"] = str(ROOT / "src")
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    result: dict[str, float | list[str]] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        words = line.split()
        if words and words[0] in ("shown", "filled", "home", "warm", "projects"):
            result[words[0]] = time.perf_counter() - started
            if words[0] == "shown":
                result["heavy"] = words[1:]
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0 or "shown" not in result:
        raise RuntimeError(f"{cmd[0]} failed (exit status {proc.returncode})")
    result["rss_mb"] = usage.ru_maxrss / 1024
    return result


def best(runs: list[dict[str, float | list[str]]], key: str) -> float:
    return min(float(r[key]) for r in runs if key in r)  # type: ignore[arg-type]


def ensure_db(db: Path, scale: str = "city") -> Path:
    if not db.exists():
        print(f"creating {db} …", flush=True)
        db.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "perfdesk", "demo", "--scale", scale, "--out", str(db)],
                       env=dict(os.environ, PYTHONPATH=str(ROOT / "src")), check=True, stdout=subprocess.DEVNULL)
    return db


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "demo" / "city.db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = ensure_db(args.db)
    bare, apps = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        bare.append(probe([sys.executable, "-c", BARE], pythonpath=False))
        apps.append(probe(source_command(db)))
    b, shown, filled = best(bare, "shown"), best(apps, "shown"), best(apps, "filled")
    print(f"bare PySide6 window      : {b * 1000:7.0f} ms (best of {args.runs})")
    print(f"PerfDesk window shown    : {shown * 1000:7.0f} ms   ratio {shown / b:4.2f}x (goal ≤ 1.5x)")
    print(f"PerfDesk database open   : {filled * 1000:7.0f} ms   ratio {filled / b:4.2f}x, {db.name}")
    if all("home" in a for a in apps):
        home = best(apps, "home")
        print(f"home page with figures   : {home * 1000:7.0f} ms   ratio {home / b:4.2f}x, "
              f"{(home - shown) * 1000:.0f} ms after the window was shown")
        warm = min(float(a["warm"]) - float(a["home"]) for a in apps)  # type: ignore[arg-type]
        click = min(float(a["projects"]) - float(a["warm"]) for a in apps)  # type: ignore[arg-type]
        print(f"next page warmed up      : {warm * 1000:7.0f} ms after the home figures (in the background)")
        print(f"project list filled      : {click * 1000:7.0f} ms after the click that opens it (goal ≤ 300 ms); "
              f"{(best(apps, 'projects') - shown) * 1000:.0f} ms after the window was shown")
    print(f"max RSS                  : {max(float(a['rss_mb']) for a in apps):7.0f} MB  (goal < 300 MB)")
    print(f"heavy modules loaded before the window was shown: {sorted(set(sum((a['heavy'] for a in apps), [])))}"
          "  (should be [])")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
