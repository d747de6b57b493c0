import pytest

from api_apiflask import PETS, app


@pytest.fixture
def client():
    PETS.clear()
    return app.test_client()


def test_valid_input_and_filtered_output(client):
    response = client.post("/pets", json={"name": "Rex", "category": "dog"})
    assert response.status_code == 201
    assert response.json == {"id": 1, "name": "Rex", "category": "dog"}  # no internal_notes
    assert client.get("/pets/1").json["name"] == "Rex"


def test_validation_errors_are_422_per_field(client):
    response = client.post("/pets", json={"name": "", "category": "cow", "owner_id": 7})
    assert response.status_code == 422
    assert response.json == {"message": "Validation error", "detail": {"json": {
        "name": ["Length must be between 1 and 50."],
        "category": ["Must be one of: dog, cat."],
        "owner_id": ["Unknown field."],
    }}}


def test_errors_are_json(client):
    response = client.get("/pets/99")
    assert response.status_code == 404
    assert response.json == {"detail": {}, "message": "Not Found"}


def test_openapi_document_is_generated_from_the_schemas(client):
    spec = client.get("/openapi.json").json
    assert spec["openapi"] == "3.1.0"
    assert spec["info"] == {"title": "Pet Store API", "version": "1.0.0"}
    operation = spec["paths"]["/pets"]["post"]
    assert operation["summary"] == "Create a pet"  # from the docstring
    assert operation["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/PetIn"}
    assert set(operation["responses"]) == {"201", "422"}
    assert spec["components"]["schemas"]["PetIn"]["required"] == ["category", "name"]
    assert "OwnerIn" in spec["components"]["schemas"]  # pydantic models too
    assert client.get("/docs").status_code == 200  # interactive docs (Swagger UI)


def test_marshmallow_input_checks_the_content_type(client):
    body = '{"name": "Rex", "category": "dog"}'
    response = client.post("/pets", data=body, content_type="text/plain")
    assert response.status_code == 422  # not read as JSON: required fields missing


def test_pydantic_input_parses_any_content_type(client):
    # APIFlask's pydantic adapter calls get_json(force=True): a text/plain body,
    # which a cross-site HTML form can send, is accepted as JSON.
    response = client.post("/owners", data='{"name": "Ann"}', content_type="text/plain")
    assert response.status_code == 201
    assert client.post("/owners", json={"name": ""}).status_code == 422
