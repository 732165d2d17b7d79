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
    own translations; core strings go through Qt too. Returns False if our catalogue was not found.

    The translators of a language are made once and kept for the life of the application: switching languages
    installs and removes the same objects, never deletes one that a translation running elsewhere (the
    background worker translates its messages) might be reading."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    core_i18n.set_translator(None)
    if language == "en":
        return True
    translators, ok, table = _loaded(app, language)
    for translator in translators:
        app.installTranslator(translator)
        _installed.append(translator)
    if table is None:
        core_i18n.set_translator(lambda ctx, text: QCoreApplication.translate(ctx, text))
    else:  # read from the .ts: core strings from the same table
        core_i18n.install_catalogue(language)
    return ok


_loaded_cache: dict[tuple[int, str, bool], tuple[list[QTranslator], bool, dict[tuple[str, str], str] | None]] = {}


def _loaded(app: QCoreApplication, language: str) -> tuple[list[QTranslator], bool,
                                                             dict[tuple[str, str], str] | None]:
    """The language's translators (ours, then Qt's), whether ours was found, and the .ts table when ours was read
    from the .ts (no compiled catalogue, or one older than the .ts: a checkout being edited)."""
    qm, ts = i18n_dir() / f"perfdesk_{language}.qm", i18n_dir() / f"perfdesk_{language}.ts"
    stale = not qm.exists() or (ts.exists() and ts.stat().st_mtime > qm.stat().st_mtime)
    key = (id(app), language, stale)
    if key in _loaded_cache:
        return _loaded_cache[key]
    translators: list[QTranslator] = []
    table: dict[tuple[str, str], str] | None = None
    ours = QTranslator(app)
    if not stale and ours.load(str(qm)):
        translators.append(ours)
        ok = True
    else:
        table = core_i18n.load_catalogue(language)
        ok = bool(table)
        translators.append(_ts_translator(app, table))
    qt = QTranslator(app)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        translators.append(qt)
    _loaded_cache[key] = (translators, ok, table)
    return _loaded_cache[key]


def _ts_translator(app: QCoreApplication, table: dict[tuple[str, str], str]) -> QTranslator:
    class TsTranslator(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
            return table.get((context, source))  # None (not ""): Qt then shows the source text, not a blank

        def isEmpty(self) -> bool:  # noqa: N802 - Qt override
            return False

    return TsTranslator(app)
