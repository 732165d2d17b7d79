"""What printed documents keep together (GB/T 9704 practice): a heading with what follows it, and the 落款
(issuing unit and date) with the end of the body, never alone on a page.

:func:`keep_together` rewrites a story before layout: runs of headings are joined to the paragraph or table that
follows them, and every :class:`Signature` takes the last body paragraph (and the attachment note) with it. A
heading before a long table is kept with the table's header and first rows, not with the whole table.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.doctemplate import ActionFlowable

HEADING_STYLES = frozenset({"title", "subtitle", "h1", "h2", "h3", "h4", "table_title", "table_subtitle",
                            "caption"})
TAIL_PARAGRAPHS = ("attachment", "attachment_more")


class Signature(KeepTogether):
    """The 落款: the issuing unit over the date (and the space above them)."""


class KeepWithNext(Flowable):
    """Headings drawn above a splittable flowable (a long table): placed where the headings and the first part
    of the flowable fit, else moved on to the next page together."""

    def __init__(self, heads: Sequence[Flowable], body: Flowable):
        super().__init__()
        self.heads, self.body = list(heads), body
        self._heights: list[float] = []

    def _wrap_heads(self, aw: float, ah: float) -> float:
        self._heights = [f.wrap(aw, ah)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in self.heads]
        return sum(self._heights)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        hh = self._wrap_heads(availWidth, availHeight)
        bw, bh = self.body.wrap(availWidth, max(availHeight - hh, 0.0))
        self.width, self.height = max(availWidth, bw), hh + bh
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for f, h in zip(self.heads, self._heights, strict=True):
            y -= h
            f.drawOn(self.canv, 0, y + f.getSpaceAfter())
        self.body.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        hh = self._wrap_heads(availWidth, availHeight)
        if hh < availHeight:
            parts = self.body.split(availWidth, availHeight - hh)
            if parts:
                return [*self.heads, *parts]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):  # a whole page cannot hold the first part
            return [*self.heads, self.body]
        return []


def is_heading(f: Flowable) -> bool:
    return isinstance(f, Paragraph) and getattr(f.style, "name", "") in HEADING_STYLES


class KeepTail(Flowable):
    """The end of the body (its last paragraph) and what must not start a page alone after it (the attachment
    note and the 落款): where they do not fit, the paragraph's last two lines go over with them."""

    def __init__(self, body: Paragraph, tail: Sequence[Flowable]):
        super().__init__()
        self.body, self.tail = body, list(tail)
        self._parts: list[Flowable] = [body, *tail]
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self._heights = [f.wrap(availWidth, availHeight)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                         for f in self._parts]
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for f, h in zip(self._parts, self._heights, strict=True):
            y -= h
            f.drawOn(self.canv, 0, y + f.getSpaceAfter())

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        keep = 2 * self.body.style.leading  # the lines that go over with the tail
        room = min(availHeight, self._heights[0] - keep)
        if room >= self.body.style.leading:
            parts = self.body.split(availWidth, room)
            if len(parts) == 2:
                return [parts[0], KeepTail(parts[1], self.tail)]
        frame = getattr(self, "_frame", None)
        if frame is not None and getattr(frame, "_atTop", False):
            return list(self._parts)
        return []


def keep_together(story: Sequence[Flowable]) -> list[Flowable]:
    """``story`` with headings kept with what follows them and each 落款 kept with the end of the body."""
    return _keep_headings(_keep_signatures(story))


def _keep_signatures(story: Sequence[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    for f in story:
        out.append(_with_body_end(out, f) if isinstance(f, Signature) else f)
    return out


def _keep_headings(story: Sequence[Flowable]) -> list[Flowable]:
    out: list[Flowable] = []
    heads: list[Flowable] = []
    for f in story:
        if is_heading(f):
            heads.append(f)
            continue
        if heads and isinstance(f, ActionFlowable | Spacer):  # a page break after a heading: keep it as it is
            out += heads
            heads = []
        if heads:
            f = KeepTogether([*heads, f]) if isinstance(f, Paragraph | KeepTogether) else KeepWithNext(heads, f)
            heads = []
        out.append(f)
    return out + heads


def _with_body_end(out: list[Flowable], sig: Signature) -> Flowable:
    """Take the last body paragraph, the attachment note after it and the spaces between off ``out``."""
    taken: list[Flowable] = []
    while out and isinstance(out[-1], Spacer | Paragraph) and not is_heading(out[-1]):
        f = out.pop()
        if isinstance(f, Paragraph) and getattr(f.style, "name", "") not in TAIL_PARAGRAPHS:
            return KeepTail(f, [*taken, *sig._content])
        taken.insert(0, f)
    return KeepTogether([*taken, *sig._content])
