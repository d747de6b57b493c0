import threading

import pytest
from flask import Flask
from sqlalchemy import event, func, select
from sqlalchemy.exc import IntegrityError, InvalidRequestError, PendingRollbackError
from sqlalchemy.orm import Session

from db_transactions import Account, AccountNotFound, InsufficientFunds, app, db, transfer


@pytest.fixture(autouse=True)
def accounts():
    with app.app_context():
        db.create_all()
        db.session.add_all([Account(email="ada@example.com", balance=100),
                            Account(email="bob@example.com", balance=0)])
        db.session.commit()
    yield
    with app.app_context():
        db.drop_all()


def balances():
    return db.session.execute(select(Account.email, Account.balance).order_by(Account.id)).all()


def test_duplicate_is_a_409_and_the_next_request_still_works():
    client = app.test_client()
    assert client.post("/accounts", data={"email": "ada@example.com"}).status_code == 409
    assert client.post("/accounts", data={"email": "cy@example.com"}).json == {"id": 3}


def test_without_rollback_the_session_refuses_all_work():
    with app.app_context():
        db.session.add(Account(email="ada@example.com"))
        with pytest.raises(IntegrityError):
            db.session.commit()
        with pytest.raises(PendingRollbackError, match="rolled back due to a previous exception"):
            db.session.scalar(select(func.count()).select_from(Account))
        db.session.rollback()
        assert db.session.scalar(select(func.count()).select_from(Account)) == 2


def test_transfer_is_all_or_nothing():
    with app.app_context():
        transfer(1, 2, 30)
        assert balances() == [("ada@example.com", 70), ("bob@example.com", 30)]
        with pytest.raises(InsufficientFunds):
            transfer(1, 2, 500)
        assert balances() == [("ada@example.com", 70), ("bob@example.com", 30)]


def test_a_missing_account_is_a_404_not_a_500():
    with app.app_context():
        with pytest.raises(AccountNotFound):
            transfer(1, 99, 10)
        assert not db.session().in_transaction()  # rolled back, nothing half done
    client = app.test_client()
    response = client.post("/transfers", json={"from": 1, "to": 99, "amount": 10})
    assert (response.status_code, response.json) == (404, {"error": "no account 99"})
    response = client.post("/transfers", json={"from": 1, "to": 2, "amount": 500})
    assert (response.status_code, response.json) == (409, {"error": "insufficient funds"})
    assert client.post("/transfers", json={"from": 1, "to": 2, "amount": -5}).status_code == 400
    assert client.post("/transfers", json={"from": 1, "to": 2, "amount": 5}).status_code == 201


@pytest.fixture
def pg_app(postgres_url):
    """The same models and transfer() on PostgreSQL, where two connections really race."""
    pg_app = Flask("bank-on-postgres")
    pg_app.config["SQLALCHEMY_DATABASE_URI"] = postgres_url
    db.init_app(pg_app)
    with pg_app.app_context():
        db.create_all()
        db.session.add_all([Account(id=1, email="ada@example.com", balance=100),
                            Account(id=2, email="bob@example.com", balance=0),
                            Account(id=3, email="cy@example.com", balance=0)])
        db.session.commit()
    yield pg_app
    with pg_app.app_context():
        db.engine.dispose()


def test_two_concurrent_transfers_cannot_create_money(pg_app):
    both_read = threading.Barrier(2)
    results = {}

    def wait_for_the_other_request(session, flush_context, instances):
        # Runs just before the UPDATEs. The read-modify-write version gets here in both threads
        # (both read 100). With row locks the second request is still waiting for the lock on
        # account 1, so the barrier times out and the first one commits.
        if threading.current_thread().name.startswith("transfer"):
            try:
                both_read.wait(timeout=1)
            except threading.BrokenBarrierError:
                pass

    def run(target_id):
        with pg_app.app_context():
            try:
                transfer(1, target_id, 80)
                results[target_id] = "ok"
            except InsufficientFunds:
                results[target_id] = "insufficient funds"

    event.listen(Session, "before_flush", wait_for_the_other_request)
    try:
        threads = [threading.Thread(target=run, args=(target_id,), name=f"transfer-{target_id}")
                   for target_id in (2, 3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        event.remove(Session, "before_flush", wait_for_the_other_request)
    with pg_app.app_context():
        final = dict(db.session.execute(select(Account.id, Account.balance)).all())
    assert sum(final.values()) == 100  # naive version: 180, both wrote 100 - 80 = 20
    assert sorted(results.values()) == ["insufficient funds", "ok"]
    assert final[1] == 20


def test_flush_sends_sql_inside_the_transaction_and_rollback_undoes_it():
    with app.app_context():
        cy = Account(email="cy@example.com")
        db.session.add(cy)
        assert cy.id is None
        db.session.flush()  # INSERT sent now, so the primary key is known
        assert cy.id == 3
        db.session.rollback()  # ...but never committed
        assert db.session.get(Account, 3) is None


def test_session_begin_block_commits_or_rolls_back():
    with app.app_context():
        with db.session.begin():  # commits at the end of the block
            db.session.add(Account(email="cy@example.com"))
        with pytest.raises(ZeroDivisionError):
            with db.session.begin():  # rolls back on an exception
                db.session.add(Account(email="dan@example.com"))
                1 / 0
        assert [email for email, _ in balances()][2:] == ["cy@example.com"]


def test_begin_fails_when_a_query_already_started_a_transaction():
    with app.app_context():
        db.session.get(Account, 1)  # autobegin: the session is now in a transaction
        with pytest.raises(InvalidRequestError, match="already begun"):
            db.session.begin()


@pytest.mark.parametrize("body", [
    {"from": 1, "to": 2},                          # no amount
    {"from": 1, "to": 2, "amount": "5"},           # a string
    {"from": 1, "to": 2, "amount": 2.5},           # not whole cents
    {"from": 1, "to": 2, "amount": True},          # a bool is an int in Python
    {"from": "1", "to": 2, "amount": 5},
    [1, 2, 5],                                     # not an object
])
def test_a_malformed_transfer_is_a_400_and_moves_nothing(body):
    client = app.test_client()
    assert client.post("/transfers", json=body).status_code == 400
    with app.app_context():
        assert balances() == [("ada@example.com", 100), ("bob@example.com", 0)]
