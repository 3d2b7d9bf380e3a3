"""The document-language picker of the customer and supplier editors: the shop's language
(stored as empty, so it follows the shop) or one of the languages documents are written in."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from jitdesk.domain.i18n import document_language_choices, language_name
from jitdesk.gui.i18n import tr


class LanguageCombo(QComboBox):
    def __init__(self, shop_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Document language"))
        self.addItem(tr("As the shop ({0})").format(language_name(shop_language)), "")
        for code, name in document_language_choices():
            self.addItem(name, code)

    def language(self) -> str:
        return str(self.currentData() or "")

    def set_language(self, code: str) -> None:
        """Select `code`; a code not in the list (from an import) is added so it is kept."""
        index = self.findData(code or "")
        if index < 0:
            self.addItem(language_name(code), code)
            index = self.count() - 1
        self.setCurrentIndex(index)
