"""Map columns…: which column of an order export jitdesk does not know is the order number,
the SKU, the quantity and so on. The import remembers the choice for files with these columns."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import ValidationError
from jitdesk.domain.webshop_formats import check_mapping
from jitdesk.gui.feedback import show_error
from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons
from jitdesk.services.webshop_import import column_roles


class ColumnMappingDialog(QDialog):
    def __init__(
        self,
        header: tuple[str, ...],
        mapping: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Map columns"))
        self.setMinimumWidth(480)
        intro = QLabel(
            tr(
                "Choose which column of the file holds each value. The order number, the "
                "quantity and the SKU or item name are needed; jitdesk remembers your choice "
                "for files with these columns."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.combos: dict[str, QComboBox] = {}
        columns = [c for c in header if c]
        for role, title in column_roles():
            combo = QComboBox(self)
            combo.addItem(tr("(not in the file)"), "")
            for column in columns:
                combo.addItem(column, column)
            chosen = mapping.get(role, "")
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.setAccessibleName(title)
            label = QLabel(title[:1].upper() + title[1:] + ":", self)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.combos[role] = combo
        buttons, _ok = dialog_buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {
            role: combo.currentData() for role, combo in self.combos.items() if combo.currentData()
        }

    def accept(self) -> None:
        try:
            check_mapping(self.mapping())
        except ValidationError as exc:
            show_error(self, exc)
            return
        super().accept()
