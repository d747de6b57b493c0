"""An orders service that calls two other services over HTTP.

There is no transaction across services: if the payment fails after stock was reserved,
the orders service undoes the reservation itself (a compensating action, as in a saga).
"""
import uuid

import requests
from flask import Flask, current_app, g, request

TIMEOUT = (1, 3)  # (connect, read) seconds: never wait on another service forever


def create_app(**config):
    app = Flask(__name__)
    app.config.update({"INVENTORY_URL": "http://inventory.internal",
                       "PAYMENTS_URL": "http://payments.internal"})
    app.config.update(config)
    app.extensions["http"] = requests.Session()  # one connection pool per process

    @app.before_request
    def correlation_id():
        # Reuse the caller's id, or start one: every log line and hop can be joined on it.
        g.request_id = request.headers.get("X-Request-ID") or uuid.uuid4().hex

    @app.post("/orders")
    def create_order():
        data = request.get_json()
        order_id = uuid.uuid4().hex
        try:
            reservation = call("INVENTORY_URL", "/reservations", order_id,
                               {"sku": data["sku"], "quantity": data["quantity"]})
        except requests.RequestException:
            return {"error": "inventory unavailable, nothing was charged"}, 503
        try:
            call("PAYMENTS_URL", "/charges", order_id,
                 {"amount_cents": data["amount_cents"], "order_id": order_id})
        except requests.RequestException:
            # Compensate: release the stock we reserved, then report the failure.
            call("INVENTORY_URL", f"/reservations/{reservation['id']}/release", order_id, {})
            return {"error": "payment failed, reservation released"}, 502
        return {"order_id": order_id, "reservation": reservation["id"]}, 201

    return app


def call(base_key, path, order_id, payload):
    """POST to another service: timeout, correlation id, idempotency key, status check."""
    response = current_app.extensions["http"].post(
        current_app.config[base_key] + path,
        json=payload,
        timeout=TIMEOUT,
        headers={
            "X-Request-ID": g.request_id,
            # The receiver stores this key, so a retried call is not applied twice.
            "Idempotency-Key": f"{order_id}:{path}",
        },
    )
    response.raise_for_status()  # 4xx/5xx from a service is a failure, not data
    return response.json()
