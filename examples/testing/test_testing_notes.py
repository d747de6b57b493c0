import pytest

from testing_notes import create_app


@pytest.fixture
def app():
    return create_app({"TESTING": True})


@pytest.fixture
def client(app):
    return app.test_client()


def test_html_page(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert response.data == b"<h1>Notes</h1><p>0 saved</p>"     # bytes
    assert "<p>0 saved</p>" in response.text                     # str (Werkzeug 2.1+)


def test_create_then_read_json(client):
    created = client.post("/api/notes", json={"text": "  buy milk "})   # sets Content-Type
    assert created.status_code == 201
    assert created.get_json() == {"id": 1, "text": "buy milk"}
    assert created.headers["Location"] == "/api/notes/1"     # relative since Werkzeug 2.1
    assert client.get(created.headers["Location"]).json == {"id": 1, "text": "buy milk"}


def test_validation_error_is_json(client):
    response = client.post("/api/notes", json={"text": ""})
    assert (response.status_code, response.json) == (400, {"error": "text is required"})
    assert client.post("/api/notes", data="not json").status_code == 400
    assert client.post("/api/notes", json=["a list"]).status_code == 400


def test_get_json_is_none_for_an_html_error_page(client):
    response = client.get("/api/notes/99")
    assert response.status_code == 404
    assert response.get_json() is None          # abort(404) renders HTML, not JSON
    assert "Not Found" in response.text


def test_redirect_without_and_with_following(client):
    response = client.get("/notes")
    assert response.status_code == 302
    assert response.headers["Location"] == "/"

    response = client.get("/notes", follow_redirects=True)
    assert response.status_code == 200
    assert response.request.path == "/"                       # where we ended up
    assert [r.status_code for r in response.history] == [302]  # how we got there


def test_query_string_and_headers(client):
    response = client.get("/", query_string={"page": 2}, headers={"Accept-Language": "de"})
    assert response.request.args["page"] == "2"
    assert response.request.headers["Accept-Language"] == "de"
