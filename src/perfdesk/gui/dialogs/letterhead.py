"""Asked the first time a letter, notice or report is printed while its letterhead settings are empty: the
county's name, the issuing authority (发文机关) and the document number prefix (文号), saved as settings.

"Not now" prints with what is there and asks again in the next session; the values can be changed later on the
settings page (General)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from perfdesk.core.db.uow import UnitOfWork
from perfdesk.core.services import letterhead

_ASKED: set[str] = set()  # databases asked about in this session


class LetterheadDialog(QDialog):
    def __init__(self, head: letterhead.Letterhead, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Letterhead"))
        self.setObjectName("letterheadDialog")
        intro = QLabel(self.tr("Letters, notices and reports print the county's name, the issuing authority and "
                               "the document number. Fill them in once; they can be changed under Settings → "
                               "General."))
        intro.setWordWrap(True)
        self.county = QLineEdit(head.county)
        self.county.setObjectName("countyEdit")
        self.county.setPlaceholderText(self.tr("e.g. 冠县"))
        self.authority = QLineEdit(head.authority or (head.issuer if head.county else ""))
        self.authority.setObjectName("authorityEdit")
        self.authority.setPlaceholderText(self.tr("e.g. 冠县财政局"))
        self.prefix = QLineEdit(head.prefix)
        self.prefix.setObjectName("prefixEdit")
        self.prefix.setPlaceholderText(self.tr("e.g. 冠财绩"))
        self.county.textEdited.connect(self._county_edited)
        form = QFormLayout()
        form.addRow(self.tr("County"), self.county)
        form.addRow(self.tr("Issuing authority (发文机关)"), self.authority)
        form.addRow(self.tr("Document number prefix (文号)"), self.prefix)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._authority_follows = not head.authority

    def _county_edited(self, text: str) -> None:
        """While the authority was not typed by hand it follows the county: "XX县财政局"."""
        if self._authority_follows:
            self.authority.setText(f"{text.strip()}财政局" if text.strip() else "")

    def values(self) -> letterhead.Letterhead:
        return letterhead.Letterhead(self.county.text(), self.authority.text(), self.prefix.text())


def ask_letterhead(parent: QWidget, db) -> None:  # type: ignore[no-untyped-def]
    """Before printing: when county, authority or prefix is empty (and not asked yet in this session), ask for
    them and save what is given. Printing goes on whatever the answer."""
    key = str(getattr(db, "url", id(db)))
    if key in _ASKED:
        return
    with db.sessions() as session:
        head = letterhead.load(session)
    if head.complete:
        return
    _ASKED.add(key)
    dialog = LetterheadDialog(head, parent)
    dialog.authority.textEdited.connect(lambda *_a: setattr(dialog, "_authority_follows", False))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    with UnitOfWork(db.sessions, user="gui") as uow:
        letterhead.save(uow, dialog.values())
        uow.commit()
