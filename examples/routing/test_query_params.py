import pytest
from flask import request
from werkzeug.exceptions import BadRequestKeyError

from query_params import app

client = app.test_client()


def test_path_parameter_and_query_options():
    response = client.get("/posts/7/comments?page=2&per_page=5&tag=flask&tag=routing")
    assert response.json == {"post_id": 7, "page": 2, "per_page": 5, "tags": ["flask", "routing"]}


def test_defaults_when_the_query_string_is_empty():
    assert client.get("/posts/7/comments").json == {
        "post_id": 7, "page": 1, "per_page": 20, "tags": []
    }


def test_a_value_that_fails_the_type_cast_returns_the_default():
    response = client.get("/posts/7/comments?page=abc&per_page=1000")
    assert response.status_code == 200
    assert response.json["page"] == 1  # int("abc") failed: default used, no error
    assert response.json["per_page"] == 100  # clamped by the view


def test_a_bad_path_parameter_is_a_404_not_a_default():
    assert client.get("/posts/abc/comments").status_code == 404


def test_missing_required_key_is_400():
    assert client.get("/search?q=flask").json == {"q": "flask"}
    assert client.get("/search").status_code == 400
    with app.test_request_context("/search"):
        with pytest.raises(BadRequestKeyError):
            request.args["q"]


def test_type_bool_is_a_trap():
    assert client.get("/drafts?published=false").json == {"naive": True, "published": False}
    assert client.get("/drafts?published=true").json == {"naive": True, "published": True}
