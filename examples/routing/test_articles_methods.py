import pytest

from articles_methods import ARTICLES, app


@pytest.fixture
def client():
    ARTICLES.clear()
    ARTICLES[1] = {"id": 1, "title": "Routing", "body": "Rules and views"}
    return app.test_client()


def test_get_reads(client):
    assert client.get("/articles/1").json["title"] == "Routing"


def test_post_creates_with_201_and_location(client):
    response = client.post("/articles", json={"title": "Methods"})
    assert response.status_code == 201
    assert response.headers["Location"] == "/articles/2"
    assert client.get(response.headers["Location"]).json["title"] == "Methods"


def test_post_is_not_idempotent(client):
    client.post("/articles", json={"title": "Twice"})
    client.post("/articles", json={"title": "Twice"})
    assert sorted(ARTICLES) == [1, 2, 3]  # two requests, two new articles


def test_put_replaces_and_is_idempotent(client):
    for _ in range(2):
        response = client.put("/articles/1", json={"title": "New title"})
        assert response.json == {"id": 1, "title": "New title", "body": ""}  # body was reset


def test_patch_updates_only_sent_fields(client):
    response = client.patch("/articles/1", json={"title": "Patched"})
    assert response.json == {"id": 1, "title": "Patched", "body": "Rules and views"}


def test_delete_returns_204_with_empty_body(client):
    response = client.delete("/articles/1")
    assert response.status_code == 204
    assert response.data == b""
    # Idempotent means the same server state, not the same response.
    assert client.delete("/articles/1").status_code == 404


def test_missing_resource_is_404_before_any_change(client):
    assert client.put("/articles/9", json={"title": "x"}).status_code == 404
    assert client.patch("/articles/9", json={"title": "x"}).status_code == 404
    assert 9 not in ARTICLES


def test_head_and_options_come_for_free(client):
    head = client.head("/articles/1")
    assert head.status_code == 200
    assert head.data == b""
    assert head.headers["Content-Length"] == client.get("/articles/1").headers["Content-Length"]
    options = client.options("/articles/1")
    assert set(options.headers["Allow"].split(", ")) == {
        "GET", "HEAD", "OPTIONS", "PUT", "PATCH", "DELETE"
    }


def test_branching_on_request_method(client):
    assert "<form" in client.get("/contact").text
    assert client.post("/contact", data={"name": "Ada"}).text == "Thanks, Ada"
