"""The jitdesk command line (DESIGN §7). With no command it opens the app.

Exit codes: 0 ok, 1 the operation found a problem, 2 usage error.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from jitdesk import __version__
from jitdesk.domain.clock import Clock, system_clock
from jitdesk.domain.errors import JitdeskError, ValidationError
from jitdesk.domain.i18n import _, language_from_environment, ngettext, set_language
from jitdesk.domain.progress import Progress, no_progress

if TYPE_CHECKING:  # the services are imported where a command needs them: start-up stays quick
    from jitdesk.domain.permissions import Person
    from jitdesk.services.importing import ImportResult
    from jitdesk.services.price_lists import PriceListResult
    from jitdesk.services.shop import Shop
    from jitdesk.services.webshop_import import WebshopImportResult

Handler = Callable[[argparse.Namespace], int]

# Control characters other than newline and tab, and the marks that reorder text: names and
# notes come from other people's files, and in a terminal ESC sequences move the cursor,
# recolour or retitle it. They are shown as escapes instead (\x1b, \u202e).
_TERMINAL_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def for_terminal(text: str) -> str:
    return _TERMINAL_CONTROLS.sub(lambda m: ascii(m.group())[1:-1], text)


def say(*parts: object, file: TextIO | None = None) -> None:
    """print() for text that may hold names from the shop file, made safe for a terminal."""
    print(for_terminal(" ".join(str(p) for p in parts)), file=file or sys.stdout)


def terminal_progress(stream: TextIO | None = None) -> Progress:
    """Progress on stderr, rewritten in place, when stderr is a terminal; nothing otherwise
    (scripts and logs get only the result)."""
    out = stream or sys.stderr
    if not out.isatty():
        return no_progress

    last: list[tuple[int, int, str]] = []

    def report(done: int, total: int, what: str) -> None:
        if last and last[-1] == (done, total, what):
            return
        last[:] = [(done, total, what)]
        end = "\n" if total and done >= total else ""
        out.write(f"\r{for_terminal(what)}: {done}/{total}\033[K{end}")
        out.flush()

    return report


def default_shop_path() -> Path:
    """The default shop file in the user's data folder (the GUI uses QStandardPaths for the
    same place; this stays Qt-free so scripts start fast)."""
    if sys.platform == "win32":
        base = Path.home() / "AppData" / "Local"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        import os

        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "jitdesk" / "shop.jitdesk"


def _shop_arg(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """--shop and --as, given before the command or after it. A command's own default would
    overwrite what was given before it (argparse fills a subcommand's defaults last), so only
    the top level has one."""
    default = None if top else argparse.SUPPRESS
    parser.add_argument(
        "--shop",
        type=Path,
        default=default,
        metavar="FILE",
        help=_("the shop file (default: the one in your user data folder)"),
    )
    parser.add_argument(
        "--as",
        dest="as_person",
        default=default,
        metavar="NAME",
        help=_(
            "work as this person of the shop; the PIN comes from the environment variable "
            "JITDESK_PIN or is asked for"
        ),
    )


def open_shop_for(args: argparse.Namespace, *, reading: bool = False) -> Shop:
    """The shop the command works on; `reading`: the command only reads, so a shop in a
    read-only folder is opened read-only instead of refused."""
    from jitdesk.services.people import work_without_sign_in
    from jitdesk.services.shop import Shop

    path = args.shop or default_shop_path()
    person = signed_in_person(args)
    if reading:
        shop = Shop.open_for_reading(path, actor="cli", clock=args.clock)
    else:
        shop = Shop.open(path, actor="cli", clock=args.clock)
    shop.person = person
    if person is None:
        work_without_sign_in(shop)  # a one-person shop works as its owner
    return shop


PIN_VARIABLE = "JITDESK_PIN"


def signed_in_person(args: argparse.Namespace) -> Person | None:
    """The person named by `--as`, signed in with the PIN from $JITDESK_PIN or typed at the
    prompt; None without `--as` (a shop of two people or more then refuses the owner-only
    commands; one of none or one person needs no one)."""
    import os

    from jitdesk.services.people import sign_in
    from jitdesk.services.shop import Shop

    name = getattr(args, "as_person", None)
    if not name:
        return None
    pin = os.environ.get(PIN_VARIABLE)
    if pin is None:
        if not sys.stdin.isatty():
            raise ValidationError(
                _("Give the PIN of {name} in the environment variable {variable}.").format(
                    name=name, variable=PIN_VARIABLE
                )
            )
        import getpass

        pin = getpass.getpass(_("PIN of {name}: ").format(name=name))
    # Signing in writes (the failed-PIN count, the event), also for a command that only reads.
    shop = Shop.open(args.shop or default_shop_path(), actor="cli", clock=args.clock)
    try:
        return sign_in(shop, name, pin)
    finally:
        shop.close()


def cmd_gui(args: argparse.Namespace) -> int:
    from jitdesk.gui.app import run_app

    return run_app(args.shop)


def cmd_demo(args: argparse.Namespace) -> int:
    from jitdesk.demo import ORDERS_PER_YEAR, write_demo_shop

    orders, years = args.orders, args.years
    if years is not None:
        orders = years * (args.orders_per_year or ORDERS_PER_YEAR)
    summary = write_demo_shop(
        args.file, orders=orders, seed=args.seed, clock=args.clock, years=years
    )
    say(summary)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from jitdesk.services.check import check_shop

    shop = open_shop_for(args, reading=True)
    on_server = shop.on_server
    try:
        problems = check_shop(shop, full=args.full)
    finally:
        shop.close()
    if problems:
        n = len(problems)
        say(ngettext("{n} problem found:", "{n} problems found:", n).format(n=n))
        for problem in problems:
            say(f"- {problem}")
        return 1
    say(
        _("The shop on the server is consistent.")
        if on_server
        else _("The shop file is consistent.")
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from jitdesk.services.importing import ImportRejected, import_file

    shop = open_shop_for(args)
    try:
        result: ImportResult | PriceListResult | WebshopImportResult
        if args.kind in _NEW_IMPORTS:
            result = _run_import(shop, args)
        else:
            result = import_file(shop, args.kind, args.file, terminal_progress())
    except ImportRejected as exc:
        say(f"jitdesk: {exc}", file=sys.stderr)
        for error in exc.errors:
            say(f"  {error}", file=sys.stderr)
        return 1
    finally:
        shop.close()
    say(result.summary())
    return 0


_NEW_IMPORTS = ("shopify", "woocommerce", "price-list")


def _run_import(shop: Shop, args: argparse.Namespace) -> PriceListResult | WebshopImportResult:
    """Web-shop order exports and supplier price lists (issue 8)."""
    if args.kind == "price-list":
        from jitdesk.domain.errors import ValidationError
        from jitdesk.services.catalog import find_supplier
        from jitdesk.services.price_lists import apply_price_list

        if not args.supplier:
            raise ValidationError(
                _("Name the supplier: jitdesk import price-list FILE --supplier NAME.")
            )
        supplier = find_supplier(shop, args.supplier)
        if supplier is None:
            raise ValidationError(
                _("There is no supplier named {name}.").format(name=args.supplier)
            )
        return apply_price_list(shop, supplier.id, args.file)
    from jitdesk.services.webshop_import import import_webshop

    return import_webshop(shop, args.kind, args.file, leave_out_problems=args.leave_out_problems)


def cmd_map_sku(args: argparse.Namespace) -> int:
    from jitdesk.services.webshop_import import map_sku

    shop = open_shop_for(args)
    try:
        map_sku(shop, args.channel, args.external_sku, args.sku)
    finally:
        shop.close()
    say(
        _("{channel} SKU {external} is now imported as product {sku}.").format(
            channel=args.channel, external=args.external_sku, sku=args.sku
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from jitdesk.services.exports import export

    shop = open_shop_for(args, reading=True)
    try:
        result = export(shop, args.kind, args.output, quote_all=args.quote_all)
    finally:
        shop.close()
    say(result.summary())
    return 0


def cmd_plan(args: argparse.Namespace) -> int:
    from jitdesk.services.planning import commit_plan, make_plan, plan_text

    shop = open_shop_for(args, reading=not args.commit)
    try:
        if args.commit:
            result = commit_plan(shop)
            say(plan_text(shop, result.plan))
            say()
            say(result.summary())
        else:
            say(plan_text(shop, make_plan(shop)))
    finally:
        shop.close()
    return 0


def cmd_repeats(args: argparse.Namespace) -> int:
    from jitdesk.services.repeats import run_repeats, run_text

    shop = open_shop_for(args)
    try:
        run = run_repeats(shop)
    finally:
        shop.close()
    say(run_text(run))
    return 1 if run.problems else 0


def cmd_pdf(args: argparse.Namespace) -> int:
    from jitdesk.documents.generate import generate_batch, generate_document
    from jitdesk.services.documents import BATCH_KINDS

    if args.kind not in BATCH_KINDS and not args.number:
        say(
            "jitdesk: " + _("pdf {kind} needs the order NUMBER.").format(kind=args.kind),
            file=sys.stderr,
        )
        return 2
    if args.told and args.kind not in ("pickup-notice", "ready-pickups", "reminder", "reminders"):
        say("jitdesk: " + _("--told is only for pickup notices and reminders."), file=sys.stderr)
        return 2
    if args.kind == "labels":
        return _write_labels(args)
    shop = open_shop_for(args, reading=not args.told)  # a read-only shop still prints documents
    try:
        if args.kind in BATCH_KINDS:
            result = generate_batch(shop, args.kind, args.output, terminal_progress())
        else:
            result = generate_document(shop, args.kind, args.number, args.output)
        if args.told and args.kind in ("reminder", "reminders"):
            _record_reminded(shop, list(result.numbers))
        elif args.told:
            _record_told(shop, list(result.numbers))
    finally:
        shop.close()
    say(result.path)
    if result.not_logged:
        say(f"jitdesk: {result.not_logged}", file=sys.stderr)
    return 0


def _write_labels(args: argparse.Namespace) -> int:
    """The bag labels of one order, on the shop's label stock."""
    from jitdesk.documents.labels import order_labels_pdf
    from jitdesk.services.orders import find_order

    shop = open_shop_for(args, reading=True)
    try:
        order = find_order(shop, args.number)
        pdf = order_labels_pdf(shop, [order.id])
    finally:
        shop.close()
    path = (args.output or Path(f"{order.number} labels.pdf")).resolve()
    path.write_bytes(pdf)
    say(path)
    return 0


def _record_told(shop: Shop, numbers: list[str]) -> None:
    """The customers were given these pickup notices: their hold counts from today, as the
    pickup-by date printed on the notice says."""
    from jitdesk.services.orders import find_order
    from jitdesk.services.today import mark_notified

    mark_notified(shop, [find_order(shop, number).id for number in numbers])


def _record_reminded(shop: Shop, numbers: list[str]) -> None:
    """The customers were given these reminders: their hold counts again from today."""
    from jitdesk.services.orders import find_order
    from jitdesk.services.reminders import record_reminders

    record_reminders(shop, [find_order(shop, number).id for number in numbers])


def cmd_backup(args: argparse.Namespace) -> int:
    from jitdesk.services.backup import make_backup
    from jitdesk.services.server_move import backup_server
    from jitdesk.services.shop import Shop

    if args.shop is not None and Shop.names_server(args.shop):
        result = backup_server(args.shop, args.dest, now=args.clock(), progress=terminal_progress())
        _say_transfer(result.table_lines(), result.summary())
        return 0
    say(make_backup(args.shop or default_shop_path(), args.dest))
    return 0


def cmd_move_to_server(args: argparse.Namespace) -> int:
    from jitdesk.services.server_move import move_to_server

    result = move_to_server(args.file, args.address, terminal_progress())
    _say_transfer(result.table_lines(), result.summary())
    return 0


def _say_transfer(table_lines: list[str], summary: str) -> None:
    """The rows of each table copied, then what was done."""
    for line in table_lines:
        say(line)
    say(summary)


def cmd_restore(args: argparse.Namespace) -> int:
    from jitdesk.services.backup import restore

    person = signed_in_person(args)
    say(restore(args.backup, args.shop or default_shop_path(), person=person).summary())
    return 0


def cmd_self_test(args: argparse.Namespace) -> int:
    from jitdesk import selftest

    return selftest.startup_probe() if args.startup_probe else selftest.main()


def cmd_report(args: argparse.Namespace) -> int:
    from jitdesk.services.reports import report_csv

    shop = open_shop_for(args, reading=True)
    try:
        sys.stdout.write(report_csv(shop, args.kind))
    finally:
        shop.close()
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jitdesk", description=_("Just-in-time order desk for small shops.")
    )
    parser.add_argument("--version", action="version", version=f"jitdesk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=_(
            "check this installation in a temporary folder (shop, documents, printing, main "
            "window); prints one line of JSON, exit 1 if a check fails"
        ),
    )
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    _shop_arg(parser, top=True)
    parser.set_defaults(handler=cmd_gui)
    sub = parser.add_subparsers(title=_("commands"), metavar="COMMAND")

    p = sub.add_parser("demo", help=_("write a realistic demo shop (refuses to overwrite)"))
    p.add_argument("file", type=Path)
    p.add_argument("--orders", type=int, default=400, help=_("number of customer orders"))
    p.add_argument("--seed", type=int, default=1)
    p.add_argument(
        "--years",
        type=int,
        help=_("a long, settled history of this many years instead of eight weeks"),
    )
    p.add_argument(
        "--orders-per-year",
        type=int,
        help=_("customer orders a year with --years (default 15000)"),
    )
    p.set_defaults(handler=cmd_demo)

    p = sub.add_parser("check", help=_("integrity and domain invariants; exit 1 if broken"))
    p.add_argument(
        "--full",
        action="store_true",
        help=_("also read every value of every table with SQLite's cell checks (slower)"),
    )
    _shop_arg(p)
    p.set_defaults(handler=cmd_check)

    p = sub.add_parser(
        "import",
        help=_(
            "import suppliers, products, offers, customers, orders (CSV); shopify or "
            "woocommerce order exports; a supplier price list (CSV/XLSX)"
        ),
    )
    p.add_argument(
        "kind",
        choices=[
            "suppliers",
            "products",
            "offers",
            "customers",
            "orders",
            "shopify",
            "woocommerce",
            "price-list",
        ],
    )
    p.add_argument("file", type=Path)
    p.add_argument("--supplier", metavar="NAME", help=_("the supplier a price list is from"))
    p.add_argument(
        "--leave-out-problems",
        action="store_true",
        help=_(
            "web-shop exports: import the good orders and leave out those with a problem "
            "(import the file again once they are fixed)"
        ),
    )
    _shop_arg(p)
    p.set_defaults(handler=cmd_import)

    p = sub.add_parser(
        "map-sku", help=_("remember which product a web shop's SKU (or item name) is")
    )
    p.add_argument("channel", choices=["shopify", "woocommerce"])
    p.add_argument("external_sku", metavar="THEIR_SKU")
    p.add_argument("sku", metavar="OUR_SKU")
    _shop_arg(p)
    p.set_defaults(handler=cmd_map_sku)

    p = sub.add_parser(
        "export", help=_("orders, supplier orders, customers or surplus as CSV (Excel-safe)")
    )
    p.add_argument("kind", choices=["orders", "supplier-orders", "customers", "surplus"])
    p.add_argument("output", type=Path, metavar="OUT.csv")
    p.add_argument("--quote-all", action="store_true", help=_("quote every cell"))
    _shop_arg(p)
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser(
        "plan", help=_("show (or create as drafts) the supplier orders planning would make")
    )
    p.add_argument("--commit", action="store_true", help=_("create or update the draft orders"))
    _shop_arg(p)
    p.set_defaults(handler=cmd_plan)

    p = sub.add_parser(
        "repeats", help=_("create the orders of repeat orders that are due (safe to run often)")
    )
    _shop_arg(p)
    p.set_defaults(handler=cmd_repeats)

    p = sub.add_parser("pdf", help=_("write a document (or a batch of them) as PDF"))
    p.add_argument(
        "kind",
        choices=[
            "supplier-order",
            "pickup-notice",
            "confirmation",
            "handover-receipt",
            "reminder",
            "ready-pickups",
            "unsent-supplier-orders",
            "reminders",
            "labels",
        ],
    )
    p.add_argument("number", nargs="?", help=_("order number, e.g. C-2026-0042 or P-2026-0017"))
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT.pdf",
        help=_("where to write (default: the shop's documents folder, with a readable name)"),
    )
    p.add_argument(
        "--told",
        action="store_true",
        help=_(
            "pickup notices and reminders: record that the customers were given them (the "
            "hold starts now)"
        ),
    )
    _shop_arg(p)
    p.set_defaults(handler=cmd_pdf)

    p = sub.add_parser("report", help=_("print a report (JIT weak spots) as CSV on stdout"))
    p.add_argument(
        "kind",
        choices=["suppliers", "price-swings", "demand-spikes", "waiting", "at-risk", "cash"],
    )
    _shop_arg(p)
    p.set_defaults(handler=cmd_report)

    p = sub.add_parser(
        "backup",
        help=_("consistent, verified copy of a live shop file, or of a shop on a server"),
    )
    p.add_argument("dest", type=Path, help=_("backup file name, or a folder to put it in"))
    _shop_arg(p)
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser(
        "move-to-server",
        help=_("copy a shop file into an empty database on a PostgreSQL server"),
    )
    p.add_argument("file", type=Path, metavar="FILE", help=_("the shop file"))
    p.add_argument(
        "address",
        metavar="postgresql://USER@HOST:PORT/DATABASE",
        help=_("the empty database the shop goes into"),
    )
    p.set_defaults(handler=cmd_move_to_server)

    p = sub.add_parser("restore", help=_("restore a backup (the current file is backed up first)"))
    p.add_argument("backup", type=Path)
    _shop_arg(p)
    p.set_defaults(handler=cmd_restore)

    return parser


def main(argv: Sequence[str] | None = None, *, clock: Clock = system_clock) -> int:
    """Run one command; `clock` is what "now" is for it (tests pass a fixed one)."""
    set_language(language_from_environment())
    parser = build_parser()
    args = parser.parse_args(argv)
    args.clock = clock
    if args.self_test or args.startup_probe:
        return cmd_self_test(args)
    try:
        return args.handler(args)
    except JitdeskError as exc:
        say(f"jitdesk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        from jitdesk.services.shop import shop_file_problem

        problem = shop_file_problem(exc, getattr(args, "shop", None) or default_shop_path())
        if problem is None:
            raise  # a bug: its traceback is what a report needs
        say(f"jitdesk: {problem}", file=sys.stderr)
        return 1
