import pytest
from sqlalchemy import event

from ex_n_plus_one_fixed import Post, User, create_app, db


@pytest.fixture
def app():
    app = create_app()
    with app.app_context():
        db.create_all()
        yield app
        db.drop_all()


@pytest.mark.parametrize("n", [5, 50])
def test_query_count_no_longer_grows_with_users(app, n):
    for i in range(n):
        db.session.add(User(name=f"user{i}", posts=[Post(title=f"t{i}a"), Post(title=f"t{i}b")]))
    db.session.commit()
    statements = []
    listener = lambda conn, cursor, statement, *rest: statements.append(statement)  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    body = app.test_client().get("/users").json
    event.remove(db.engine, "before_cursor_execute", listener)
    assert body["items"][0] == {"id": 1, "name": "user0", "posts": ["t0a", "t0b"]}
    assert len(body["items"]) == min(n, 20) and body["total"] == n
    assert len(statements) == 3  # the users, one IN (...) for all their posts, COUNT for the page
    assert " IN (" in statements[1] and "count(*)" in statements[2]
