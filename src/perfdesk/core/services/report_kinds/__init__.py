"""Report kinds for ``perfdesk report KIND``: one module per kind exposing ``KIND``, ``DESCRIPTION`` and
``build(uow, *, out, year=None, projects=(), units=(), notes=False, folder=False, progress=None)`` returning
the paths written."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def kinds() -> dict[str, ModuleType]:
    """Every report kind module, by its ``KIND``."""
    out = {}
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            module = importlib.import_module(f"{__name__}.{info.name}")
            out[module.KIND] = module
    return dict(sorted(out.items()))
