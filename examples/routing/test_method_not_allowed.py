from flask import Flask
from werkzeug.routing import Rule

from method_not_allowed import api, app, quiet


def allow(response):
    return set(response.headers["Allow"].split(", "))


client = app.test_client()


def test_unknown_url_is_404_without_allow():
    response = client.get("/nowhere")
    assert response.status_code == 404
    assert "Allow" not in response.headers


def test_known_url_wrong_method_is_405_with_allow():
    assert client.post("/orders").status_code == 201
    response = client.get("/orders")
    assert response.status_code == 405
    assert allow(response) == {"POST", "OPTIONS"}  # no HEAD: there is no GET


def test_head_is_added_for_get_and_options_for_every_rule():
    assert allow(client.delete("/reports")) == {"GET", "HEAD", "OPTIONS"}
    assert client.head("/reports").status_code == 200
    options = client.options("/reports")
    assert (options.status_code, options.data) == (200, b"")
    assert allow(options) == {"GET", "HEAD", "OPTIONS"}


def test_provide_automatic_options_false_turns_options_off():
    assert client.get("/internal/ping").text == "pong"
    assert client.options("/internal/ping").status_code == 405
    assert allow(client.post("/internal/ping")) == {"GET", "HEAD"}


def test_listing_options_yourself_means_your_view_answers():
    response = client.options("/uploads")
    assert response.status_code == 204
    assert response.headers["Accept-Post"] == "image/png"


def test_custom_405_handler_keeps_allow():
    assert api.test_client().post("/api/orders").status_code == 201
    response = api.test_client().get("/api/orders")
    assert response.status_code == 405
    assert response.json == {"error": "method not allowed", "allowed": ["OPTIONS", "POST"]}
    assert allow(response) == {"POST", "OPTIONS"}


def test_a_custom_handler_that_forgets_allow_drops_it():
    broken = Flask(__name__)
    broken.post("/api/orders")(lambda: "")
    broken.errorhandler(405)(lambda error: ({"error": "method not allowed"}, 405))
    response = broken.test_client().get("/api/orders")
    assert response.status_code == 405
    assert "Allow" not in response.headers


def test_config_switch_and_its_limit_in_flask_3_1():
    quiet_client = quiet.test_client()
    assert quiet_client.get("/quiet").text == "ok"
    assert quiet_client.options("/quiet").status_code == 405
    assert quiet_client.get("/loud").text == "ok"
    assert quiet_client.options("/loud").status_code == 405  # still off in 3.1


def test_head_comes_from_werkzeug_and_options_from_flask():
    assert Rule("/plain", methods=["GET"]).methods == {"GET", "HEAD"}  # Werkzeug alone
    bare = Flask(__name__)
    bare.add_url_rule("/plain", "plain", lambda: "ok")
    assert next(bare.url_map.iter_rules("plain")).methods == {"GET", "HEAD", "OPTIONS"}
