"""The core knows nothing of Qt: no module under perfdesk.core imports PySide6."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "src" / "perfdesk" / "core"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_core_module_imports_qt() -> None:
    offenders = [str(p.relative_to(CORE)) for p in CORE.rglob("*.py")
                 if any(n.split(".")[0] in {"PySide6", "shiboken6"} or n.startswith("perfdesk.gui")
                        for n in imported_modules(p))]
    assert offenders == []


def test_the_layer_check_sees_core_modules() -> None:
    assert len(list(CORE.rglob("*.py"))) > 10
