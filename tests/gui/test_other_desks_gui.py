"""Another desk's change to a server shop reaches this window: the listener's thread only
signals, the page on screen reloads at once, the other pages built so far when next shown, and
the hearing stops when the window shows another shop or closes."""

from __future__ import annotations

import dataclasses
import threading

import pytest

from jitdesk.domain.models import OrderInput, OrderLineInput
from jitdesk.gui.main_window import MainWindow
from jitdesk.services import settings
from jitdesk.services.orders import create_order
from jitdesk.services.shop import Shop


def make_window(qtbot, shop: Shop) -> MainWindow:
    window = MainWindow(shop)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def orders_page(window: MainWindow):
    """The Customer orders page, on screen."""
    window.go_to("orders")
    return window.pages["orders"]


class FakeListening:
    """Stands in for a server shop's listener: the test calls `on_change` from a thread, as
    the listener would."""

    def __init__(self) -> None:
        self.on_change = None
        self.stopped = False

    def listen_for_changes(self, on_change):
        self.on_change = on_change
        return self

    def stop(self) -> None:
        self.stopped = True

    def hear_from_thread(self, times: int = 1) -> None:
        def tell() -> None:
            for _ in range(times):
                self.on_change()

        thread = threading.Thread(target=tell)
        thread.start()
        thread.join()


@pytest.fixture
def listening(gui_shop) -> FakeListening:
    fake = FakeListening()
    # The shop asks its store; this store is a shop file's, taught to listen for the test.
    gui_shop.shop.store.listen_for_changes = fake.listen_for_changes
    return fake


def another_desk_orders(gui_shop) -> None:
    """An order saved on another desk: nothing on this window is told of it."""
    create_order(
        gui_shop.shop,
        OrderInput(gui_shop.customers["Zoë Ångström"], [OrderLineInput(gui_shop.products["TYR-700"], 1)]),
    )  # fmt: skip


def reload_counter(page) -> list[int]:
    count = [0]
    reload = page.reload

    def counting() -> None:
        count[0] += 1
        reload()

    page.reload = counting
    return count


def test_another_desks_change_reloads_the_page_on_screen(qtbot, gui_shop, listening):
    window = make_window(qtbot, gui_shop.shop)
    assert window.other_desks is not None and listening.on_change is not None
    today = window.pages["today"]
    page = orders_page(window)
    assert page.model.rowCount() == 0
    today_reloads = reload_counter(today)
    another_desk_orders(gui_shop)
    listening.hear_from_thread()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.count_label.text() == "1 order"
    assert window.statusBar().currentMessage() == "Updated with changes from another desk."
    # The page not on screen reloads when it is shown again, not before.
    assert today_reloads == [0]
    window.go_to("today")
    assert today_reloads == [1]


def test_a_burst_heard_while_the_window_is_busy_is_one_reload(qtbot, gui_shop, listening):
    window = make_window(qtbot, gui_shop.shop)
    page = orders_page(window)
    reloads = reload_counter(page)
    another_desk_orders(gui_shop)
    listening.hear_from_thread(times=50)  # the GUI thread handles no event meanwhile
    qtbot.waitUntil(lambda: reloads[0] == 1)
    qtbot.wait(50)
    assert reloads == [1] and page.model.rowCount() == 1
    another_desk_orders(gui_shop)
    listening.hear_from_thread()  # heard again once the first was shown
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)


def test_a_changed_shop_name_on_another_desk_shows_in_the_title(qtbot, gui_shop, listening):
    window = make_window(qtbot, gui_shop.shop)
    current = settings.get_settings(gui_shop.shop)
    settings.update_settings(gui_shop.shop, dataclasses.replace(current, name="Vélo & Co"))
    listening.hear_from_thread()
    qtbot.waitUntil(lambda: window.windowTitle() == "Vélo & Co — jitdesk")


def test_hearing_stops_with_another_shop_and_when_the_window_closes(
    qtbot, gui_shop, listening, tmp_path
):
    window = make_window(qtbot, gui_shop.shop)
    other_path = tmp_path / "other.jitdesk"
    settings.create_shop(other_path, "Other", "EUR").close()
    other = Shop.open(other_path)
    second = FakeListening()
    other.store.listen_for_changes = second.listen_for_changes
    old_desks = window.other_desks
    window.set_shop(other)
    assert listening.stopped and not second.stopped
    assert window.other_desks is not None and window.other_desks is not old_desks
    # A call from the old shop's listener still on its way changes nothing.
    listening.on_change()
    qtbot.wait(20)
    assert window.windowTitle() == "Other — jitdesk"
    window.close()
    assert second.stopped and window.other_desks is None


def test_a_shop_file_has_nobody_to_hear(qtbot, gui_shop):
    window = make_window(qtbot, gui_shop.shop)
    assert window.other_desks is None
