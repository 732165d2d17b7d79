"""The Qt-free core of PerfDesk: domain, rules, database, import/export, reports and services.

Nothing under this package may import PySide6 (tests/unit/test_layers.py checks it).
"""
