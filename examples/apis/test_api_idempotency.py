import hashlib

import pytest

import api_idempotency
from api_idempotency import IdempotencyKey, create_app, db

KEY = {"Idempotency-Key": "3f2c9a1e-order-42"}


@pytest.fixture
def app():
    app = create_app()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


def payments(client):
    return client.get("/api/payments/count").json["count"]


def test_naive_endpoint_charges_twice_on_retry(client):
    for _ in range(2):  # the first response was lost, so the client retries
        assert client.post("/api/naive/payments", json={"amount_cents": 500}).status_code == 504
    assert payments(client) == 2


def test_retry_with_the_same_key_replays_the_first_response(client):
    first = client.post("/api/payments", json={"amount_cents": 500}, headers=KEY)
    retry = client.post("/api/payments", json={"amount_cents": 500}, headers=KEY)
    assert first.status_code == retry.status_code == 201
    assert retry.json == first.json
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert payments(client) == 1  # charged once


def test_a_new_key_is_a_new_payment(client):
    client.post("/api/payments", json={"amount_cents": 500}, headers=KEY)
    client.post("/api/payments", json={"amount_cents": 500}, headers={"Idempotency-Key": "other"})
    assert payments(client) == 2


def test_same_key_with_a_different_body_is_422(client):
    client.post("/api/payments", json={"amount_cents": 500}, headers=KEY)
    response = client.post("/api/payments", json={"amount_cents": 9900}, headers=KEY)
    assert response.status_code == 422
    assert payments(client) == 1


def test_keys_are_scoped_per_client(client):
    client.post("/api/payments", json={"amount_cents": 500}, headers=KEY)
    other = client.post("/api/payments", json={"amount_cents": 500},
                        headers=KEY | {"X-Client-Id": "another-client"})
    assert "Idempotent-Replayed" not in other.headers
    assert payments(client) == 2


def test_duplicate_while_the_first_is_still_running_is_409(app, client):
    body = b'{"amount_cents": 500}'
    with app.app_context():  # another request has claimed the key and not finished
        db.session.add(IdempotencyKey(client_id="demo", key=KEY["Idempotency-Key"],
                                      fingerprint=hashlib.sha256(body).hexdigest()))
        db.session.commit()
    response = client.post("/api/payments", data=body, headers=KEY,
                           content_type="application/json")
    assert response.status_code == 409
    assert response.headers["Retry-After"] == "1"
    assert payments(client) == 0


def test_a_failure_releases_the_key_so_a_retry_can_succeed(client, monkeypatch):
    def declined(amount_cents):
        raise ConnectionError("provider down")

    monkeypatch.setattr(api_idempotency, "charge_card", declined)
    failed = client.post("/api/payments", json={"amount_cents": 500}, headers=KEY)
    assert failed.status_code == 500
    monkeypatch.undo()
    assert client.post("/api/payments", json={"amount_cents": 500}, headers=KEY).status_code == 201
    assert payments(client) == 1


def test_missing_key_is_400(client):
    assert client.post("/api/payments", json={"amount_cents": 500}).status_code == 400
