"""Draw PerfDesk's application icon (original artwork: shapes only, no fonts) into resources/icons/.

    python tools/make_icon.py      writes perfdesk.png (256 px) and perfdesk.ico (16–256 px)

A rounded blue tile with three rising bars and a tick: "performance, checked".
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    tile = QRectF(8 * s, 8 * s, 240 * s, 240 * s)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomRight())
    gradient.setColorAt(0, QColor("#2f6fd6"))
    gradient.setColorAt(1, QColor("#17408f"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(tile, 44 * s, 44 * s)
    p.setBrush(QColor("#ffffff"))
    for i, height in enumerate((70, 110, 150)):
        p.drawRoundedRect(QRectF((52 + i * 56) * s, (206 - height) * s, 40 * s, height * s), 6 * s, 6 * s)
    tick = QPainterPath(QPointF(60 * s, 84 * s))
    tick.lineTo(QPointF(96 * s, 116 * s))
    tick.lineTo(QPointF(196 * s, 40 * s))
    pen = QPen(QColor("#f5b400"), max(2.0, 22 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(tick)
    p.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    if not draw(256).save(str(OUT / "perfdesk.png")):
        return 1
    _write_ico(OUT / "perfdesk.ico")
    return 0


def _write_ico(path: Path) -> None:
    """An .ico with every size: PNG-compressed entries (Windows Vista and later read them)."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for size in SIZES:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        draw(size).save(buffer, "PNG")
        blobs.append((size, bytes(data)))
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = 6 + 16 * len(blobs)
    entries, payload = b"", b""
    for size, blob in blobs:
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset + len(payload))
        payload += blob
    path.write_bytes(header + entries + payload)


if __name__ == "__main__":
    raise SystemExit(main())
