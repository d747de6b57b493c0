import pathlib
import subprocess
import sys

import pytest
from sqlalchemy.exc import LegacyAPIWarning

from books_sqlalchemy import Book, app, db


@pytest.fixture
def client():
    with app.app_context():
        db.drop_all()  # start each test from empty tables, without the sample row
        db.create_all()
    return app.test_client()


@pytest.fixture
def dune(client):
    with app.app_context():
        db.session.add(Book(slug="dune", title="Dune"))
        db.session.commit()
    return client


def test_get_or_404(dune):
    assert dune.get("/books/1").json == {"id": 1, "title": "Dune"}
    missing = dune.get("/books/2")
    assert missing.status_code == 404
    assert "No book with that id." in missing.text


def test_one_or_404(dune):
    assert dune.get("/books/by-slug/dune").json == {"id": 1, "title": "Dune"}
    assert dune.get("/books/by-slug/emma").status_code == 404


def test_first_or_404(client):
    assert client.get("/books/latest").status_code == 404
    with app.app_context():
        db.session.add_all([Book(slug="dune", title="Dune"), Book(slug="emma", title="Emma")])
        db.session.commit()
    assert client.get("/books/latest").json == {"id": 2, "title": "Emma"}


def test_legacy_query_get_or_404_warns_on_sqlalchemy_2(dune):
    # The old Model.query.get_or_404 still exists, but it calls the legacy Query.get().
    with app.test_request_context():
        with pytest.warns(LegacyAPIWarning, match="Query.get"):
            assert Book.query.get_or_404(1).title == "Dune"


AS_PRINTED = """
from books_sqlalchemy import app
client = app.test_client()  # a fresh process: no fixture has created the tables
print(client.get("/books/1").status_code, client.get("/books/by-slug/dune").json)
"""


def test_the_app_as_printed_answers_without_the_tests_setup():
    result = subprocess.run([sys.executable, "-W", "error", "-c", AS_PRINTED],
                            cwd=pathlib.Path(__file__).parent, capture_output=True, text=True,
                            timeout=60)
    assert result.stdout == "200 {'id': 1, 'title': 'Dune'}\n", result.stderr
