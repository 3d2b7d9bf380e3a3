"""File ▸ Open shop on a server…: the address of a shop on a PostgreSQL server, typed or chosen
from the saved connections and the server shops opened before; a typed one may be saved under a
name."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jitdesk.gui.i18n import tr
from jitdesk.gui.widgets.dialog_buttons import dialog_buttons

EXAMPLE = "postgresql://anna@shop-server:5432/bikeshop"


@dataclass(frozen=True, slots=True)
class ServerChoice:
    address: str
    save_as: str  # a name to save the connection under, or ""


class ServerShopDialog(QDialog):
    def __init__(
        self, recent: list[str], parent: QWidget | None = None, saved: list[str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open shop on a server"))
        choices = list(dict.fromkeys([*(saved or []), *recent]))
        self.address = QComboBox(self)
        self.address.setEditable(True)
        line = QLineEdit(self.address)
        self.address.setLineEdit(line)
        self.address.addItems(choices)
        self.address.setMinimumContentsLength(56)
        self.address.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        line.setPlaceholderText(EXAMPLE)
        if not choices:
            line.clear()
        line.selectAll()
        self.save_as = QLineEdit(self)
        self.save_as.setPlaceholderText(tr("optional, e.g. bikeshop"))
        self.save_as.setToolTip(
            tr("Saved connections open as postgresql:///?service=name, here and in psql.")
        )
        hint = QLabel(
            tr(
                "If the server wants a password this computer does not have (in ~/.pgpass, "
                "PGPASSWORD or its keyring), you are asked for it; it is never kept in the "
                "shop, in the list of recent shops or with a saved connection. For an "
                "encrypted connection to a server elsewhere, end the address with "
                "?sslmode=verify-full."
            ).replace("?sslmode", "?\u2060sslmode"),  # kept on one line when the text wraps
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Address:"), self.address)
        form.addRow(tr("&Save as:"), self.save_as)
        buttons, self.open_button = dialog_buttons(self, QDialogButtonBox.StandardButton.Open)
        line.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self._update()

    def _update(self) -> None:
        self.open_button.setEnabled(bool(self.typed()))
        self.open_button.setToolTip("" if self.typed() else tr("Type the server shop's address."))

    def typed(self) -> str:
        return self.address.currentText().strip()

    def choice(self) -> ServerChoice:
        return ServerChoice(self.typed(), self.save_as.text().strip())


def ask_server_address(
    parent: QWidget | None, recent: list[str], saved: list[str] | None = None
) -> ServerChoice | None:
    """The address typed or chosen (and a name to save it under); None when cancelled."""
    dialog = ServerShopDialog(recent, parent, saved)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.typed():
        return None
    return dialog.choice()
