"""Chinese line breaking (禁则) for printed reports.

reportlab's CJK wrapping breaks after whatever character fills the line; it only lets one closing mark hang in
the margin when that mark is in its (Japanese) list, which lacks the full-width comma, colon and semicolon, and
it never keeps an opening bracket off the end of a line. Letters then started lines with "，". Official documents
follow the usual Chinese rules (GB/T 15834 practice): no line starts with a closing or pausing mark and no line
ends with an opening one. :class:`CJKParagraph` wraps that way: when the natural break would leave such a mark
at the start (or end) of a line, characters move down to the next line and the shortened line is justified as
before; only when a whole line would have to move does one mark hang in the margin. Runs of Latin letters and
digits (a project code, an amount such as 1,234.56) are kept whole where the line has room to break before them.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus.paragraph import (
    Paragraph,
    ParaLines,
    _handleBulletWidth,
    cjkU,
    makeCJKParaLine,
)

CANNOT_START = frozenset("，。、：；？！）］｝」』”’》〉】〕〗…—·％‰℃,.;:?!)]}%")
"""Closing and pausing marks: never the first character of a line."""
CANNOT_END = frozenset("（［｛「『“‘《〈【〔〖([{")
"""Opening marks: never the last character of a line."""

_FUZZ = 1e-6


def _width(u: Any, max_width: float) -> float:
    w = u.width
    if hasattr(w, "normalizedValue"):
        w._normalizer = max_width
        w = w.normalizedValue(max_width)
    return w


def _is_word(ch: str) -> bool:
    """Part of a Latin word or a number (which should not be split)."""
    return bool(ch) and ord(ch) < 0x3000 and not ch.isspace() and ch not in CANNOT_START | CANNOT_END


def _fit(chars: list[Any], start: int, max_width: float) -> tuple[int, bool]:
    """Index after the last character that fits from ``start`` (at least one), and whether a forced line break
    (``<br/>``) ended the line."""
    used = 0.0
    for k in range(start, len(chars)):
        u = chars[k]
        if hasattr(u.frag, "lineBreak"):
            return k + 1, True
        used += _width(u, max_width)
        if used > max_width + _FUZZ and k > start:
            return k, False
    return len(chars), False


def _keep_word(chars: list[Any], start: int, end: int) -> int:
    """Move the break before a Latin word or number cut at ``end`` (when the line keeps at least half)."""
    if not (_is_word(chars[end]) and _is_word(chars[end - 1])):
        return end
    limit = (start + end) // 2
    for j in range(end - 1, limit, -1):
        if not _is_word(chars[j - 1]):
            return j
    return end


def break_index(chars: list[Any], start: int, end: int) -> int:
    """Where to end the line that naturally breaks before ``chars[end]``, obeying the rules above."""
    end = _keep_word(chars, start, end)
    j = end
    while j > start + 1 and (chars[j] in CANNOT_START or chars[j - 1] in CANNOT_END):
        j -= 1
    if j > start + 1:
        return j
    return end + 1 if chars[end] in CANNOT_START else end  # a whole line would move: let one mark hang


def cjk_split(frags: list[Any], max_widths: list[float], calc_bounds: bool, encoding: str = "utf8") -> ParaLines:
    chars: list[Any] = []
    for f in frags:
        text = f.text.decode(encoding) if isinstance(f.text, bytes) else f.text
        chars.extend(cjkU(t, f, encoding) for t in text) if text else chars.append(cjkU(text, f, encoding))
    lines: list[Any] = []
    start = 0
    while start < len(chars):
        max_width = max_widths[min(len(lines), len(max_widths) - 1)]
        end, forced = _fit(chars, start, max_width)
        if not forced and end < len(chars):
            end = break_index(chars, start, end)
        used = sum(_width(u, max_width) for u in chars[start:end])
        lines.append(makeCJKParaLine(chars[start:end], max_width, used, max_width - used, forced, calc_bounds))
        start = end
    return ParaLines(kind=1, lines=lines)


class CJKParagraph(Paragraph):
    """A paragraph wrapped by the Chinese rules (every report paragraph derives from it)."""

    def breakLinesCJK(self, maxWidths: Any) -> Any:  # noqa: N802, N803 - reportlab's names
        if not isinstance(maxWidths, (list, tuple)):
            maxWidths = [maxWidths]
        self.height = 0
        if not self.frags or (hasattr(self, "blPara") and getattr(self, "_splitpara", 0)):
            return super().breakLinesCJK(maxWidths)
        _handleBulletWidth(self.bulletText, self.style, maxWidths)
        auto = getattr(self, "autoLeading", getattr(self.style, "autoLeading", ""))
        return cjk_split(self.frags, list(maxWidths), auto not in ("", "off"))
