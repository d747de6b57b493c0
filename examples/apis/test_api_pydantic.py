import pytest

from api_pydantic import ACCOUNTS, app

VALID = {"email": "ana@example.com", "password": "correct horse battery", "display_name": " Ana "}


@pytest.fixture
def client():
    ACCOUNTS.clear()
    return app.test_client()


def test_valid_body_is_parsed_and_cleaned(client):
    response = client.post("/api/accounts", json=VALID | {"age": 30})
    assert response.status_code == 201
    assert response.json == {"id": 1, "email": "ana@example.com", "display_name": "Ana"}
    assert "password" not in ACCOUNTS[0] and ACCOUNTS[0]["age"] == 30


def test_every_invalid_field_is_reported_at_once(client):
    response = client.post("/api/accounts", json={"email": "nope", "password": "hunter2",
                                                  "display_name": ""})
    assert response.status_code == 422
    assert [f["field"] for f in response.json["fields"]] == ["email", "password", "display_name"]
    assert "hunter2" not in response.text  # the submitted password is not echoed back


def test_unknown_fields_are_rejected_not_ignored(client):
    response = client.post("/api/accounts", json=VALID | {"is_admin": True})
    assert response.status_code == 422
    assert response.json["fields"] == [{"field": "is_admin", "type": "extra_forbidden",
                                        "message": "Extra inputs are not permitted"}]


def test_strict_field_refuses_a_numeric_string(client):
    response = client.post("/api/accounts", json=VALID | {"age": "42"})
    assert response.json["fields"][0]["type"] == "int_type"


def test_wrong_top_level_type_and_non_json(client):
    response = client.post("/api/accounts", json=["not", "an", "object"])
    assert response.status_code == 422
    assert response.json["fields"][0]["field"] == "(body)"
    assert client.post("/api/accounts", data=VALID).status_code == 415  # a form post
