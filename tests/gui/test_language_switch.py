"""Switching the language installs and removes the same translator objects: none is made per switch, and none is
deleted while a translation elsewhere (the background worker's) could be reading it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def test_switching_languages_reuses_the_translators_and_translates_each_time(qapp) -> None:  # type: ignore[no-untyped-def]
    from perfdesk.gui import i18n

    i18n.install(qapp, "zh_CN")
    first = list(i18n._installed)
    assert first and QCoreApplication.translate("MainWindow", "Home") == "工作台"
    i18n.install(qapp, "en")
    assert i18n._installed == [] and QCoreApplication.translate("MainWindow", "Home") == "Home"
    for _ in range(50):
        i18n.install(qapp, "zh_CN")
        i18n.install(qapp, "en")
    i18n.install(qapp, "zh_CN")
    assert len(i18n._installed) == len(first) and all(a is b for a, b in zip(i18n._installed, first, strict=True))
    assert QCoreApplication.translate("MainWindow", "Home") == "工作台"
