import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, InvalidRequestError, PendingRollbackError

from db_transactions import Account, InsufficientFunds, app, db, transfer


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
