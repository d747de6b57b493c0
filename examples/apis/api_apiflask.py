"""APIFlask: input validation, output filtering and an OpenAPI document from the same schemas."""
from apiflask import APIFlask, Schema, abort
from apiflask.fields import Integer, String
from apiflask.validators import Length, OneOf
from pydantic import BaseModel, Field

app = APIFlask(__name__, title="Pet Store API", version="1.0.0")
PETS: dict[int, dict] = {}


class PetIn(Schema):  # marshmallow 4: unknown fields are rejected by default
    name = String(required=True, validate=Length(1, 50))
    category = String(required=True, validate=OneOf(["dog", "cat"]))


class PetOut(Schema):
    id = Integer()
    name = String()
    category = String()


class OwnerIn(BaseModel):  # APIFlask 3 also accepts pydantic models
    name: str = Field(min_length=1, max_length=80)


@app.post("/pets")
@app.input(PetIn)  # validated data arrives as json_data; errors become a 422
@app.output(PetOut, status_code=201)  # serialized through PetOut: extra keys dropped
def create_pet(json_data):
    """Create a pet"""
    pet_id = len(PETS) + 1
    PETS[pet_id] = {"id": pet_id, **json_data, "internal_notes": "not for clients"}
    return PETS[pet_id]


@app.get("/pets/<int:pet_id>")
@app.output(PetOut)
def get_pet(pet_id):
    """Get a pet"""
    if pet_id not in PETS:
        abort(404)  # APIFlask answers in JSON, not HTML
    return PETS[pet_id]


@app.post("/owners")
@app.input(OwnerIn)
def create_owner(json_data):
    """Create an owner"""
    return {"name": json_data.name}, 201
