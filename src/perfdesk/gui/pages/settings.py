"""Settings: interface language (per user) and the rule parameters (stored in the database).

The parameter forms are generated from :mod:`perfdesk.core.rules.params`; this page only loads and saves.
"""

from __future__ import annotations

import dataclasses
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from perfdesk.core import i18n as core_i18n
from perfdesk.core.db.concurrency import ConcurrentEdit
from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.rules import params as P
from perfdesk.core.services import settings as settings_service
from perfdesk.gui import i18n as gui_i18n
from perfdesk.gui.pages.base import Page, PageContext
from perfdesk.gui.widgets.param_inputs import CodeChecklist, NumberRows, PresetText, translated
from perfdesk.gui.widgets.wheel import guard_wheel


def _t(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class ChoiceMapEditor(QWidget):
    """A dict parameter of choices (e.g. each target check's severity): one combo per key, in the order of the
    parameter's ``entries``. ``value()`` keeps only keys set away from their default; keys it does not know
    (from a newer version) are kept as they were."""

    def __init__(self, entries: list[tuple[str, str, str]], choices: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.defaults = {key: default for key, _label, default in entries}
        self.combos: dict[str, QComboBox] = {}
        self.extra: dict[str, Any] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for key, label, _default in entries:
            combo = QComboBox()
            combo.setObjectName(f"choice_{key}")
            for code, text in choices:
                combo.addItem(_t("Params", text), code)
            self.combos[key] = combo
            form.addRow(label, combo)
        self.set_value({})

    def set_value(self, value: dict[str, Any]) -> None:
        value = dict(value or {})
        for key, combo in self.combos.items():
            wanted = value.pop(key, self.defaults[key])
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
        self.extra = value

    def value(self) -> dict[str, Any]:
        chosen = {key: combo.currentData() for key, combo in self.combos.items()}
        return self.extra | {key: v for key, v in chosen.items() if v != self.defaults[key]}


class ParamEditor(QWidget):
    """An editor for one parameter, chosen from its type and choices; ``edited`` when a person changes it."""

    edited = Signal()

    def __init__(self, field: dataclasses.Field, value: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = field
        self.default = field.default if field.default is not dataclasses.MISSING else field.default_factory()  # type: ignore[misc]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        choices = field.metadata.get("choices")
        if field.metadata.get("entries") and isinstance(self.default, dict):
            self.widget = ChoiceMapEditor(field.metadata["entries"](), choices or ())
        elif field.metadata.get("options"):
            self.widget = CodeChecklist(P.option_pairs(field))
        elif field.metadata.get("columns"):
            self.widget = NumberRows([_t("Params", c) for c in field.metadata["columns"]])
            self.widget.changed.connect(self.edited)
        elif field.metadata.get("presets"):
            self.widget = PresetText(translated(field.metadata["presets"]))
        elif choices:
            self.widget: QWidget = QComboBox()
            for code, label in choices:
                self.widget.addItem(_t("Params", label), code)
        elif isinstance(self.default, bool):
            self.widget = QCheckBox()
        elif isinstance(self.default, int):
            self.widget = QSpinBox(maximum=100000)
        else:
            self.widget = QLineEdit()
        layout.addWidget(self.widget, 1)
        self._connect_edits()
        unit = field.metadata.get("unit")
        if unit:
            layout.addWidget(QLabel({"pt": self.tr("points"), "d": self.tr("days")}.get(unit, unit)))
        self.set_value(value)

    def _connect_edits(self) -> None:
        inputs = [self.widget, *self.widget.findChildren(QWidget)]
        for w in inputs:
            signal = {QComboBox: "currentIndexChanged", QCheckBox: "toggled", QSpinBox: "valueChanged",
                      QLineEdit: "textEdited"}.get(type(w))
            if signal:
                getattr(w, signal).connect(lambda *_a: self.edited.emit())

    def set_value(self, value: Any) -> None:
        self.blockSignals(True)  # loading a value is not an edit
        try:
            self._set(value)
        finally:
            self.blockSignals(False)

    def _set(self, value: Any) -> None:
        w = self.widget
        if isinstance(w, (ChoiceMapEditor, CodeChecklist, NumberRows, PresetText)):
            w.set_value(value)
        elif isinstance(w, QComboBox):
            w.setCurrentIndex(max(0, w.findData(value)))
        elif isinstance(w, QCheckBox):
            w.setChecked(bool(value))
        elif isinstance(w, QSpinBox):
            w.setValue(int(value))
        else:
            w.setText(P.encode(value) if isinstance(value, (tuple, list, dict)) else str(value))

    def value(self) -> Any:
        w = self.widget
        if isinstance(w, (ChoiceMapEditor, CodeChecklist, NumberRows, PresetText)):
            return w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QSpinBox):
            return w.value()
        text = w.text().strip()
        if isinstance(self.default, Decimal):
            try:
                return Decimal(text)
            except InvalidOperation as exc:
                raise ValueError(text) from exc
        if isinstance(self.default, (tuple, dict)):
            return P.decode(text, self.default)
        return text


class SettingsPage(Page):
    page_key = "settings"
    languageChanged = Signal(str)  # noqa: N815

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.editors: dict[str, list[ParamEditor]] = {}
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in core_i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(gui_i18n.preferred_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsTabs")
        lang_box = QGroupBox(self.tr("Interface"))
        form = QFormLayout(lang_box)
        form.addRow(self.tr("Language"), self.language)
        self.tabs.addTab(_scrolled(lang_box), self.tr("Interface"))
        self.tabs.addTab(_scrolled(self._rule_set_box()), self.tr("Rule sets"))
        self.dirty: set[str] = set()  # groups with unsaved changes
        self.save_button = QPushButton(self.tr("Save rule settings"))
        self.save_button.clicked.connect(self.save)
        self.reset_button = QPushButton(self.tr("Restore official defaults"))
        self.reset_button.clicked.connect(self.reset)
        self.unsaved = QLabel()
        self.unsaved.setObjectName("unsavedNote")
        buttons = QHBoxLayout()
        buttons.addWidget(self.unsaved, 1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)
        self._groups_built = False

    def set_context(self, ctx: PageContext) -> None:
        super().set_context(ctx)
        with ctx.db.sessions() as session:
            values = settings_service.load_all(session)
        self.values = values
        self.shown_values = values  # what a save compares with: someone else's change since is not overwritten
        if not self._groups_built:
            for cls in P.ALL_GROUPS:
                if P.shown_fields(cls):  # a group whose feature does not exist yet has no tab
                    self._build_group(cls, values[cls.GROUP])
            guard_wheel(self)
            self._groups_built = True
        else:
            self._fill(values)
        self._mark_clean()

    def _rule_set_box(self) -> QGroupBox:
        """Pick a rule set: its parameters are filled into the forms (marked unsaved); any can be changed before
        saving."""
        from perfdesk.core.rules.rule_sets import RULE_SETS

        box = QGroupBox(self.tr("Start from a rule set"))
        self.rule_sets = QComboBox()
        self.rule_sets.setObjectName("ruleSetCombo")
        for rs in RULE_SETS:
            self.rule_sets.addItem(rs.title(), rs.key)
        self.rule_set_note = QLabel()
        self.rule_set_note.setWordWrap(True)
        self.rule_sets.currentIndexChanged.connect(lambda _i: self._describe_rule_set())
        apply = QPushButton(self.tr("Fill in its parameters"))
        apply.setObjectName("applyRuleSet")
        apply.clicked.connect(lambda _checked=False: self.apply_rule_set(self.rule_sets.currentData()))
        form = QFormLayout(box)
        form.addRow(self.tr("Rule set"), self.rule_sets)
        form.addRow(self.rule_set_note)
        form.addRow(apply)
        self._describe_rule_set()
        return box

    def _describe_rule_set(self) -> None:
        from perfdesk.core.rules.rule_sets import rule_set

        rs = rule_set(self.rule_sets.currentData())
        self.rule_set_note.setText(self.tr("Source: {source}. It sets {n} parameters; the others keep their values, "
                                           "and you may change any of them before saving.").format(
            source=rs.where_from(), n=len(rs.values)))

    def apply_rule_set(self, key: str) -> None:
        """Fill the rule set's values into the editors; nothing is saved until the person saves."""
        from perfdesk.core.rules.rule_sets import by_group, rule_set

        for group, values in by_group(rule_set(key)).items():
            for editor in self.editors.get(group, []):
                if editor.field.name in values:
                    editor.set_value(values[editor.field.name])
                    self._mark_dirty(group)

    def _build_group(self, cls: type, values: Any) -> None:
        box = QGroupBox(_t("Params", cls.GROUP_LABEL))
        form = QFormLayout(box)
        editors = []
        for f in P.shown_fields(cls):
            editor = ParamEditor(f, getattr(values, f.name))
            editor.setObjectName(f"param_{cls.GROUP}_{f.name}")
            editor.setToolTip(_t("Params", f.metadata.get("source", "")) + (
                "\n" + _t("Params", f.metadata["note"]) if f.metadata.get("note") else ""))
            form.addRow(_t("Params", f.metadata.get("label", f.name)), editor)
            editor.edited.connect(lambda group=cls.GROUP: self._mark_dirty(group))
            editors.append(editor)
        self.editors[cls.GROUP] = editors
        self.tabs.addTab(_scrolled(box), _t("Params", cls.GROUP_LABEL))
        self.tab_titles = getattr(self, "tab_titles", {}) | {cls.GROUP: self.tabs.count() - 1}

    # -- unsaved changes ---------------------------------------------------------------------------------
    def _mark_dirty(self, group: str) -> None:
        self.dirty.add(group)
        self._show_marks()

    def _mark_clean(self) -> None:
        self.dirty.clear()
        self._show_marks()

    def _show_marks(self) -> None:
        for cls in P.ALL_GROUPS:
            index = self.tab_titles.get(cls.GROUP)
            if index is not None:
                mark = " *" if cls.GROUP in self.dirty else ""
                self.tabs.setTabText(index, _t("Params", cls.GROUP_LABEL) + mark)
        self.unsaved.setText(self.tr("Unsaved changes (marked *): save them or they are lost.") if self.dirty else "")
        self.save_button.setEnabled(bool(self.dirty))

    def can_leave(self) -> bool:
        """Asked before another page is shown: unsaved changes are saved, dropped or kept (stay here)."""
        if not self.dirty:
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(self, self.tr("Settings"), self.tr("Save the changed rule settings?"),
                                      buttons.Save | buttons.Discard | buttons.Cancel, buttons.Save)
        if answer == buttons.Save:
            return self.save() is not None
        if answer == buttons.Discard:
            self.set_context(self.ctx)
            return True
        return False

    def _fill(self, values: dict[str, Any]) -> None:
        for group, editors in self.editors.items():
            for editor in editors:
                editor.set_value(getattr(values[group], editor.field.name))

    def collect(self) -> list[Any]:
        out = []
        for cls in P.ALL_GROUPS:
            kwargs = {e.field.name: e.value() for e in self.editors.get(cls.GROUP, [])}
            out.append(dataclasses.replace(self.values[cls.GROUP], **kwargs))  # parameters not shown stay as stored
        return out

    def save(self) -> list[str] | None:
        """Save every group; None when a value could not be read (nothing is saved then)."""
        try:
            groups = self.collect()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Settings"), self.tr("Not a number: {value}").format(value=exc))
            return None
        changed: list[str] = []
        shown = getattr(self, "shown_values", {})
        try:
            with UnitOfWork(self.ctx.db.sessions, user="gui") as uow:
                for group in groups:
                    changed += settings_service.save(uow, group, seen=shown.get(group.GROUP))
                uow.commit()
        except ConcurrentEdit as exc:  # nothing saved; the values entered stay on the page
            QMessageBox.warning(self, self.tr("Settings"), str(exc))
            return None
        self.shown_values = {group.GROUP: group for group in groups}
        self._mark_clean()
        return changed

    def reset(self) -> None:
        with UnitOfWork(self.ctx.db.sessions, user="gui") as uow:
            for cls in P.ALL_GROUPS:
                settings_service.reset(uow, cls)
            uow.commit()
        self.set_context(self.ctx)

    def _language_changed(self) -> None:
        code = self.language.currentData()
        gui_i18n.set_preferred_language(code)
        self.languageChanged.emit(code)


PAGE = SettingsPage


def _scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` (a tab's form) in a scroll area, so a long form fits a small screen."""
    inner = QWidget()
    column = QVBoxLayout(inner)
    column.addWidget(widget)
    column.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(inner)
    return scroll
