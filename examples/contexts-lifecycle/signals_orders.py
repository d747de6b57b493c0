"""Signals: let other code observe events without the view knowing about it."""
from blinker import Namespace
from flask import Flask, got_request_exception, render_template, request

app_signals = Namespace()  # your own namespace, not Flask's
order_placed = app_signals.signal("order-placed")

app = Flask(__name__)
audit_log = []
error_reports = []


@order_placed.connect_via(app)  # a module-level function: a strong reference stays
def write_audit_entry(sender, order_id, customer, **extra):
    audit_log.append(f"order {order_id} by {customer}")


@got_request_exception.connect_via(app)
def report_error(sender, exception, **extra):
    error_reports.append(repr(exception))  # like an error tracker's hook


@app.post("/orders")
def place_order():
    customer = request.get_json()["customer"]
    order_id = 1000 + len(audit_log)
    order_placed.send(app, order_id=order_id, customer=customer)  # fire and forget
    return render_template("order_confirmation.html", customer=customer, order_id=order_id)


@app.get("/fail")
def fail():
    raise LookupError("inventory service down")


def subscribe_temporarily(collected):
    """Anti-pattern: a nested function connected weakly disappears with this frame."""
    def on_order(sender, order_id, **extra):
        collected.append(order_id)

    order_placed.connect(on_order, app)  # weak=True by default
    order_placed.send(app, order_id=0, customer="smoke-test")  # works while on_order lives
