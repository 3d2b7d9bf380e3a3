"""How a customer wants to hear that an order is ready: the picker of the customer editors
and Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from jitdesk.domain.telling import TellChannel
from jitdesk.gui.i18n import tr
from jitdesk.gui.telling_words import channel_title


class TellChannelCombo(QComboBox):
    """The ways to tell; with `shop_default`, first "As the shop chose (…)", stored as empty
    so the customer follows the shop's choice."""

    def __init__(
        self, shop_default: TellChannel | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("How to tell the customer"))
        if shop_default is not None:
            self.addItem("", "")
            self.set_shop_default(shop_default)
        for channel in TellChannel:
            self.addItem(channel_title(channel), channel.value)

    def set_shop_default(self, shop_default: TellChannel) -> None:
        """Name the shop's choice again (Settings may have changed it)."""
        index = self.findData("")
        if index >= 0:
            self.setItemText(
                index,
                tr("As the shop chose ({channel})").format(channel=channel_title(shop_default)),
            )

    def channel(self) -> str:
        return str(self.currentData() or "")

    def set_channel(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(value or "")))
