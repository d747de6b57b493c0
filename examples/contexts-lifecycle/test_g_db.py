import sqlite3

import pytest
from flask import g

from g_db import app, get_db, init_db, opened

client = app.test_client()


@pytest.fixture(autouse=True, scope="module")
def keep_memory_database_alive():
    keepalive = sqlite3.connect(app.config["DATABASE"], uri=True)
    yield
    keepalive.close()


@pytest.fixture(autouse=True)
def database():
    init_db()
    opened.clear()


def test_one_connection_per_request_closed_at_teardown():
    assert client.get("/me", headers={"X-Token": "t-ada"}).json == {
        "user": "ada", "connections_opened": 1}  # get_db() called twice, one connection
    [conn] = opened
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        conn.execute("SELECT 1")


def test_unknown_token_is_401_and_still_cleaned_up():
    assert client.get("/me", headers={"X-Token": "nope"}).status_code == 401
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].execute("SELECT 1")


def test_g_is_empty_at_the_start_of_every_request():
    assert client.get("/counter").json == {"hits": 1}
    assert client.get("/counter").json == {"hits": 1}


def test_g_outside_any_context_is_an_error():
    with pytest.raises(RuntimeError, match="outside of application context"):
        g.user


def test_flask_31_reuses_an_app_context_that_is_already_pushed():
    # Wrapping requests in `with app.app_context()` shares one g between them in 3.1.
    with app.app_context():
        assert client.get("/counter").json == {"hits": 1}
        assert client.get("/counter").json == {"hits": 2}  # leaked from the last request
        assert get_db() is get_db()
