"""Many projects at once: one PDF with a table of contents and bookmarks, or a folder of PDFs.

The table of contents is laid out in a single pass: its page numbers are PDF form XObjects referenced on the
contents page and defined when each project's first page is drawn (one title per line, so the contents' length
does not depend on the numbers). Progress is reported as projects are laid out; raising
:class:`perfdesk.core.progress.Cancelled` from the callback stops the work and leaves no partial file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.platypus import Flowable, Table

from perfdesk.core.i18n import translate
from perfdesk.core.progress import Progress, no_progress
from perfdesk.core.reports.data import EvaluationReport, SelfEvaluation, TargetDeclaration
from perfdesk.core.reports.document import (
    PORTRAIT,
    SIZE_4,
    TYPE_W,
    UNNUMBERED,
    BuildResult,
    Context,
    GBDocument,
    build,
    switch_to,
    write_pdf,
)
from perfdesk.core.reports.evaluation_report import report_story, report_title
from perfdesk.core.reports.selfeval_table import TITLE as SELFEVAL_TITLE
from perfdesk.core.reports.selfeval_table import selfeval_story
from perfdesk.core.reports.target_declaration import TITLE as DECLARATION_TITLE
from perfdesk.core.reports.target_declaration import declaration_story

Item = SelfEvaluation | TargetDeclaration | EvaluationReport
NUMBER_W = 40.0


def item_story(ctx: Context, item: Item, *, notes: bool = False) -> list[Flowable]:
    if isinstance(item, SelfEvaluation):
        return selfeval_story(ctx, item, notes=notes)
    if isinstance(item, EvaluationReport):
        return report_story(ctx, item)
    return declaration_story(ctx, item)


def item_title(item: Item) -> str:
    if isinstance(item, EvaluationReport):
        return report_title(item).removeprefix(item.project.name)
    return SELFEVAL_TITLE if isinstance(item, SelfEvaluation) else DECLARATION_TITLE


def build_item(item: Item, target: str | os.PathLike[str] | None = None, *, notes: bool = False) -> BuildResult:
    """One item in a PDF of its own (an evaluation report's cover stays unnumbered)."""
    first = UNNUMBERED if isinstance(item, EvaluationReport) else PORTRAIT
    return build(lambda c: item_story(c, item, notes=notes), target=target, title=_entry_title(item),
                 first_template=first)


class StartMarker(Flowable):
    """Zero-size mark at the start of a project: bookmark, outline entry, contents page number, progress."""

    def __init__(self, index: int, title: str, on_draw: Callable[[int], None]):
        super().__init__()
        self.index, self.title, self.on_draw = index, title, on_draw
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        key = f"p{self.index}"
        canvas.bookmarkPage(key)
        canvas.addOutlineEntry(self.title, key, level=0)
        number = canvas._doctemplate.page_number(canvas)
        canvas.beginForm(f"toc{self.index}", 0, 0, NUMBER_W, SIZE_4 * 1.5)
        canvas.setFont(canvas._doctemplate.fonts.digits(canvas._doctemplate.fonts.body), SIZE_4)
        canvas.drawRightString(NUMBER_W, SIZE_4 * 0.55, str(number))
        canvas.endForm()
        self.on_draw(self.index)


class FormRef(Flowable):
    """Draws a form defined later (a contents page number)."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return NUMBER_W, SIZE_4 * 1.5

    def draw(self) -> None:
        self.canv.doForm(self.name)


def contents(ctx: Context, titles: Sequence[str]) -> list[Flowable]:
    rows = [[ctx.para(f"{i}．{t}", "toc"), FormRef(f"toc{i - 1}")] for i, t in enumerate(titles, 1)]
    table = Table(rows, colWidths=[TYPE_W - NUMBER_W - 6, NUMBER_W + 6], repeatRows=0, style=[
        ("FONTNAME", (0, 0), (-1, -1), ctx.fonts.body),  # else the table starts each cell in Helvetica
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0)])
    return [*ctx.title("目\u3000录"), table]


def _entry_title(item: Item) -> str:
    return f"{item.project.name}{item_title(item)}"


def batch_story(ctx: Context, items: Sequence[Item], *, toc: bool, notes: bool,
                report: Callable[[int], None]) -> list[Flowable]:
    story: list[Flowable] = []
    if toc:
        story += contents(ctx, [_entry_title(it) for it in items]) + switch_to(PORTRAIT)
    for i, item in enumerate(items):
        if i:
            story += switch_to(PORTRAIT)
        story.append(StartMarker(i, _entry_title(item), report))
        story += item_story(ctx, item, notes=notes)
    return story


def build_batch_pdf(items: Sequence[Item], target: str | os.PathLike[str] | None = None, *, toc: bool = True,
                    notes: bool = False, progress: Progress | None = None,
                    ctx: Context | None = None) -> BuildResult:
    """All ``items`` (self-evaluations and/or target declarations) in one PDF, each from a new page, with a
    table of contents (unnumbered pages) and an outline. ``progress(fraction, message)`` may raise Cancelled."""
    ctx = ctx or Context()
    report = progress or no_progress
    total = len(items)
    message = translate("Reports", "Laying out {n} tables").format(n=total)
    report(0.0, message)
    story = batch_story(ctx, items, toc=toc, notes=notes,
                        report=lambda i: report(i / total if total else 1.0, message))

    def write(stream: object) -> int:
        doc = GBDocument(stream, fonts=ctx.fonts, title=translate("Reports", "Performance tables"))
        if toc:
            doc.pageTemplates.insert(0, doc.pageTemplates.pop(2))  # contents pages are not numbered
        doc.build(story)
        report(1.0, message)
        return doc.page

    return write_pdf(write, target, ctx.warnings)


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(code: str, name: str, *, suffix: str = ".pdf", limit: int = 120) -> str:
    """``code-name.pdf`` with characters Windows forbids replaced, trailing dots/spaces removed, not too long."""
    stem = _UNSAFE.sub("_", "-".join(p for p in (code.strip(), name.strip()) if p)).strip(" .") or "untitled"
    stem = stem[:limit].rstrip(" .")
    if stem.split(".")[0].upper() in _RESERVED:
        stem = "_" + stem
    return stem + suffix


def build_batch_folder(items: Sequence[Item], folder: str | os.PathLike[str], *, notes: bool = False,
                       progress: Progress | None = None) -> list[BuildResult]:
    """One PDF per item in ``folder``, named by :func:`safe_file_name` (duplicates get ``-2``, ``-3``…).
    Each file is written atomically; a cancellation keeps the files already finished and no partial one."""
    report = progress or no_progress
    folder = Path(folder)
    results: list[BuildResult] = []
    used: set[str] = set()
    for i, item in enumerate(items):
        report(i / len(items), translate("Reports", "Writing {name}").format(name=item.project.name))
        path = folder / _unique(safe_file_name(item.project.code, item.project.name), used)
        results.append(build_item(item, path, notes=notes))
    report(1.0, translate("Reports", "Done"))
    return results


def _unique(name: str, used: set[str]) -> str:
    stem, suffix = os.path.splitext(name)
    candidate, n = name, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    used.add(candidate.lower())
    return candidate
