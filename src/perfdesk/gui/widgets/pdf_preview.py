"""A PDF preview (QtPdf) with printing through QPrinter/QPrintDialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget


def on_white(image: QImage) -> QImage:
    """``QPdfDocument.render()`` gives a transparent page: paint it on white."""
    out = QImage(image.size(), QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    painter.drawImage(0, 0, image)
    painter.end()
    return out


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def load(self, path: Path) -> int:
        """Show ``path``; returns its page count (0 when it could not be read)."""
        self.document.close()
        self.document.load(str(path))
        return self.page_count()

    def clear(self) -> None:
        self.document.close()

    def page_count(self) -> int:
        return self.document.pageCount()

    def page_image(self, index: int, width: int = 600) -> QImage:
        """A page rendered ``width`` pixels wide, on white."""
        size = self.document.pagePointSize(index)
        height = int(width * size.height() / size.width()) if size.width() else width
        return on_white(self.document.render(index, QSize(width, height)))

    def print_document(self, parent: QWidget | None = None) -> bool:
        """Ask for a printer and print every page fitted to the paper; False when cancelled."""
        if self.page_count() == 0:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFromTo(1, self.page_count())
        dialog = QPrintDialog(printer, parent or self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.print_to(printer)
        return True

    def print_to(self, printer: QPrinter) -> None:
        first, last = printer.fromPage() or 1, printer.toPage() or self.page_count()
        painter = QPainter(printer)
        try:
            for index in range(first - 1, min(last, self.page_count())):
                if index > first - 1:
                    printer.newPage()
                self._paint_page(painter, printer, index)
        finally:
            painter.end()

    def _paint_page(self, painter: QPainter, printer: QPrinter, index: int) -> None:
        area = printer.pageRect(QPrinter.Unit.DevicePixel)
        size = self.document.pagePointSize(index)
        scale = min(area.width() / size.width(), area.height() / size.height())
        target = QSize(int(size.width() * scale), int(size.height() * scale))
        painter.drawImage(QRectF(QPointF(0, 0), target.toSizeF()), self.document.render(index, target))
