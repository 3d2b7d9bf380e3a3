"""`jitdesk --self-test`: prove that an installation works, end to end, in a temporary folder.

Meant above all for the frozen (PyInstaller) app, where a missing data file, a module only
imported dynamically (reportlab's barcodes) or a missing Qt plugin or system library shows up
only when that code path runs. It goes through the JIT loop with the real services: a new shop,
a supplier, a product with an offer and a customer; an order; planning and commit; every PDF
document; send, receive, hand over; then the Qt part (jitdesk.gui.selftest_gui): each PDF opened
with QPdfDocument, one printed through QPrinter to a PDF file, the main window built and every
page shown.

Prints ONE line of JSON: {"ok": true, "version": ..., "checks": {...}, "seconds": ...}. Exit 0
when every check passed; 1 otherwise, with the failing check (its "error") in the JSON. Nothing
outside the temporary folder is touched: QSettings go there too.

This module is Qt-free; the Qt checks are imported only when the core checks have passed.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from jitdesk import __version__
from jitdesk.domain.resources import resource_path

T = TypeVar("T")


class CheckFailed(Exception):
    """A check failed; the recorder already holds its error."""


@dataclass
class Recorder:
    """Runs named checks, timing each; the first failure stops the run."""

    checks: dict[str, dict[str, Any]] = field(default_factory=dict)
    failed: str | None = None

    def run(self, name: str, fn: Callable[[], T], describe: Callable[[T], dict] | None = None) -> T:
        start = time.perf_counter()
        try:
            value = fn()
            info = describe(value) if describe else {}
        except Exception as exc:  # a self-test reports every failure, whatever it is
            self.failed = name
            self.checks[name] = {
                "ok": False,
                "error": f"{type(exc).__name__}: {exc}",
                "trace": traceback.format_exc(limit=6).splitlines()[-6:],
            }
            raise CheckFailed(name) from exc
        self.checks[name] = {"ok": True, "ms": round((time.perf_counter() - start) * 1000, 1)}
        self.checks[name].update(info)
        return value


@dataclass
class CoreResult:
    """What the Qt part needs: the open shop and the PDFs written, by document kind."""

    shop: Any
    pdfs: dict[str, Path]


def _is_pdf(path: Path) -> dict:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise ValueError(f"{path.name} is not a complete PDF file")
    return {"bytes": len(data)}


def core_checks(rec: Recorder, folder: Path) -> CoreResult:
    """The Qt-free part: services, documents, fonts and barcodes."""
    from jitdesk.documents.fonts import register_fonts, supported_codepoints
    from jitdesk.documents.generate import generate_batch, generate_document
    from jitdesk.domain.delivery import DeliveryInput
    from jitdesk.domain.models import (
        CustomerInput,
        OfferInput,
        OrderInput,
        OrderLineInput,
        ProductInput,
        ShopSettings,
        SupplierInput,
    )
    from jitdesk.services import catalog, customers, delivery, handover, orders, planning, receiving
    from jitdesk.services import documents as docs
    from jitdesk.services import supplier_orders as so_svc
    from jitdesk.services.check import check_shop
    from jitdesk.services.settings import create_shop, update_settings
    from jitdesk.services.today import mark_notified

    def fonts() -> dict:
        regular, bold = register_fonts()
        missing = [c for c in "ŁłЖж€₹ΩßÅ" if ord(c) not in supported_codepoints()]
        if missing:
            raise ValueError(f"the bundled font cannot draw {''.join(missing)}")
        return {"fonts": [regular, bold]}

    def right_to_left() -> dict:
        from jitdesk.documents.text import clean_text

        drawn = clean_text("سارة")
        if not all("\ufe70" <= ch <= "\ufefc" for ch in drawn):
            raise ValueError("Arabic letters are not joined on documents")
        return {"arabic": drawn}

    rec.run("fonts", fonts, lambda info: info)
    rec.run("right_to_left", right_to_left, lambda info: info)
    rec.run("barcodes", _barcodes, lambda info: info)
    rec.run("catalogs", _catalogs, lambda info: info)

    shop = rec.run(
        "create_shop", lambda: create_shop(folder / "self-test.jitdesk", "Self-test Shop")
    )
    rec.run(
        "settings",
        lambda: update_settings(
            shop,
            ShopSettings(
                name="Self-test Shop Łódź",
                address="Hauptstraße 1\n10115 Berlin",
                phone="+49 30 0000000",
                currency="EUR",
                deposit_percent=20,
                # a day's hold: the order told below is due a reminder at once
                pickup_hold_days=1,
                documents_folder=str(folder / "documents"),
            ),
        ),
    )

    def add_catalog() -> tuple[int, int]:
        supplier = catalog.add_supplier(
            shop, SupplierInput("Acme Supplies", email="orders@acme.example", lead_time_days=3)
        )
        product = catalog.add_product(
            shop,
            ProductInput("CHAIN-11", "Chain 11-speed, 118 links", 3995, barcode="4006381333931"),
        )
        catalog.set_offer(shop, OfferInput(product, supplier, 2100, supplier_sku="KMC-X11"))
        customer = customers.add_customer(
            shop, CustomerInput("Zoë Ångström-Иванова", "+46 70 123 45 67", "zoe@example.se")
        )
        return product, customer

    product_id, customer_id = rec.run("catalog", add_catalog)
    order = rec.run(
        "order",
        lambda: orders.create_order(
            shop,
            OrderInput(customer_id, [OrderLineInput(product_id, 2)], deposit=1600, notes="Ø test"),
        ),
        lambda created: {"number": created.number},
    )

    def plan_and_commit() -> tuple[int, str]:
        if planning.make_plan(shop).is_empty:
            raise ValueError("planning proposed nothing for a new order")
        result = planning.commit_plan(shop)
        if len(result.created) != 1:
            raise ValueError(f"expected one new supplier order, got {result.summary()}")
        return result.created[0]

    so_id, so_number = rec.run("plan_commit", plan_and_commit, lambda r: {"supplier_order": r[1]})

    pdfs: dict[str, Path] = {}

    def pdf(kind: str, number: str | None = None) -> None:
        def write() -> Path:
            if number is None:
                return generate_batch(shop, kind, folder / f"{kind}.pdf").path
            return generate_document(shop, kind, number, folder / f"{kind}.pdf").path

        pdfs[kind] = rec.run(f"pdf_{kind}", write)
        rec.checks[f"pdf_{kind}"].update(_is_pdf(pdfs[kind]))

    pdf(docs.SUPPLIER_ORDER, so_number)
    pdf(docs.UNSENT_SUPPLIER_ORDERS)
    pdf(docs.CONFIRMATION, order.number)

    rec.run("mark_sent", lambda: so_svc.mark_sent(shop, so_id))

    def receive_all() -> str:
        lines = so_svc.supplier_order_detail(shop, so_id).lines
        result = receiving.record_receipt(shop, so_id, {ln.id: ln.quantity for ln in lines})
        if [r.number for r in result.newly_ready] != [order.number]:
            raise ValueError(f"{order.number} did not become ready when its goods arrived")
        return result.status

    rec.run("receive", receive_all, lambda status: {"supplier_order_status": status})
    pdf(docs.PICKUP_NOTICE, order.number)
    pdf(docs.READY_PICKUPS)
    rec.run("told", lambda: mark_notified(shop, [order.order_id]))
    pdf(docs.REMINDER, order.number)
    pdf(docs.DUE_REMINDERS)

    def hand_over() -> str:
        preview = handover.handover_preview(shop, order.order_id)
        result = handover.hand_over(shop, order.order_id, payment=max(preview.balance_due, 0))
        if result.status != "completed":
            raise ValueError(f"{order.number} is {result.status} after the handover")
        return result.status

    rec.run("handover", hand_over)
    pdf(docs.HANDOVER_RECEIPT, order.number)

    delivered = rec.run(
        "delivery_order",
        lambda: delivery.create_delivery_order(
            shop,
            OrderInput(customer_id, [OrderLineInput(product_id, 1)]),
            DeliveryInput("Storgatan 1\n111 22 Stockholm"),
        ),
        lambda created: {"number": created.number},
    )
    pdf(docs.DELIVERY_NOTE, delivered.number)

    def consistent() -> None:
        problems = check_shop(shop)
        if problems:
            raise ValueError("; ".join(problems[:3]))

    rec.run("check_shop", consistent)
    return CoreResult(shop, pdfs)


def _barcodes() -> dict:
    """reportlab imports its barcode modules by name at run time (a PyInstaller pitfall)."""
    from reportlab.graphics.barcode import createBarcodeDrawing, getCodeNames
    from reportlab.graphics.barcode.qr import QrCodeWidget  # noqa: F401  (the pickup QR)

    names = getCodeNames()
    for code, value in (
        ("QR", "C-2026-0001"),
        ("Code128", "P-2026-0001"),
        ("EAN13", "400638133393"),
    ):
        createBarcodeDrawing(code, value=value)
    return {"kinds": len(names)}


def _catalogs() -> dict:
    """The compiled message catalogs are bundled and readable (documents in German, French)."""
    from jitdesk.domain.i18n import has_catalog, translation_for

    found = {}
    for language, title in (
        ("de_AT", "Auftragsbestätigung"),
        ("fr_FR", "Confirmation de commande"),
    ):
        if not has_catalog(language):
            raise ValueError(f"the {language} message catalog is missing")
        found[language] = translation_for(language).gettext("Order confirmation")
        if found[language] != title:
            raise ValueError(f"the {language} catalog gives {found[language]!r}")
    return {"catalogs": sorted(found)}


def resources_folder() -> Path:
    """The bundled resources/ (fonts, icons, catalogs) this jitdesk uses."""
    return resource_path("icons").parent


def _prepare_qt_environment(folder: Path) -> None:
    """Offscreen Qt when there is no display, so the self-test runs on servers and in CI."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runtime = folder / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    os.environ.setdefault("XDG_RUNTIME_DIR", str(runtime))


def run_self_test(*, gui: bool = True, keep: Path | None = None) -> dict[str, Any]:
    """All checks; returns the summary dict (see the module docstring)."""
    start = time.perf_counter()
    rec = Recorder()
    folder = Path(keep) if keep else Path(tempfile.mkdtemp(prefix="jitdesk-self-test-"))
    folder.mkdir(parents=True, exist_ok=True)
    shop = None
    try:
        core = core_checks(rec, folder)
        shop = core.shop
        if gui:
            _prepare_qt_environment(folder)
            from jitdesk.gui.selftest_gui import gui_checks

            gui_checks(rec, core.shop, core.pdfs, folder)
            shop = None  # the main window closed it
    except CheckFailed:
        pass
    except Exception as exc:  # a failure outside any check (an import, most likely)
        rec.failed = rec.failed or "setup"
        rec.checks.setdefault("setup", {"ok": False, "error": f"{type(exc).__name__}: {exc}"})
    finally:
        if shop is not None:
            shop.close()
        if keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    summary: dict[str, Any] = {
        "ok": rec.failed is None,
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": platform.python_version(),
        "platform": sys.platform,
        "checks": rec.checks,
        "seconds": round(time.perf_counter() - start, 3),
    }
    if rec.failed:
        summary["failed"] = rec.failed
    return summary


def main(*, gui: bool = True) -> int:
    summary = run_self_test(gui=gui)
    # ASCII only (json escapes the rest): any console can print it
    print(json.dumps(summary, separators=(",", ":")), flush=True)
    return 0 if summary["ok"] else 1


def startup_probe() -> int:
    """Open the main window over a new shop and quit (timed from outside; see packaging/)."""
    with tempfile.TemporaryDirectory(prefix="jitdesk-probe-") as tmp:
        _prepare_qt_environment(Path(tmp))
        from jitdesk.gui.selftest_gui import startup_probe as probe

        return probe()
