import threading

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

import ex_transfer as bank


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


def post(app, **data):
    return app.test_client().post("/transfers", json=data)


def test_transfer_and_validation(app):
    assert post(app, **{"from": 1, "to": 2, "amount": 30_00}).status_code == 201
    assert post(app, **{"from": 1, "to": 2, "amount": 500_00}).status_code == 409
    assert post(app, **{"from": 1, "to": 9, "amount": 1_00}).status_code == 404
    assert post(app, **{"from": 1, "to": 1, "amount": 1_00}).status_code == 400
    assert post(app, **{"from": 1, "to": 2, "amount": -5_00}).status_code == 400
    assert balances(app) == {1: 70_00, 2: 30_00, 3: 0}


def test_a_failure_rolls_back_and_the_session_stays_usable(app):
    with app.app_context():
        with pytest.raises(bank.InsufficientFunds):
            bank.transfer_funds(1, 2, 500_00)
        assert not bank.db.session().in_transaction()  # rolled back, locks released
        bank.transfer_funds(1, 2, 10_00)
    assert balances(app) == {1: 90_00, 2: 10_00, 3: 0}


def test_two_concurrent_transfers_cannot_overdraw(app):
    second_done = threading.Event()
    results = {}

    def hold_first_writer(session, flush_context, instances):
        if threading.current_thread().name == "first":
            second_done.wait(timeout=1)  # the second transfer is blocked on our row lock

    def run(target):
        with app.app_context():
            try:
                bank.transfer_funds(1, target, 80_00)
                results[target] = "ok"
            except bank.InsufficientFunds:
                results[target] = "insufficient funds"
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
    assert results == {2: "ok", 3: "insufficient funds"}  # the second read 20.00 after the wait
    assert balances(app) == {1: 20_00, 2: 80_00, 3: 0}


def test_the_check_constraint_backs_it_up(app):
    with app.app_context():
        account = bank.db.session.get(bank.Account, 1)
        account.balance = -1
        with pytest.raises(IntegrityError, match="violates check constraint"):
            bank.db.session.commit()
        bank.db.session.rollback()
