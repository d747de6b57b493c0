import pytest

from api_pagination import Post, create_app, db


@pytest.fixture
def app():
    app = create_app()
    with app.app_context():
        db.session.add_all(Post(title=f"post {n}") for n in range(1, 51))  # ids 1..50
        db.session.commit()
    yield app
    with app.app_context():
        db.engine.dispose()


@pytest.fixture
def client(app):
    return app.test_client()


def add_post(app, title):
    with app.app_context():
        db.session.add(Post(title=title))
        db.session.commit()


def test_page_numbers_with_links_in_body_and_link_header(client):
    response = client.get("/api/posts?page=2&per_page=10")
    body = response.json
    assert [p["id"] for p in body["items"]] == list(range(40, 30, -1))
    assert body["total"] == 50
    assert body["links"] == {"next": "http://localhost/api/posts?page=3&per_page=10",
                             "prev": "http://localhost/api/posts?page=1&per_page=10"}
    assert response.headers["Link"] == (
        '<http://localhost/api/posts?page=3&per_page=10>; rel="next", '
        '<http://localhost/api/posts?page=1&per_page=10>; rel="prev"')


def test_last_page_has_no_next_and_past_the_end_is_empty(client):
    last = client.get("/api/posts?page=5&per_page=10").json
    assert "next" not in last["links"]
    past = client.get("/api/posts?page=9&per_page=10")
    assert past.status_code == 200 and past.json["items"] == []  # error_out=False
    assert "next" not in past.json["links"]


def test_out_of_range_parameters_are_a_400(client):
    assert client.get("/api/posts?per_page=1000").status_code == 400
    assert client.get("/api/posts?page=0").status_code == 400


def test_unbounded_defaults_let_a_client_dump_the_table(client):
    assert client.get("/api/posts-unbounded").json == {"count": 20}
    assert client.get("/api/posts-unbounded?per_page=1000000").json == {"count": 50}
    # and error_out=True turns a bad number into a 404, not a 400
    assert client.get("/api/posts-unbounded?page=abc").status_code == 404


def test_offset_pages_shift_when_rows_are_inserted(app, client):
    first = [p["id"] for p in client.get("/api/posts?per_page=10").json["items"]]
    add_post(app, "breaking news")  # id 51 lands at the top of the list
    second = [p["id"] for p in client.get("/api/posts?page=2&per_page=10").json["items"]]
    assert set(first) & set(second) == {41}  # the client sees post 41 twice


def test_keyset_cursor_is_stable_under_inserts(app, client):
    first = client.get("/api/feed?limit=10").json
    assert [p["id"] for p in first["items"]] == list(range(50, 40, -1))
    assert first["next"] == "http://localhost/api/feed?before=41&limit=10"
    add_post(app, "breaking news")
    second = client.get(first["next"]).json
    assert [p["id"] for p in second["items"]] == list(range(40, 30, -1))  # no duplicate


def test_keyset_last_page_has_no_next(client):
    last = client.get("/api/feed?before=6&limit=10").json
    assert [p["id"] for p in last["items"]] == [5, 4, 3, 2, 1]
    assert last["next"] is None
