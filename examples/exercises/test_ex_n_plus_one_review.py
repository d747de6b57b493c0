import contextlib

import pytest
from sqlalchemy import event

from ex_n_plus_one_review import Post, User, create_app, db


@contextlib.contextmanager
def count_queries():
    statements = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.fixture
def app():
    app = create_app()
    with app.app_context():
        db.create_all()
        yield app
        db.drop_all()


def add_users(n):
    for i in range(n):
        db.session.add(User(name=f"user{i}", posts=[Post(title=f"t{i}a"), Post(title=f"t{i}b")]))
    db.session.commit()


@pytest.mark.parametrize("n", [5, 20])
def test_one_query_per_user_plus_one(app, n):
    add_users(n)
    with count_queries() as statements:
        body = app.test_client().get("/users").json
    assert len(body) == n and body[0]["posts"] == ["t0a", "t0b"]
    assert len(statements) == n + 1  # the N+1: one SELECT of users, then one per user
