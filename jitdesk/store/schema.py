"""The shop file schema, as sqlite-utils migrations from an empty file.

Never edit a released migration: add a new one. `MIGRATIONS` lists every name this jitdesk
knows; a file that recorded a name we do not know was written by a newer jitdesk.
`PRAGMA user_version` holds the number of migrations applied, written in the same transaction
as each one (`apply_pending`); a file where the two disagree is refused when it is opened.
"""

from __future__ import annotations

import functools
import sqlite3

from sqlite_utils import Database, Migrations

from jitdesk.domain.i18n import _

MIGRATION_SET = "jitdesk"
APPLICATION_ID = 0x4A495444  # "JITD": marks a file as a jitdesk shop file
migrations = Migrations(MIGRATION_SET)

SCHEMA_V1 = """
CREATE TABLE shop (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    currency TEXT NOT NULL DEFAULT 'EUR',
    locale TEXT NOT NULL DEFAULT 'en_GB',
    tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp >= 0),
    deposit_percent INTEGER NOT NULL DEFAULT 0 CHECK (deposit_percent BETWEEN 0 AND 100),
    pickup_hold_days INTEGER NOT NULL DEFAULT 14 CHECK (pickup_hold_days >= 0),
    safety_buffer_days INTEGER NOT NULL DEFAULT 1 CHECK (safety_buffer_days >= 0),
    closed_weekdays TEXT NOT NULL DEFAULT '6',
    opening_hours TEXT NOT NULL DEFAULT '',
    logo BLOB,
    documents_folder TEXT NOT NULL DEFAULT '',
    doc_footer TEXT NOT NULL DEFAULT '',
    supplier_order_note TEXT NOT NULL DEFAULT '',
    pickup_note TEXT NOT NULL DEFAULT '',
    confirmation_note TEXT NOT NULL DEFAULT '',
    use_observed_lead_times INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE counters (
    kind TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (kind, year)
);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX customers_name ON customers(name COLLATE NOCASE);
CREATE INDEX customers_email ON customers(email COLLATE NOCASE);

CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    contact TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    account_number TEXT NOT NULL DEFAULT '',
    lead_time_days INTEGER NOT NULL DEFAULT 7 CHECK (lead_time_days >= 0),
    delivery_weekdays TEXT NOT NULL DEFAULT '0,1,2,3,4',
    min_order_value INTEGER NOT NULL DEFAULT 0 CHECK (min_order_value >= 0),
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    sku TEXT NOT NULL UNIQUE CHECK (trim(sku) <> ''),
    name TEXT NOT NULL CHECK (trim(name) <> ''),
    unit TEXT NOT NULL DEFAULT 'pc',
    sale_price INTEGER NOT NULL DEFAULT 0 CHECK (sale_price >= 0),
    barcode TEXT,
    active INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX products_name ON products(name COLLATE NOCASE);
CREATE INDEX products_barcode ON products(barcode);

CREATE TABLE offers (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    supplier_sku TEXT NOT NULL DEFAULT '',
    unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
    pack_size INTEGER NOT NULL DEFAULT 1 CHECK (pack_size >= 1),
    min_qty INTEGER NOT NULL DEFAULT 1 CHECK (min_qty >= 1),
    lead_time_days INTEGER CHECK (lead_time_days IS NULL OR lead_time_days >= 0),
    preferred INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    UNIQUE (product_id, supplier_id)
);
CREATE INDEX offers_supplier ON offers(supplier_id);

CREATE TABLE offer_costs (
    id INTEGER PRIMARY KEY,
    offer_id INTEGER NOT NULL REFERENCES offers(id),
    unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
    changed_at TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT 'edit'
);
CREATE INDEX offer_costs_offer ON offer_costs(offer_id);

CREATE TABLE customer_orders (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    order_date TEXT NOT NULL,
    promised_date TEXT,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'ready', 'completed', 'cancelled')),
    channel TEXT NOT NULL DEFAULT 'counter',
    external_ref TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    ready_at TEXT,
    notified_at TEXT,
    completed_at TEXT,
    cancelled_at TEXT,
    UNIQUE (channel, external_ref)
);
CREATE INDEX customer_orders_customer ON customer_orders(customer_id);
CREATE INDEX customer_orders_status ON customer_orders(status, order_date);
CREATE INDEX customer_orders_date ON customer_orders(order_date);

CREATE TABLE customer_order_lines (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES customer_orders(id),
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    description TEXT NOT NULL DEFAULT '',
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    original_quantity INTEGER NOT NULL CHECK (original_quantity >= 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    promised_date TEXT,
    UNIQUE (order_id, line_no)
);
CREATE INDEX customer_order_lines_product ON customer_order_lines(product_id);

CREATE TABLE payments (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES customer_orders(id),
    amount INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('deposit', 'payment', 'balance', 'refund')),
    method TEXT NOT NULL DEFAULT 'cash',
    paid_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payments_order ON payments(order_id);

CREATE TABLE supplier_orders (
    id INTEGER PRIMARY KEY,
    number TEXT NOT NULL UNIQUE,
    supplier_id INTEGER NOT NULL REFERENCES suppliers(id),
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN
        ('draft', 'sent', 'partially received', 'received', 'cancelled', 'closed short')),
    expected_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    sent_at TEXT,
    closed_at TEXT
);
CREATE INDEX supplier_orders_supplier ON supplier_orders(supplier_id, status);
CREATE INDEX supplier_orders_status ON supplier_orders(status);

CREATE TABLE supplier_order_lines (
    id INTEGER PRIMARY KEY,
    supplier_order_id INTEGER NOT NULL REFERENCES supplier_orders(id),
    line_no INTEGER NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    offer_id INTEGER REFERENCES offers(id),
    supplier_sku TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
    pack_size INTEGER NOT NULL DEFAULT 1 CHECK (pack_size >= 1),
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    expected_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (supplier_order_id, line_no)
);
CREATE INDEX supplier_order_lines_product ON supplier_order_lines(product_id);

-- Which quantity of a supplier order line is meant for which customer order line.
CREATE TABLE coverage (
    id INTEGER PRIMARY KEY,
    supplier_line_id INTEGER NOT NULL REFERENCES supplier_order_lines(id),
    customer_line_id INTEGER NOT NULL REFERENCES customer_order_lines(id),
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    created_at TEXT NOT NULL,
    UNIQUE (supplier_line_id, customer_line_id)
);
CREATE INDEX coverage_customer_line ON coverage(customer_line_id);

CREATE TABLE receipts (
    id INTEGER PRIMARY KEY,
    supplier_order_id INTEGER NOT NULL REFERENCES supplier_orders(id),
    received_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX receipts_order ON receipts(supplier_order_id);

CREATE TABLE receipt_lines (
    id INTEGER PRIMARY KEY,
    receipt_id INTEGER NOT NULL REFERENCES receipts(id),
    supplier_line_id INTEGER NOT NULL REFERENCES supplier_order_lines(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity INTEGER NOT NULL CHECK (quantity >= 0),
    unit_cost INTEGER
);
CREATE INDEX receipt_lines_receipt ON receipt_lines(receipt_id);
CREATE INDEX receipt_lines_supplier_line ON receipt_lines(supplier_line_id);
CREATE INDEX receipt_lines_product ON receipt_lines(product_id);

-- Units on hand reserved for a customer line. receipt_id is NULL when taken from surplus;
-- coverage_id is set when the units fulfilled a coverage.
CREATE TABLE allocations (
    id INTEGER PRIMARY KEY,
    customer_line_id INTEGER NOT NULL REFERENCES customer_order_lines(id),
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    receipt_id INTEGER REFERENCES receipts(id),
    coverage_id INTEGER REFERENCES coverage(id),
    created_at TEXT NOT NULL
);
CREATE INDEX allocations_line ON allocations(customer_line_id);
CREATE INDEX allocations_product ON allocations(product_id);
CREATE INDEX allocations_receipt ON allocations(receipt_id);
CREATE INDEX allocations_coverage ON allocations(coverage_id);

CREATE TABLE handovers (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES customer_orders(id),
    handed_at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX handovers_order ON handovers(order_id);

CREATE TABLE handover_lines (
    id INTEGER PRIMARY KEY,
    handover_id INTEGER NOT NULL REFERENCES handovers(id),
    customer_line_id INTEGER NOT NULL REFERENCES customer_order_lines(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0)
);
CREATE INDEX handover_lines_line ON handover_lines(customer_line_id);

CREATE TABLE write_offs (
    id INTEGER PRIMARY KEY,
    product_id INTEGER NOT NULL REFERENCES products(id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_cost INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL CHECK (trim(reason) <> ''),
    written_at TEXT NOT NULL
);
CREATE INDEX write_offs_product ON write_offs(product_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    entity TEXT NOT NULL,
    entity_id INTEGER,
    action TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_entity ON events(entity, entity_id);

CREATE TABLE documents_log (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    number TEXT NOT NULL,
    path TEXT NOT NULL,
    generated_at TEXT NOT NULL
);

CREATE TABLE sku_mappings (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    external_sku TEXT NOT NULL,
    product_id INTEGER NOT NULL REFERENCES products(id),
    UNIQUE (source, external_sku)
);
"""


@migrations()
def m001_initial(db: Database) -> None:
    """The whole domain of DESIGN §2."""
    for statement in _split_statements(SCHEMA_V1):
        db.execute(statement)
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")


SCHEMA_V2_IMPORT_AND_EMAIL = """
-- Column mapping of a supplier's price list (JSON: our field -> their column), remembered.
CREATE TABLE price_list_mappings (
    supplier_id INTEGER PRIMARY KEY REFERENCES suppliers(id),
    mapping TEXT NOT NULL DEFAULT '{}'
);

-- Outgoing mail server. The password is never stored here (system keyring or asked each time).
CREATE TABLE smtp_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    host TEXT NOT NULL DEFAULT '',
    port INTEGER NOT NULL DEFAULT 587 CHECK (port BETWEEN 1 AND 65535),
    security TEXT NOT NULL DEFAULT 'starttls' CHECK (security IN ('none', 'starttls', 'tls')),
    username TEXT NOT NULL DEFAULT '',
    from_address TEXT NOT NULL DEFAULT '',
    password_storage TEXT NOT NULL DEFAULT 'keyring'
        CHECK (password_storage IN ('keyring', 'ask'))
);

-- Editable message per document kind (string.Template text with $order_number etc.).
CREATE TABLE email_templates (
    kind TEXT PRIMARY KEY,
    subject TEXT NOT NULL,
    body TEXT NOT NULL
);
"""


@migrations()
def m002_import_and_email(db: Database) -> None:
    """Price list column mappings, SMTP settings and email templates (issue 8)."""
    for statement in _split_statements(SCHEMA_V2_IMPORT_AND_EMAIL):
        db.execute(statement)


PERF_INDEXES = """
-- Covering indexes for the sums the lists and the Today page take per row (issue 5 speed).
CREATE INDEX IF NOT EXISTS allocations_line_quantity ON allocations(customer_line_id, quantity);
CREATE INDEX IF NOT EXISTS allocations_product_quantity ON allocations(product_id, quantity);
CREATE INDEX IF NOT EXISTS receipt_lines_product_quantity ON receipt_lines(product_id, quantity);
CREATE INDEX IF NOT EXISTS customer_order_lines_order_amount
    ON customer_order_lines(order_id, quantity, unit_price);
CREATE INDEX IF NOT EXISTS payments_order_amount ON payments(order_id, amount);
-- Web-shop references are searched as text; only imported orders have one.
CREATE INDEX IF NOT EXISTS customer_orders_external_ref ON customer_orders(external_ref)
    WHERE external_ref IS NOT NULL
"""


@migrations()
def m003_perf_indexes(db: Database) -> None:
    """Indexes that keep the pages fast on a 100,000-order shop (issue 5); no data change."""
    for statement in _split_statements(PERF_INDEXES):
        db.execute(statement)


WAITING_INDEXES = """
-- The waiting demand (planning, the Today page) looks up, per open customer line, its coverage
-- with supplier line and quantity, and per coverage row what was allocated from it: covering
-- indexes keep those ~100,000 look-ups off the tables (issue 5). Each starts with the column of
-- the index it replaces, so every other look-up still finds one.
CREATE INDEX IF NOT EXISTS coverage_line_supplier_quantity
    ON coverage(customer_line_id, supplier_line_id, quantity);
CREATE INDEX IF NOT EXISTS allocations_coverage_quantity ON allocations(coverage_id, quantity);
DROP INDEX IF EXISTS coverage_customer_line;
DROP INDEX IF EXISTS allocations_coverage
"""


@migrations()
def m004_waiting_indexes(db: Database) -> None:
    """Covering indexes for the waiting demand on a 100,000-order shop (issue 5); no data change."""
    for statement in _split_statements(WAITING_INDEXES):
        db.execute(statement)


DOCUMENT_LANGUAGE_AND_TAX = """
-- The language documents and e-mails for a customer or supplier are written in (a CLDR code
-- such as de_AT; empty: the shop's own).
ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT '';
ALTER TABLE suppliers ADD COLUMN language TEXT NOT NULL DEFAULT '';
-- A product's tax rate in basis points; NULL: the shop's rate.
ALTER TABLE products ADD COLUMN tax_rate_bp INTEGER
    CHECK (tax_rate_bp IS NULL OR tax_rate_bp BETWEEN 0 AND 10000);
-- The rate a customer line was sold at, kept so receipts never change afterwards; NULL on
-- lines from before this version (their product's rate then applies).
ALTER TABLE customer_order_lines ADD COLUMN tax_rate_bp INTEGER
    CHECK (tax_rate_bp IS NULL OR tax_rate_bp BETWEEN 0 AND 10000);
-- Whether sale prices include tax (1, the usual for shops selling to consumers) or tax is
-- added on top (0), and the shop's VAT identification number for customer documents.
ALTER TABLE shop ADD COLUMN prices_include_tax INTEGER NOT NULL DEFAULT 1;
ALTER TABLE shop ADD COLUMN vat_id TEXT NOT NULL DEFAULT ''
"""


@migrations()
def m005_document_language_and_tax(db: Database) -> None:
    """Documents in the recipient's language; tax per product and on customer documents."""
    for statement in _split_statements(DOCUMENT_LANGUAGE_AND_TAX):
        db.execute(statement)


ITEMS_TO_REVIEW = """
-- An item staff added at the counter without full terms: never ordered from a supplier until
-- the owner completes it (to_review back to 0) or merges it into another product.
ALTER TABLE products ADD COLUMN to_review INTEGER NOT NULL DEFAULT 0;
-- The supplier and its code staff named when they knew no cost (no offer can be made yet).
ALTER TABLE products ADD COLUMN review_supplier_id INTEGER REFERENCES suppliers(id);
ALTER TABLE products ADD COLUMN review_supplier_sku TEXT NOT NULL DEFAULT '';
-- A product merged into another one: kept (inactive) so its history can still be read.
ALTER TABLE products ADD COLUMN merged_into INTEGER REFERENCES products(id);
CREATE INDEX IF NOT EXISTS products_to_review ON products(to_review) WHERE to_review = 1
"""


@migrations()
def m009_items_to_review(db: Database) -> None:
    """Items added at the counter that the owner reviews before they are ordered."""
    for statement in _split_statements(ITEMS_TO_REVIEW):
        db.execute(statement)


SHELVES = """
-- Where a ready customer order waits for pickup and how many bags it fills. A row lives while
-- the order waits and is removed when it is handed over.
CREATE TABLE shelf_places (
    order_id INTEGER PRIMARY KEY REFERENCES customer_orders(id),
    shelf TEXT NOT NULL,
    bags INTEGER NOT NULL DEFAULT 1 CHECK (bags >= 1),
    placed_at TEXT NOT NULL
);
CREATE INDEX shelf_places_shelf ON shelf_places(shelf COLLATE NOCASE);
-- The label stock the shop prints on, and the shelf names suggested in order ("A1-A20, B1-B20").
ALTER TABLE shop ADD COLUMN label_size TEXT NOT NULL DEFAULT 'continuous_62mm';
ALTER TABLE shop ADD COLUMN shelf_pattern TEXT NOT NULL DEFAULT ''
"""


@migrations()
def m012_shelves(db: Database) -> None:
    """Shelves for orders waiting for pickup, bag counts and the label stock setting."""
    for statement in _split_statements(SHELVES):
        db.execute(statement)


HISTORY_INDEXES = """
-- What was allocated straight from one receipt for one product (the surplus page and the cash
-- report date each lot of surplus): without both columns in one index SQLite walks every
-- allocation of the product for every receipt, which grows with years of history. It starts
-- with the column of the index it replaces, so look-ups by receipt still find one.
CREATE INDEX IF NOT EXISTS allocations_receipt_product_quantity
    ON allocations(receipt_id, product_id, quantity);
DROP INDEX IF EXISTS allocations_receipt
"""


@migrations()
def m008_history_indexes(db: Database) -> None:
    """Indexes that keep pages fast on a shop with years of history; no data change."""
    for statement in _split_statements(HISTORY_INDEXES):
        db.execute(statement)


# The running number at the end of an order number ("C-2026-0042" -> 42), as the search looks
# it up; the index below is on this very expression, so queries must use it unchanged.
ORDER_SEQUENCE_SQL = "CAST(substr(number, length(rtrim(number, '0123456789')) + 1) AS INTEGER)"

SEARCH_KEYS = f"""
-- Folded forms of each customer for the counter search: the name without case and accents,
-- the phone's digits (for its start) and reversed (an ending becomes an index range) and the
-- e-mail in lower case.
-- NULL means "to be worked out": the store fills them after every write, and the triggers
-- below clear them when a name, phone or e-mail is changed by anything else.
ALTER TABLE customers ADD COLUMN name_key TEXT;
ALTER TABLE customers ADD COLUMN phone_key TEXT;
ALTER TABLE customers ADD COLUMN phone_digits TEXT;
ALTER TABLE customers ADD COLUMN email_key TEXT;
CREATE INDEX customers_phone_key ON customers(phone_key) WHERE phone_key <> '';
CREATE INDEX customers_phone_digits ON customers(phone_digits) WHERE phone_digits <> '';
CREATE INDEX customers_email_key ON customers(email_key) WHERE email_key <> '';
CREATE INDEX customers_keys_missing ON customers(id) WHERE name_key IS NULL;
-- Every folded word of every customer's name: a typed word is a range of this index.
CREATE TABLE customer_name_words (
    word TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY (word, customer_id)
) WITHOUT ROWID;
CREATE INDEX customer_name_words_customer ON customer_name_words(customer_id);
CREATE INDEX customer_orders_sequence ON customer_orders({ORDER_SEQUENCE_SQL})
"""
KEYS_STALE_TRIGGER = """
CREATE TRIGGER customers_keys_stale AFTER UPDATE OF name, phone, email ON customers
BEGIN
    UPDATE customers SET name_key = NULL WHERE id = NEW.id;
END
"""


@migrations()
def m013_search_keys(db: Database) -> None:
    """Folded customer keys, name words and order running numbers for the counter search."""
    from jitdesk.store.search import fill_missing_keys

    for statement in _split_statements(SEARCH_KEYS):
        db.execute(statement)
    db.execute(KEYS_STALE_TRIGGER)  # one statement: its body holds semicolons
    fill_missing_keys(db)


REPEATS = """
-- A customer order that repeats every N days, weeks or months, until a date or for a number
-- of orders. next_index is the next occurrence still to be created (0 is the order it was
-- made from), so working out what is due never looks at more than what is left.
CREATE TABLE repeats (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    source_order_id INTEGER NOT NULL UNIQUE REFERENCES customer_orders(id),
    every INTEGER NOT NULL CHECK (every >= 1),
    unit TEXT NOT NULL CHECK (unit IN ('day', 'week', 'month')),
    start_date TEXT NOT NULL,
    until_date TEXT,
    max_orders INTEGER CHECK (max_orders IS NULL OR max_orders >= 2),
    lead_days INTEGER NOT NULL CHECK (lead_days BETWEEN 0 AND 365),
    state TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'paused', 'stopped')),
    next_index INTEGER NOT NULL DEFAULT 1 CHECK (next_index >= 1),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX repeats_customer ON repeats(customer_id);
CREATE INDEX repeats_active ON repeats(state) WHERE state = 'active';
-- Each order of a repeat with the date it is due: one order per due date, whoever creates it.
CREATE TABLE repeat_orders (
    repeat_id INTEGER NOT NULL REFERENCES repeats(id),
    due_date TEXT NOT NULL,
    order_id INTEGER NOT NULL UNIQUE REFERENCES customer_orders(id),
    PRIMARY KEY (repeat_id, due_date)
)
"""


@migrations()
def m014_repeats(db: Database) -> None:
    """Repeat orders and the orders each one created."""
    for statement in _split_statements(REPEATS):
        db.execute(statement)


WEBSHOP_LAYOUTS = """
-- How the owner mapped the columns of an order export jitdesk does not know (JSON: role ->
-- the file's column name), per channel and file layout (its normalised column names).
CREATE TABLE webshop_layouts (
    channel TEXT NOT NULL,
    layout_key TEXT NOT NULL,
    mapping TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (channel, layout_key)
);
-- Something about an imported order the owner should check (a refund the web shop did not tie
-- to a line); empty once checked.
ALTER TABLE customer_orders ADD COLUMN import_warning TEXT NOT NULL DEFAULT ''
"""


@migrations()
def m015_webshop_layouts(db: Database) -> None:
    """Remembered column mappings of web-shop exports; warnings on imported orders."""
    for statement in _split_statements(WEBSHOP_LAYOUTS):
        db.execute(statement)


# Units per product received, allocated and written off, kept by the triggers below as rows of
# those tables come and go (as an index is kept): what is on hand is then one row per product
# to read, not a sum over every receipt and allocation of the shop's history.
STOCK_TOTALS = """
CREATE TABLE stock_totals (
    product_id INTEGER PRIMARY KEY REFERENCES products(id) ON DELETE CASCADE,
    receipt_lines INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0,
    allocated INTEGER NOT NULL DEFAULT 0,
    written_off INTEGER NOT NULL DEFAULT 0
);
INSERT INTO stock_totals (product_id, receipt_lines, received)
    SELECT product_id, COUNT(*), SUM(quantity) FROM receipt_lines GROUP BY product_id;
INSERT INTO stock_totals (product_id, allocated)
    SELECT product_id, SUM(quantity) FROM allocations WHERE true GROUP BY product_id
    ON CONFLICT (product_id) DO UPDATE SET allocated = excluded.allocated;
INSERT INTO stock_totals (product_id, written_off)
    SELECT product_id, SUM(quantity) FROM write_offs WHERE true GROUP BY product_id
    ON CONFLICT (product_id) DO UPDATE SET written_off = excluded.written_off;
-- Receipts newest first: the last delivery of a product and the receipts its surplus came
-- from are read back from today until found, not sorted out of every receipt ever made.
CREATE INDEX receipts_received_on ON receipts(received_on)
"""
# (table, the totals it adds to): receipt lines also count themselves, so a product that was
# ever received has a row in the totals as it has rows in receipt_lines.
_STOCK_SOURCES = (
    ("receipt_lines", ("receipt_lines", "received")),
    ("allocations", ("allocated",)),
    ("write_offs", ("written_off",)),
)


def _stock_add(table: str, columns: tuple[str, ...], row: str, sign: str) -> str:
    values = [("1" if c == "receipt_lines" else f"{row}.quantity") for c in columns]
    sets = ", ".join(f"{c} = {c} {sign} {v}" for c, v in zip(columns, values, strict=True))
    if sign == "-":
        return f"UPDATE stock_totals SET {sets} WHERE product_id = {row}.product_id;"
    return (
        f"INSERT INTO stock_totals (product_id, {', '.join(columns)})"
        f" VALUES ({row}.product_id, {', '.join(values)})"
        f" ON CONFLICT (product_id) DO UPDATE SET {sets};"
    )


def stock_triggers() -> list[str]:
    """The triggers that keep `stock_totals` equal to the sums over its source tables."""
    triggers = []
    for table, columns in _STOCK_SOURCES:
        add = _stock_add(table, columns, "NEW", "+")
        remove = _stock_add(table, columns, "OLD", "-")
        triggers += [
            f"CREATE TRIGGER {table}_stock_in AFTER INSERT ON {table} BEGIN {add} END",
            f"CREATE TRIGGER {table}_stock_out AFTER DELETE ON {table} BEGIN {remove} END",
            f"CREATE TRIGGER {table}_stock_change AFTER UPDATE OF product_id, quantity"
            f" ON {table} BEGIN {remove} {add} END",
        ]
    return triggers


@migrations()
def m016_stock_totals(db: Database) -> None:
    """Per-product stock totals kept by triggers and receipts by date, so on-hand units and
    the last delivery of a product do not cost a pass over the shop's whole history."""
    for statement in _split_statements(STOCK_TOTALS):
        db.execute(statement)
    for trigger in stock_triggers():
        db.execute(trigger)  # one statement each: their bodies hold semicolons


WEBSHOP_CONNECTION = """
-- The web shop whose orders are fetched by themselves (one per shop file). The key or token's
-- secret is never here: it is in the system keyring, or asked for once per session.
-- `cursor`: the newest change time (UTC) of the orders a complete fetch read; the next fetch
-- asks for orders changed since then.
CREATE TABLE webshop_connection (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    channel TEXT NOT NULL CHECK (channel IN ('shopify', 'woocommerce')),
    url TEXT NOT NULL,
    api_key TEXT NOT NULL DEFAULT '',
    api_version TEXT NOT NULL DEFAULT '',
    secret_storage TEXT NOT NULL DEFAULT 'keyring' CHECK (secret_storage IN ('keyring', 'ask')),
    interval_minutes INTEGER NOT NULL DEFAULT 15 CHECK (interval_minutes BETWEEN 0 AND 1440),
    cursor TEXT NOT NULL DEFAULT '',
    last_fetch_at TEXT,
    last_result TEXT NOT NULL DEFAULT ''
);
-- Web orders that could not be imported yet (unknown SKU, another currency, ...), as the web
-- shop sent them, until the owner has fixed what stops them.
CREATE TABLE webshop_inbox (
    channel TEXT NOT NULL,
    external_ref TEXT NOT NULL,
    order_json TEXT NOT NULL,
    reasons TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (channel, external_ref)
)
"""


@migrations()
def m017_webshop_connection(db: Database) -> None:
    """The connected web shop, its fetch cursor and the web orders waiting to be checked."""
    for statement in _split_statements(WEBSHOP_CONNECTION):
        db.execute(statement)


TELLING_CUSTOMERS = """
-- How a customer wants to hear that an order is ready: 'email', 'phone' or 'print'; empty:
-- the shop's choice, which is kept on the shop row.
ALTER TABLE customers ADD COLUMN tell_channel TEXT NOT NULL DEFAULT ''
    CHECK (tell_channel IN ('', 'email', 'phone', 'print'));
ALTER TABLE shop ADD COLUMN default_tell_channel TEXT NOT NULL DEFAULT 'print'
    CHECK (default_tell_channel IN ('email', 'phone', 'print'));
-- Phone calls made about an order and how each went; only 'reached' tells the customer.
CREATE TABLE order_calls (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES customer_orders(id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL
        CHECK (outcome IN ('reached', 'no_answer', 'left_message', 'wrong_number')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_calls_order ON order_calls(order_id, at)
"""


@migrations()
def m018_telling_customers(db: Database) -> None:
    """Each customer's preferred way to be told, the shop's default, and the call log."""
    for statement in _split_statements(TELLING_CUSTOMERS):
        db.execute(statement)


DELIVERIES = """
-- An order delivered to the customer instead of collected: where to and on which day. The row
-- is written with the order and kept after the delivery (delivered_at, the handover it was).
CREATE TABLE deliveries (
    order_id INTEGER PRIMARY KEY REFERENCES customer_orders(id),
    address TEXT NOT NULL CHECK (trim(address) <> ''),
    delivery_date TEXT NOT NULL,
    delivered_at TEXT,
    handover_id INTEGER REFERENCES handovers(id)
);
CREATE INDEX deliveries_date ON deliveries(delivery_date) WHERE delivered_at IS NULL;
-- Where the customer's goods are delivered: the address of their latest delivery order.
ALTER TABLE customers ADD COLUMN address TEXT NOT NULL DEFAULT ''
"""


@migrations()
def m019_deliveries(db: Database) -> None:
    """Delivery instead of pickup: the delivery address and date of an order."""
    for statement in _split_statements(DELIVERIES):
        db.execute(statement)


REMINDERS = """
-- When the customer of a ready order was last reminded to collect it (a printed or e-mailed
-- reminder; it also restarts the hold, through notified_at).
ALTER TABLE customer_orders ADD COLUMN reminded_at TEXT;
-- The local date the owner extended the pickup-by date to; the pickup-by date is never before it.
ALTER TABLE customer_orders ADD COLUMN pickup_extended_to TEXT
"""


@migrations()
def m020_reminders(db: Database) -> None:
    """Reminders to collect a ready order, and pickup-by dates extended by the owner."""
    for statement in _split_statements(REMINDERS):
        db.execute(statement)


# Totals kept by the triggers below as rows come and go (as stock_totals is), so supplier
# reliability reads one row per supplier order and a few rows per offer instead of every
# supplier order line and receipt line of the shop's history.
REPORT_TOTALS = """
-- Units ordered per supplier order (the sum of its lines).
CREATE TABLE supplier_order_units (
    supplier_order_id INTEGER PRIMARY KEY REFERENCES supplier_orders(id) ON DELETE CASCADE,
    ordered INTEGER NOT NULL DEFAULT 0
);
-- Units per receipt (the sum of its lines).
CREATE TABLE receipt_units (
    receipt_id INTEGER PRIMARY KEY REFERENCES receipts(id) ON DELETE CASCADE,
    received INTEGER NOT NULL DEFAULT 0
);
-- The actual unit costs entered at receiving, per offer and day, with how many receipt lines
-- had each: the cost in force on a day is an index seek per offer.
CREATE TABLE offer_receipt_costs (
    offer_id INTEGER NOT NULL,
    received_on TEXT NOT NULL,
    unit_cost INTEGER NOT NULL,
    lines INTEGER NOT NULL,
    PRIMARY KEY (offer_id, received_on, unit_cost)
) WITHOUT ROWID;
-- An order's first delivery day and the receipts of that day, by seek.
CREATE INDEX receipts_order_day ON receipts(supplier_order_id, received_on);
INSERT INTO supplier_order_units (supplier_order_id, ordered)
    SELECT supplier_order_id, SUM(quantity) FROM supplier_order_lines GROUP BY 1;
INSERT INTO receipt_units (receipt_id, received)
    SELECT receipt_id, SUM(quantity) FROM receipt_lines GROUP BY 1;
INSERT INTO offer_receipt_costs (offer_id, received_on, unit_cost, lines)
    SELECT sl.offer_id, rc.received_on, rl.unit_cost, COUNT(*)
    FROM receipt_lines rl
    JOIN supplier_order_lines sl ON sl.id = rl.supplier_line_id
    JOIN receipts rc ON rc.id = rl.receipt_id
    WHERE rl.unit_cost IS NOT NULL AND sl.offer_id IS NOT NULL
    GROUP BY 1, 2, 3
"""
# (source table, its key column, totals table, the totals' key column, the summed column)
_UNIT_TOTALS = (
    ("supplier_order_lines", "supplier_order_id", "supplier_order_units", "ordered"),
    ("receipt_lines", "receipt_id", "receipt_units", "received"),
)


def _units_add(key: str, totals: str, column: str, row: str, sign: str) -> str:
    if sign == "-":
        return (
            f"UPDATE {totals} SET {column} = {column} - {row}.quantity WHERE {key} = {row}.{key};"
        )
    return (
        f"INSERT INTO {totals} ({key}, {column}) VALUES ({row}.{key}, {row}.quantity)"
        f" ON CONFLICT ({key}) DO UPDATE SET {column} = {column} + {row}.quantity;"
    )


# The receipt lines with an actual cost, grouped as offer_receipt_costs counts them; `where`
# picks the lines a change touches.
_COSTED_LINES = """SELECT sl.offer_id AS offer_id, rc.received_on AS received_on,
  rl.unit_cost AS unit_cost, COUNT(*) AS n
  FROM receipt_lines rl
  JOIN supplier_order_lines sl ON sl.id = rl.supplier_line_id
  JOIN receipts rc ON rc.id = rl.receipt_id
  WHERE {where} AND rl.unit_cost IS NOT NULL AND sl.offer_id IS NOT NULL
  GROUP BY 1, 2, 3"""


def _costs_add(where: str) -> str:
    return (
        "INSERT INTO offer_receipt_costs (offer_id, received_on, unit_cost, lines) "
        + _COSTED_LINES.format(where=where)
        + " ON CONFLICT (offer_id, received_on, unit_cost) DO UPDATE SET lines = lines + excluded.lines;"
    )


def _costs_remove(where: str) -> str:
    """Run BEFORE the change, while the lines still read as they were counted."""
    lines = _COSTED_LINES.format(where=where)
    key = "(offer_id, received_on, unit_cost)"
    return (
        f"UPDATE offer_receipt_costs SET lines = lines - (SELECT s.n FROM ({lines}) s"
        " WHERE s.offer_id = offer_receipt_costs.offer_id"
        " AND s.received_on = offer_receipt_costs.received_on"
        " AND s.unit_cost = offer_receipt_costs.unit_cost)"
        f" WHERE {key} IN (SELECT offer_id, received_on, unit_cost FROM ({lines}));"
        f" DELETE FROM offer_receipt_costs WHERE lines <= 0"
        f" AND {key} IN (SELECT offer_id, received_on, unit_cost FROM ({lines}));"
    )


# (table, the columns whose change moves a line's cost, how its rows pick receipt lines)
_COST_SOURCES = (
    ("receipt_lines", "receipt_id, supplier_line_id, unit_cost", "rl.id = {row}.id"),
    ("receipts", "received_on", "rl.receipt_id = {row}.id"),
    ("supplier_order_lines", "offer_id", "rl.supplier_line_id = {row}.id"),
)


def report_total_triggers() -> list[str]:
    """The triggers that keep the report totals equal to what they sum over."""
    triggers = []
    for table, key, totals, column in _UNIT_TOTALS:
        add = _units_add(key, totals, column, "NEW", "+")
        remove = _units_add(key, totals, column, "OLD", "-")
        triggers += [
            f"CREATE TRIGGER {table}_{totals}_in AFTER INSERT ON {table} BEGIN {add} END",
            f"CREATE TRIGGER {table}_{totals}_out AFTER DELETE ON {table} BEGIN {remove} END",
            f"CREATE TRIGGER {table}_{totals}_change AFTER UPDATE OF {key}, quantity"
            f" ON {table} BEGIN {remove} {add} END",
        ]
    for table, columns, where in _COST_SOURCES:
        old, new = where.format(row="OLD"), where.format(row="NEW")
        if table == "receipt_lines":
            triggers += [
                f"CREATE TRIGGER {table}_costs_in AFTER INSERT ON {table}"
                f" BEGIN {_costs_add(new)} END",
                f"CREATE TRIGGER {table}_costs_out BEFORE DELETE ON {table}"
                f" BEGIN {_costs_remove(old)} END",
            ]
        triggers += [
            f"CREATE TRIGGER {table}_costs_before BEFORE UPDATE OF {columns} ON {table}"
            f" BEGIN {_costs_remove(old)} END",
            f"CREATE TRIGGER {table}_costs_after AFTER UPDATE OF {columns} ON {table}"
            f" BEGIN {_costs_add(new)} END",
        ]
    return triggers


@migrations()
def m021_report_totals(db: Database) -> None:
    """Units per supplier order and per receipt, and actual costs per offer and day, kept by
    triggers (filled from the history here), so supplier reliability does not cost a pass
    over every line the shop ever ordered or received."""
    for statement in _split_statements(REPORT_TOTALS):
        db.execute(statement)
    for trigger in report_total_triggers():
        db.execute(trigger)  # one statement each: their bodies hold semicolons


PEOPLE = """
-- The people who sign in at the shop's desks (name and PIN; the first is the owner). A shop
-- without people works with no sign-in. The PIN is only kept as a salted slow hash.
CREATE TABLE people (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (trim(name) <> ''),
    role TEXT NOT NULL CHECK (role IN ('owner', 'staff')),
    pin_hash TEXT NOT NULL,
    failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),
    locked_until TEXT,
    created_at TEXT NOT NULL
);
-- The owner-only actions the owner allows staff to do (none by default).
CREATE TABLE staff_allowed (
    action TEXT PRIMARY KEY
);
-- Who did it, when a person was signed in (NULL on a shop without people).
ALTER TABLE events ADD COLUMN person_id INTEGER REFERENCES people(id)
"""


@migrations()
def m022_people(db: Database) -> None:
    """People with PINs, what staff may do, and the person behind each event."""
    for statement in _split_statements(PEOPLE):
        db.execute(statement)


def _split_statements(script: str) -> list[str]:
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]


_COLUMNS_SQL = (
    "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
)


@functools.cache
def expected_columns() -> dict[str, frozenset[str]]:
    """Every table of a shop at this jitdesk's schema and its columns (from the migrations,
    applied once per process to an empty in-memory file: about 6 ms)."""
    conn = sqlite3.connect(":memory:")
    try:
        migrations.apply(Database(conn, execute_plugins=False))
        return _columns(conn)
    finally:
        conn.close()


def _columns(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for table, column in conn.execute(_COLUMNS_SQL):
        found.setdefault(table, set()).add(column)
    return {table: frozenset(columns) for table, columns in found.items()}


def missing_parts(conn: sqlite3.Connection) -> list[str]:
    """What a migrated shop file lacks of the schema ("the table events", "the column
    quantity of the table offers"); [] when it is complete."""
    found = _columns(conn)
    missing = []
    for table, columns in sorted(expected_columns().items()):
        if table not in found:
            # TRANSLATORS: what is missing from a shop file ("{part} is missing")
            missing.append(_("the table {table}").format(table=table))
            continue
        missing += [
            # TRANSLATORS: what is missing from a shop file ("{part} is missing")
            _("the column {column} of the table {table}").format(column=c, table=table)
            for c in sorted(columns - found[table])
        ]
    return missing


def apply_pending(db: Database) -> None:
    """Apply the pending migrations one at a time, each in one transaction together with its
    record and `PRAGMA user_version` (the number of migrations applied), so that the two agree
    after every step: a migration that fails or is killed halfway leaves both as they were."""
    pending = [m.name for m in migrations.pending(db)]
    for index in range(len(pending)):
        with db.atomic():
            migrations.apply(db, stop_before=pending[index + 1 :])
            db.execute(f"PRAGMA user_version = {len(migrations.applied(db))}")


SCHEMA_VERSION = len(known_migration_names())
