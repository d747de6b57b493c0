import pytest

from ex_pagination import Post, create_app, db


@pytest.fixture
def client():
    app = create_app()
    with app.app_context():
        db.create_all()
        db.session.add_all(Post(title=f"Post {n}") for n in range(1, 24))
        db.session.commit()
        yield app.test_client()
        db.drop_all()


def test_first_page_by_default(client):
    body = client.get("/posts").json
    assert [p["id"] for p in body["items"]] == list(range(1, 11))
    assert (body["page"], body["pages"], body["total"]) == (1, 3, 23)
    assert body["next"] == "/posts?page=2&per_page=10" and body["prev"] is None


def test_a_later_page_and_its_links(client):
    body = client.get("/posts?page=3&per_page=5").json
    assert [p["id"] for p in body["items"]] == [11, 12, 13, 14, 15]
    assert body["prev"] == "/posts?page=2&per_page=5"
    assert body["next"] == "/posts?page=4&per_page=5"


def test_last_page_is_short(client):
    body = client.get("/posts?page=5&per_page=5").json
    assert [p["id"] for p in body["items"]] == [21, 22, 23] and body["next"] is None


def test_bad_input_never_errors(client):
    assert client.get("/posts?page=abc").json["page"] == 1       # type=int falls back to 1
    assert client.get("/posts?page=0").json["page"] == 1         # error_out=False clamps
    assert client.get("/posts?page=99").json["items"] == []      # past the end: empty, 200
    assert client.get("/posts?per_page=1000").json["per_page"] == 50  # max_per_page caps it
