"""A small app with a bug, and the tools to find it."""
from flask import Flask

ORDERS = {
    1: {"items": [{"price": 5.0, "qty": 2}]},
    2: {"items": [{"price": 5.0, "qty": 2}, {"price": 2.5}]},  # imported data: no "qty"
}


def create_app():
    app = Flask(__name__)

    @app.get("/orders/<int:order_id>/total")
    def order_total(order_id):
        order = ORDERS[order_id]
        app.logger.debug("computing total for %s with %d items", order_id, len(order["items"]))
        # breakpoint()  # pauses here in the terminal running `flask run`; remove before committing
        total = sum(item["price"] * item["qty"] for item in order["items"])
        return {"total": total}

    @app.shell_context_processor
    def shell_context():
        return {"ORDERS": ORDERS}  # available in `flask shell` without importing

    return app
