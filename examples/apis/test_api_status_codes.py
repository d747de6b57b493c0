import pytest

from api_status_codes import PROJECTS, app

WRITER = {"Authorization": "Bearer writer-token"}


@pytest.fixture
def client():
    PROJECTS.clear()
    PROJECTS["docs"] = {"slug": "docs", "title": "Docs"}
    return app.test_client()


def test_200_for_reads_and_201_with_location_for_creates(client):
    assert client.get("/projects").status_code == 200
    created = client.post("/projects", json={"slug": "api"}, headers=WRITER)
    assert created.status_code == 201
    assert created.headers["Location"] == "/projects/api"
    assert client.get(created.headers["Location"]).json == {"slug": "api", "title": "api"}


def test_204_has_no_body_and_404_for_unknown_resources(client):
    deleted = client.delete("/projects/docs", headers=WRITER)
    assert (deleted.status_code, deleted.data) == (204, b"")
    assert client.delete("/projects/docs", headers=WRITER).status_code == 404
    missing = client.get("/projects/docs")
    assert missing.status_code == 404
    assert missing.json["error"] == "Not Found"  # JSON, not Flask's HTML page


def test_401_without_credentials_and_403_without_permission(client):
    anonymous = client.post("/projects", json={"slug": "x"})
    assert anonymous.status_code == 401
    assert anonymous.headers["WWW-Authenticate"] == "Bearer"
    reader = client.post("/projects", json={"slug": "x"},
                         headers={"Authorization": "Bearer reader-token"})
    assert reader.status_code == 403
    assert "x" not in PROJECTS


def test_415_for_a_body_that_is_not_json(client):
    response = client.post("/projects", data={"slug": "x"}, headers=WRITER)  # a form post
    assert response.status_code == 415
    assert response.json["error"] == "Unsupported Media Type"


def test_400_for_malformed_json_or_the_wrong_shape(client):
    broken = client.post("/projects", data="{'slug': 1", content_type="application/json",
                         headers=WRITER)
    assert broken.status_code == 400
    assert client.post("/projects", json=["api"], headers=WRITER).status_code == 400


def test_422_for_valid_json_with_invalid_values(client):
    response = client.post("/projects", json={"slug": "not a slug"}, headers=WRITER)
    assert response.status_code == 422
    assert set(response.json["fields"]) == {"slug"}


def test_409_when_the_request_conflicts_with_current_state(client):
    response = client.post("/projects", json={"slug": "docs"}, headers=WRITER)
    assert response.status_code == 409
    assert PROJECTS["docs"]["title"] == "Docs"  # unchanged


def test_405_keeps_its_allow_header(client):
    response = client.put("/projects")
    assert response.status_code == 405
    assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS", "POST"}
