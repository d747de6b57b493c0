import pytest
from flask import current_app, request

from ctx_objects import app, describe, nightly_report


def test_a_request_pushes_both_contexts():
    client = app.test_client()
    client.get("/cart/add/tea")
    info = client.get("/cart/add/jam", headers={"X-User": "ada"}).json
    assert info == {"app_context": True, "request_context": True, "site": "Bookshop",
                    "g_user": "ada", "path": "/cart/add/jam", "cart": ["tea", "jam"]}


def test_an_app_context_alone_has_no_request():
    assert nightly_report() == {"app_context": True, "request_context": False,
                                "site": "Bookshop", "g_user": None}


def test_outside_any_context():
    assert describe() == {"app_context": False, "request_context": False}
    with pytest.raises(RuntimeError, match="Working outside of application context"):
        current_app.config
    with pytest.raises(RuntimeError, match="Working outside of request context"):
        request.path


def test_test_request_context_fakes_a_request_for_unit_tests():
    with app.test_request_context("/cart/add/milk", headers={"X-User": "bo"}):
        assert describe()["path"] == "/cart/add/milk"
        assert describe()["g_user"] is None  # the view never ran
