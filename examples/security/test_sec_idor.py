import pytest

from sec_idor import Invoice, app, db

ALICE, BOB = 1, 2


@pytest.fixture
def client():
    with app.app_context():
        db.create_all()
        db.session.add_all([Invoice(id=1, owner_id=ALICE, total=120),
                            Invoice(id=2, owner_id=BOB, total=990)])
        db.session.commit()
    yield app.test_client()
    with app.app_context():
        db.drop_all()


def log_in(client, user_id):
    with client.session_transaction() as session:  # test shortcut for a real login
        session["user_id"] = user_id
    return client


def test_changing_the_id_leaks_data_from_the_unsafe_view(client):
    alice = log_in(client, ALICE)
    assert alice.get("/unsafe/invoices/2").json == {"id": 2, "total": 990}  # Bob's invoice


def test_the_safe_view_answers_404_for_other_peoples_objects(client):
    alice = log_in(client, ALICE)
    assert alice.get("/invoices/1").json == {"id": 1, "total": 120}
    assert alice.get("/invoices/2").status_code == 404  # same as an id that does not exist
    assert alice.get("/invoices/3").status_code == 404
    assert alice.get("/invoices").json == {"ids": [1]}


def test_writes_are_checked_too(client):
    alice = log_in(client, ALICE)
    assert alice.delete("/invoices/2").status_code == 404
    assert alice.delete("/invoices/1").status_code == 204
    bob = log_in(app.test_client(), BOB)
    assert bob.get("/invoices/2").status_code == 200  # Bob's invoice survived


def test_anonymous_users_get_401(client):
    assert client.get("/invoices/1").status_code == 401
    assert client.get("/unsafe/invoices/1").status_code == 401
