"""Services are tested without HTTP: an app context is all they need."""
import threading

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session

from shop_factory import create_app
from shop_models import Order, Product, db
from shop_services import OutOfStock, ProductNotFound, place_order


@pytest.fixture
def app():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})
    with app.app_context():
        db.create_all()
        db.session.add(Product(id=1, name="mug", stock=3))
        db.session.commit()
        yield app
        db.session.remove()
        db.drop_all()
        db.engine.dispose()


def test_place_order_reduces_stock(app):
    order = place_order(1, 2)
    assert order.id is not None
    assert db.session.get(Product, 1).stock == 1


def test_business_rules_raise_domain_errors(app):
    with pytest.raises(OutOfStock, match="only 3 left of mug"):
        place_order(1, 5)
    with pytest.raises(ProductNotFound):
        place_order(99, 1)
    assert db.session.get(Product, 1).stock == 3  # nothing changed


@pytest.fixture
def pg_app(postgres_url):
    app = create_app({"SQLALCHEMY_DATABASE_URI": postgres_url})
    with app.app_context():
        db.create_all()
        db.session.add(Product(id=1, name="mug", stock=3))
        db.session.commit()
    yield app
    with app.app_context():
        db.engine.dispose()


def test_two_concurrent_orders_cannot_oversell(pg_app):
    """Two requests for 2 of the last 3 mugs, on PostgreSQL: exactly one may succeed."""
    both_read = threading.Barrier(2)
    results = []

    def wait_for_the_other_request(session, flush_context, instances):
        # Just before the order's INSERT. A read-then-write service gets here in both threads
        # after both read stock = 3; with the conditional UPDATE the second request is still
        # waiting for the row lock, so the barrier times out and the first one commits.
        if threading.current_thread().name.startswith("order"):
            try:
                both_read.wait(timeout=1)
            except threading.BrokenBarrierError:
                pass

    def run():
        with pg_app.app_context():
            try:
                place_order(1, 2)
                results.append("ok")
            except OutOfStock:
                results.append("out of stock")

    event.listen(Session, "before_flush", wait_for_the_other_request)
    try:
        threads = [threading.Thread(target=run, name=f"order-{n}") for n in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        event.remove(Session, "before_flush", wait_for_the_other_request)
    with pg_app.app_context():
        stock = db.session.get(Product, 1).stock
        ordered = db.session.scalar(select(func.coalesce(func.sum(Order.quantity), 0)))
    assert sorted(results) == ["ok", "out of stock"]  # read-then-write: ["ok", "ok"]
    assert (stock, ordered) == (1, 2)  # read-then-write: stock 1 but 4 mugs ordered
