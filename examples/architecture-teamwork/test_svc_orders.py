import pytest
import requests
import responses

from svc_orders import TIMEOUT, create_app

INV = "http://inventory.internal"
PAY = "http://payments.internal"
ORDER = {"sku": "MUG-1", "quantity": 2, "amount_cents": 1800}


@pytest.fixture
def client():
    app = create_app()
    yield app.test_client()
    app.extensions["http"].close()


@responses.activate
def test_happy_path_propagates_request_id_timeouts_and_idempotency_keys(client):
    responses.post(f"{INV}/reservations", json={"id": "r1"}, status=201)
    responses.post(f"{PAY}/charges", json={"id": "c1"}, status=201)

    response = client.post("/orders", json=ORDER, headers={"X-Request-ID": "abc123"})

    assert response.status_code == 201
    assert response.json["reservation"] == "r1"
    for sent in responses.calls:
        assert sent.request.headers["X-Request-ID"] == "abc123"
        assert sent.request.headers["Idempotency-Key"].startswith(response.json["order_id"])
        assert sent.request.req_kwargs["timeout"] == TIMEOUT


@responses.activate
def test_payment_failure_triggers_a_compensating_release(client):
    responses.post(f"{INV}/reservations", json={"id": "r1"}, status=201)
    responses.post(f"{PAY}/charges", json={"error": "card declined"}, status=402)
    release = responses.post(f"{INV}/reservations/r1/release", json={}, status=200)

    response = client.post("/orders", json=ORDER)

    assert response.status_code == 502
    assert release.call_count == 1  # the stock is not left reserved forever
    assert len(responses.calls[0].request.headers["X-Request-ID"]) == 32  # generated


@responses.activate
def test_inventory_timeout_is_a_503_and_payment_is_never_called(client):
    responses.post(f"{INV}/reservations", body=requests.ConnectTimeout("no answer"))
    charge = responses.post(f"{PAY}/charges", json={}, status=201)

    response = client.post("/orders", json=ORDER)

    assert response.status_code == 503
    assert charge.call_count == 0
