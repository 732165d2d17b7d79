from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _chinese_ui(qapp):  # type: ignore[no-untyped-def]
    """GUI tests run with the Chinese catalogue, as users see it."""
    from PySide6.QtCore import QCoreApplication

    from perfdesk.core import i18n as core_i18n
    from perfdesk.gui import i18n as gui_i18n

    before = core_i18n._translator
    QCoreApplication.setOrganizationName("PerfDeskTests")
    gui_i18n.install(qapp, "zh_CN")
    yield
    gui_i18n.install(qapp, "en")
    core_i18n.set_translator(before)  # core tests after the GUI ones see the language they saw before
