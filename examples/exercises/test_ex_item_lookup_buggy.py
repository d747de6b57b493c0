from ex_item_lookup_buggy import CATALOG, create_app


def test_an_existing_item_is_reported_missing():
    client = create_app().test_client()
    assert client.get("/items/1").status_code == 404


def test_only_a_string_key_would_match(monkeypatch):
    monkeypatch.setitem(CATALOG, "1", {"name": "found by str"})
    assert create_app().test_client().get("/items/1").json == {"name": "found by str"}


def test_why_the_view_receives_a_string():
    app = create_app()
    with app.test_request_context("/items/1"):
        from flask import request
        assert request.view_args == {"item_id": "1"}  # "1" != 1, so CATALOG.get misses
