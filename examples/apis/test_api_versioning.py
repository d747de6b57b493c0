import pytest
from flask import url_for

from api_versioning import app


@pytest.fixture
def client():
    return app.test_client()


def test_both_versions_serve_the_same_data_in_their_own_shape(client):
    assert client.get("/api/v1/users/1").json == {"id": 1, "name": "Ada Lovelace"}
    assert client.get("/api/v2/users/1").json == {
        "id": 1, "given_name": "Ada", "family_name": "Lovelace"}


def test_v1_announces_its_deprecation_and_successor(client):
    headers = client.get("/api/v1/users/1").headers
    assert headers["Deprecation"] == "@1767225600"
    assert headers["Sunset"] == "Thu, 31 Dec 2026 00:00:00 GMT"
    assert headers["Link"] == '<https://docs.example.com/api/v1-to-v2>; rel="deprecation"'


def test_v2_has_no_deprecation_headers(client):
    assert "Deprecation" not in client.get("/api/v2/users/1").headers


def test_endpoint_names_include_the_version(client):
    with app.test_request_context():
        assert url_for("api.v1.get_user", user_id=1) == "/api/v1/users/1"
        assert url_for("api.v2.get_user", user_id=1) == "/api/v2/users/1"


def test_unknown_version_is_a_404(client):
    assert client.get("/api/v3/users/1").status_code == 404
    assert client.get("/api/v2/users/9").status_code == 404
