import pytest

from feature_status import create_app


@pytest.fixture
def client():
    return create_app(APP_VERSION="9.9.9").test_client()


def test_new_status_route_follows_the_existing_json_convention(client):
    response = client.get("/api/status")
    assert response.status_code == 200
    assert response.json["data"]["status"] == "ok"
    assert response.json["data"]["version"] == "9.9.9"
    assert response.json["data"]["uptime_seconds"] >= 0


def test_existing_routes_are_unchanged(client):
    assert client.get("/api/items").json == {"data": [{"id": 1, "name": "mug"}]}


def test_status_is_read_only(client):
    assert client.post("/api/status").status_code == 405
