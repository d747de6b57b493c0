import gc

from flask import template_rendered

from signals_orders import (app, audit_log, error_reports, order_placed, subscribe_temporarily)

client = app.test_client()


def test_receiver_runs_when_the_view_sends_the_signal():
    audit_log.clear()
    client.post("/orders", json={"customer": "ada"})
    assert audit_log == ["order 1000 by ada"]


def test_template_rendered_lets_tests_see_template_and_context():
    rendered = []

    def record(sender, template, context, **extra):
        rendered.append((template.name, context["customer"]))

    with template_rendered.connected_to(record, app):
        response = client.post("/orders", json={"customer": "bo"})
    assert rendered == [("order_confirmation.html", "bo")]
    assert "Thanks, bo!" in response.text


def test_got_request_exception_only_for_unhandled_errors():
    error_reports.clear()
    assert client.get("/fail").status_code == 500
    assert error_reports == ["LookupError('inventory service down')"]
    client.get("/not-there")  # an HTTP error, handled by Flask: no signal
    assert len(error_reports) == 1


def test_weakly_connected_local_function_is_silently_dropped():
    collected = []
    subscribe_temporarily(collected)
    assert collected == [0]  # received while the function still existed
    gc.collect()
    client.post("/orders", json={"customer": "cy"})
    assert collected == [0]  # nothing new: the receiver was garbage collected


def test_send_returns_receiver_results():
    results = order_placed.send(app, order_id=1, customer="test")
    assert [receiver.__name__ for receiver, _ in results] == ["write_audit_entry"]
