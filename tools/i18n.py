"""Translation catalogue tool (stdlib + PySide6's lupdate/lrelease).

    python tools/i18n.py update            extract tr()/translate()/QT_TRANSLATE_NOOP strings into i18n/*.ts
    python tools/i18n.py missing           print unfinished strings as TSV: context<TAB>source
    python tools/i18n.py fill FILE.tsv     apply translations from TSV lines: context<TAB>source<TAB>translation
    python tools/i18n.py merge OTHER.ts    take finished translations from another .ts (e.g. after a git merge)
    python tools/i18n.py compile           compile i18n/*.ts into .qm files next to them

In TSV files write a real newline inside a string as \\n and a tab as \\t.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "perfdesk"
TS_FILES = {"zh_CN": ROOT / "i18n" / "perfdesk_zh_CN.ts"}


def _tool(name: str) -> str:
    candidates = [Path(sysconfig.get_path("scripts")) / name, Path(sys.executable).parent / name]
    for candidate in candidates:
        for suffix in ("", ".exe"):
            if Path(str(candidate) + suffix).exists():
                return str(candidate) + suffix
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install the project (pip install -e .) first")
    return found


def update() -> None:
    sources = sorted(str(p) for p in SRC.rglob("*.py"))
    for lang, ts in TS_FILES.items():
        cmd = [_tool("pyside6-lupdate"), *sources, "-ts", str(ts), "-locations", "none", "-no-obsolete",
               "-target-language", lang, "-silent"]
        subprocess.run(cmd, check=True)


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def _messages(ts: Path):  # type: ignore[no-untyped-def]
    tree = ET.parse(ts)
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            yield tree, name, msg


def missing(ts: Path = TS_FILES["zh_CN"]) -> list[tuple[str, str]]:
    out = []
    for _tree, name, msg in _messages(ts):
        node = msg.find("translation")
        if node is None or node.get("type") == "unfinished" or not (node.text or "").strip():
            out.append((name, msg.findtext("source", "")))
    return out


def _apply(ts: Path, table: dict[tuple[str, str], str]) -> int:
    tree = ET.parse(ts)
    count = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name", "")
        for msg in ctx.iter("message"):
            key = (name, msg.findtext("source", ""))
            if key in table and table[key].strip():
                node = msg.find("translation")
                if node is None:
                    node = ET.SubElement(msg, "translation")
                node.text = table[key]
                node.attrib.pop("type", None)
                count += 1
    _write(tree, ts)
    return count


def _write(tree: ET.ElementTree, ts: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(tsv: Path, ts: Path = TS_FILES["zh_CN"]) -> int:
    table = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t", 2)
        table[(context, _unescape(source))] = _unescape(translation)
    return _apply(ts, table)


def merge(other: Path, ts: Path = TS_FILES["zh_CN"]) -> int:
    table = {}
    for _tree, name, msg in _messages(other):
        node = msg.find("translation")
        if node is not None and node.get("type") != "unfinished" and (node.text or "").strip():
            table[(name, msg.findtext("source", ""))] = node.text or ""
    return _apply(ts, table)


def compile_qm() -> None:
    for ts in TS_FILES.values():
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm")), "-silent"],
                       check=True)


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "missing":
        for context, source in missing():
            print(f"{context}\t{source.replace(chr(10), chr(92) + 'n')}")
    elif command == "fill":
        print(f"{fill(Path(argv[1]))} translations applied")
        update()  # back to lupdate's own layout, so diffs show only real changes
    elif command == "merge":
        print(f"{merge(Path(argv[1]))} translations merged")
        update()
    elif command == "compile":
        compile_qm()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
