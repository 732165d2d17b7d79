"""Start-up benchmark: time to the main window shown on the city demo database, against a bare PySide6
window in the same run, and the process RSS. Goal: ≤ 1.5× the bare window and < 300 MB.

    python bench/startup.py [--db city.db]      (creates the city demo database if missing)
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import time, sys
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1280, 800); w.show(); app.processEvents()
print(time.perf_counter() - t0)
"""

APP = """
import time, sys, resource
t0 = time.perf_counter()
from PySide6.QtWidgets import QApplication
app = QApplication([])
from perfdesk.gui import i18n
i18n.install(app, "zh_CN")
from perfdesk.core.db.engine import open_database
from perfdesk.gui.mainwindow import MainWindow
db = open_database(sys.argv[1])
w = MainWindow(db); w.show(); app.processEvents()
elapsed = time.perf_counter() - t0
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "pandas" in sys.modules, "reportlab" in sys.modules)
"""


def run(code: str, *args: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPATH=str(ROOT / "src"), PERFDESK_HOME=tempfile.mkdtemp())
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True)
    return out.stdout.split()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=ROOT / "demo" / "city.db")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"creating {args.db} …")
        subprocess.run([sys.executable, "-m", "perfdesk", "demo", "--scale", "city", "--out", str(args.db)],
                       env=dict(os.environ, PYTHONPATH=str(ROOT / "src")), check=True)
    bare = [float(run(BARE)[0]) for _ in range(args.runs)]
    apps = [run(APP, str(args.db)) for _ in range(args.runs)]
    app_times = [float(a[0]) for a in apps]
    b, a = min(bare), min(app_times)
    print(f"bare PySide6 window : {b * 1000:7.0f} ms (best of {args.runs})")
    print(f"PerfDesk main window: {a * 1000:7.0f} ms (best of {args.runs}), city database {args.db.name}")
    print(f"ratio               : {a / b:7.2f}x   (goal ≤ 1.5x)")
    print(f"max RSS             : {float(apps[0][1]):7.0f} MB  (goal < 300 MB)")
    print(f"pandas loaded: {apps[0][2]}, reportlab loaded: {apps[0][3]}  (both should be False)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
