"""The Qt GUI: the only package that imports PySide6. Thin shells over :mod:`perfdesk.core` services."""

from perfdesk.gui.singletons import keep_alive

keep_alive()  # before any Qt call: PySide6 6.12.0 releases references to None/True/False it never took
