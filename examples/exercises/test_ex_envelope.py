import pytest

from ex_envelope import create_app


@pytest.fixture
def client():
    return create_app().test_client()


def test_success_envelope(client):
    body = client.get("/api/users").json
    assert body == {"success": True, "status": 200, "message": "",
                    "data": [{"id": 1, "name": "Ada"}, {"id": 2, "name": "Grace"}]}


def test_single_user(client):
    assert client.get("/api/users/1").json["data"] == {"id": 1, "name": "Ada"}


def test_delete_has_a_message_and_no_data(client):
    response = client.delete("/api/users/2")
    assert response.json == {"success": True, "status": 200, "message": "User deleted.", "data": None}


@pytest.mark.parametrize("method, path, status", [
    ("get", "/api/users/99", 404), ("delete", "/api/users/99", 404),
    ("get", "/nowhere", 404), ("put", "/api/users", 405),
])
def test_errors_use_the_same_envelope(client, method, path, status):
    response = getattr(client, method)(path)
    assert response.status_code == status and response.is_json
    assert response.json["success"] is False and response.json["status"] == status
    assert response.json["data"] is None and response.json["message"]


def test_a_405_keeps_its_allow_header(client):
    response = client.put("/api/users")
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert response.content_type == "application/json"  # the envelope, not Werkzeug's HTML
