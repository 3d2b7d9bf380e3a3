"""Settings: shop details and logo, currency and locale, tax, deposit, pickup hold, safety
buffer, closed weekdays, opening hours, documents folder and document texts.

Save (Ctrl+S) writes everything at once through services.settings; a problem is shown at its
field and nothing is written. Revert shows what is saved again.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.models import ShopSettings
from jitdesk.gui import i18n
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.pages.page import Page
from jitdesk.gui.pages.settings_counter import CounterSettingsForm
from jitdesk.gui.pages.settings_people import PeopleSettings, gate_shop_settings
from jitdesk.gui.widgets.editor_fields import FieldErrors, IntEdit, section_label
from jitdesk.gui.widgets.percent import percent_text, tax_rate_bp
from jitdesk.services.settings import counter_settings, get_settings, update_all_settings
from jitdesk.services.shop import Changes, Shop

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_PREVIEW = 96


@cache
def locale_names() -> tuple[str, ...]:
    """Every locale Qt knows, as names like en_GB (for the locale choice)."""
    names = {
        loc.name()
        for loc in QLocale.matchingLocales(
            QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, QLocale.Country.AnyCountry
        )
    }
    return tuple(sorted(n for n in names if n and n != "C"))


def _multiline(parent: QWidget, lines: int, name: str) -> QPlainTextEdit:
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setAccessibleName(name)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)
    return edit


class SettingsPage(Page):
    key = "settings"

    @classmethod
    def title(cls) -> str:
        return tr("Settings")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.dirty = False
        self._loading = False
        self._logo: bytes | None = None
        self._saved: ShopSettings | None = None
        self.errors = FieldErrors(self)
        body = QWidget(self)

        # shop details
        self.name = QLineEdit(body)
        self.name.setMaxLength(200)
        self.address = _multiline(body, 3, tr("Address"))
        self.phone = QLineEdit(body)
        self.email = QLineEdit(body)
        self.website = QLineEdit(body)
        self.logo_preview = QLabel(body)
        self.logo_preview.setFixedSize(LOGO_PREVIEW, LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_preview.setAccessibleName(tr("Logo preview"))
        self.logo_button = QPushButton(tr("C&hoose logo…"), body)
        self.remove_logo_button = QPushButton(tr("Remove lo&go"), body)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.logo_button)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)
        logo_box = QWidget(body)
        logo_box.setLayout(logo_row)
        logo_row.setContentsMargins(0, 0, 0, 0)

        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(details, tr("Shop &name:"), "name", self.name)
        details.addRow(tr("&Address:"), self.address)
        details.addRow(tr("&Phone:"), self.phone)
        self.errors.add_row(details, tr("&Email:"), "email", self.email)
        details.addRow(tr("&Website:"), self.website)
        self.errors.add_row(details, tr("Logo:"), "logo", logo_box)

        # money and rules
        self.currency = QLineEdit(body)
        self.currency.setMaxLength(3)
        self.currency.setPlaceholderText("EUR")
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMMM") + 16)
        self.locale = QComboBox(body)
        self.locale.addItems(list(locale_names()))
        self.locale.setMaxVisibleItems(20)
        self.tax = QLineEdit(body)
        self.tax.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.tax.setMaxLength(6)
        self.vat_id = QLineEdit(body)
        self.vat_id.setMaxLength(40)
        self.vat_id.setPlaceholderText(tr("e.g. ATU12345678"))
        self.prices_include_tax = QCheckBox(tr("Sale prices &include tax"), body)
        self.prices_include_tax.setToolTip(
            tr("Unticked: the tax is added to the sale prices on customer documents.")
        )
        self.deposit = IntEdit(body)
        self.pickup_hold = IntEdit(body)
        self.safety = IntEdit(body)
        for edit in (self.tax, self.deposit, self.pickup_hold, self.safety):
            edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("000000") + 24)
        self.closed_box = QWidget(body)
        grid = QGridLayout(self.closed_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.closed: list[QCheckBox] = []
        for day in range(7):
            check = QCheckBox(
                fmt.locale.dayName(day + 1, QLocale.FormatType.ShortFormat), self.closed_box
            )
            check.setAccessibleName(tr("Closed on {day}").format(day=fmt.locale.dayName(day + 1)))
            grid.addWidget(check, 0, day)
            self.closed.append(check)
        self.hours = _multiline(body, 4, tr("Opening hours"))
        self.hours.setPlaceholderText(tr("Mon–Fri 9:00–18:00\nSat 9:00–13:00"))
        self.folder = QLineEdit(body)
        self.folder.setPlaceholderText(tr("a “documents” folder next to the shop file"))
        self.folder_button = QPushButton(tr("&Browse…"), body)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_button)
        folder_box = QWidget(body)
        folder_box.setLayout(folder_row)

        rules = QFormLayout()
        rules.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors.add_row(rules, tr("&Currency (3 letters):"), "currency", self.currency)
        self.errors.add_row(rules, tr("&Locale (money and dates):"), "locale", self.locale)
        self.errors.add_row(rules, tr("&Tax rate (%):"), "tax_rate_bp", self.tax)
        rules.addRow("", self.prices_include_tax)
        self.errors.add_row(rules, tr("&VAT number:"), "vat_id", self.vat_id)
        self.errors.add_row(
            rules, tr("&Deposit (% of the order):"), "deposit_percent", self.deposit
        )
        self.errors.add_row(rules, tr("Pic&kup hold (days):"), "pickup_hold_days", self.pickup_hold)
        self.errors.add_row(rules, tr("Safety &buffer (days):"), "safety_buffer_days", self.safety)
        self.errors.add_row(rules, tr("Closed on:"), "closed_weekdays", self.closed_box)
        rules.addRow(tr("&Opening hours:"), self.hours)
        rules.addRow(tr("Documents &folder:"), folder_box)

        self.counter = CounterSettingsForm(self.errors, body)
        self.counter.edited.connect(self._on_edited)

        # document texts
        self.footer = _multiline(body, 2, tr("Footer on every document"))
        self.supplier_note = _multiline(body, 3, tr("Note on supplier orders"))
        self.pickup_note = _multiline(body, 3, tr("Note on pickup notices"))
        self.confirmation_note = _multiline(body, 3, tr("Note on order confirmations"))
        texts = QFormLayout()
        texts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        texts.addRow(tr("Footer (every document):"), self.footer)
        texts.addRow(tr("Supplier order note:"), self.supplier_note)
        texts.addRow(tr("Pickup notice note:"), self.pickup_note)
        texts.addRow(tr("Confirmation note:"), self.confirmation_note)

        # this computer's language: a preference of the person, not of the shop file
        self.language = QComboBox(body)
        self.language.addItem(tr("System default"), "")
        for code, name in i18n.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language())))
        self.language.setAccessibleName(tr("Language"))
        self.language_note = QLabel(tr("A new language is used from the next start."), body)
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        computer = QFormLayout()
        computer.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        computer.addRow(tr("&Language:"), self.language)
        computer.addRow("", self.language_note)
        self.language.currentIndexChanged.connect(self._on_language)

        body_layout = QVBoxLayout(body)
        body_layout.addWidget(section_label(tr("Shop details"), body))
        body_layout.addLayout(details)
        body_layout.addWidget(section_label(tr("Money, orders and pickup"), body))
        body_layout.addLayout(rules)
        body_layout.addWidget(section_label(tr("Pickup shelf, labels and telling customers"), body))
        body_layout.addWidget(self.counter)
        body_layout.addWidget(section_label(tr("Document texts"), body))
        body_layout.addLayout(texts)
        self.people = PeopleSettings(shop, body)
        self.people.changed.connect(self.changed)
        body_layout.addWidget(section_label(tr("People"), body))
        body_layout.addWidget(self.people)
        body_layout.addWidget(section_label(tr("This computer"), body))
        body_layout.addLayout(computer)
        body_layout.addStretch(1)
        body.setMaximumWidth(900)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.state_label = QLabel(self)
        self.save_button = QPushButton(tr("&Save"), self)
        self.save_button.setToolTip(tr("Save the settings (Ctrl+S)"))
        self.revert_button = QPushButton(tr("&Revert"), self)
        bar = QHBoxLayout()
        bar.addWidget(self.state_label, 1)
        bar.addWidget(self.revert_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bar)

        for line in (
            self.name, self.phone, self.email, self.website, self.currency, self.tax,
            self.deposit, self.pickup_hold, self.safety, self.folder, self.vat_id,
        ):  # fmt: skip
            line.textChanged.connect(self._on_edited)
        for text in (
            self.address, self.hours, self.footer, self.supplier_note, self.pickup_note,
            self.confirmation_note,
        ):  # fmt: skip
            text.textChanged.connect(self._on_edited)
        for check in (*self.closed, self.prices_include_tax):
            check.toggled.connect(self._on_edited)
        self.locale.currentIndexChanged.connect(self._on_edited)
        self.logo_button.clicked.connect(self.choose_logo)
        self.remove_logo_button.clicked.connect(self.remove_logo)
        self.folder_button.clicked.connect(self.choose_folder)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save)
        self.locked = gate_shop_settings(
            shop, body, keep=(self.people, self.language), buttons=(self.save_button,)
        )

    def _on_language(self) -> None:
        """Stored at once (not with the shop's settings); the windows are built in the language
        of the start, so the change shows from the next one."""
        i18n.set_chosen_language(self.language.currentData())
        self.language_note.setVisible(True)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        if self.dirty:
            return  # never throw away what the user is typing
        self._fill(get_settings(self.shop))

    def refresh(self, changes: Changes | None = None) -> None:
        if changes is None or changes.settings:
            self.mark_stale()

    def _fill(self, s: ShopSettings) -> None:
        self._loading = True
        self.errors.clear()
        self._saved = s
        self.name.setText(s.name)
        self.address.setPlainText(s.address)
        self.phone.setText(s.phone)
        self.email.setText(s.email)
        self.website.setText(s.website)
        self._set_logo(s.logo)
        self.currency.setText(s.currency)
        index = self.locale.findText(s.locale)
        if index < 0:
            self.locale.addItem(s.locale)
            index = self.locale.count() - 1
        self.locale.setCurrentIndex(index)
        self.tax.setText(percent_text(s.tax_rate_bp, self.fmt))
        self.prices_include_tax.setChecked(s.prices_include_tax)
        self.vat_id.setText(s.vat_id)
        self.deposit.set_value(s.deposit_percent)
        self.pickup_hold.set_value(s.pickup_hold_days)
        self.safety.set_value(s.safety_buffer_days)
        for day, check in enumerate(self.closed):
            check.setChecked(day in s.closed_weekdays)
        self.hours.setPlainText(s.opening_hours)
        self.folder.setText(s.documents_folder)
        self.footer.setPlainText(s.doc_footer)
        self.supplier_note.setPlainText(s.supplier_order_note)
        self.pickup_note.setPlainText(s.pickup_note)
        self.confirmation_note.setPlainText(s.confirmation_note)
        self.counter.fill(counter_settings(self.shop))
        self._loading = False
        self._set_dirty(False)

    def _on_edited(self, *_args) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        self.revert_button.setEnabled(dirty)
        self.state_label.setText(tr("Unsaved changes.") if dirty else "")

    # -- logo and folder ---------------------------------------------------------------------
    def _set_logo(self, data: bytes | None) -> None:
        self._logo = data or None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.logo_preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW - 8,
                    LOGO_PREVIEW - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            self.logo_preview.clear()
            self.logo_preview.setText(tr("No logo"))
        self.remove_logo_button.setEnabled(self._logo is not None)

    def choose_logo(self) -> bool:
        path, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose the shop logo"), "", tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return False
        self.errors.messages["logo"].clear()
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.errors.messages["logo"].show_message(
                tr("{name} could not be read: {error}").format(
                    name=Path(path).name, error=exc.strerror or exc
                )
            )
            return False
        if len(data) > LOGO_MAX_BYTES:
            self.errors.messages["logo"].show_message(
                tr("The logo is larger than 2 MB; choose a smaller image.")
            )
            return False
        if QImage.fromData(data).isNull():
            self.errors.messages["logo"].show_message(
                tr("{name} is not a PNG or JPEG image.").format(name=Path(path).name)
            )
            return False
        self._set_logo(data)
        self._set_dirty(True)
        return True

    def remove_logo(self) -> None:
        self._set_logo(None)
        self._set_dirty(True)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Folder for generated documents"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)
            self._set_dirty(True)

    # -- saving ------------------------------------------------------------------------------
    def settings_input(self) -> ShopSettings:
        """What the form holds; raises ValidationError naming the field at fault."""
        base = self._saved or ShopSettings()
        return replace(
            base,
            name=self.name.text(),
            address=self.address.toPlainText().strip(),
            phone=self.phone.text().strip(),
            email=self.email.text(),
            website=self.website.text().strip(),
            currency=self.currency.text(),
            locale=self.locale.currentText(),
            tax_rate_bp=tax_rate_bp(self.tax.text()),
            prices_include_tax=self.prices_include_tax.isChecked(),
            vat_id=self.vat_id.text(),
            deposit_percent=self.deposit.value(
                "deposit_percent", tr("deposit"), minimum=0, maximum=100
            ),
            pickup_hold_days=self.pickup_hold.value("pickup_hold_days", tr("pickup hold time")),
            safety_buffer_days=self.safety.value("safety_buffer_days", tr("safety buffer")),
            closed_weekdays=frozenset(d for d, c in enumerate(self.closed) if c.isChecked()),
            opening_hours=self.hours.toPlainText().strip(),
            documents_folder=self.folder.text().strip(),
            doc_footer=self.footer.toPlainText().strip(),
            supplier_order_note=self.supplier_note.toPlainText().strip(),
            pickup_note=self.pickup_note.toPlainText().strip(),
            confirmation_note=self.confirmation_note.toPlainText().strip(),
            logo=self._logo,
        )

    def save(self) -> bool:
        self.errors.clear()
        return run_action(
            self,
            lambda: update_all_settings(self.shop, self.settings_input(), self.counter.values()),
            changed=self.changed,
            on_success=self._after_save,
            on_error=self.errors.show,
        ).ok

    def _after_save(self, _changes: Changes) -> None:
        self._set_dirty(False)
        self._fill(get_settings(self.shop))
        self.statusMessage.emit(tr("Settings saved."))

    def revert(self) -> None:
        self._set_dirty(False)
        self._fill(get_settings(self.shop))
