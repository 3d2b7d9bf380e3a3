"""Kill a child writing to a shop file with SIGKILL at random moments; check what survived."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from jitdesk.services.check import check_shop
from jitdesk.services.shop import Shop

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Tally:
    cycles: int = 0
    done_actions: int = 0
    losses: list[str] = field(default_factory=list)
    half_applied: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    child_errors: list[str] = field(default_factory=list)


def run_child_and_kill(shop_path: Path, seed: int, rng: random.Random) -> tuple[list[str], str]:
    """Start the child, let it work for a random while, SIGKILL it; its stdout lines and stderr."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.crash.child", str(shop_path), str(seed)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    ready = threading.Event()

    def read() -> None:
        for line in child.stdout:
            if not line.endswith("\n"):
                break  # cut off by the kill: an unfinished report reports nothing
            lines.append(line.rstrip("\n"))
            if line.startswith("READY"):
                ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    ready.wait(timeout=30)
    time.sleep(rng.uniform(0.0, 0.35))
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=10)
    stderr = child.stderr.read()
    child.stderr.close()
    return lines, stderr


def scalar(conn: sqlite3.Connection, sql: str, params: list | tuple = ()) -> int:
    return conn.execute(sql, params).fetchone()[0]


def missing_done(conn: sqlite3.Connection, line: str) -> str | None:
    """Why the action a DONE line reports is not (fully) in the file, or None."""
    parts = line.split()
    kind, keys = parts[1], parts[2:]
    if kind == "order":
        number, n_lines = keys[0], int(keys[1])
        found = scalar(
            conn,
            "SELECT count(l.id) FROM customer_orders o JOIN customer_order_lines l "
            "ON l.order_id = o.id WHERE o.number = ?",
            [number],
        )
        return None if found == n_lines else f"order {number}: {found} of {n_lines} lines"
    if kind == "import":
        for ref in keys:
            if (
                scalar(conn, "SELECT count(*) FROM customer_orders WHERE external_ref = ?", [ref])
                != 1
            ):
                return f"imported order {ref} missing"
        return None
    if kind == "payment":
        n = scalar(conn, "SELECT count(*) FROM payments WHERE note = ?", [keys[0]])
        return None if n == 1 else f"payment {keys[0]} found {n} times"
    if kind == "plan":
        for number in keys[0].split(","):
            if number != "-" and not scalar(
                conn, "SELECT count(*) FROM supplier_orders WHERE number = ?", [number]
            ):
                return f"planned supplier order {number} missing"
        return None
    if kind == "sent":
        status = conn.execute(
            "SELECT status FROM supplier_orders WHERE number = ?", [keys[0]]
        ).fetchone()
        return None if status and status[0] != "draft" else f"{keys[0]} not sent"
    if kind == "receive":
        n = scalar(
            conn,
            "SELECT count(*) FROM receipts r JOIN supplier_orders s ON s.id = r.supplier_order_id "
            "WHERE s.number = ?",
            [keys[0]],
        )
        return None if n else f"receipt for {keys[0]} missing"
    if kind == "handover":
        n = scalar(
            conn,
            "SELECT count(*) FROM handovers h JOIN customer_orders o ON o.id = h.order_id "
            "WHERE o.number = ?",
            [keys[0]],
        )
        return None if n else f"handover of {keys[0]} missing"
    return f"unknown DONE line {line!r}"


HALF_APPLIED_SQL = {
    "customer orders without lines": "SELECT count(*) FROM customer_orders o WHERE NOT EXISTS "
    "(SELECT 1 FROM customer_order_lines l WHERE l.order_id = o.id)",
    "customer orders without their 'created' event": "SELECT count(*) FROM customer_orders o "
    "WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.entity = 'customer_order' "
    "AND e.entity_id = o.id AND e.action = 'created')",
    "imports with one of their two orders": "SELECT count(*) FROM customer_orders a "
    "WHERE a.external_ref LIKE '%-A' AND NOT EXISTS (SELECT 1 FROM customer_orders b "
    "WHERE b.external_ref = substr(a.external_ref, 1, length(a.external_ref) - 1) || 'B')",
    "imports with one of their two orders (B side)": "SELECT count(*) FROM customer_orders b "
    "WHERE b.external_ref LIKE '%-B' AND NOT EXISTS (SELECT 1 FROM customer_orders a "
    "WHERE a.external_ref = substr(b.external_ref, 1, length(b.external_ref) - 1) || 'A')",
    "supplier orders without lines": "SELECT count(*) FROM supplier_orders s WHERE NOT EXISTS "
    "(SELECT 1 FROM supplier_order_lines l WHERE l.supplier_order_id = s.id)",
    "receipts without lines": "SELECT count(*) FROM receipts r WHERE NOT EXISTS "
    "(SELECT 1 FROM receipt_lines l WHERE l.receipt_id = r.id)",
    "handovers without lines": "SELECT count(*) FROM handovers h WHERE NOT EXISTS "
    "(SELECT 1 FROM handover_lines l WHERE l.handover_id = h.id)",
    "orders with a deposit but no deposit payment": "SELECT count(*) FROM events e "
    "WHERE e.entity = 'customer_order' AND e.action = 'created' "
    "AND json_extract(e.details, '$.deposit') > 0 AND NOT EXISTS (SELECT 1 FROM payments p "
    "WHERE p.order_id = e.entity_id AND p.kind = 'deposit')",
}


def verify(shop_path: Path, done_lines: list[str], tally: Tally) -> None:
    conn = sqlite3.connect(str(shop_path))
    try:
        integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            tally.problems.append(f"integrity_check: {integrity[:3]}")
        for line in done_lines:
            why = missing_done(conn, line)
            if why:
                tally.losses.append(why)
        for what, sql in HALF_APPLIED_SQL.items():
            n = scalar(conn, sql)
            if n:
                tally.half_applied.append(f"{n} {what}")
    finally:
        conn.close()
    shop = Shop.open(shop_path)
    try:
        tally.problems += check_shop(shop)
    finally:
        shop.close()


def run_cycles(shop_path: Path, cycles: int, seed: int = 0) -> Tally:
    rng = random.Random(seed)
    tally = Tally()
    all_done: list[str] = []
    for cycle in range(cycles):
        lines, stderr = run_child_and_kill(shop_path, seed * 100_000 + cycle, rng)
        if "Traceback" in stderr:
            tally.child_errors.append(stderr[-2000:])
        done = [line for line in lines if line.startswith("DONE ")]
        all_done += done
        tally.done_actions += len(done)
        # everything reported in any earlier cycle must still be there, too
        verify(shop_path, all_done, tally)
        tally.cycles += 1
    return tally
