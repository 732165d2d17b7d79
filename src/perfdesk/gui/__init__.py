"""The Qt GUI: the only package that imports PySide6. Thin shells over :mod:`perfdesk.core` services."""
