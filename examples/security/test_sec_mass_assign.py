import pytest

from sec_mass_assign import Account, app, db


@pytest.fixture
def client():
    with app.app_context():
        db.create_all()
    yield app.test_client()
    with app.app_context():
        db.drop_all()


def account(email):
    with app.app_context():
        return db.session.scalar(db.select(Account).filter_by(email=email))


def test_unsafe_signup_lets_a_client_make_itself_admin(client):
    response = client.post("/unsafe/signup", json={"email": "eve@example.com", "is_admin": True})
    assert response.status_code == 201
    assert account("eve@example.com").is_admin is True


def test_unsafe_update_lets_a_client_set_its_credit(client):
    client.post("/unsafe/signup", json={"email": "eve@example.com"})
    client.patch("/unsafe/me", json={"display_name": "Eve", "credit": 1_000_000})
    assert account("eve@example.com").credit == 1_000_000


def test_unknown_keys_crash_the_unsafe_constructor(client):
    assert client.post("/unsafe/signup", json={"email": "x@example.com", "x": 1}).status_code == 500


def test_allow_list_rejects_extra_fields(client):
    response = client.post("/signup", json={"email": "eve@example.com", "is_admin": True})
    assert response.status_code == 400
    assert "unknown fields: is_admin" in response.text
    assert account("eve@example.com") is None
    assert client.post("/signup", json=["email"]).status_code == 400
    assert client.post("/signup", json={"email": True}).status_code == 400


def test_legitimate_signup_and_update(client):
    created = client.post("/signup", json={"email": "ada@example.com", "display_name": "Ada"})
    assert created.status_code == 201
    assert created.json == {"id": 1, "email": "ada@example.com", "display_name": "Ada"}
    assert client.patch("/me", json={"display_name": "Ada L."}).json["display_name"] == "Ada L."
    refused = client.patch("/me", json={"credit": 5})
    assert refused.status_code == 400
    saved = account("ada@example.com")
    assert (saved.is_admin, saved.credit, saved.display_name) == (False, 0, "Ada L.")
