import pytest

from composed_app import create_app, db


@pytest.fixture
def app():
    app = create_app("sqlite://")  # in-memory database for the test
    with app.app_context():
        db.create_all()  # no built-in migrations either: Flask-Migrate/Alembic is another choice
        yield app


def test_notes_round_trip(app):
    client = app.test_client()
    assert client.post("/notes", json={"text": "pick tools per project"}).status_code == 201
    assert client.get("/notes").json == [{"id": 1, "text": "pick tools per project"}]


def test_only_what_you_registered_exists(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    assert endpoints == {"static", "add_note", "list_notes"}  # no admin, auth or ORM views
    assert app.test_client().get("/admin/").status_code == 404
