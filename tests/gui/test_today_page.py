"""The Today page: each section lists its items, and each action goes where it should."""

from __future__ import annotations

import pytest

from jitdesk.gui.dialogs.pdf_preview import PdfPreviewDialog
from jitdesk.gui.formatting import ShopFormat
from jitdesk.gui.pages.today_page import (
    DRAFTS,
    EXPECTED,
    LATE,
    SURPLUS,
    UNCOLLECTED,
    UNNOTIFIED,
    WAITING,
    TodayPage,
)
from jitdesk.services.orders import order_detail
from tests.services.today_world import Clock, build


@pytest.fixture
def world(tmp_path):
    w = build(tmp_path / "today.jitdesk")
    yield w
    w.shop.close()


def make_page(qtbot, world) -> TodayPage:
    page = TodayPage(world.shop, ShopFormat("en_GB", "EUR"))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    wait_loaded(qtbot, page)
    return page


def wait_loaded(qtbot, page: TodayPage) -> None:
    """The overview is read on a worker thread; wait until its cards are filled."""
    qtbot.waitUntil(lambda: not page.is_loading(), timeout=10_000)


def three_orders_ready(world):
    """Plan, send and receive everything: the three customer orders are ready, nobody told."""
    world.plan_and_send()
    world.send()
    world.clock.advance(days=7)
    world.receive_all()
    return world


def clicked_target(qtbot, page, button):
    with qtbot.waitSignal(page.navigate) as signal:
        button.click()
    return tuple(signal.args)


def test_waiting_orders_and_drafts_lead_to_plan_and_supplier_order(qtbot, world):
    page = make_page(qtbot, world)
    waiting = page.sections[WAITING]
    assert waiting.heading.text() == "Orders waiting to be ordered (3)"
    assert waiting.texts() == ["3 customer orders need 6 units that are not ordered yet."]
    assert clicked_target(qtbot, page, waiting.action_button) == ("plan", None)
    assert page.sections[DRAFTS].heading.text() == "Draft supplier orders to send (0)"
    assert page.sections[SURPLUS].heading.text() == "Surplus on hand (0)"

    so_id = world.plan_and_send()
    page.refresh(None)
    wait_loaded(qtbot, page)
    assert page.sections[WAITING].heading.text() == "Orders waiting to be ordered (0)"
    assert not page.sections[WAITING].action_button.isEnabled()
    assert page.sections[WAITING].action_button.toolTip() == (
        "There is nothing in this section to do it for."
    )
    drafts = page.sections[DRAFTS]
    [text] = drafts.texts()
    assert text.startswith("P-2026-0001 · Alpine · 2 lines · €25.00")
    assert clicked_target(qtbot, page, drafts.rows[0][1]) == ("supplier_orders", so_id)


def test_expected_and_late_deliveries_with_the_customers_affected(qtbot, world):
    so_id = world.plan_and_send()
    world.send()
    world.clock.advance(days=7)
    page = make_page(qtbot, world)
    expected = page.sections[EXPECTED]
    assert expected.heading.text() == "Deliveries expected today (1)"
    assert clicked_target(qtbot, page, expected.rows[0][1]) == ("receiving", so_id)

    world.clock.advance(days=3)
    page.reload()
    wait_loaded(qtbot, page)
    assert page.sections[EXPECTED].heading.text() == "Deliveries expected today (0)"
    late = page.sections[LATE]
    [text] = late.texts()
    assert text == (
        "P-2026-0001 · Alpine · expected 02/12/2026 · 3 days late"
        " · 3 customer orders waiting for 6 units"
    )  # one line: the customers are behind it
    customers = late.rows[0][0].toolTip()
    assert "Keeps 3 customer orders waiting for 6 units:" in customers
    assert f"{world.numbers['ann']}  Ann Apple  111  (2)" in customers
    assert "bob@x.test" in customers  # no phone: the email is shown
    assert clicked_target(qtbot, page, late.rows[0][1]) == ("supplier_orders", so_id)


def test_ready_orders_print_notices_then_count_as_notified(qtbot, world, monkeypatch):
    page = make_page(qtbot, three_orders_ready(world))
    section = page.sections[UNNOTIFIED]
    assert section.heading.text() == "Ready, customer not told yet (3)"
    assert section.rows[0][0].text().startswith(f"{world.numbers['ann']} · Ann Apple · 111")
    assert "balance due €24.00" in section.rows[0][0].text()
    assert clicked_target(qtbot, page, section.rows[0][1]) == ("orders", world.orders["ann"])
    ann_row = section.rows[0]
    surplus = page.sections[SURPLUS]
    assert surplus.texts() == ["7 units of 1 product, worth €7.00 at cost."]
    assert clicked_target(qtbot, page, surplus.rows[0][1]) == ("surplus", None)

    shown = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.append(self.path) or 0)
    with qtbot.waitSignal(page.changed) as signal:
        section.action_button.click()
    wait_loaded(qtbot, page)
    [path] = shown
    assert path.exists() and path.read_bytes().startswith(b"%PDF")
    assert page.preview.document.pageCount() == 3
    assert signal.args[0].customer_orders == set(world.orders.values())
    assert all(order_detail(world.shop, i).header.notified_at for i in world.orders.values())
    assert page.sections[UNNOTIFIED].heading.text() == "Ready, customer not told yet (0)"
    assert not page.sections[UNNOTIFIED].action_button.isEnabled()
    # The card was filled again in place: the rows of the orders just told are gone.
    assert section.rows == [] and section.notes() == ["Nothing to do."]
    assert not ann_row[0].isVisible() and not ann_row[1].isVisible()
    # What was printed stays on the page, with links to the orders and the PDF.
    assert page.results.isVisible()
    assert page.results.message.text() == (
        f"3 pickup notices in {path.name}; those customers count as notified."
    )
    with qtbot.waitSignal(page.navigate) as opened:
        page.results.open_link(0)
    assert opened.args == ["orders", world.orders["ann"]]
    assert path.name in page.results.links.text() and "All documents" in page.results.links.text()

    world.clock.advance(days=15)
    page.reload()
    wait_loaded(qtbot, page)
    uncollected = page.sections[UNCOLLECTED]
    assert uncollected.heading.text().endswith("(3)")
    assert "Pickup by 16/12/2026 (1 day ago)" in uncollected.rows[0][0].text()
    assert clicked_target(qtbot, page, uncollected.rows[0][1]) == (
        "pickup",
        world.numbers["ann"],
    )


def test_today_is_the_first_page_of_the_window(qtbot, world):
    from jitdesk.gui.main_window import MainWindow

    window = MainWindow(world.shop)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page_key() == "today"
    assert window.nav.item(0).text() == "Today"
    page = window.pages["today"]
    page.sections[UNNOTIFIED]  # built
    window.go_to("orders", world.orders["bob1"])
    assert window.current_page_key() == "orders"
    assert window.pages["orders"].selected_order_id() == world.orders["bob1"]
    window.close()


def test_a_long_card_lists_the_first_ready_orders_and_counts_the_rest(qtbot, world, monkeypatch):
    """A busy shop's card stays a glance: the oldest few, then how many more."""
    monkeypatch.setattr("jitdesk.gui.pages.today_page.MAX_READY_SHOWN", 2)
    monkeypatch.setattr("jitdesk.gui.pages.today_page.MAX_AFFECTED_SHOWN", 2)
    page = make_page(qtbot, three_orders_ready(world))
    section = page.sections[UNNOTIFIED]
    assert section.heading.text() == "Ready, customer not told yet (3)"
    assert len(section.rows) == 2
    assert section.rows[0][0].text().startswith(f"{world.numbers['ann']} · Ann Apple")
    assert section.notes() == ["… and 1 more."]


def test_card_rows_are_as_tall_as_their_text(qtbot, world):
    """A one-line item takes one line beside its button (word-wrapped labels used to be
    laid out five lines tall, the text adrift of its button)."""
    page = make_page(qtbot, world)
    page.resize(1100, 700)
    qtbot.wait(50)
    [(label, _no_button)] = page.sections[WAITING].rows
    assert "\n" not in label.text()
    assert label.height() < 2 * label.fontMetrics().lineSpacing()


def test_a_new_shop_shows_the_getting_started_steps_that_tick_themselves_off(qtbot, tmp_path):
    from dataclasses import replace

    from jitdesk.domain.models import OfferInput, ProductInput, SupplierInput
    from jitdesk.services import catalog, settings
    from jitdesk.services.shop import Shop

    path = tmp_path / "new.jitdesk"
    settings.create_shop(path, "Velo", "EUR").close()
    shop = Shop.open(path, clock=Clock())
    try:
        page = TodayPage(shop, ShopFormat("en_GB", "EUR"))
        qtbot.addWidget(page)
        page.resize(900, 700)
        page.show()
        wait_loaded(qtbot, page)
        card = page.getting_started
        assert card.isVisible()
        assert not any(section.isVisible() for section in page.sections.values())
        assert card.texts()[0] == "\u2610  Enter your shop's details"
        assert clicked_target(qtbot, page, card.steps[1][1]) == ("suppliers", None)

        current = settings.get_settings(shop)
        settings.update_settings(shop, replace(current, address="Herrengasse 1, Graz"))
        alpine = catalog.add_supplier(shop, SupplierInput("Alpine", lead_time_days=7))
        pid = catalog.add_product(shop, ProductInput("BRK", "Brake pads", 1200))
        catalog.set_offer(shop, OfferInput(pid, alpine, unit_cost=500))
        page.reload()
        wait_loaded(qtbot, page)
        assert [text[0] for text in card.texts()] == ["\u2611", "\u2611", "\u2611", "\u2610"]
        assert clicked_target(qtbot, page, card.steps[3][1]) == ("orders", None)
    finally:
        shop.close()


def test_the_counter_comes_first_and_folded_sections_stay_folded(qtbot, world):
    page = make_page(qtbot, world)
    assert page.getting_started.isHidden()  # the shop has orders
    keys = list(page.sections)
    assert keys[:3] == [UNNOTIFIED, UNCOLLECTED, EXPECTED]
    assert keys.index(WAITING) < keys.index(LATE)
    late = page.sections[LATE]
    late.toggle.click()
    assert not late.is_expanded() and late.content.isHidden()
    again = make_page(qtbot, world)
    assert not again.sections[LATE].is_expanded()
    assert again.sections[WAITING].is_expanded()


def test_a_section_carries_a_header_button(qtbot, world):
    page = make_page(qtbot, world)
    pressed = []
    button = page.sections[UNCOLLECTED].add_header_button(
        "Send reminders…", lambda: pressed.append(1)
    )
    button.click()
    assert pressed == [1] and button.isVisible()
