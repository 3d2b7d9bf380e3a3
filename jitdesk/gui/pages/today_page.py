"""Today: what needs doing now, each item with the button that does it (or goes there).

A scrollable column of sections by urgency: the counter's work first (customers to tell,
overdue pickups, deliveries today), then what to order and send, then late supplier orders one
line each. Each section is headed by what it is and how many, and folds away (remembered
between sessions); an empty section says so in two words. Everything shown comes from
services.today.today_overview in one read.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.progress import Progress
from jitdesk.domain.telling import TellChannel
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.background import BackgroundRead, run_with_progress
from jitdesk.gui.feedback import show_error
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.pages.page import Page
from jitdesk.gui.pages.today_getting_started import GettingStartedCard
from jitdesk.gui.telling_words import tell_by_text
from jitdesk.gui.widgets.enabling import Reason, set_enabled
from jitdesk.gui.widgets.owner_only import sees_costs
from jitdesk.gui.widgets.results_panel import OPEN_FILE, Link, ResultsPanel
from jitdesk.services.delivery import ready_to_deliver_count
from jitdesk.services.review import count_items_to_review
from jitdesk.services.shop import Changes, Shop
from jitdesk.services.today import TodayOverview, mark_notified, today_overview
from jitdesk.services.today import unnotified_ready_orders as unnotified_orders

WAITING, DRAFTS, LATE, EXPECTED, UNNOTIFIED, UNCOLLECTED, SURPLUS, MARGINS = range(8)
MAX_AFFECTED_SHOWN = 5
MAX_MARGINS_SHOWN = 10
# Ready orders listed per card; the rest are counted ("… and 4,940 more"). Ten rows keep the
# page a glance, and each row is a label and a button to lay out.
MAX_READY_SHOWN = 10
# Top to bottom: what the person at the counter must do first, then what to order, then the rest.
ORDER_ON_PAGE = (UNNOTIFIED, UNCOLLECTED, EXPECTED, WAITING, DRAFTS, LATE, SURPLUS, MARGINS)
SETTING_NAMES = {
    WAITING: "waiting",
    DRAFTS: "drafts",
    LATE: "late",
    EXPECTED: "expected",
    UNNOTIFIED: "unnotified",
    UNCOLLECTED: "uncollected",
    SURPLUS: "surplus",
    MARGINS: "margins",
}
COLLAPSED_KEY = "today/collapsed/{name}"


class Section(QFrame):
    """A card: a heading with the count, an optional main action, and item rows.

    A reload fills the card again in place: its labels and buttons stay, hidden while not
    needed, for the next fill (making, styling and deleting some fifty labels and buttons
    on every reload took longer than reading what they show)."""

    def __init__(self, title: str, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self._name = name  # where its folded state is remembered; empty: not remembered
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._title = title
        self.heading = QLabel(self)
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.action_button: QPushButton | None = None
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAccessibleName(tr("Show or hide {title}").format(title=title))
        self.toggle.setToolTip(tr("Show or hide this section"))
        self.head = QHBoxLayout()
        self.head.addWidget(self.toggle)
        self.head.addWidget(self.heading, 1)
        self.content = QWidget(self)
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addLayout(self.head)
        layout.addWidget(self.content)
        self.rows: list[tuple[QLabel, QPushButton | None]] = []  # the rows shown
        self._row_widgets: list[tuple[QLabel, QPushButton]] = []  # above the notes
        self._notes: list[QLabel] = []
        self._notes_shown = 0
        self._slots: dict[QPushButton, Callable[[], None]] = {}
        if name and QSettings().value(COLLAPSED_KEY.format(name=name), False) in (True, "true"):
            self.set_expanded(False)
        self.toggle.toggled.connect(self._toggled)

    def is_expanded(self) -> bool:
        return self.toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Fold or unfold the section's rows; its heading (with the count) stays."""
        self.toggle.setChecked(expanded)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.content.setVisible(expanded)

    def _toggled(self, expanded: bool) -> None:
        self.set_expanded(expanded)
        if self._name:
            QSettings().setValue(COLLAPSED_KEY.format(name=self._name), not expanded)

    def add_header_button(self, text: str, callback: Callable[[], None]) -> QPushButton:
        """A button in the heading, beside the count, for an action on the whole section."""
        button = QPushButton(text, self)
        button.clicked.connect(lambda _checked=False: callback())
        self.head.addWidget(button)
        button.show()  # also when added after the page is on screen
        return button

    def set_count(self, count: int | None) -> None:
        self.heading.setText(self._title if count is None else f"{self._title} ({count})")

    def set_action(self, text: str, slot: Callable[[], None], enabled: bool = True) -> QPushButton:
        if self.action_button is None:
            self.action_button = self.add_header_button("", lambda: self._action_slot())
        self._action_slot = slot
        self.action_button.setText(text)
        set_enabled(self.action_button, None if enabled else Reason.NOTHING_IN_SECTION)
        return self.action_button

    def clear(self) -> None:
        self.rows = []
        for label, push in self._row_widgets:
            label.hide()
            push.hide()
        for note in self._notes:
            note.hide()
        self._notes_shown = 0

    def add_row(
        self, text: str, button: str | None = None, slot: Callable[[], None] | None = None
    ) -> tuple[QLabel, QPushButton | None]:
        if len(self.rows) == len(self._row_widgets):
            self._row_widgets.append(self._new_row())
        label, push = self._row_widgets[len(self.rows)]
        label.setText(text)
        label.setToolTip(text)
        label.show()
        shown: QPushButton | None = None
        if button and slot is not None:
            push.setText(button)
            push.setAccessibleName(f"{button}: {text.splitlines()[0]}")
            self._slots[push] = slot
            push.show()
            shown = push
        else:
            push.hide()  # explicitly: showing the card again must not bring back an empty one
        self.rows.append((label, shown))
        return label, shown

    def _new_row(self) -> tuple[QLabel, QPushButton]:
        row = QHBoxLayout()
        label = QLabel(self.content)
        # Lines break where the text says (\n), not by word wrap: a wrapped label's
        # height-for-width made laying out a card of ten rows cost ~200 ms. Ignored width:
        # a long line is cut at the card's edge (the tooltip has it all) rather than
        # widening the page.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
        push = QPushButton(self.content)
        push.clicked.connect(lambda _checked=False: self._slots[push]())
        row.addWidget(push, 0, Qt.AlignmentFlag.AlignTop)
        self.body.insertLayout(len(self._row_widgets), row)
        return label, push

    def add_note(self, text: str) -> QLabel:
        if self._notes_shown == len(self._notes):
            note = QLabel(self.content)
            note.setWordWrap(True)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.body.addWidget(note)
            self._notes.append(note)
        note = self._notes[self._notes_shown]
        self._notes_shown += 1
        note.setText(text)
        note.show()
        return note

    def notes(self) -> list[str]:
        return [note.text() for note in self._notes[: self._notes_shown]]

    def texts(self) -> list[str]:
        return [label.text() for label, _ in self.rows]


class TodayPage(Page):
    key = "today"

    @classmethod
    def title(cls) -> str:
        return tr("Today")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.overview: TodayOverview | None = None
        self.preview = None  # the pickup notices preview, once shown
        self.reminders: QWidget | None = None  # the Reminders dialog, once opened
        titles = {
            WAITING: tr("Orders waiting to be ordered"),
            DRAFTS: tr("Draft supplier orders to send"),
            LATE: tr("Late supplier orders"),
            EXPECTED: tr("Deliveries expected today"),
            UNNOTIFIED: tr("Ready, customer not told yet"),
            UNCOLLECTED: tr("Ready but not collected past the pickup-by date"),
            SURPLUS: tr("Surplus on hand"),
            MARGINS: tr("Margins under pressure"),
        }
        self.date_label = QLabel(self)
        font = QFont(self.date_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.date_label.setFont(font)
        self.refresh_button = QPushButton(tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        column = QWidget(self)
        inner = QVBoxLayout(column)
        inner.setSpacing(10)
        self.getting_started = GettingStartedCard(lambda key: self.navigate.emit(key, None), column)
        self.getting_started.hide()
        inner.addWidget(self.getting_started)
        self.sections = {
            key: Section(titles[key], column, SETTING_NAMES[key]) for key in ORDER_ON_PAGE
        }
        for section in self.sections.values():
            inner.addWidget(section)
        inner.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(column)
        top = QHBoxLayout()
        top.addWidget(self.date_label, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._review_line())
        layout.addWidget(self._deliver_line())
        layout.addWidget(self._web_inbox_line())
        self.results = ResultsPanel(self)
        self.results.navigate.connect(self.navigate)
        layout.addWidget(self.results)
        layout.addWidget(self.scroll, 1)
        self._overview_reader = BackgroundRead(shop, self)
        self._overview_reader.done.connect(self._show_overview)
        self._overview_reader.failed.connect(self._show_error)
        self._costs = True  # whether the person may see costs; asked again at each reload
        self._margins_reader = BackgroundRead(shop, self)
        self._margins_reader.done.connect(self._fill_margins)
        self._margins_reader.failed.connect(self._show_error)
        self._review_reader = BackgroundRead(shop, self)
        self._review_reader.done.connect(self._fill_review)
        self._review_reader.failed.connect(self._show_error)
        self._deliver_reader = BackgroundRead(shop, self)
        self._deliver_reader.done.connect(self._fill_deliver)
        self._deliver_reader.failed.connect(self._show_error)
        self._inbox_reader = BackgroundRead(shop, self)
        self._inbox_reader.done.connect(self._fill_web_inbox)
        self._inbox_reader.failed.connect(self._show_error)

    def _review_line(self) -> QWidget:
        """Items staff added at the counter wait for the owner before they can be ordered."""
        self.review_box = QWidget(self)
        self.review_label = QLabel(self.review_box)
        self.review_button = QPushButton(tr("Re&view new items…"), self.review_box)
        self.review_button.clicked.connect(self.review_items)
        row = QHBoxLayout(self.review_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.review_label, 1)
        row.addWidget(self.review_button)
        self.review_box.hide()
        return self.review_box

    def _fill_review(self, count: int) -> None:
        self.review_label.setText(
            tr("%n new item(s) to review before they can be ordered.", "", count)
        )
        self.review_box.setVisible(count > 0)

    def _deliver_line(self) -> QWidget:
        """Ready orders due for delivery by today: the way to the delivery run."""
        self.deliver_box = QWidget(self)
        self.deliver_label = QLabel(self.deliver_box)
        button = QPushButton(tr("&Deliveries…"), self.deliver_box)
        button.clicked.connect(self._go("deliveries"))
        row = QHBoxLayout(self.deliver_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.deliver_label, 1)
        row.addWidget(button)
        self.deliver_box.hide()
        return self.deliver_box

    def _fill_deliver(self, count: int) -> None:
        self.deliver_label.setText(tr("Ready to deliver (%n)", "", count))
        self.deliver_box.setVisible(count > 0)

    def review_items(self) -> None:
        # Imported here: the dialog brings the catalog and order rules, which the Today page,
        # the first thing shown at start, does not need until someone opens it.
        from jitdesk.gui.dialogs.review_dialog import ReviewDialog

        dialog = ReviewDialog(self.shop, self.fmt, self)
        dialog.changed.connect(self.changed)
        dialog.exec()
        self._review_reader.start(count_items_to_review)

    def _web_inbox_line(self) -> QWidget:
        """Fetched web orders that could not be imported wait here for the owner."""
        self.web_inbox_box = QWidget(self)
        self.web_inbox_label = QLabel(self.web_inbox_box)
        self.web_inbox_button = QPushButton(tr("Check &web orders…"), self.web_inbox_box)
        self.web_inbox_button.clicked.connect(self.check_web_orders)
        row = QHBoxLayout(self.web_inbox_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.web_inbox_label, 1)
        row.addWidget(self.web_inbox_button)
        self.web_inbox_box.hide()
        return self.web_inbox_box

    def _fill_web_inbox(self, count: int) -> None:
        self.web_inbox_label.setText(tr("Web orders to check ({n})").format(n=count))
        self.web_inbox_box.setVisible(count > 0)

    def check_web_orders(self) -> None:
        from jitdesk.gui.dialogs.web_inbox_dialog import WebInboxDialog

        dialog = WebInboxDialog(self.shop, self.fmt, self)
        dialog.changed.connect(self.changed)
        dialog.exec()
        self._inbox_reader.start(web_inbox_count)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the overview on a worker thread (about 0.15 s on a 100,000-order shop) so
        the window never waits for it; the cards fill in when it arrives. The margin check
        (~0.1 s) runs on its own worker and fills its card when it is done."""
        self._overview_reader.start(today_overview, max(MAX_READY_SHOWN, MAX_AFFECTED_SHOWN))
        # Figures at cost (margins, values of drafts and surplus) are for a person who may
        # see costs; asked here, not when the readers answer (the shop may be closed by then).
        self._costs = sees_costs(self.shop)
        self.sections[MARGINS].setVisible(self._costs)
        if self._costs:
            self.sections[MARGINS].set_count(None)
            self._margins_reader.start(_margin_alerts)
        self._review_reader.start(count_items_to_review)
        self._deliver_reader.start(ready_to_deliver_count)
        self._inbox_reader.start(web_inbox_count)

    def is_busy(self) -> bool:
        return self.is_loading()

    def is_loading(self) -> bool:
        readers = (
            self._overview_reader,
            self._margins_reader,
            self._review_reader,
            self._deliver_reader,
            self._inbox_reader,
        )
        return any(reader.running for reader in readers)

    def _show_overview(self, overview: TodayOverview) -> None:
        self.overview = overview
        self.date_label.setText(self.fmt.long_date(overview.today))
        # A shop that never had an order has nothing to do yet: the way in, not empty boxes.
        new_shop = not overview.started.first_order
        self.getting_started.setVisible(new_shop)
        self.getting_started.show_progress(overview.started)
        for section in self.sections.values():
            section.setHidden(new_shop)
        self.sections[MARGINS].setHidden(new_shop or not self._costs)
        self._fill_waiting(overview)
        self._fill_drafts(overview)
        self._fill_late(overview)
        self._fill_expected(overview)
        self._fill_unnotified(overview)
        self._fill_uncollected(overview)
        self._fill_surplus(overview)

    def _show_error(self, error: Exception) -> None:
        if not isinstance(error, JitdeskError):
            raise error
        show_error(self, error)

    def refresh(self, changes: Changes | None = None) -> None:
        self.mark_stale()

    def _start(self, key: int, count: int) -> Section:
        section = self.sections[key]
        section.clear()
        section.set_count(count)
        if count == 0:
            section.add_note(tr("Nothing to do."))
        return section

    def _more(self, section: Section, shown: int, count: int) -> None:
        if count > shown:
            section.add_note(tr("… and {n} more.").format(n=count - shown))

    def _go(self, key: str, target: object = None) -> Callable[[], None]:
        return lambda: self.navigate.emit(key, target)

    def _fill_waiting(self, ov: TodayOverview) -> None:
        w = ov.waiting
        section = self._start(WAITING, w.orders)
        section.set_action(tr("&Plan orders…"), self._go("plan"), enabled=w.orders > 0)
        if w.orders:
            section.add_row(
                tr("{orders} need {units} that are not ordered yet.", "", w.orders).format(
                    orders=tr("%n customer order(s)", "", w.orders),
                    units=tr("%n unit(s)", "", w.units),
                )
            )

    def _fill_drafts(self, ov: TodayOverview) -> None:
        section = self._start(DRAFTS, len(ov.drafts))
        costs = self._costs  # an order's value and the supplier's minimum are at cost
        for d in ov.drafts:
            if costs:
                text = tr("{number} · {supplier} · %n line(s) · {value}", "", d.lines).format(
                    number=d.number,
                    supplier=d.supplier_name,
                    value=self.fmt.money(d.value),
                )
            else:
                text = tr("{number} · {supplier} · %n line(s)", "", d.lines).format(
                    number=d.number, supplier=d.supplier_name
                )
            if d.below_minimum and costs:
                text += "\n" + tr("Below the supplier's minimum order of {minimum}.").format(
                    minimum=self.fmt.money(d.min_order_value)
                )
            elif d.below_minimum:
                text += "\n" + tr("Below the supplier's minimum order.")
            section.add_row(text, tr("Open"), self._go("supplier_orders", d.supplier_order_id))

    def _fill_late(self, ov: TodayOverview) -> None:
        """One line per late supplier order; the customers it keeps waiting are in the
        line's tooltip and on the supplier order it opens, so a dozen late orders stay a
        dozen lines and do not push the counter's work off the screen."""
        section = self._start(LATE, len(ov.late))
        for late in ov.late:
            text = tr(
                "{number} · {supplier} · expected {date} · %n day(s) late", "", late.days_late
            ).format(
                number=late.number,
                supplier=late.supplier_name,
                date=self.fmt.date(late.expected_date),
                days=late.days_late,
            )
            text += " · " + (
                tr("{orders} waiting for {units}").format(
                    orders=tr("%n customer order(s)", "", late.affected_count),
                    units=tr("%n unit(s)", "", late.affected_units),
                )
                if late.affected_count
                else tr("No customer is waiting for it.")
            )
            label, _push = section.add_row(
                text, tr("Open"), self._go("supplier_orders", late.supplier_order_id)
            )
            label.setToolTip(self._affected_text(late))

    def _affected_text(self, late) -> str:
        if not late.affected_count:
            return tr("No customer is waiting for it.")
        lines = [
            tr("Keeps {orders} waiting for {units}:").format(
                orders=tr("%n customer order(s)", "", late.affected_count),
                units=tr("%n unit(s)", "", late.affected_units),
            )
        ]
        for a in late.affected[:MAX_AFFECTED_SHOWN]:
            contact = a.phone or a.email or tr("no phone")
            lines.append(f"    {a.number}  {a.customer_name}  {contact}  ({a.units})")
        if late.affected_count > MAX_AFFECTED_SHOWN:
            lines.append(
                "    " + tr("… and {n} more").format(n=late.affected_count - MAX_AFFECTED_SHOWN)
            )
        return "\n".join(lines)

    def _fill_expected(self, ov: TodayOverview) -> None:
        section = self._start(EXPECTED, len(ov.expected_today))
        for so in ov.expected_today:
            text = tr("{number} · {supplier} · {lines}, {units}").format(
                number=so.number,
                supplier=so.supplier_name,
                lines=tr("%n line(s)", "", so.lines),
                units=tr("%n unit(s)", "", so.units),
            )
            section.add_row(text, tr("Receive"), self._go("receiving", so.supplier_order_id))

    def _ready_text(self, item, extra: str) -> str:
        """Number, customer, how to reach them (their e-mail first if that is how they want
        to hear) and the shelf the order waits on; then `extra`."""
        email_first = item.channel == TellChannel.EMAIL
        contact = (item.email or item.phone) if email_first else (item.phone or item.email)
        parts = [item.number, item.customer_name] + ([contact] if contact else [])
        if item.shelf:
            parts.append(tr("shelf {shelf}").format(shelf=item.shelf))
        return " · ".join(parts) + "\n" + extra

    def _fill_unnotified(self, ov: TodayOverview) -> None:
        section = self._start(UNNOTIFIED, ov.unnotified_count)
        section.set_action(
            tr("Print &pickup notices…"), self.print_pickup_notices, enabled=ov.unnotified_count > 0
        )
        for item in ov.unnotified:
            extra = tell_by_text(item.channel, item.last_call) + " · "
            extra += tr("Ready since {date} · balance due {balance}").format(
                date=self.fmt.date(item.ready_on), balance=self.fmt.money(item.balance)
            )
            section.add_row(
                self._ready_text(item, extra), tr("Open"), self._go("orders", item.order_id)
            )
        self._more(section, len(ov.unnotified), ov.unnotified_count)

    def _fill_uncollected(self, ov: TodayOverview) -> None:
        section = self._start(UNCOLLECTED, ov.uncollected_count)
        # also for orders whose date is near, so always there
        section.set_action(tr("Re&minders…"), self.open_reminders)
        for item in ov.uncollected:
            extra = tr(
                "Pickup by {date} (%n day(s) ago) · balance due {balance}",
                "",
                item.days_over(ov.today),
            ).format(
                date=self.fmt.date(item.pickup_by),
                balance=self.fmt.money(item.balance),
            )
            section.add_row(
                self._ready_text(item, extra), tr("Pickup"), self._go("pickup", item.number)
            )
        self._more(section, len(ov.uncollected), ov.uncollected_count)

    def _fill_surplus(self, ov: TodayOverview) -> None:
        s = ov.surplus
        section = self._start(SURPLUS, s.units)
        if s.units:
            units = tr("%n unit(s)", "", s.units)
            products = tr("%n product(s)", "", s.products)
            section.add_row(
                tr("{units} of {products}, worth {value} at cost.").format(
                    units=units, products=products, value=self.fmt.money(s.value)
                )
                if self._costs
                else tr("{units} of {products}.").format(units=units, products=products),
                tr("Surplus"),
                self._go("surplus"),
            )

    def _fill_margins(self, alerts: list) -> None:
        """Open orders whose margin fell under the threshold after a cost change."""
        section = self._start(MARGINS, len(alerts))
        section.set_action(tr("All in &Reports"), self._go("reports"), enabled=bool(alerts))
        for a in alerts[:MAX_MARGINS_SHOWN]:
            rate = a.margin_rate
            text = tr(
                "{number} · {customer}\nQuoted {quoted} · cost now {cost} · margin {rate}"
                " · deposit held {deposit}"
            ).format(
                number=a.number,
                customer=a.customer,
                quoted=self.fmt.money(a.quoted),
                cost=self.fmt.money(a.cost),
                rate="–" if rate is None else self.fmt.percent(rate),
                deposit=self.fmt.money(a.deposit),
            )
            section.add_row(text, tr("Open"), self._go("orders", a.order_id))
        self._more(section, min(len(alerts), MAX_MARGINS_SHOWN), len(alerts))

    def open_reminders(self) -> QWidget:
        """Remind the customers of uncollected orders, or keep their orders longer."""
        from jitdesk.gui.dialogs.reminders_dialog import open_reminders

        self.reminders = open_reminders(self, self.shop, self.fmt, self.changed, self.navigate)
        return self.reminders

    # -- pickup notices ----------------------------------------------------------------------
    def print_pickup_notices(self) -> Path | None:
        """One PDF with the notice of every ready order not yet notified; after the preview
        those orders count as notified."""
        orders = unnotified_orders(self.shop)
        if not orders:
            self.reload()
            return None
        batch = run_action(
            self,
            lambda: run_with_progress(
                self,
                tr("Pickup notices"),
                lambda progress: _pickup_batch(self.shop, [n for _, n in orders], progress),
            ),
        )
        if not batch:
            return None
        path = batch.value
        from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog

        self.preview = PdfPreviewDialog(path, self, tr("Pickup notices"))
        self.preview.exec()
        notified = tr(
            "%n pickup notice(s) in {file}; those customers count as notified.", "", len(orders)
        ).format(file=path.name)
        if run_action(
            self,
            lambda: mark_notified(self.shop, [order_id for order_id, _ in orders]),
            changed=self.changed,
            on_success=lambda _c: self._printed(notified, orders, path),
        ):
            self.reload()
        return path

    def _printed(self, message: str, orders: list[tuple[int, str]], path: Path) -> None:
        """What was printed stays on the page: the orders (the first few) and the PDF."""
        self.statusMessage.emit(message)
        shown: list[Link] = [(number, "orders", order_id) for order_id, number in orders]
        if len(shown) > MAX_READY_SHOWN:
            message += " " + tr("The first {n} are linked below.").format(n=MAX_READY_SHOWN)
        self.results.show_result(
            message,
            [
                (tr("Notified:"), shown[:MAX_READY_SHOWN]),
                (
                    tr("Document:"),
                    [(path.name, OPEN_FILE, str(path)), (tr("All documents"), "documents", None)],
                ),
            ],
        )


def _pickup_batch(shop: Shop, numbers: list[str], progress: Progress) -> Path:
    """The pickup notices of these orders in one PDF in the documents folder, logged."""
    from jitdesk.documents.generate import generate_pickup_notices

    return generate_pickup_notices(shop, numbers, progress=progress).path


def web_inbox_count(shop: Shop) -> int:
    """Fetched web orders waiting to be checked, imported on the worker thread: the web-shop
    sync brings e-mail, HTTP and the import rules, which showing the window does not need."""
    from jitdesk.services.webshop_sync import inbox_count

    return inbox_count(shop)


def _margin_alerts(shop: Shop) -> list:
    """The margin check, imported on the worker thread: the reports module is big, and the
    window should not wait for it at start-up."""
    from jitdesk.services.reports import margin_alerts

    return margin_alerts(shop)
