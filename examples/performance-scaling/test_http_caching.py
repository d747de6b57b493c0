import pytest

from http_caching import ARTICLES, app, renders


@pytest.fixture
def client():
    renders["count"] = 0
    ARTICLES[1]["revision"] = 7
    return app.test_client()


def test_hashed_etag_gives_304_but_still_renders(client):
    first = client.get("/articles/1/hashed")
    assert first.status_code == 200
    assert first.headers["Cache-Control"] == "public, max-age=60"
    etag = first.headers["ETag"]

    again = client.get("/articles/1/hashed", headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.data == b""
    assert renders["count"] == 2  # the body was built twice anyway


def test_version_etag_skips_rendering(client):
    first = client.get("/articles/1")
    assert first.headers["ETag"] == '"article-1-r7"'
    assert first.headers["Last-Modified"] == "Fri, 01 May 2026 12:00:00 GMT"

    again = client.get("/articles/1", headers={"If-None-Match": '"article-1-r7"'})
    assert again.status_code == 304
    assert again.headers["ETag"] == '"article-1-r7"'
    assert renders["count"] == 1  # 304 answered without rendering


def test_a_new_revision_invalidates_the_etag(client):
    client.get("/articles/1")
    ARTICLES[1]["revision"] = 8
    response = client.get("/articles/1", headers={"If-None-Match": '"article-1-r7"'})
    assert response.status_code == 200
    assert response.json["revision"] == 8


def test_per_user_responses_are_private(client):
    response = client.get("/me")
    assert response.headers["Cache-Control"] == "private, no-cache"
    assert response.headers["Vary"] == "Cookie"  # added by Flask: the view read the session


def test_sensitive_responses_are_not_stored(client):
    assert client.get("/statement").headers["Cache-Control"] == "no-store"


def test_views_without_a_policy_get_the_default(client):
    assert client.get("/plain").headers["Cache-Control"] == "no-cache"
