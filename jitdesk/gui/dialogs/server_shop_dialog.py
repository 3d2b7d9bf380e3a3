"""File ▸ Open shop on a server…: the address of a shop on a PostgreSQL server, typed or chosen
from the server shops opened before."""

from __future__ import annotations

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

EXAMPLE = "postgresql://anna@shop-server:5432/bikeshop"


class ServerShopDialog(QDialog):
    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Open shop on a server"))
        self.address = QComboBox(self)
        self.address.setEditable(True)
        line = QLineEdit(self.address)
        self.address.setLineEdit(line)
        self.address.addItems(recent)
        self.address.setMinimumContentsLength(56)
        self.address.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        line.setPlaceholderText(EXAMPLE)
        if not recent:
            line.clear()
        line.selectAll()
        hint = QLabel(
            tr(
                "If the server wants a password this computer does not have (in ~/.pgpass or "
                "PGPASSWORD), you are asked for it; it is never kept in the shop or in the list "
                "of recent shops. For an encrypted connection to a server elsewhere, end the "
                "address with ?sslmode=verify-full."
            ),
            self,
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(tr("&Address:"), self.address)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
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


def ask_server_address(parent: QWidget | None, recent: list[str]) -> str | None:
    """The address typed or chosen; None when cancelled."""
    dialog = ServerShopDialog(recent, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.typed() or None
