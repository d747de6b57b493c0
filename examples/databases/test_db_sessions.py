import pytest
from sqlalchemy.orm.exc import DetachedInstanceError

from db_sessions import User, create_app, create_user, create_user_badly, db, sessions_seen


@pytest.fixture
def app(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'app.db'}")  # a file: a real QueuePool
    with app.app_context():
        db.create_all()
        db.session.add(User(name="ada"))
        db.session.commit()
    sessions_seen.clear()
    yield app
    with app.app_context():
        db.engine.dispose()


def test_each_request_gets_its_own_session(app):
    client = app.test_client()
    client.get("/users/1")
    client.get("/users/1")
    first, second = sessions_seen
    assert first is not second


def test_the_connection_goes_back_to_the_pool_after_the_request(app):
    assert app.test_client().get("/users/1").json["connections_in_use"] == 1
    with app.app_context():
        assert db.engine.pool.checkedout() == 0  # released by the teardown


def test_uncommitted_changes_are_discarded_at_teardown(app):
    client = app.test_client()
    client.post("/users/1/rename", data={"name": "lost"})
    assert client.get("/users/1").json["name"] == "ada"
    client.post("/users/1/rename", data={"name": "grace", "commit": "1"})
    assert client.get("/users/1").json["name"] == "grace"


def test_same_context_same_session(app):
    with app.app_context():
        assert db.session() is db.session()
        with app.app_context():  # a pushed context is a new scope
            inner = db.session()
        assert inner is not db.session()


def test_objects_outliving_their_context_are_detached(app):
    user = create_user_badly(app, "bob")
    with pytest.raises(DetachedInstanceError, match="not bound to a Session"):
        user.name  # expired by the commit, and there is no session left to reload it
    assert create_user(app, "cy") == {"id": 3, "name": "cy"}


def test_commit_or_rollback_also_returns_the_connection(app):
    with app.app_context():
        db.session.get(User, 1)
        assert db.engine.pool.checkedout() == 1  # the transaction holds a connection
        db.session.commit()
        assert db.engine.pool.checkedout() == 0  # back in the pool; the next query takes one
