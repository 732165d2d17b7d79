from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _chinese_ui(qapp):  # type: ignore[no-untyped-def]
    """GUI tests run with the Chinese catalogue, as users see it."""
    from PySide6.QtCore import QCoreApplication

    from perfdesk.gui import i18n as gui_i18n

    QCoreApplication.setOrganizationName("PerfDeskTests")
    gui_i18n.install(qapp, "zh_CN")
    yield
    gui_i18n.install(qapp, "en")
