import pytest

from api_etags import Page, create_app, db


@pytest.fixture
def app(tmp_path):
    app = create_app(f"sqlite:///{tmp_path / 'pages.db'}")  # a file: real separate connections
    with app.app_context():
        db.session.add(Page(title="Draft"))
        db.session.commit()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


def test_get_sends_an_etag(client):
    response = client.get("/api/pages/1")
    assert response.headers["ETag"] == '"v1"'
    assert response.headers["Cache-Control"] == "no-cache"


def test_if_none_match_gives_304_without_a_body(client):
    etag = client.get("/api/pages/1").headers["ETag"]
    response = client.get("/api/pages/1", headers={"If-None-Match": etag})
    assert response.status_code == 304
    assert response.data == b""
    weak = client.get("/api/pages/1", headers={"If-None-Match": 'W/"v1"'})
    assert weak.status_code == 304  # If-None-Match uses weak comparison
    assert client.get("/api/pages/1", headers={"If-None-Match": '"v0"'}).status_code == 200


def test_put_without_if_match_is_428(client):
    assert client.put("/api/pages/1", json={"title": "x"}).status_code == 428


def test_put_with_the_current_etag_succeeds_and_returns_the_new_one(client):
    response = client.put("/api/pages/1", json={"title": "Final"}, headers={"If-Match": '"v1"'})
    assert response.status_code == 200
    assert response.headers["ETag"] == '"v2"'
    assert client.get("/api/pages/1").json["title"] == "Final"


def test_if_match_star_and_weak_tags(client):
    assert client.put("/api/pages/1", json={"title": "a"},
                      headers={"If-Match": 'W/"v1"'}).status_code == 412  # strong only
    assert client.put("/api/pages/1", json={"title": "a"},
                      headers={"If-Match": "*"}).status_code == 200  # "any version"


def test_naive_put_loses_an_update(client):
    # Alice and Bob both load version 1; Alice saves first, then Bob saves his stale copy.
    client.put("/api/naive/pages/1", json={"title": "Alice's title"})
    client.put("/api/naive/pages/1", json={"title": "Bob's title"})
    assert client.get("/api/pages/1").json["title"] == "Bob's title"  # Alice's work is gone


def test_if_match_turns_the_lost_update_into_a_412(client):
    etag = client.get("/api/pages/1").headers["ETag"]  # both read "v1"
    alice = client.put("/api/pages/1", json={"title": "Alice's title"}, headers={"If-Match": etag})
    bob = client.put("/api/pages/1", json={"title": "Bob's title"}, headers={"If-Match": etag})
    assert (alice.status_code, bob.status_code) == (200, 412)
    assert client.get("/api/pages/1").json["title"] == "Alice's title"


def test_the_guarded_update_catches_a_write_between_check_and_update(app, client):
    """Simulate another request committing after our If-Match check passed."""
    from sqlalchemy import event

    def sneak_in(orm_execute_state):
        if orm_execute_state.is_update and not getattr(sneak_in, "done", False):
            sneak_in.done = True
            with db.engine.begin() as other:  # another connection, as another worker would
                other.execute(Page.__table__.update().values(title="Other", version=2))

    with app.app_context():
        event.listen(db.session, "do_orm_execute", sneak_in)
        try:
            response = client.put("/api/pages/1", json={"title": "Mine"},
                                  headers={"If-Match": '"v1"'})
        finally:
            event.remove(db.session, "do_orm_execute", sneak_in)
    assert response.status_code == 412
    assert client.get("/api/pages/1").json["title"] == "Other"
