"""The plan as a consolidation board: what planning would order, per supplier, and why.

The plan is computed on a worker thread with its own read connection (on a 100,000-order shop
it takes most of a second), so the page opens at once and fills in when the plan is ready.
Choosing another supplier for a line re-plans with that override; "Create drafts" commits the
plan shown (the service recomputes it under the write lock, so nothing is ordered twice).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from jitdesk.domain.errors import JitdeskError
from jitdesk.domain.numbering import CUSTOMER_ORDER, widest_number
from jitdesk.domain.planning import Plan
from jitdesk.gui.action_runner import run_action
from jitdesk.gui.background import BackgroundRead
from jitdesk.gui.feedback import show_error
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.i18n import tr
from jitdesk.gui.models.plan_model import (
    CHOICES_ROLE,
    CUSTOMERS,
    LINE,
    MIN,
    NEEDED,
    PACK,
    PACKS,
    PRODUCT,
    QUANTITY,
    SUPPLIER,
    SUPPLIER_ID_ROLE,
    SURPLUS,
    WHY,
    PlanModel,
    customers_text,
)
from jitdesk.gui.pages.page import Page
from jitdesk.gui.widgets.list_view import keep_columns_fitted
from jitdesk.gui.widgets.owner_only import offer_choice_text, sees_costs
from jitdesk.gui.widgets.results_panel import Link, ResultsPanel
from jitdesk.services import plan_views
from jitdesk.services.planning import CommitResult, commit_plan, make_plan
from jitdesk.services.shop import Changes, Shop


class SupplierDelegate(QStyledItemDelegate):
    """The supplier column of a line edits with a combo of the suppliers selling the product."""

    def createEditor(self, parent, option, index):  # noqa: N802
        choices = index.data(CHOICES_ROLE) or []
        if len(choices) < 2:
            return None
        combo = QComboBox(parent)
        combo.setAccessibleName(tr("Supplier for this line"))
        for choice in choices:
            combo.addItem(choice.supplier_name, choice.supplier_id)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor, index) -> None:  # noqa: N802
        row = editor.findData(index.data(SUPPLIER_ID_ROLE))
        editor.setCurrentIndex(max(row, 0))

    def setModelData(self, editor, model, index) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PlanPage(Page):
    key = "plan"

    @classmethod
    def title(cls) -> str:
        return tr("Plan")

    def __init__(self, shop: Shop, fmt: ShopFormat, parent: QWidget | None = None) -> None:
        super().__init__(shop, fmt, parent)
        self.plan: Plan | None = None
        self.overrides: dict[int, int] = {}
        self._reader = BackgroundRead(shop, self)
        self._reader.done.connect(self._on_plan)
        self._reader.failed.connect(self._on_plan_failed)
        self._keep_product: int | None = None

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # wrapped text: as tall as its width needs
        self.summary.setSizePolicy(policy)
        self.reset_button = QPushButton(tr("Reset &suppliers"), self)
        self.reset_button.setToolTip(tr("Forget the suppliers chosen by hand and plan again"))
        self.refresh_button = QPushButton(tr("&Refresh"), self)
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        if self.refresh_button.shortcut().isEmpty():
            self.refresh_button.setShortcut(QKeySequence("F5"))
        self.refresh_button.setToolTip(tr("Plan again from the shop as it is now (F5)"))
        self.commit_button = QPushButton(tr("Create &drafts"), self)
        self.commit_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.commit_button.setToolTip(
            tr("Create or grow the draft supplier orders shown here (Ctrl+Enter)")
        )

        self.model = PlanModel(fmt, self, costs=sees_costs(shop))
        self.model.overrideRequested.connect(self.set_override)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(tr("Plan by supplier"))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setItemDelegateForColumn(SUPPLIER, SupplierDelegate(self.tree))
        self._size_columns()

        self.empty = QLabel(tr("Nothing to order"), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.empty.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.empty.setFont(font)
        self.empty.setWordWrap(True)
        self.board = QStackedWidget(self)
        self.board.addWidget(self.tree)
        self.board.addWidget(self.empty)

        self.detail = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.board)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([560, 120])

        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.reset_button)
        bar.addWidget(self.refresh_button)
        bar.addWidget(self.commit_button)
        self.results = ResultsPanel(self)
        self.results.navigate.connect(self.navigate)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.results)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.tree, self.supplier_combo)
        self.setTabOrder(self.supplier_combo, self.reset_button)
        self.setTabOrder(self.reset_button, self.refresh_button)
        self.setTabOrder(self.refresh_button, self.commit_button)

        self.refresh_button.clicked.connect(self.reload)
        self.commit_button.clicked.connect(self.create_drafts)
        self.reset_button.clicked.connect(self.reset_overrides)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.supplier_combo.activated.connect(self._on_combo)
        self._update_buttons()

    def _build_detail(self) -> QGroupBox:
        box = QGroupBox(tr("Selected line"), self)
        # The explanation and the customers of a busy line can be long: they scroll inside
        # the box (whatever height the splitter gives it) instead of being cut off.
        texts = QWidget()
        self.why_label = QLabel(texts)
        self.why_label.setWordWrap(True)
        self.why_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customers_label = QLabel(texts)
        self.customers_label.setWordWrap(True)
        self.customers_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts_layout = QVBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.addWidget(self.why_label)
        texts_layout.addWidget(self.customers_label)
        texts_layout.addStretch(1)
        self.detail_scroll = QScrollArea(box)
        self.detail_scroll.setWidget(texts)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setAccessibleName(tr("How the selected line's quantity was reached"))
        self.supplier_combo = QComboBox(box)
        self.supplier_combo.setAccessibleName(tr("Supplier for the selected line"))
        self.supplier_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption = QLabel(tr("Order from &supplier:"), box)
        caption.setBuddy(self.supplier_combo)
        self.supplier_hint = QLabel(box)
        self.supplier_hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.supplier_combo)
        row.addWidget(self.supplier_hint, 1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.detail_scroll, 1)
        layout.addLayout(row)
        return box

    def _size_columns(self) -> None:
        """Numbers narrow, customers before the explanation, the explanation takes the rest."""
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.moveSection(header.visualIndex(CUSTOMERS), header.visualIndex(WHY))
        metrics = self.tree.fontMetrics()

        def fit(text: str, padding: int = 24) -> int:
            return metrics.horizontalAdvance(text) + padding

        header.resizeSection(PRODUCT, fit("CAS-1091 Cassette 9-speed 11") + 20)
        for column in (NEEDED, MIN, PACK, PACKS, QUANTITY, SURPLUS):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(fit("9999", 14), fit(title, 14)))
        header.resizeSection(SUPPLIER, fit("Nordisk Cykel ▾"))
        header.resizeSection(CUSTOMERS, fit(f"{widest_number(CUSTOMER_ORDER)} Name Surna (9)"))
        header.resizeSection(WHY, fit("2 for C-2026-0393 (Name) = 2 needed; minimum 12"))
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)  # nothing off-screen
        # whole supplier and customer names: the group rows show only the supplier
        keep_columns_fitted(self.tree, (PRODUCT,), most=fit("X" * 40))
        keep_columns_fitted(self.tree, (SUPPLIER, CUSTOMERS), most=fit("X" * 28))
        header.setMinimumSectionSize(metrics.horizontalAdvance("Min") + 14)

    # -- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Start planning on a worker thread; the board fills when it is done."""
        selected = self.selected_product_id()
        if selected is not None:
            self._keep_product = selected
        self.summary.setText(tr("Planning…"))
        self.commit_button.setEnabled(False)
        self._reader.start(make_plan, dict(self.overrides))

    def is_busy(self) -> bool:
        return self.is_planning()

    def is_planning(self) -> bool:
        return self._reader.running

    @property
    def last_plan_seconds(self) -> float:
        return self._reader.last_seconds

    def _on_plan(self, plan: Plan) -> None:
        self.show_plan(plan)

    def _on_plan_failed(self, error: Exception) -> None:
        if isinstance(error, JitdeskError) and self.overrides:
            self.overrides.clear()  # e.g. an overridden offer was removed meanwhile
            show_error(self, error)
            self.reload()
            return
        if isinstance(error, JitdeskError):
            self.summary.setText(str(error))
            return
        raise error

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        products = {line.product_id for order in plan.orders for line in order.lines}
        choices = plan_views.offer_choices(self.shop, products)
        numbers = plan_views.supplier_order_numbers(
            self.shop, {u.supplier_order_id for u in plan.on_the_way_uses}
        )
        self.model.set_plan(plan, choices, numbers)
        # Straight from the nodes: a section can hold thousands of items (units already on
        # order), and a model index for each of them only to find none spanned was slow.
        for row, node in enumerate(self.model.root.children):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            spanned = [child for child, sub in enumerate(node.children) if sub.spanned]
            if spanned:
                top = self.model.index(row, 0)
                for child in spanned:
                    self.tree.setFirstColumnSpanned(child, top, True)
        for index in self.model.order_rows():
            self.tree.expand(index)
        empty = plan.is_empty and not plan.unplannable and not plan.late_lines
        self.board.setCurrentWidget(self.empty if empty else self.tree)
        self.summary.setText(self._summary_text(plan))
        self._restore_selection()
        self._update_buttons()

    def _summary_text(self, plan: Plan) -> str:
        if plan.is_empty:
            text = tr("Nothing to order: every customer line is in the shop or on order.")
            if plan.unplannable:
                text += " " + tr(
                    "%n line(s) cannot be ordered (no supplier offer).", "", len(plan.unplannable)
                )
            return text
        lines = sum(len(o.lines) for o in plan.orders)
        new = sum(1 for o in plan.orders if o.draft_id is None)
        below = sum(1 for o in plan.orders if o.below_minimum)
        text = tr("{orders} ({new} new), {lines}").format(
            orders=tr("%n supplier order(s)", "", len(plan.orders)),
            new=new,
            lines=tr("%n line(s)", "", lines),
        )
        if plan.surplus_uses:
            text += tr("; {n} from surplus").format(n=len(plan.surplus_uses))
        if plan.on_the_way_uses:
            text += tr("; {n} from units already on order").format(n=len(plan.on_the_way_uses))
        if below:
            text += tr("; {n} below the supplier minimum").format(n=below)
        if plan.late_lines:
            text += tr("; {n} late").format(n=len(plan.late_lines))
        return text + "."

    def _update_buttons(self) -> None:
        has_work = self.plan is not None and not self.plan.is_empty
        self.commit_button.setEnabled(has_work)
        self.reset_button.setEnabled(bool(self.overrides))

    # -- selection and overrides -------------------------------------------------------------
    def selected_product_id(self) -> int | None:
        node = self._selected_line()
        return node.product_id if node is not None else None

    def _selected_line(self):
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        node = self.model.node(index)
        return node if node.kind == LINE else None

    def _restore_selection(self) -> None:
        index = QModelIndex()
        if self._keep_product is not None:
            index = self.model.line_index(self._keep_product)
        if not index.isValid() and self.model.rowCount():
            first = self.model.index(0, 0)
            index = self.model.index(0, 0, first) if self.model.rowCount(first) else first
            for child in range(self.model.rowCount(first)):
                candidate = self.model.index(child, 0, first)
                if self.model.node(candidate).kind == LINE:
                    index = candidate
                    break
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)
        self._show_selected()

    def _show_selected(self) -> None:
        node = self._selected_line()
        self.supplier_combo.blockSignals(True)
        self.supplier_combo.clear()
        if node is None or node.line is None:
            self.why_label.setText(tr("Select a line to see how its quantity was reached."))
            self.customers_label.clear()
            self.supplier_combo.setEnabled(False)
            self.supplier_hint.clear()
            self.supplier_combo.blockSignals(False)
            return
        self._keep_product = node.product_id
        line = node.line
        self.why_label.setText(
            tr("{product}: {why}").format(product=line.product_label, why=line.explanation())
        )
        self.customers_label.setText(
            tr("For: {customers}").format(customers=customers_text(line.covers))
        )
        for choice in node.choices:
            self.supplier_combo.addItem(
                offer_choice_text(self.shop, self.fmt, choice), choice.supplier_id
            )
        self.supplier_combo.setCurrentIndex(max(0, self.supplier_combo.findData(node.supplier_id)))
        several = len(node.choices) > 1
        self.supplier_combo.setEnabled(several)
        self.supplier_hint.setText(
            tr("Choosing another supplier plans this product again.")
            if several
            else tr("Only this supplier sells it.")
        )
        self.supplier_combo.blockSignals(False)

    def _on_combo(self, _row: int) -> None:
        product_id = self.selected_product_id()
        supplier_id = self.supplier_combo.currentData()
        if product_id is not None and supplier_id is not None:
            self.set_override(product_id, int(supplier_id))

    def set_override(self, product_id: int, supplier_id: int) -> None:
        """Order `product_id` from `supplier_id` in this plan, and plan again."""
        self.overrides[product_id] = supplier_id
        self._keep_product = product_id
        self.reload()

    def reset_overrides(self) -> None:
        self.overrides.clear()
        self.reload()

    # -- committing --------------------------------------------------------------------------
    def create_drafts(self) -> None:
        if self.plan is None or self.plan.is_empty or not self.commit_button.isEnabled():
            return
        plan = self.plan
        if run_action(
            self,
            lambda: commit_plan(self.shop, plan),
            changed=self.changed,
            on_success=self._drafts_created,
        ):
            self.mark_stale()
        else:
            self.reload()

    def _drafts_created(self, result: CommitResult) -> None:
        message = result.summary()
        ready: list[Link] = []
        if result.newly_ready:
            numbers = plan_views.customer_order_numbers(self.shop, result.newly_ready)
            ready = [(numbers[i], "orders", i) for i in result.newly_ready if i in numbers]
            message += " " + tr("Ready for pickup now: {numbers}.").format(
                numbers=", ".join(text for text, _key, _id in ready)
            )
        self.overrides.clear()
        self.statusMessage.emit(message)
        self.summary.setText(message)
        drafts: list[Link] = [
            (number, "supplier_orders", so_id) for so_id, number in result.created
        ]
        drafts += [(number, "supplier_orders", so_id) for so_id, number in result.updated]
        self.results.show_result(
            message,
            [(tr("Drafts:"), drafts), (tr("Ready for pickup now:"), ready)],
        )

    def refresh(self, changes: Changes | None = None) -> None:
        self.mark_stale()
