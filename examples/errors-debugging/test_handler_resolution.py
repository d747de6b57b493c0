import pytest
from flask import Flask

from handler_resolution import app, careful, careless


def test_exception_handler_swallows_http_errors():
    client = careless.test_client()
    response = client.get("/no-such-page")
    assert (response.status_code, response.text) == (500, "Sorry, something went wrong.")
    assert client.get("/boom").status_code == 500


def test_pass_http_exceptions_through(caplog):
    client = careful.test_client()
    assert client.get("/no-such-page").status_code == 404
    assert client.post("/boom").status_code == 405
    assert client.get("/boom").status_code == 500
    assert caplog.records[-1].getMessage() == "unexpected error"


client = app.test_client()


def test_blueprint_handler_wins_inside_the_blueprint():
    assert client.get("/shop/products/1").text == "shop: no such product"


def test_unmatched_urls_never_reach_blueprint_handlers():
    # No rule matched, so Flask cannot know the blueprint: the app's handler runs.
    assert client.get("/shop/no-such-page").text == "app: page not found"


def test_closest_class_in_the_mro_wins():
    response = client.get("/items/b")  # KeyError -> LookupError beats Exception
    assert (response.status_code, response.text) == (400, "app: lookup failed (KeyError)")


def test_exception_handler_runs_before_the_500_handler():
    assert client.get("/shop/checkout").text == "app: Exception handler got ValueError"
    assert client.get("/fail").text == "app: 500 handler"  # abort(500) matches the code
    assert client.get("/items/a").json == {"value": 1}


def test_only_known_codes_or_exception_classes_can_be_registered():
    with pytest.raises(ValueError, match="'499' is not a recognized HTTP error code"):
        Flask(__name__).register_error_handler(499, lambda error: "")
