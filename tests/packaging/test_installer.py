"""The Windows installer script compiles without warnings, and (under wine64) installs and uninstalls silently
keeping the user's data folder. .ci/run installs NSIS and sets PERFDESK_REQUIRE_MAKENSIS so CI cannot skip."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

import perfdesk

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def makensis() -> str:
    tool = shutil.which("makensis")
    if tool is None:
        if os.environ.get("PERFDESK_REQUIRE_MAKENSIS"):
            pytest.fail("makensis is required here (apt-get install nsis)")
        pytest.skip("makensis (NSIS) not installed")
    return tool


def fake_bundle(folder: Path) -> Path:
    """Stands in for dist/PerfDesk: the two programs and a file under _internal."""
    (folder / "_internal").mkdir(parents=True)
    for name in ("PerfDesk.exe", "perfdesk-cli.exe", "_internal/base_library.zip"):
        (folder / name).write_bytes(b"MZ stand-in")
    return folder


def compile_installer(tmp_path: Path) -> tuple[Path, str]:
    out = tmp_path / "PerfDesk-test-installer.exe"  # a bare "setup.exe" draws NSIS warning 9000
    run = subprocess.run([makensis(), "-WX", "-V3", f"-DVERSION={perfdesk.__version__}",
                          f"-DSRCDIR={fake_bundle(tmp_path / 'bundle')}", f"-DOUTFILE={out}", "installer.nsi"],
                         cwd=PACKAGING, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr
    return out, run.stdout


def test_the_installer_script_compiles_without_warnings(tmp_path: Path) -> None:
    out, log = compile_installer(tmp_path)
    assert out.stat().st_size > 50_000
    assert not re.search(r"\b[1-9]\d* warnings?\b", log)
    resources = out.read_bytes()  # version information is UTF-16 in the executable's resources
    assert perfdesk.__version__.encode("utf-16-le") in resources and "PerfDesk".encode("utf-16-le") in resources


def test_the_installer_offers_chinese_and_english_and_keeps_data_unless_asked() -> None:
    script = (PACKAGING / "installer.nsi").read_text(encoding="utf-8")
    assert 'MUI_LANGUAGE "SimpChinese"' in script and 'MUI_LANGUAGE "English"' in script
    assert "RequestExecutionLevel user" in script and "$LOCALAPPDATA\\Programs" in script
    data_section = script[script.index("Section /o \"un.$(UnSecData)\""):]
    assert "RMDir /r \"${DATA_DIR}\"" in data_section  # only in the unticked section


def test_the_spec_bundles_resources_generically() -> None:
    spec = (PACKAGING / "perfdesk.spec").read_text(encoding="utf-8")
    assert not re.search(r"\.(ttf|ttc|otf)\b", spec)
    assert 'tree(ROOT / "resources", "resources")' in spec and '"*.qm"' in spec


def wine() -> str:
    tool = shutil.which("wine64") or shutil.which("wine")
    if tool is None:
        pytest.skip("wine64 not installed: the silent install/uninstall check runs where it is")
    return tool


@pytest.mark.slow
def test_a_silent_install_and_uninstall_under_wine_keeps_the_data_folder(tmp_path: Path) -> None:
    tool = wine()
    setup, _ = compile_installer(tmp_path)
    env = dict(os.environ, WINEPREFIX=str(tmp_path / "prefix"), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
    subprocess.run([tool, "wineboot", "--init"], env=env, check=True, capture_output=True, timeout=300)
    local = Path(subprocess.run([tool, "cmd", "/c", "echo %LOCALAPPDATA%"], env=env, capture_output=True,
                                text=True, timeout=120).stdout.strip())
    unix_local = Path(subprocess.run([shutil.which("winepath") or "winepath", "-u", str(local)], env=env,
                                     capture_output=True, text=True, timeout=120).stdout.strip())
    data = unix_local / "PerfDesk"
    data.mkdir(parents=True, exist_ok=True)
    (data / "perfdesk.db").write_bytes(b"user data")
    subprocess.run([tool, str(setup), "/S"], env=env, check=True, timeout=300)
    program = unix_local / "Programs" / "PerfDesk"
    assert (program / "PerfDesk.exe").exists() and (program / "uninstall.exe").exists()
    subprocess.run([tool, str(program / "uninstall.exe"), "/S", f"_?={local}\\Programs\\PerfDesk"], env=env,
                   check=True, timeout=300)
    assert not (program / "PerfDesk.exe").exists()
    assert (data / "perfdesk.db").read_bytes() == b"user data"
