import pytest

from view_returns import app

client = app.test_client()


def test_strings_and_bytes_are_html_unless_you_say_otherwise():
    response = client.get("/text")
    assert (response.status_code, response.content_type) == (200, "text/html; charset=utf-8")
    assert client.get("/bytes").content_type == "text/html; charset=utf-8"
    assert client.get("/png").content_type == "image/png"


def test_dicts_and_lists_become_json():
    assert client.get("/dict").content_type == "application/json"
    assert client.get("/dict").json == {"status": "ok"}
    assert client.get("/list").json == [1, 2, 3]


def test_tuples_set_status_and_headers():
    response = client.post("/things")
    assert (response.status_code, response.headers["Location"]) == (201, "/things/7")
    response = client.get("/tagged")
    assert (response.status_code, response.headers["X-Request-Id"]) == (200, "abc123")


def test_a_generator_is_streamed():
    response = client.get("/countdown")
    assert response.text == "3\n2\n1\n"
    assert "Content-Length" not in response.headers  # length unknown up front


def test_returning_nothing_is_a_500_and_a_type_error():
    assert client.get("/forgot").status_code == 500  # logged, generic page
    app.testing = True  # exceptions now reach the test
    try:
        with pytest.raises(TypeError, match="returned None or ended without a return"):
            client.get("/forgot")
        with pytest.raises(TypeError, match="but it was a int"):
            client.get("/number")
    finally:
        app.testing = False
