import threading

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

import ex_transfer_naive as bank


@pytest.fixture
def app(postgres_url):
    app = bank.create_app(postgres_url)
    with app.app_context():
        bank.db.create_all()
        bank.db.session.add_all([bank.Account(id=1, balance=100_00),
                                 bank.Account(id=2, balance=0), bank.Account(id=3, balance=0)])
        bank.db.session.commit()
    yield app
    with app.app_context():
        bank.db.engine.dispose()


def balances(app):
    with app.app_context():
        return {a.id: a.balance for a in bank.db.session.scalars(bank.db.select(bank.Account))}


def test_one_at_a_time_it_works(app):
    client = app.test_client()
    assert client.post("/transfers", json={"from": 1, "to": 2, "amount": 80_00}).status_code == 201
    assert client.post("/transfers", json={"from": 1, "to": 3, "amount": 80_00}).status_code == 409
    assert balances(app) == {1: 20_00, 2: 80_00, 3: 0}


def test_two_concurrent_transfers_both_pass_the_check(app):
    second_done = threading.Event()

    def hold_first_writer(session, flush_context, instances):
        if threading.current_thread().name == "first":
            second_done.wait(timeout=5)  # the first transfer has read 100.00 and pauses

    def run(target):
        with app.app_context():
            bank.transfer_funds(1, target, 80_00)
        if target == 3:
            second_done.set()

    event.listen(Session, "before_flush", hold_first_writer)
    try:
        first = threading.Thread(target=run, args=(2,), name="first")
        second = threading.Thread(target=run, args=(3,), name="second")
        first.start(), second.start()
        first.join(), second.join()
    finally:
        event.remove(Session, "before_flush", hold_first_writer)
    # Both saw 100.00 and both "withdrew" 80.00: 160.00 paid out of an account holding 100.00.
    assert balances(app) == {1: 20_00, 2: 80_00, 3: 80_00}
    assert sum(balances(app).values()) == 180_00  # 80.00 created from nothing
