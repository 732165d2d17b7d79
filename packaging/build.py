"""Build the PerfDesk one-folder bundle (and on request the Windows installer), then check it.

    python packaging/build.py [--selftest] [--installer] [--clean]
    python packaging/build.py --installer-only      (e.g. after signing the programs in dist/PerfDesk)

Run it with the Python of an environment where PerfDesk and the ``package`` extra are installed
(``python dev.py bundle`` does that in .venv). The bundle goes to ``dist/PerfDesk/``; ``--selftest`` runs the
bundled ``perfdesk-cli --selftest``; ``--installer`` compiles packaging/installer.nsi with ``makensis -WX``
into ``dist/PerfDesk-<version>-setup.exe`` (meaningful on Windows, where the bundle holds Windows programs).
Code signing is optional and happens in the CI workflow when a certificate is configured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
WINDOWS = sys.platform == "win32"


def version() -> str:
    sys.path.insert(0, str(ROOT / "src"))
    import perfdesk

    return perfdesk.__version__


def bundle_dir() -> Path:
    return DIST / "PerfDesk"


def executable(name: str) -> Path:
    return bundle_dir() / (f"{name}.exe" if WINDOWS else name)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build(clean: bool) -> None:
    if subprocess.call([sys.executable, str(ROOT / "tools" / "i18n.py"), "compile"], cwd=ROOT) != 0:
        sys.exit("could not compile the translations")
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
            "--distpath", str(DIST), "--workpath", str(WORK), str(ROOT / "packaging" / "perfdesk.spec")]
    if clean:
        args.insert(3, "--clean")
    if subprocess.call(args, cwd=ROOT) != 0:
        sys.exit("PyInstaller failed")


def selftest() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONPATH", None)
    with_home = dict(env, PERFDESK_HOME=str(WORK / "selftest-home"))
    return subprocess.call([str(executable("perfdesk-cli")), "--selftest", "--lang", "en"], env=with_home)


def installer() -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        sys.exit("makensis not found: install NSIS (Windows: choco install nsis; Debian: apt-get install nsis)")
    out = DIST / f"PerfDesk-{version()}-setup.exe"
    cmd = [makensis, "-WX", "-V2", f"-DVERSION={version()}", f"-DSRCDIR={bundle_dir()}", f"-DOUTFILE={out}",
           str(ROOT / "packaging" / "installer.nsi")]
    if subprocess.call(cmd, cwd=ROOT / "packaging") != 0:
        sys.exit("makensis failed")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--selftest", action="store_true", help="run the bundled app's --selftest")
    parser.add_argument("--installer", action="store_true", help="compile the NSIS installer")
    parser.add_argument("--installer-only", action="store_true", help="compile the installer from dist/PerfDesk")
    parser.add_argument("--clean", action="store_true", help="rebuild from scratch")
    args = parser.parse_args(argv)
    if args.installer_only:
        print(f"installer: {installer()}")
        return 0
    started = time.perf_counter()
    build(args.clean)
    size = folder_size(bundle_dir())
    print(f"bundle: {bundle_dir()}  {size / 1e6:.0f} MB  built in {time.perf_counter() - started:.0f} s", flush=True)
    if args.selftest and selftest() != 0:
        print("bundled --selftest FAILED", file=sys.stderr)
        return 1
    if args.installer:
        print(f"installer: {installer()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
