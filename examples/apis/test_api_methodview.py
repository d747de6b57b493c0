import pytest
from flask import Flask
from flask.views import MethodView

from api_methodview import Book, BookItem, create_app, db


@pytest.fixture
def app():
    app = create_app()
    with app.app_context():
        db.session.add(Book(title="Dune", author="Frank Herbert"))
        db.session.commit()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


def test_list_and_detail(client):
    assert client.get("/api/books").json == [{"id": 1, "title": "Dune", "author": "Frank Herbert"}]
    assert client.get("/api/books/1").json["title"] == "Dune"
    assert client.get("/api/books/99").status_code == 404


def test_create_returns_201_with_location(client):
    response = client.post("/api/books", json={"title": "Emma", "author": "Jane Austen"})
    assert response.status_code == 201
    assert response.headers["Location"] == "/api/books/2"
    assert client.get("/api/books/2").json["author"] == "Jane Austen"


def test_put_replaces_and_requires_every_field(client):
    assert client.put("/api/books/1", json={"title": "Dune Messiah"}).status_code == 422
    response = client.put("/api/books/1", json={"title": "Dune Messiah", "author": "F. H."})
    assert response.json == {"id": 1, "title": "Dune Messiah", "author": "F. H."}


def test_patch_changes_only_the_fields_sent(client):
    response = client.patch("/api/books/1", json={"title": "Children of Dune"})
    assert response.json == {"id": 1, "title": "Children of Dune", "author": "Frank Herbert"}


def test_unknown_fields_are_ignored(client):
    response = client.patch("/api/books/1", json={"id": 7, "title": "Dune"})
    assert response.json["id"] == 1


def test_delete_returns_204_then_404(client):
    response = client.delete("/api/books/1")
    assert (response.status_code, response.data) == (204, b"")
    assert client.delete("/api/books/1").status_code == 404


def test_bad_bodies(client):
    assert client.post("/api/books", data="title=Emma").status_code == 415
    assert client.post("/api/books", json=["Emma"]).status_code == 400
    assert client.post("/api/books", json={"title": " ", "author": "x"}).status_code == 422


def test_methods_come_from_the_class(client):
    allow = client.options("/api/books/1").headers["Allow"]
    assert set(allow.split(", ")) == {"GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"}
    assert client.delete("/api/books").status_code == 405
    assert client.head("/api/books/1").status_code == 200  # HEAD falls back to get()


def test_the_class_gives_its_handlers_flask_and_werkzeug_add_options_and_head():
    assert BookItem.methods == {"GET", "PUT", "PATCH", "DELETE"}  # what the class defines

    class Described(MethodView):
        def get(self):
            return "x"

        def options(self):  # defined on the class: Flask's automatic OPTIONS stays out
            return "", 204, {"Allow": "GET, HEAD, OPTIONS", "Accept-Patch": "application/json"}

    app = Flask(__name__)
    app.add_url_rule("/x", view_func=Described.as_view("described"))
    client = app.test_client()
    response = client.options("/x")
    assert response.status_code == 204 and response.headers["Accept-Patch"] == "application/json"
    assert client.head("/x").status_code == 200  # HEAD still goes to get()
