import hashlib
import hmac
import json
import time

import pytest

from api_webhooks import ORDERS_PAID, PROCESSED, app, sign

EVENT = {"id": "evt_1", "type": "payment.succeeded", "order": "A-100"}


@pytest.fixture
def client():
    PROCESSED.clear()
    ORDERS_PAID.clear()
    app.config["WEBHOOK_SECRETS"] = ["whsec_current"]
    return app.test_client()


def deliver(client, event=EVENT, *, secret="whsec_current", age=0, body=None):
    body = body if body is not None else json.dumps(event).encode()
    timestamp = int(time.time()) - age
    header = f"t={timestamp},v1={sign(secret, timestamp, body)}"
    return client.post("/webhooks/payments", data=body, headers={"X-Signature": header},
                       content_type="application/json")


def test_a_correctly_signed_event_is_processed(client):
    assert deliver(client).json == {"status": "ok"}
    assert ORDERS_PAID == ["A-100"]


def test_the_signature_covers_the_raw_bytes(client):
    # Whitespace and key order as the sender wrote them: verified as-is, not re-serialized.
    body = b'{ "order": "A-100",\n  "type": "payment.succeeded", "id": "evt_1" }'
    assert deliver(client, body=body).status_code == 200


def test_a_tampered_body_is_rejected(client):
    body = json.dumps(EVENT).encode()
    timestamp = int(time.time())
    header = f"t={timestamp},v1={sign('whsec_current', timestamp, body)}"
    forged = body.replace(b"A-100", b"B-999")
    response = client.post("/webhooks/payments", data=forged, headers={"X-Signature": header})
    assert response.status_code == 400
    assert ORDERS_PAID == []


def test_a_wrong_secret_missing_or_malformed_header_is_rejected(client):
    assert deliver(client, secret="guessed").status_code == 400
    assert client.post("/webhooks/payments", json=EVENT).status_code == 400
    assert client.post("/webhooks/payments", json=EVENT,
                       headers={"X-Signature": "t=soon,v1=abc"}).status_code == 400
    assert ORDERS_PAID == []


def test_an_old_signature_is_a_replay(client):
    assert deliver(client, age=3600).status_code == 400  # captured an hour ago


def test_a_replay_inside_the_window_is_not_processed_twice(client):
    deliver(client)
    assert deliver(client).json == {"status": "duplicate"}
    assert ORDERS_PAID == ["A-100"]


def test_secret_rotation_accepts_old_and_new(client):
    app.config["WEBHOOK_SECRETS"] = ["whsec_new", "whsec_current"]
    assert deliver(client, secret="whsec_current").status_code == 200
    assert deliver(client, {**EVENT, "id": "evt_2"}, secret="whsec_new").status_code == 200


def test_other_event_types_are_acknowledged(client):
    refund = {"id": "evt_3", "type": "payment.refunded", "order": "A-100"}
    assert deliver(client, refund).status_code == 200
    assert ORDERS_PAID == []


def test_insecure_endpoint_accepts_replays_and_rejects_real_bytes(client):
    body = json.dumps(EVENT).encode()
    signature = hmac.new(b"whsec_current", body, hashlib.sha256).hexdigest()
    for _ in range(3):  # a captured request, replayed at will: the attack works
        response = client.post("/webhooks/insecure", data=body,
                               headers={"X-Signature": signature},
                               content_type="application/json")
        assert response.status_code == 200
    assert ORDERS_PAID == ["A-100"] * 3
    # ...while a genuine event whose bytes differ from json.dumps() fails verification.
    pretty = json.dumps(EVENT, indent=2).encode()
    genuine = hmac.new(b"whsec_current", pretty, hashlib.sha256).hexdigest()
    assert client.post("/webhooks/insecure", data=pretty, headers={"X-Signature": genuine},
                       content_type="application/json").status_code == 400
