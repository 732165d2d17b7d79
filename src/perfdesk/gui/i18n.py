"""Install Qt translators (ours and Qt's own) and route the core's translate() through Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from perfdesk.core import i18n as core_i18n
from perfdesk.core.paths import i18n_dir

_installed: list[QTranslator] = []


def preferred_language() -> str:
    value = QSettings().value("ui/language", "", str) or core_i18n.current_language()
    return value if value in core_i18n.LANGUAGES else core_i18n.DEFAULT_LANGUAGE


def set_preferred_language(language: str) -> None:
    QSettings().setValue("ui/language", language)


def install(app: QCoreApplication, language: str) -> bool:
    """Load ``perfdesk_<language>.qm`` (compiled from the .ts; falls back to reading the .ts) and Qt's
    own translations; core strings go through Qt too. Returns False if our catalogue was not found."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    core_i18n.set_translator(None)
    if language == "en":
        return True
    ok = False
    ours = QTranslator(app)
    qm, ts = i18n_dir() / f"perfdesk_{language}.qm", i18n_dir() / f"perfdesk_{language}.ts"
    stale = qm.exists() and ts.exists() and ts.stat().st_mtime > qm.stat().st_mtime
    if not stale and ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
        core_i18n.set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))
        ok = True
    else:  # no compiled catalogue, or older than the .ts (a checkout being edited): read the .ts directly
        core_i18n.install_catalogue(language)
        table = core_i18n.load_catalogue(language)
        ok = bool(table)
        _install_ts_fallback(table)
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok


def _install_ts_fallback(table: dict[tuple[str, str], str]) -> None:
    class TsTranslator(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
            return table.get((context, source))  # None (not ""): Qt then shows the source text, not a blank

        def isEmpty(self) -> bool:  # noqa: N802 - Qt override
            return False

    translator = TsTranslator(QCoreApplication.instance())
    QCoreApplication.instance().installTranslator(translator)
    _installed.append(translator)
