"""The GB/T 9704-2012 document template (FORMATS §8) and the building context every report shares.

A4 portrait, top margin 37 mm, binding margin 28 mm, type area 156 × 225 mm; body 16 pt 仿宋 on a fixed 29 pt line
pitch (22 lines fill the type area) with a two-character first-line indent; page numbers ``— 1 —`` in 14 pt 宋体,
7 mm below the type area, one character in from the right on odd pages and from the left on even pages.
Landscape pages keep the same type area turned by 90° and put the page number on the table's left side.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer
from reportlab.platypus.doctemplate import NextPageTemplate

from perfdesk.core.reports.fonts import FontSet, default_font_set
from perfdesk.core.reports.keep import Signature, keep_together
from perfdesk.core.reports.linebreak import CJKParagraph

# Compressed streams are written as binary, not also ASCII85-encoded (reportlab's default, meant for 7-bit
# channels): the files are about a fifth smaller and the encoding no longer costs a tenth of the build time.
rl_config.useA85 = 0

# -- GB/T 9704 measures ------------------------------------------------------------------------------------
PAGE_W, PAGE_H = A4
TOP_MARGIN = 37 * mm
LEFT_MARGIN = 28 * mm
TYPE_W = 156 * mm
TYPE_H = 225 * mm
BOTTOM_MARGIN = PAGE_H - TOP_MARGIN - TYPE_H  # 35 mm
PAGE_NUMBER_GAP = 7 * mm

SIZE_2 = 22.0  # 二号: title
SIZE_3 = 16.0  # 三号: body
SIZE_4 = 14.0  # 四号: page numbers
SIZE_S4 = 12.0  # 小四
SIZE_5 = 10.5  # 五号: table cells
LINE = TYPE_H / 22 - 0.05  # ≈ 28.9 pt fixed line pitch, 22 lines per page
INDENT = 2 * SIZE_3  # two characters

NUMERALS = "零一二三四五六七八九"


def format_cn_date(value: date) -> str:
    """``2024年6月30日``: full Arabic numerals, no zero padding (GB/T 9704)."""
    return f"{value.year}年{value.month}月{value.day}日"


def cn_number(n: int) -> str:
    """一 … 九十九 for heading numbers."""
    if n < 10:
        return NUMERALS[n]
    tens, units = divmod(n, 10)
    head = "十" if tens == 1 else NUMERALS[tens] + "十"
    return head + (NUMERALS[units] if units else "")


def heading_label(level: int, n: int) -> str:
    """The number of a heading: 一、 / （一） / 1. / （1）."""
    return {1: f"{cn_number(n)}、", 2: f"（{cn_number(n)}）", 3: f"{n}.", 4: f"（{n}）"}[level]


# -- the context every builder shares ------------------------------------------------------------------------
@dataclass
class Context:
    """Fonts, paragraph styles and the warnings collected while building one output."""

    fonts: FontSet = field(default_factory=default_font_set)
    warnings: list[str] = field(default_factory=list)
    _seen: set[str] = field(default_factory=set)
    _styles: dict[str, ParagraphStyle] = field(default_factory=dict)
    shared: dict[tuple[str, str], Flowable] = field(default_factory=dict)  # reusable short cells

    def warn(self, message: str) -> None:
        if message not in self._seen:
            self._seen.add(message)
            self.warnings.append(message)

    def style(self, name: str) -> ParagraphStyle:
        if not self._styles:
            self._styles = make_styles(self.fonts)
        return self._styles[name]

    def para(self, text: str, style: str = "body") -> Paragraph:
        st = self.style(style)
        markup = self.fonts.markup(text, st.fontName, self.warn)
        return LineParagraph(markup, st) if st.leading > 1.5 * st.fontSize else CJKParagraph(markup, st)

    # -- GB/T 9704 elements --
    def title(self, text: str) -> list[Flowable]:
        return [self.para(text, "title"), Spacer(1, LINE)]

    def heading(self, level: int, n: int, text: str) -> Paragraph:
        return self.para(f"{heading_label(level, n)}{text}", f"h{level}")

    def body(self, text: str) -> list[Paragraph]:
        """Paragraphs from ``text`` split at line breaks; blank lines are dropped."""
        return [self.para(part.strip()) for part in text.splitlines() if part.strip()]

    def attachments(self, titles: Sequence[str]) -> list[Flowable]:
        """``附件：1. …`` one line under the body, two characters in, later lines aligned after 附件：."""
        if not titles:
            return []
        numbered = len(titles) > 1
        lines = [f"{i}．{t}" if numbered else t for i, t in enumerate(titles, 1)]
        out: list[Flowable] = [Spacer(1, LINE), self.para("附件：" + lines[0], "attachment")]
        out += [self.para(line, "attachment_more") for line in lines[1:]]
        return out

    def issuer_block(self, issuer: str, issued: date) -> list[Flowable]:
        """Issuing unit centred over the date; the date four characters in from the right (GB/T 9704 §7.3.5)."""
        date_text = format_cn_date(issued)
        font = self.style("body").fontName
        date_w = stringWidth(date_text, font, SIZE_3)
        unit_w = stringWidth(issuer, font, SIZE_3)
        right = 4 * SIZE_3 + max(0.0, (date_w - unit_w) / 2)
        unit_style = ParagraphStyle("issuer", parent=self.style("right"), rightIndent=right)
        unit = CJKParagraph(self.fonts.markup(issuer, font, self.warn), unit_style)
        return [Signature([Spacer(1, 2 * LINE), unit, self.para(date_text, "date")])]


class LineParagraph(CJKParagraph):
    """A paragraph on the fixed line pitch whose first line's em box starts at the top of its box.

    reportlab puts the first baseline one font size below the top, so the em box (as PDF readers measure it)
    would start ``-descent × size`` lower, about 1.4 mm for 16 pt: the text would miss the 37 mm top margin.
    The lift stays inside the paragraph's own box, which is one 29 pt line per line."""

    def drawOn(self, canvas: object, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        style = self.style
        lift = -font_descent(style.fontName) * style.fontSize
        super().drawOn(canvas, x, y + lift, _sW)


def font_descent(name: str) -> float:
    """The descent of a registered font as a fraction of the size (negative)."""
    face = getattr(getFont(name), "face", None)
    return face.descent / 1000 if face is not None else 0.0


def make_styles(fonts: FontSet) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=fonts.body, fontSize=SIZE_3, leading=LINE, firstLineIndent=INDENT,
                          alignment=TA_JUSTIFY, wordWrap="CJK")
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0, alignment=TA_LEFT)
    attach_indent = INDENT + stringWidth("附件：", fonts.body, SIZE_3)
    cell = ParagraphStyle("cell", fontName=fonts.song, fontSize=SIZE_5, leading=SIZE_5 * 1.3, wordWrap="CJK")
    return {
        "body": body,
        "plain": plain,
        "right": ParagraphStyle("right", parent=plain, alignment=TA_RIGHT),
        "date": ParagraphStyle("date", parent=plain, alignment=TA_RIGHT, rightIndent=4 * SIZE_3),
        "title": ParagraphStyle("title", fontName=fonts.title, fontSize=SIZE_2, leading=SIZE_2 * 1.5,
                                alignment=TA_CENTER, wordWrap="CJK"),
        "subtitle": ParagraphStyle("subtitle", parent=plain, fontName=fonts.kai, alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=body, fontName=fonts.heading),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts.kai),
        "h3": ParagraphStyle("h3", parent=body),
        "h4": ParagraphStyle("h4", parent=body),
        "attachment": ParagraphStyle("attachment", parent=plain, leftIndent=attach_indent,
                                     firstLineIndent=INDENT - attach_indent),
        "attachment_more": ParagraphStyle("attachment_more", parent=plain, leftIndent=attach_indent),
        "table_title": ParagraphStyle("table_title", fontName=fonts.title, fontSize=18, leading=26,
                                      alignment=TA_CENTER, wordWrap="CJK"),
        "table_subtitle": ParagraphStyle("table_subtitle", fontName=fonts.kai, fontSize=SIZE_4, leading=20,
                                         alignment=TA_CENTER, wordWrap="CJK", spaceAfter=4),
        "cell": cell,
        "cell_center": ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        "cell_right": ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        "head": ParagraphStyle("head", parent=cell, fontName=fonts.heading, alignment=TA_CENTER),
        "note": ParagraphStyle("note", parent=cell, fontSize=SIZE_5, leading=SIZE_5 * 1.5),
        "caption": ParagraphStyle("caption", parent=plain, fontName=fonts.kai, fontSize=SIZE_4, leading=22,
                                  spaceBefore=4),  # the title over one of several tables on a page
        "toc": ParagraphStyle("toc", parent=plain, fontSize=SIZE_4, leading=LINE * 0.8),
        "cover_title": ParagraphStyle("cover_title", fontName=fonts.title, fontSize=26, leading=40,
                                      alignment=TA_CENTER, wordWrap="CJK"),
        "cover_line": ParagraphStyle("cover_line", parent=plain, alignment=TA_CENTER, fontName=fonts.kai),
    }


# -- page templates ---------------------------------------------------------------------------------------
PORTRAIT = "portrait"
LANDSCAPE = "landscape"
UNNUMBERED = "unnumbered"  # covers and tables of contents


class GBDocument(BaseDocTemplate):
    """A4 document with the GB/T 9704 type area; pages are numbered from the first numbered page on."""

    def __init__(self, target: object, *, fonts: FontSet, title: str = "", **kw: object):
        super().__init__(target, pagesize=A4, leftMargin=LEFT_MARGIN, rightMargin=PAGE_W - LEFT_MARGIN - TYPE_W,
                         topMargin=TOP_MARGIN, bottomMargin=BOTTOM_MARGIN, title=title, author="PerfDesk",
                         creator="PerfDesk", initialFontName=fonts.body, **kw)  # not reportlab's Helvetica:
        self.fonts = fonts  # the canvas sets its initial font on every page, and Helvetica is never embedded
        self.unnumbered_pages = 0
        self.numbered_from = 0
        self.addPageTemplates([
            PageTemplate(PORTRAIT, [portrait_frame()], onPage=self._number_portrait, pagesize=A4),
            PageTemplate(LANDSCAPE, [landscape_frame()], onPage=self._number_landscape, pagesize=landscape(A4)),
            PageTemplate(UNNUMBERED, [portrait_frame()], onPage=self._count_unnumbered, pagesize=A4),
        ])

    def build(self, flowables: list[Flowable], *args: object, **kw: object) -> None:
        """Lay out ``flowables`` with headings kept with what follows and the 落款 with the end of the body."""
        super().build(keep_together(flowables), *args, **kw)

    def page_number(self, canvas: object) -> int:
        """Pages count from the first numbered page, or from the page where numbering last restarted."""
        return canvas.getPageNumber() - max(self.unnumbered_pages, self.numbered_from)  # type: ignore[attr-defined]

    def restart_numbering(self) -> None:
        """The next page is numbered 1 (each letter of a batch)."""
        self.numbered_from = self.page

    def _count_unnumbered(self, canvas: object, doc: object) -> None:
        self.unnumbered_pages += 1

    def _number_portrait(self, canvas: object, doc: object) -> None:
        n = self.page_number(canvas)
        text = page_number_text(n)
        y = BOTTOM_MARGIN - PAGE_NUMBER_GAP - SIZE_4 * 0.8
        canvas.setFont(self.fonts.song, SIZE_4)  # type: ignore[attr-defined]
        if n % 2:
            canvas.drawRightString(LEFT_MARGIN + TYPE_W - SIZE_4, y, text)  # type: ignore[attr-defined]
        else:
            canvas.drawString(LEFT_MARGIN + SIZE_4, y, text)  # type: ignore[attr-defined]

    def _number_landscape(self, canvas: object, doc: object) -> None:
        """On the table's left side, reading upwards: odd pages bottom-left, even pages top-left."""
        n = self.page_number(canvas)
        text = page_number_text(n)
        width = stringWidth(text, self.fonts.song, SIZE_4)
        x = LANDSCAPE_LEFT - PAGE_NUMBER_GAP - SIZE_4 * 0.2
        y = LANDSCAPE_BOTTOM + SIZE_4 if n % 2 else LANDSCAPE_BOTTOM + TYPE_W - SIZE_4 - width
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.translate(x, y)  # type: ignore[attr-defined]
        canvas.rotate(90)  # type: ignore[attr-defined]
        canvas.setFont(self.fonts.song, SIZE_4)  # type: ignore[attr-defined]
        canvas.drawString(0, 0, text)  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]


# Landscape: the portrait page turned so the binding side is on top; the type area is 225 wide, 156 high.
LANDSCAPE_LEFT = BOTTOM_MARGIN
LANDSCAPE_BOTTOM = PAGE_W - LEFT_MARGIN - TYPE_W  # 26 mm


def page_number_text(n: int) -> str:
    return f"— {n} —"


def portrait_frame() -> Frame:
    return Frame(LEFT_MARGIN, BOTTOM_MARGIN, TYPE_W, TYPE_H, 0, 0, 0, 0, id="type_area")


def landscape_frame() -> Frame:
    return Frame(LANDSCAPE_LEFT, LANDSCAPE_BOTTOM, TYPE_H, TYPE_W, 0, 0, 0, 0, id="type_area_landscape")


def switch_to(template: str, *, new_page: bool = True) -> list[Flowable]:
    """Flowables that make the following pages use ``template`` (portrait, landscape or unnumbered)."""
    return [NextPageTemplate(template), PageBreak()] if new_page else [NextPageTemplate(template)]


# -- building and writing ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class BuildResult:
    """What a ``build_*`` function returns: the PDF (bytes, or the path written), pages, and warnings such as
    characters no font could print."""

    pdf: bytes | None
    path: Path | None
    pages: int
    warnings: tuple[str, ...]


StoryFn = Callable[[Context], list[Flowable]]


def build(story: StoryFn, *, target: str | os.PathLike[str] | None = None, title: str = "",
          ctx: Context | None = None, first_template: str = PORTRAIT) -> BuildResult:
    """Lay out ``story(ctx)`` in a :class:`GBDocument`; write atomically to ``target`` or return the bytes."""
    ctx = ctx or Context()
    flowables = story(ctx)

    def write(stream: object) -> int:
        doc = GBDocument(stream, fonts=ctx.fonts, title=title)
        if first_template != PORTRAIT:
            doc.pageTemplates.insert(0, doc.pageTemplates.pop(_template_index(doc, first_template)))
        doc.build(flowables)
        return doc.page

    return write_pdf(write, target, ctx.warnings)


def _template_index(doc: BaseDocTemplate, name: str) -> int:
    return next(i for i, t in enumerate(doc.pageTemplates) if t.id == name)


def write_pdf(write: Callable[[object], int], target: str | os.PathLike[str] | None,
              warnings: Iterable[str]) -> BuildResult:
    if target is None:
        buffer = io.BytesIO()
        pages = write(buffer)
        return BuildResult(buffer.getvalue(), None, pages, tuple(warnings))
    path = Path(target)
    pages = atomic_write(path, write)
    return BuildResult(None, path, pages, tuple(warnings))


def atomic_write(path: Path, write: Callable[[object], int]) -> int:
    """Write through a temporary file in the same folder and rename it into place: a failure or a
    cancellation leaves no half-written file (and keeps an older file of that name intact)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            result = write(stream)
        os.replace(tmp, path)
        return result
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
