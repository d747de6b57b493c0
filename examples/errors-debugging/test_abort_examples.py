import pytest
from flask import abort
from werkzeug.exceptions import HTTPException, NotFound

from abort_examples import app

client = app.test_client()


def test_abort_404_gives_the_default_error_page():
    assert client.get("/books/1").json["title"] == "Flask Web Development"
    response = client.get("/books/99")
    assert response.status_code == 404
    assert "<title>404 Not Found</title>" in response.text


def test_description_and_custom_exception_classes():
    assert client.post("/books/1/reserve").json == {"reserved": 1}
    response = client.post("/books/99/reserve")
    assert response.status_code == 404
    assert "<p>No book with id 99.</p>" in response.text
    response = client.post("/books/2/reserve")
    assert response.status_code == 409
    assert "<p>This book is out of stock.</p>" in response.text


def test_raising_a_werkzeug_exception_directly():
    response = client.delete("/books/1")
    assert response.status_code == 409
    assert "Books with open orders cannot be deleted." in response.text


def test_abort_with_a_response_ignores_a_status_argument():
    response = client.get("/api/books/99")
    assert (response.status_code, response.json) == (200, {"error": "not found", "id": 99})
    response = client.get("/api/v2/books/99")
    assert (response.status_code, response.json) == (404, {"error": "not found", "id": 99})
    assert client.get("/api/books/1").status_code == 200
    assert client.get("/api/v2/books/1").status_code == 200


def test_abort_raises_and_unknown_codes_fail():
    with app.test_request_context():
        with pytest.raises(NotFound) as caught:
            abort(404)
        assert isinstance(caught.value, HTTPException) and caught.value.code == 404
        with pytest.raises(LookupError, match="no exception for 499"):
            abort(499)
