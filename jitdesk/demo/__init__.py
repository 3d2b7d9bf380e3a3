"""Demo shops: a bike-parts shop with eight weeks of history, in every state the JIT loop
knows, built from the shop's own rules (promise, rounding, numbering, statuses).

Fixed data: settings, suppliers, categories, names. Generated: catalog, customers, and the
simulated world (world, orders, supply, settling), written by rows and writer.
"""

from __future__ import annotations

from jitdesk.demo.summary import DemoSummary
from jitdesk.demo.writer import MAX_DEMO_ORDERS, ORDERS_PER_YEAR, write_demo_shop

__all__ = ["MAX_DEMO_ORDERS", "ORDERS_PER_YEAR", "DemoSummary", "write_demo_shop"]
