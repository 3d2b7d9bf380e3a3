"""The reminder to collect a ready order: read back with pdftotext, in the customer's language,
stating the pickup-by date every page shows once it is given."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from jitdesk.documents.generate import generate_reminders, render_document
from jitdesk.services.documents import REMINDER
from jitdesk.services.reminders import current_pickup_by, record_reminders
from jitdesk.services.today import mark_notified
from tests.documents.conftest import pdf_text
from tests.services.today_world import build

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext")


@pytest.fixture
def world(tmp_path):
    w = build(tmp_path / "reminder.jitdesk")
    w.plan_and_send()
    w.send()
    w.clock.advance(days=7)  # Wed 2 Dec: ready, customers told
    w.receive_all()
    mark_notified(w.shop, [w.orders["ann"], w.orders["bob2"]])
    w.clock.advance(days=17)  # Sat 19 Dec: past their pickup-by dates
    yield w
    w.shop.close()


def _text(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).replace("\u00a0", " ").split())


def test_english_reminder_states_the_new_pickup_by_date(world):
    pdf, name = render_document(world.shop, REMINDER, world.numbers["ann"])
    text = _text(pdf)
    assert name == f"{world.numbers['ann']} reminder Ann Apple.pdf"
    assert "Pickup reminder" in text and "Your order is still waiting for you" in text
    assert "has been ready for you since 2 December 2026" in text
    assert "We keep it for you until 2 January 2027; please collect it by then." in text
    assert "Balance due at pickup" in text and world.numbers["ann"] in text
    # once given, every page shows the date the reminder stated
    record_reminders(world.shop, [world.orders["ann"]])
    assert current_pickup_by(world.shop, world.orders["ann"]) == date(2027, 1, 2)


def test_german_customer_gets_a_german_reminder(world):
    world.shop.db["customers"].update(world.customers["Ann"], {"language": "de_DE"})
    text = _text(render_document(world.shop, REMINDER, world.numbers["ann"])[0])
    assert "Abholerinnerung" in text
    assert "2. Januar 2027" in text
    assert "Pickup reminder" not in text and "still waiting" not in text


def test_batch_of_reminders_one_per_page(world):
    numbers = [world.numbers["ann"], world.numbers["bob2"]]
    generated = generate_reminders(world.shop, numbers)
    assert generated.path.name == "Reminders 2026-12-19.pdf"
    text = pdf_text(generated.path.read_bytes())
    assert text.count("Pickup reminder") == 2
    assert all(number in text for number in numbers)
