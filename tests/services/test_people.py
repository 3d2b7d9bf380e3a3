"""People and permissions: signing in with a PIN, the lock after five wrong PINs, the
owner-only actions refused for staff through the services (with an event), who did what, and a
shop without people working exactly as before."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from jitdesk.domain.errors import NotFoundError, PermissionDeniedError, ValidationError
from jitdesk.domain.models import OfferInput, ProductInput, ReviewInput, SupplierInput
from jitdesk.domain.permissions import OwnerAction, Role
from jitdesk.services import (
    backup,
    catalog,
    email,
    importing,
    people,
    permissions,
    price_lists,
    reports,
    review,
    settings,
    surplus,
    webshop_sync,
)
from jitdesk.services.shop import Shop
from jitdesk.services.timeline import order_timeline
from jitdesk.services.webshop_sync import WebShopConnection
from tests import engines

from .jit_fixtures import NOW, build_world, new_shop, place_order


class MovingClock:
    """The shop's clock, moved on by the test."""

    def __init__(self) -> None:
        self.at = NOW

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def world(tmp_path):
    shop = new_shop(tmp_path / "velo.jitdesk")
    shop._clock = MovingClock()
    w = build_world(shop, n_customers=2)
    yield w
    shop.close()


@pytest.fixture
def staffed(world):
    """The owner Olga added Sam as staff; Sam is signed in now."""
    shop = world.shop
    people.add_person(shop, "Olga", "1111")
    people.add_person(shop, "Sam", "2222", Role.STAFF)
    people.sign_in(shop, "sam", "2222")
    return world


def events(shop, action: str) -> list[tuple]:
    return shop.db.execute(
        "SELECT entity, entity_id, person_id, summary FROM events WHERE action = ? ORDER BY id",
        [action],
    ).fetchall()


def test_the_first_person_is_the_owner_and_is_signed_in(world):
    olga = people.add_person(world.shop, "  Olga  ", "1111", Role.STAFF)
    assert (olga.name, olga.role) == ("Olga", Role.OWNER)
    assert world.shop.person == olga
    sam = people.add_person(world.shop, "Sam", "2222")
    assert sam.role is Role.STAFF
    assert [p.name for p in people.list_people(world.shop)] == ["Olga", "Sam"]


def test_two_people_with_the_same_pin_get_different_hashes(world):
    people.add_person(world.shop, "Olga", "1234")
    people.add_person(world.shop, "Sam", "1234")
    hashes = [r[0] for r in world.db.execute("SELECT pin_hash FROM people")]
    assert len(set(hashes)) == 2
    assert all(h.startswith("scrypt$") for h in hashes)


def test_only_the_owner_adds_people_and_a_name_is_taken_once(staffed):
    with pytest.raises(PermissionDeniedError, match="Only the owner may add people"):
        people.add_person(staffed.shop, "Tim", "3333")
    people.sign_in(staffed.shop, "Olga", "1111")
    with pytest.raises(ValidationError, match="already a person named"):
        people.add_person(staffed.shop, "SAM", "3333")
    with pytest.raises(ValidationError, match="4 to 12 digits"):
        people.add_person(staffed.shop, "Tim", "12")
    assert len(people.list_people(staffed.shop)) == 2


def test_a_wrong_pin_or_an_unknown_name_is_refused(staffed):
    shop = staffed.shop
    with pytest.raises(PermissionDeniedError, match="Wrong PIN for Olga; 4 tries left"):
        people.sign_in(shop, "Olga", "2222")
    with pytest.raises(NotFoundError, match="no person named"):
        people.sign_in(shop, "Nobody", "1111")
    assert shop.person is not None and shop.person.name == "Sam"


def test_five_wrong_pins_lock_for_a_minute_then_the_right_pin_works(staffed):
    shop = staffed.shop
    for left in (4, 3, 2, 1):
        with pytest.raises(PermissionDeniedError, match=f"{left} tr"):
            people.sign_in(shop, "Olga", "9999")
    with pytest.raises(PermissionDeniedError, match="locked for a minute"):
        people.sign_in(shop, "Olga", "9999")
    shop.clock.at = NOW + timedelta(seconds=59)
    with pytest.raises(PermissionDeniedError, match="try again in 1 second"):
        people.sign_in(shop, "Olga", "1111")  # even the right PIN waits
    shop.clock.at = NOW + timedelta(minutes=1)
    assert people.sign_in(shop, "Olga", "1111").name == "Olga"
    assert len(events(shop, "wrong pin")) == 5


def test_a_lock_counts_five_in_a_row_and_a_right_pin_starts_again(staffed):
    shop = staffed.shop
    for _ in range(4):
        with pytest.raises(PermissionDeniedError):
            people.sign_in(shop, "Olga", "9999")
    people.sign_in(shop, "Olga", "1111")
    with pytest.raises(PermissionDeniedError, match="4 tries left"):
        people.sign_in(shop, "Olga", "9999")


def _refused_calls(world, tmp_path):
    shop, pid, sid = world.shop, world.products["CH-1"], world.supplier_id
    offer = OfferInput(product_id=pid, supplier_id=sid, unit_cost=1, supplier_sku="A-CH-1")
    return {
        "sale price": lambda: catalog.update_product(
            shop, pid, ProductInput(sku="CH-1", name="Chain", sale_price=1)
        ),
        "new product": lambda: catalog.add_product(
            shop, ProductInput(sku="NEW", name="New", sale_price=1)
        ),
        "cost": lambda: catalog.set_offer(shop, offer),
        "new supplier": lambda: catalog.add_supplier(shop, SupplierInput(name="Other")),
        "supplier terms": lambda: catalog.update_supplier(
            shop, sid, SupplierInput(name="Acme", lead_time_days=30)
        ),
        "review": lambda: review.complete_review(
            shop, pid, ReviewInput("Chain", sid, unit_cost=1, sale_price=1)
        ),
        "price list": lambda: price_lists.apply_price_list(shop, sid, tmp_path / "list.csv"),
        "import offers": lambda: importing.import_bytes(shop, "offers", b"sku\n", "o.csv"),
        "settings": lambda: settings.update_settings(
            shop, replace(settings.get_settings(shop), name="Mine")
        ),
        "all settings": lambda: settings.update_all_settings(
            shop, settings.get_settings(shop), settings.counter_settings(shop)
        ),
        "e-mail account": lambda: email.save_smtp_settings(
            shop, email.SmtpSettings("smtp.example.com", from_address="a@velo.example")
        ),
        "e-mail text": lambda: email.save_template(shop, "pickup-notice", "Ready", "Hi"),
        "web shop": lambda: webshop_sync.save_connection(
            shop, WebShopConnection("woocommerce", "https://shop.example", api_key="ck_1")
        ),
        "write-off": lambda: surplus.write_off(shop, pid, 1, "damaged"),
        "margins report": lambda: reports.report_table(shop, "price-swings"),
        "cash report": lambda: reports.report_table(shop, "cash"),
    }


CALLS = [
    "sale price", "new product", "cost", "new supplier", "supplier terms", "review",
    "price list", "import offers", "settings", "all settings", "e-mail account", "e-mail text",
    "web shop", "write-off", "margins report", "cash report",
]  # fmt: skip


@pytest.mark.parametrize("name", CALLS)
def test_staff_are_refused_every_owner_only_action_with_an_event(staffed, tmp_path, name):
    shop = staffed.shop
    before = shop.db.execute("SELECT COUNT(*) FROM events").fetchone()[0]
    with pytest.raises(PermissionDeniedError, match="^Only the owner may .*Sam is staff"):
        _refused_calls(staffed, tmp_path)[name]()
    sam = shop.person
    assert sam is not None
    refused = events(shop, "refused")
    assert len(refused) == 1 and refused[0][1:3] == (sam.id, sam.id)
    assert shop.db.execute("SELECT COUNT(*) FROM events").fetchone()[0] == before + 1


def test_nobody_signed_in_on_a_shop_with_people_is_refused_too(staffed):
    people.sign_out(staffed.shop)
    with pytest.raises(PermissionDeniedError, match="sign in as the owner first"):
        settings.update_settings(staffed.shop, settings.get_settings(staffed.shop))


def test_the_owner_decides_what_staff_may_do(staffed):
    shop = staffed.shop
    with pytest.raises(PermissionDeniedError):
        people.set_staff_allowed(shop, [OwnerAction.WRITE_OFF])
    people.sign_in(shop, "Olga", "1111")
    people.set_staff_allowed(shop, [OwnerAction.SETTINGS, OwnerAction.COSTS_AND_MARGINS])
    people.sign_in(shop, "Sam", "2222")
    assert permissions.may(shop, OwnerAction.SETTINGS)
    assert not permissions.may(shop, OwnerAction.PRICES)
    settings.update_settings(shop, replace(settings.get_settings(shop), name="Velo & Sam"))
    assert settings.get_settings(shop).name == "Velo & Sam"
    reports.report_table(shop, "price-swings")


def test_staff_see_no_margins_where_the_owner_sees_a_loss(staffed):
    shop = staffed.shop
    people.sign_in(shop, "Olga", "1111")
    chain = staffed.products["CH-1"]
    catalog.set_offer(
        shop,
        OfferInput(
            chain, staffed.supplier_id, unit_cost=3000, supplier_sku="A-CH-1", preferred=True
        ),
    )
    place_order(staffed, 0, [("CH-1", 1)])
    assert [a.cost for a in reports.margin_alerts(shop)] == [3000]
    people.sign_in(shop, "Sam", "2222")
    assert reports.margin_alerts(shop) == []
    assert reports.all_reports(shop).margins == []


def test_only_the_owner_changes_roles_and_pins_and_one_owner_stays(staffed):
    shop = staffed.shop
    olga, sam = people.list_people(shop)
    people.set_pin(shop, sam.id, "5555")  # one's own PIN
    with pytest.raises(PermissionDeniedError):
        people.set_pin(shop, olga.id, "5555")
    with pytest.raises(PermissionDeniedError):
        people.set_role(shop, sam.id, Role.OWNER)
    people.sign_in(shop, "Olga", "1111")
    with pytest.raises(ValidationError, match="only owner"):
        people.set_role(shop, olga.id, Role.STAFF)
    people.set_role(shop, sam.id, Role.OWNER)
    people.sign_in(shop, "Sam", "5555")
    assert permissions.may(shop, OwnerAction.RESTORE)


def test_events_and_the_timeline_say_who_did_it(staffed):
    shop = staffed.shop
    placed = place_order(staffed, 0, [("CH-1", 1)])
    sam = shop.person
    assert sam is not None
    rows = shop.db.execute(
        "SELECT DISTINCT person_id FROM events WHERE entity = 'customer_order' AND entity_id = ?",
        [placed.order_id],
    ).fetchall()
    assert [r[0] for r in rows] == [sam.id]
    texts = [e.text for e in order_timeline(shop, placed.order_id) if e.kind == "event"]
    assert texts and all(t.endswith("(by Sam)") for t in texts)


@pytest.mark.sqlite_only
def test_restore_is_refused_for_staff_and_the_shop_stays(staffed, tmp_path):
    shop = staffed.shop
    path = shop.path
    assert path is not None
    saved = backup.make_backup(shop)
    sam = shop.person
    shop.close()
    with pytest.raises(PermissionDeniedError, match="restore a backup"):
        backup.restore(saved, path, person=sam)
    reopened = Shop.open(path)
    try:
        assert len(events(reopened, "refused")) == 1
    finally:
        reopened.close()


def test_a_shop_without_people_works_as_before_with_no_sign_in(world, tmp_path):
    shop = world.shop
    assert not permissions.has_people(shop)
    for name, call in _refused_calls(world, tmp_path).items():
        if name in {"price list", "import offers", "review", "write-off"}:
            continue  # these need files or items of their own; allowed all the same
        call()
    assert permissions.may(shop, OwnerAction.RESTORE)
    assert events(shop, "refused") == []
    assert (
        shop.db.execute("SELECT COUNT(*) FROM events WHERE person_id IS NOT NULL").fetchone()[0]
        == 0
    )
    if engines.on_server():
        return  # a server shop is not restored over (its backups are shop files)
    saved = backup.make_backup(shop)
    path = shop.path
    shop.close()
    backup.restore(saved, path)


def _reopened(shop: Shop) -> Shop:
    """The same shop opened afresh, as the app or the command line opens it: nobody in it."""
    assert shop.address
    return Shop.open(shop.path or shop.address, clock=shop.clock)


def test_a_shop_with_one_person_asks_nobody_and_works_as_the_owner(world, tmp_path):
    olga = people.add_person(world.shop, "Olga", "1111")
    shop = _reopened(world.shop)
    try:
        assert shop.person is None
        assert not permissions.sign_in_required(shop)
        # The services' checks follow the same rule before anyone starts work...
        assert permissions.may(shop, OwnerAction.RESTORE) and permissions.may_see_costs(shop)
        assert people.work_without_sign_in(shop)
        assert shop.person == olga  # ...and the work is the owner's
        settings.update_settings(shop, replace(settings.get_settings(shop), name="Velo Olga"))
        assert events(shop, "refused") == []
        assert events(shop, "settings changed")[-1][2] == olga.id
    finally:
        shop.close()


def test_from_the_second_person_on_somebody_must_sign_in(world):
    people.add_person(world.shop, "Olga", "1111")
    people.add_person(world.shop, "Sam", "2222")
    shop = _reopened(world.shop)
    try:
        assert permissions.sign_in_required(shop)
        assert not people.work_without_sign_in(shop)
        assert shop.person is None
        assert not permissions.may_see_costs(shop)
        with pytest.raises(PermissionDeniedError, match="sign in as the owner first"):
            settings.update_settings(shop, settings.get_settings(shop))
        people.sign_in(shop, "Olga", "1111")
        assert permissions.may_see_costs(shop)
    finally:
        shop.close()


@pytest.mark.parametrize("started", [True, False])
def test_the_owner_working_alone_stays_the_owner_after_adding_staff(world, started):
    people.add_person(world.shop, "Olga", "1111")
    shop = _reopened(world.shop)
    try:
        if started:
            people.work_without_sign_in(shop)  # as the app and the command line start
        # else: a script that never started work adds the second person all the same
        people.add_person(shop, "Sam", "2222")
        assert shop.person is not None and shop.person.name == "Olga"
        assert permissions.sign_in_required(shop)
        assert permissions.may(shop, OwnerAction.RESTORE)
        settings.update_settings(shop, replace(settings.get_settings(shop), name="Velo"))
        assert events(shop, "refused") == []
    finally:
        shop.close()


def _csv_header(path) -> list[str]:
    return path.read_text(encoding="utf-8-sig").splitlines()[0].split(",")


def test_exports_leave_out_the_columns_at_cost_for_staff(staffed, tmp_path):
    from jitdesk.services.exports import export

    shop = staffed.shop
    place_order(staffed, 0, [("CH-1", 1)])
    for kind, at_cost in (("supplier-orders", {"value"}), ("surplus", {"unit_cost", "value"})):
        people.sign_in(shop, "Olga", "1111")
        export(shop, kind, tmp_path / "owner.csv")
        people.sign_in(shop, "Sam", "2222")
        export(shop, kind, tmp_path / "staff.csv")
        owner, staff = _csv_header(tmp_path / "owner.csv"), _csv_header(tmp_path / "staff.csv")
        assert at_cost <= set(owner)
        assert staff == [c for c in owner if c not in at_cost]
    export(shop, "orders", tmp_path / "orders.csv")  # sale prices and payments stay
    assert {"total", "paid", "balance"} <= set(_csv_header(tmp_path / "orders.csv"))
    assert events(shop, "refused") == []  # left out, not refused


def test_the_plan_text_names_order_values_to_the_owner_only(staffed):
    from jitdesk.services.planning import make_plan, plan_text

    shop = staffed.shop
    place_order(staffed, 0, [("CH-1", 1)])
    people.sign_in(shop, "Olga", "1111")
    owner = plan_text(shop, make_plan(shop))
    people.sign_in(shop, "Sam", "2222")
    staff = plan_text(shop, make_plan(shop))
    assert ", value " in owner
    assert ", value " not in staff and "Acme" in staff


def test_the_monthly_report_leaves_out_cash_and_margins_for_staff(staffed):
    from reportlab.platypus import Paragraph

    from jitdesk.documents.monthly_report import monthly_report_story
    from jitdesk.domain.formats import doc_language

    shop = staffed.shop

    def sections() -> list[str]:
        story = monthly_report_story(reports.all_reports(shop), doc_language("en"))
        return [f.getPlainText() for f in story if isinstance(f, Paragraph)]

    people.sign_in(shop, "Olga", "1111")
    owner = sections()
    assert "Cash and waste" in owner and any(t.startswith("Orders below") for t in owner)
    people.sign_in(shop, "Sam", "2222")
    staff = sections()
    assert "Cash and waste" not in staff and not any(t.startswith("Orders below") for t in staff)
    assert "Supplier reliability" in staff
    assert reports.all_reports(shop).cash is None
    with pytest.raises(PermissionDeniedError, match="see costs and margins; Sam is staff"):
        reports.cash_and_waste(shop)


def test_staff_may_not_preview_a_price_list_with_todays_costs(staffed, tmp_path):
    listed = tmp_path / "list.csv"
    listed.write_text("sku,cost\nA-CH-1,9.99\n", encoding="utf-8")
    with pytest.raises(PermissionDeniedError, match="change sale prices and costs"):
        price_lists.preview_price_list(staffed.shop, staffed.supplier_id, listed)


def test_a_desk_working_as_the_one_person_must_sign_in_once_another_desk_adds_a_second(world):
    """Desk B opened the shop when it had one person and works as that owner without a PIN;
    when the owner at desk A adds staff, desk B is nobody until someone signs in there."""
    desk_a = world.shop
    people.add_person(desk_a, "Olga", "1111")
    desk_b = Shop.open(desk_a.address, clock=desk_a.now)
    try:
        assert people.work_without_sign_in(desk_b) and desk_b.person.name == "Olga"
        assert permissions.may(desk_b, OwnerAction.SETTINGS)
        people.add_person(desk_a, "Sam", "2222", Role.STAFF)
        assert permissions.may(desk_a, OwnerAction.SETTINGS), "the owner adding staff stays"
        assert not permissions.may(desk_b, OwnerAction.SETTINGS), "desk B proved nothing"
        with pytest.raises(PermissionDeniedError):
            permissions.require(desk_b, OwnerAction.SETTINGS)
        assert not people.forget_assumed_person(desk_a)
        assert people.forget_assumed_person(desk_b) and desk_b.person is None
        people.sign_in(desk_b, "olga", "1111")
        assert not people.forget_assumed_person(desk_b)
        assert permissions.may(desk_b, OwnerAction.SETTINGS)
    finally:
        desk_b.close()
