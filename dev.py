"""Set up and run PerfDesk from a checkout, with nothing but Python 3.11+ installed.

    python dev.py app     create .venv, install PerfDesk, build translations, make a demo database, launch
    python dev.py test    create .venv, install PerfDesk with its test tools, run the whole test suite
    python dev.py bundle  add PyInstaller to .venv, build the one-folder bundle dist/PerfDesk, run its --selftest

All three are idempotent: the virtual environment is reused and reinstalled only when pyproject.toml changes.
Extra arguments after ``test`` go to pytest; after ``app`` to PerfDesk; after ``bundle`` to packaging/build.py.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
DEMO_DB = ROOT / "demo" / "perfdesk-demo.db"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*cmd: object, **kw: object) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=ROOT, **kw)  # type: ignore[arg-type]


def ensure_venv(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py may be run by an older Python
        sys.exit("PerfDesk needs Python 3.11 or newer")
    python = venv_python()
    if not python.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / f".perfdesk-installed-{extras.replace(',', '-')}"  # one per extras set: no reinstall ping-pong
    if not stamp.exists() or stamp.read_text() != digest:
        print("Installing PerfDesk and its dependencies …", flush=True)
        quiet = ["-q", "--disable-pip-version-check"]
        if run(python, "-m", "pip", "install", *quiet, "--upgrade", "pip") != 0 or \
                run(python, "-m", "pip", "install", *quiet, "-e", f".[{extras}]") != 0:
            sys.exit("Installation failed (see the messages above)")
        stamp.write_text(digest)
    if run(python, "tools/i18n.py", "compile") != 0:
        sys.exit("Could not compile the translations")
    return python


def app(args: list[str]) -> int:
    python = ensure_venv("dev")
    if not DEMO_DB.exists():
        print("Creating the demo database …", flush=True)
        DEMO_DB.parent.mkdir(exist_ok=True)
        if run(python, "-m", "perfdesk", "demo", "--scale", "county", "--out", DEMO_DB) != 0:
            return 1
    return run(python, "-m", "perfdesk", "--db", DEMO_DB, *args)


def test(args: list[str]) -> int:
    python = ensure_venv("dev")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    code = run(python, "-m", "pytest", *args, env=env)
    if code == 5:
        print("No tests were collected: failing.", file=sys.stderr)
        return 1
    return code


def bundle(args: list[str]) -> int:
    python = ensure_venv("dev,package")
    return run(python, "packaging/build.py", "--selftest", *args)


def main(argv: list[str]) -> int:
    commands = {"app": app, "test": test, "bundle": bundle}
    if not argv or argv[0] not in commands:
        print(__doc__)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
