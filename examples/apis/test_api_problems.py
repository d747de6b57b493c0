import logging

import pytest

from api_problems import app


@pytest.fixture
def client():
    app.debug = False
    return app.test_client()


def test_validation_errors_name_every_field(client):
    response = client.post("/api/orders", json={"item": "gadget", "quantity": 0})
    assert response.status_code == 422
    assert response.mimetype == "application/problem+json"
    assert response.json == {
        "type": "https://api.example.com/problems/validation",
        "title": "Your request is not valid", "status": 422, "instance": "/api/orders",
        "detail": "2 invalid field(s).",
        "errors": [{"pointer": "#/item", "detail": "Unknown item."},
                   {"pointer": "#/quantity", "detail": "Must be an integer >= 1."}],
    }
    assert client.post("/api/orders", json=[1]).json["detail"] == "The body must be a JSON object."


def test_business_errors_carry_their_own_type_and_fields(client):
    response = client.post("/api/orders", json={"item": "widget", "quantity": 9})
    assert response.status_code == 409
    assert response.json["type"].endswith("/out-of-stock")
    assert response.json["available"] == 3
    assert client.post("/api/orders", json={"item": "widget", "quantity": 2}).status_code == 201


def test_http_errors_use_the_same_shape_and_keep_headers(client):
    response = client.get("/api/orders")
    assert response.status_code == 405
    assert response.json["title"] == "Method Not Allowed"
    assert set(response.headers["Allow"].split(", ")) == {"OPTIONS", "POST"}
    assert response.headers.getlist("Content-Type") == ["application/problem+json"]
    assert client.get("/api/nothing-here").json["status"] == 404


def test_get_json_errors_415_and_400(client):
    assert client.post("/api/orders", data="item=widget").json["status"] == 415
    broken = client.post("/api/orders", data="{oops", content_type="application/json")
    assert broken.json["status"] == 400
    assert "decode" not in broken.json["detail"]  # generic outside debug mode


def test_debug_mode_shows_the_parser_message(client):
    app.debug = True
    try:
        broken = client.post("/api/orders", data="{oops", content_type="application/json")
    finally:
        app.debug = False
    assert broken.json["detail"].startswith("Failed to decode JSON object")


def test_500_hides_the_cause_but_logs_it_with_the_request_id(client, caplog):
    with caplog.at_level(logging.ERROR):
        response = client.get("/api/report")
    assert response.status_code == 500
    body = response.json
    assert "hunter2" not in response.text and "detail" not in body
    assert body["request_id"] == response.headers["X-Request-ID"]
    assert "hunter2" in caplog.text  # Flask logged the traceback
    assert f"request_id={body['request_id']}" in caplog.text


def test_a_handler_for_exception_runs_before_flask_logs_anything(caplog):
    from flask import Flask

    careless = Flask("careless")
    careless.register_error_handler(Exception, lambda error: ({"error": "oops"}, 500))
    careless.add_url_rule("/", "boom", lambda: 1 / 0)
    with caplog.at_level(logging.ERROR):
        assert careless.test_client().get("/").status_code == 500
    assert caplog.text == ""  # the ZeroDivisionError is gone without a trace
