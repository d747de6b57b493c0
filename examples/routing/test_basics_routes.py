import pytest

from basics_routes import USERS, app


@pytest.fixture
def client():
    saved = dict(USERS)
    yield app.test_client()
    USERS.clear()
    USERS.update(saved)


def test_url_for_builds_paths_from_endpoint_names(client):
    assert client.get("/").json == {"profile": "/profile/ada", "user": "/users/1"}


def test_string_converter_matches_one_segment(client):
    assert client.get("/profile/ada").text == "Profile of ada"
    assert client.get("/profile/ada/extra").status_code == 404


def test_int_converter_converts_and_constrains(client):
    assert client.get("/users/2").json == {"id": 2, "name": "linus"}
    assert client.get("/users/abc").status_code == 404  # no rule matches
    assert client.get("/users/-1").status_code == 404  # unsigned unless signed=True
    assert client.get("/users/99").status_code == 404  # matched, then abort(404)


def test_float_converter_needs_a_decimal_point(client):
    assert client.get("/prices/9.5").json == {"amount": 9.5}
    assert client.get("/prices/9").status_code == 404


def test_path_converter_accepts_slashes(client):
    assert client.get("/files/docs/2026/report.pdf").json == {"subpath": "docs/2026/report.pdf"}


def test_uuid_converter_returns_a_uuid(client):
    response = client.get("/orders/12345678-1234-5678-1234-567812345678")
    assert response.json == {"type": "UUID", "hex": "12345678123456781234567812345678"}
    assert client.get("/orders/not-a-uuid").status_code == 404


def test_any_converter_limits_values(client):
    assert client.get("/about").json == {"page": "about"}
    assert client.get("/pricing").status_code == 404


def test_methods_restrict_what_a_rule_accepts(client):
    assert client.get("/users").json == {"count": 2}
    created = client.post("/users", data={"name": "grace"})
    assert (created.status_code, created.json) == (201, {"id": 3})
    assert client.delete("/users").status_code == 405
    assert client.post("/profile/ada").status_code == 405  # GET-only rule
