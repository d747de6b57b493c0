"""Two ways to isolate database tests: a new SQLite database per test, or one PostgreSQL
schema with every test inside a transaction that is rolled back at the end."""
import contextlib

import pytest

from testing_db_app import create_app, db

# -- 1. A fresh in-memory SQLite database per test ------------------------------------------


@pytest.fixture
def sqlite_client():
    app = create_app("sqlite://")
    with app.app_context():
        db.create_all()
    yield app.test_client()
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


def test_each_sqlite_test_starts_empty(sqlite_client):
    assert sqlite_client.post("/members", data={"email": "ann@example.com"}).status_code == 201
    assert sqlite_client.post("/members", data={"email": "ann@example.com"}).status_code == 409
    assert sqlite_client.get("/members/count").get_json() == {"count": 1}


# -- 2. A rolled-back transaction per test on a real server --------------------------------


@pytest.fixture
def pg_app(postgres_url):
    app = create_app(postgres_url)
    with app.app_context():
        db.create_all()           # a real suite does this (or `flask db upgrade`) once per run
    yield app
    with app.app_context():
        db.engine.dispose()


@contextlib.contextmanager
def rolled_back(app, join_mode="create_savepoint"):
    """Run the app on one connection inside a transaction, and roll it back afterwards."""
    with app.app_context():
        engines = db.engines      # Flask-SQLAlchemy's {bind key: engine} dict for this app
        # The view's commit() and rollback() then work on a SAVEPOINT, not the transaction.
        db.session.configure(join_transaction_mode=join_mode)
    engine = engines[None]
    connection = engine.connect()
    outer = connection.begin()
    engines[None] = connection    # every session for this app now uses this connection
    try:
        yield outer
    finally:
        if outer.is_active:
            outer.rollback()
        connection.close()
        engines[None] = engine
        with app.app_context():
            db.session.configure(join_transaction_mode="conditional_savepoint")   # the default


@pytest.fixture
def pg_client(pg_app):
    with rolled_back(pg_app):
        yield pg_app.test_client()


def test_a_typical_test_just_uses_the_fixture(pg_client):
    assert pg_client.post("/members", data={"email": "ann@example.com"}).status_code == 201
    assert pg_client.get("/members/count").get_json() == {"count": 1}


def test_commits_in_views_are_undone_after_the_test(pg_app):
    with rolled_back(pg_app):     # one test
        client = pg_app.test_client()
        assert client.post("/members", data={"email": "ann@example.com"}).status_code == 201
        # The duplicate fails, and the view's rollback() only undoes its own savepoint.
        assert client.post("/members", data={"email": "ann@example.com"}).status_code == 409
        assert client.post("/members", data={"email": "bob@example.com"}).status_code == 201
        assert client.get("/members/count").get_json() == {"count": 2}
    with rolled_back(pg_app):     # the next test: the same schema, no rows
        assert pg_app.test_client().get("/members/count").get_json() == {"count": 0}


def test_without_savepoints_a_rollback_in_a_view_escapes_isolation(pg_app):
    # Anti-pattern: the SQLAlchemy default for a connection already in a transaction.
    with rolled_back(pg_app, join_mode="rollback_only") as outer:
        client = pg_app.test_client()
        client.post("/members", data={"email": "ann@example.com"})
        client.post("/members", data={"email": "ann@example.com"})     # 409 -> rollback()
        assert not outer.is_active                 # the test's own transaction is gone
        assert client.get("/members/count").get_json() == {"count": 0}    # ann vanished too
        client.post("/members", data={"email": "bob@example.com"})     # committed for real
    with rolled_back(pg_app):     # ... and the next test finds bob
        assert pg_app.test_client().get("/members/count").get_json() == {"count": 1}
