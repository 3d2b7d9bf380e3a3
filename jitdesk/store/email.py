"""SMTP settings and e-mail templates in the shop file (never the password)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

SMTP_COLUMNS = ("host", "port", "security", "username", "from_address", "password_storage")


def load_smtp(db: Database) -> dict[str, Any] | None:
    row = db.execute(f"SELECT {', '.join(SMTP_COLUMNS)} FROM smtp_settings WHERE id = 1").fetchone()
    return dict(row) if row else None


def save_smtp(db: Database, values: dict[str, Any]) -> None:
    cols = ", ".join(SMTP_COLUMNS)
    marks = ", ".join("?" * len(SMTP_COLUMNS))
    updates = ", ".join(f"{c} = excluded.{c}" for c in SMTP_COLUMNS)
    db.execute(
        f"INSERT INTO smtp_settings (id, {cols}) VALUES (1, {marks})"
        f" ON CONFLICT (id) DO UPDATE SET {updates}",
        [values[c] for c in SMTP_COLUMNS],
    )


def load_template(db: Database, kind: str) -> tuple[str, str] | None:
    row = db.execute("SELECT subject, body FROM email_templates WHERE kind = ?", [kind]).fetchone()
    return (row[0], row[1]) if row else None


def save_template(db: Database, kind: str, subject: str, body: str) -> None:
    db.execute(
        "INSERT INTO email_templates (kind, subject, body) VALUES (?, ?, ?)"
        " ON CONFLICT (kind) DO UPDATE SET subject = excluded.subject, body = excluded.body",
        [kind, subject, body],
    )


def supplier_order_for_email(db: Database, number: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT so.id, so.number, so.status, s.email AS supplier_email, s.name AS supplier_name"
        " FROM supplier_orders so JOIN suppliers s ON s.id = so.supplier_id WHERE so.number = ?",
        [number],
    ).fetchone()
    return dict(row) if row else None


def customer_order_for_email(db: Database, number: str) -> dict[str, Any] | None:
    row = db.execute(
        "SELECT o.id, o.number, o.status, o.notified_at, c.email AS customer_email,"
        " c.name AS customer_name FROM customer_orders o"
        " JOIN customers c ON c.id = o.customer_id WHERE o.number = ?",
        [number],
    ).fetchone()
    return dict(row) if row else None


def ready_unnotified_numbers(db: Database) -> list[str]:
    rows = db.execute(
        "SELECT number FROM customer_orders WHERE status = 'ready' AND notified_at IS NULL"
        " ORDER BY ready_at, id"
    )
    return [r[0] for r in rows]
