import threading
import time

import pytest
import sqlalchemy as sa
from flask import Flask
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from db_locking import (OutOfStock, Stock, VersionedStock, db, reserve_atomic, reserve_locked,
                        reserve_naive)
from db_pg_activity import blocked_backends


@pytest.fixture
def engine(postgres_url):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = postgres_url
    db.init_app(app)
    with app.app_context():
        db.create_all()
        db.session.add_all([Stock(sku="mug", quantity=10), VersionedStock(quantity=10)])
        db.session.commit()
        engine = db.engine
    yield engine
    engine.dispose()


def quantity(engine):
    with Session(engine) as session:
        return session.get(Stock, 1).quantity


def backend_pid(session):
    return session.execute(sa.text("SELECT pg_backend_pid()")).scalar()


def start_waiting(engine, pid, target, *args):
    """Run target in a thread (another request) and return once its backend waits for a lock."""
    thread = threading.Thread(target=target, args=args)  # an exception fails the test
    thread.start()
    deadline = time.monotonic() + 5
    with engine.connect() as conn:
        while True:
            time.sleep(0.01)
            waiting = [row.pid for row in blocked_backends(conn)]
            if pid in waiting or time.monotonic() > deadline:
                assert waiting == [pid]
                return thread


def test_read_modify_write_loses_an_update(engine):
    with Session(engine) as first, Session(engine) as second:
        stock = second.get(Stock, 1)  # request B reads 10 and is about to write
        reserve_naive(first, 1, 3)  # meanwhile request A: 10 - 3, commits 7
        stock.quantity -= 2  # B computes from its stale read: 10 - 2
        second.commit()  # UPDATE stock SET quantity=8: A's reservation is lost
    assert quantity(engine) == 8  # should be 5


def test_select_for_update_serializes_the_two_requests(engine):
    with Session(engine) as first, Session(engine) as second:
        first.get(Stock, 1, with_for_update=True)  # A holds the row lock
        thread = start_waiting(engine, backend_pid(second), reserve_locked, second, 1, 2)
        stock = first.get(Stock, 1)
        stock.quantity -= 3
        first.commit()  # releases the lock: B now reads 7, not 10
        thread.join()
    assert quantity(engine) == 5


def test_nowait_fails_fast_instead_of_waiting(engine):
    with Session(engine) as first, Session(engine) as second:
        first.get(Stock, 1, with_for_update=True)
        with pytest.raises(OperationalError, match="could not obtain lock on row"):
            second.get(Stock, 1, with_for_update={"nowait": True})


def test_atomic_update_is_correct_under_concurrency(engine):
    with Session(engine) as first, Session(engine) as second:
        first.execute(sa.update(Stock).values(quantity=Stock.quantity - 3))  # A: not committed
        # B's UPDATE waits for A's row lock, then re-reads the committed row
        thread = start_waiting(engine, backend_pid(second), reserve_atomic, second, 1, 2)
        first.commit()
        thread.join()
        with pytest.raises(OutOfStock):
            reserve_atomic(first, 1, 100)  # the guard: never below zero
    assert quantity(engine) == 5


def test_version_counter_detects_the_conflict(engine):
    with Session(engine) as first, Session(engine) as second:
        a = first.get(VersionedStock, 1)
        b = second.get(VersionedStock, 1)
        a.quantity -= 3
        first.commit()  # version 1 -> 2
        b.quantity -= 2
        with pytest.raises(StaleDataError, match="expected to update 1 row"):
            second.commit()  # WHERE version = 1 matched nothing: retry with fresh data


def test_repeatable_read_turns_the_lost_update_into_an_error(engine):
    strict = engine.execution_options(isolation_level="REPEATABLE READ")
    with Session(strict) as first, Session(strict) as second:
        a = first.get(Stock, 1)
        b = second.get(Stock, 1)
        a.quantity -= 3
        first.commit()
        b.quantity -= 2
        with pytest.raises(OperationalError, match="could not serialize access"):
            second.commit()  # the application must retry the whole transaction


def test_every_version_refuses_to_oversell(engine):
    with Session(engine) as session:
        for reserve in (reserve_naive, reserve_locked, reserve_atomic):
            with pytest.raises(OutOfStock):
                reserve(session, 1, 11)
            session.rollback()
    assert quantity(engine) == 10
