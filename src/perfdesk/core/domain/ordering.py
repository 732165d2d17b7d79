"""Natural order of codes, as people read them: runs of digits compare as numbers, so unit "2" comes before
unit "10" and "A9" before "A10" (character code-point order puts "10" first). Equal numbers with different
leading zeros keep a stable order ("01" before "1"); letters compare case-insensitively."""

from __future__ import annotations

import re

_RUNS = re.compile(r"(\d+)")


def natural_key(code: str | None) -> tuple[tuple[int, int, str], ...]:
    """A sort key for ``code``: each digit run as (0, number, text), each other run as (1, 0, lower text)."""
    parts = _RUNS.split(code or "")
    return tuple((0, int(p), p) if p.isdigit() else (1, 0, p.casefold()) for p in parts if p)
