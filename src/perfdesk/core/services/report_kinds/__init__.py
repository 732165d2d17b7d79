"""Report kinds for ``perfdesk report <kind>`` and the reports page, discovered as modules of this package.

Each module exposes ``KIND`` (the command-line name), ``DESCRIPTION`` (a ``QT_TRANSLATE_NOOP("ReportKinds", …)``
text), optionally ``add_arguments(parser)`` for its own options, and
``build(uow, *, year, out, options, progress=None) -> BuildResult`` writing the PDF to ``out``.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType


def kinds() -> dict[str, ModuleType]:
    """KIND → module, in name order."""
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        found[module.KIND] = module
    return found
