"""Receiving webhooks: HMAC over the raw body, a timestamp window and de-duplication."""
import hashlib
import hmac
import json
import time

from flask import Flask, abort, current_app, request

app = Flask(__name__)
app.config.update(
    WEBHOOK_SECRETS=["whsec_current"],  # several during a rotation: old and new
    WEBHOOK_TOLERANCE=300,  # seconds; older signatures are replays
)
PROCESSED: set[str] = set()  # in production: a table with a unique constraint
ORDERS_PAID: list[str] = []


def sign(secret, timestamp, body):
    """What the sender does; the signed message binds the timestamp to the exact bytes."""
    message = f"{timestamp}.".encode() + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def verify(header, body):
    """Raise 400 unless the X-Signature header (t=...,v1=...) is valid and recent."""
    parts = {}
    for item in header.split(","):
        name, _, value = item.strip().partition("=")
        parts.setdefault(name, []).append(value)
    try:
        timestamp = int(parts["t"][0])
    except (KeyError, ValueError):
        abort(400, "malformed signature header")
    if abs(time.time() - timestamp) > current_app.config["WEBHOOK_TOLERANCE"]:
        abort(400, "timestamp outside the tolerance window")
    for secret in current_app.config["WEBHOOK_SECRETS"]:
        expected = sign(secret, timestamp, body)
        if any(hmac.compare_digest(expected, given) for given in parts.get("v1", [])):
            return
    abort(400, "signature mismatch")


@app.post("/webhooks/payments")
def payment_webhook():
    body = request.get_data()  # the raw bytes, exactly as signed
    verify(request.headers.get("X-Signature", ""), body)
    event = json.loads(body)  # parse only after the signature checked out
    if event["id"] in PROCESSED:  # senders retry; a replay inside the window
        return {"status": "duplicate"}, 200
    PROCESSED.add(event["id"])
    if event["type"] == "payment.succeeded":
        ORDERS_PAID.append(event["order"])  # real work: enqueue a job, answer fast
    return {"status": "ok"}, 200


@app.post("/webhooks/insecure")
def insecure_webhook():
    # Insecure: signs re-serialized JSON instead of the raw bytes, compares with ==
    # (timing leak), has no timestamp check and no de-duplication: replays are accepted.
    event = request.get_json()
    expected = hmac.new(b"whsec_current", json.dumps(event).encode(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Signature") != expected:
        abort(400)
    ORDERS_PAID.append(event["order"])
    return {"status": "ok"}, 200
