"""Start-up and memory probe for tests/benchmarks/test_gui_bench.py, run as a subprocess.

    python tests/benchmarks/gui_probe.py bare              # a bare PySide6 window with a table
    python tests/benchmarks/gui_probe.py app SHOP          # jitdesk's main window on SHOP
    python tests/benchmarks/gui_probe.py pages SHOP        # ... then every page in turn

Each mode prints one line `shown <time.time()>` once the window has been shown and painted
(a zero-delay timer after the show event runs after the first paint), so the parent can take
process start to window shown from its own clock; `app` then prints `loaded <time.time()>` once
the shop is open and the first page has everything in. `pages` then opens every page of
`jitdesk.gui.main_window.PAGES`, waiting for each to finish loading, prints
`page <key> <ms> <rows>` per page and `maxrss <KiB>` before it exits.

The `app` mode goes the way `jitdesk --shop SHOP` goes (jitdesk.gui.app: make_application,
show_window: the window shown, then the shop opened), with QSettings and the recent-shops list kept in a private
folder (XDG_CONFIG_HOME / XDG_DATA_HOME set by the parent).
"""

from __future__ import annotations

import os
import sys
import time

MODES = ("bare", "app", "pages")


def _shown() -> None:
    print(f"shown {time.time():.6f}", flush=True)


def _print_rss() -> None:
    """Peak resident memory in KiB: VmHWM belongs to this program's memory map, unlike
    getrusage's ru_maxrss, which Linux carries over from the parent across fork and exec."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1])
    except OSError:
        pass
    print(f"maxrss {peak}", flush=True)


def run_bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    model = QStandardItemModel(200, 8, window)
    for row in range(200):
        for col in range(8):
            model.setItem(row, col, QStandardItem(f"{row}:{col}"))
    view = QTableView(window)
    view.setModel(model)
    window.setCentralWidget(view)
    window.resize(1180, 740)
    window.show()
    QTimer.singleShot(0, lambda: (_shown(), app.quit()))
    code = app.exec()
    _print_rss()
    return code


def _main_window(shop_path: str):
    from jitdesk.gui import i18n
    from jitdesk.gui.app import make_application, show_window

    app = make_application()
    i18n.install_translators()  # as run_app does: the system's language
    window = show_window(shop_path)
    if window is None:
        raise SystemExit(f"cannot open {shop_path}")
    return app, window


def run_app(shop_path: str) -> int:
    """`shown` once the window is on screen; `loaded` once its shop is open and the first
    page has everything in (the shop is opened after the window is painted)."""
    from PySide6.QtCore import QTimer

    app, window = _main_window(shop_path)
    QTimer.singleShot(0, _shown)
    check = QTimer()

    def loaded() -> None:
        page = window.stack.currentWidget()
        if window.shop is not None and page is not None and not page_busy(page):
            check.stop()
            print(f"loaded {time.time():.6f}", flush=True)
            app.quit()

    check.timeout.connect(loaded)
    check.start(5)
    code = app.exec()
    _print_rss()
    window.close()
    return code


def page_busy(page) -> bool:
    """True while a page still loads in the background (Today, Plan, Reports read on a
    worker thread; see jitdesk.gui.background)."""
    return page.is_busy()


def page_rows(page) -> int:
    """Rows shown by the page's item views (tables, trees, lists), summed."""
    from PySide6.QtWidgets import QAbstractItemView

    total = 0
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None and view.isVisibleTo(page):
            total += model.rowCount()
    return total


def open_page(app, window, key: str, timeout_s: float = 30.0) -> tuple[float, int]:
    """Switch to page `key` from another page (stale, so it reloads, as after a change) and
    wait until it has loaded everything, background reads included: (ms, rows)."""
    return open_page_timed(app, window, key, timeout_s)[1:]


def open_page_timed(app, window, key: str, timeout_s: float = 30.0) -> tuple[float, float, int]:
    """(ms until the page is shown and usable, ms until its background reads are in, rows)."""
    window.show_page(next(k for k in window.pages if k != key))
    app.processEvents()
    page = window.pages[key]
    page._stale = True  # as after a change elsewhere: showing it reloads
    start = time.perf_counter()
    window.show_page(key)
    app.processEvents()
    shown = (time.perf_counter() - start) * 1000
    wait_until_loaded(app, page, start + timeout_s)
    return shown, (time.perf_counter() - start) * 1000, page_rows(page)


def open_report_timed(app, window, key: str, timeout_s: float = 30.0) -> tuple[float, float, int]:
    """(ms until the Reports tab `key` is shown, ms until its report is in, rows), switching
    to it from another tab after a change (out of date, so it is read again)."""
    window.show_page("reports")
    page = window.pages["reports"]
    page.show_report(next(k for k in page.report_tabs if k != key))
    wait_until_loaded(app, page, time.perf_counter() + timeout_s)
    page.report_tabs[key].stale = True
    start = time.perf_counter()
    tab = page.show_report(key)
    app.processEvents()
    shown = (time.perf_counter() - start) * 1000
    wait_until_loaded(app, page, start + timeout_s)
    return shown, (time.perf_counter() - start) * 1000, tab.model.rowCount()


def wait_until_loaded(app, page, deadline: float) -> None:
    """Wait as the app's own event loop waits: blocked until an event comes (a worker's
    result is one), not polling, which would keep taking the GIL from the worker thread and
    slow the very read being timed. A 50 ms timer guarantees a wake-up to check the clock."""
    from PySide6.QtCore import QEventLoop, QTimer

    tick = QTimer()
    tick.start(50)
    try:
        while page_busy(page) and time.perf_counter() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        app.processEvents()  # what the result's arrival queued (repaints)
    finally:
        tick.stop()


def run_pages(shop_path: str) -> int:
    from PySide6.QtCore import QEventLoop

    from jitdesk.gui.main_window import PAGES

    app, window = _main_window(shop_path)
    while window.shop is None:  # opened once the window is painted
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    app.processEvents()
    _shown()
    for page_class in PAGES:
        ms, rows = open_page(app, window, page_class.key)
        print(f"page {page_class.key} {ms:.1f} {rows}", flush=True)
    _print_rss()
    window.close()
    return 0


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1] not in MODES or (argv[1] != "bare" and len(argv) < 3):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[1] == "bare":
        return run_bare()
    if argv[1] == "app":
        return run_app(argv[2])
    return run_pages(argv[2])


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    os._exit(code)  # skip Qt's teardown: the figures are printed, nothing is left to save
