"""The Settings page's pickup-counter part: the label stock, the shelf names suggested in
order when orders are put away, and how customers who did not choose are told."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from jitdesk.domain.shelves import LabelSize
from jitdesk.domain.telling import TellChannel
from jitdesk.gui.i18n import QT_TR_NOOP, tr
from jitdesk.gui.widgets.editor_fields import FieldErrors
from jitdesk.gui.widgets.tell_channel_combo import TellChannelCombo
from jitdesk.services.settings import CounterSettings

LABEL_TITLES = {
    LabelSize.CONTINUOUS_62MM: QT_TR_NOOP("62 mm continuous roll (one label per bag)"),
    LabelSize.SHIPPING_4X6: QT_TR_NOOP("4 × 6 in shipping labels"),
    LabelSize.A4_3X8: QT_TR_NOOP("A4 sheets of 24 labels (3 × 8, 70 × 37 mm)"),
}


class CounterSettingsForm(QWidget):
    edited = Signal()

    def __init__(self, errors: FieldErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_size = QComboBox(self)
        for size, title in LABEL_TITLES.items():
            self.label_size.addItem(tr(title), size.value)
        self.label_size.setAccessibleName(tr("Label stock"))
        self.shelf_pattern = QLineEdit(self)
        self.shelf_pattern.setPlaceholderText(tr("e.g. A1-A20, B1-B20, Door"))
        self.shelf_pattern.setToolTip(
            tr(
                "The shelf names suggested in this order when orders are put away: names and "
                "ranges separated by commas. Empty: no suggestion."
            )
        )
        self.tell_channel = TellChannelCombo(None, self)
        self.tell_channel.setToolTip(
            tr("How customers are told who did not choose a way of their own")
        )
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        errors.add_row(form, tr("Label si&ze:"), "label_size", self.label_size)
        errors.add_row(form, tr("Shelf na&mes:"), "shelf_pattern", self.shelf_pattern)
        errors.add_row(form, tr("Tell customers b&y:"), "default_tell_channel", self.tell_channel)
        self.label_size.currentIndexChanged.connect(lambda _i: self.edited.emit())
        self.shelf_pattern.textChanged.connect(lambda _t: self.edited.emit())
        self.tell_channel.currentIndexChanged.connect(lambda _i: self.edited.emit())

    def fill(self, counter: CounterSettings) -> None:
        self.label_size.setCurrentIndex(max(0, self.label_size.findData(counter.label_size.value)))
        self.shelf_pattern.setText(counter.shelf_pattern)
        self.tell_channel.set_channel(counter.tell_channel)

    def values(self) -> CounterSettings:
        return CounterSettings(
            LabelSize(self.label_size.currentData()),
            self.shelf_pattern.text(),
            self.tell_channel.channel() or TellChannel.PRINT.value,
        )
