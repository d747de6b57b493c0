"""Validating JSON bodies with pydantic in a plain Flask app: 422 with field errors."""
from flask import Flask, abort, jsonify, request
from pydantic import BaseModel, ConfigDict, EmailStr, Field, ValidationError

app = Flask(__name__)
ACCOUNTS: list[dict] = []


class SignupIn(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)  # unknown keys: 422

    email: EmailStr
    password: str = Field(min_length=12, max_length=128)
    display_name: str = Field(min_length=1, max_length=80)
    age: int | None = Field(default=None, ge=13, strict=True)  # "42" is not an int here


class AccountOut(BaseModel):  # what the client gets back: no password
    id: int
    email: EmailStr
    display_name: str


def parse_body(model):
    """Validate request JSON against a model; abort with a 422 listing every bad field."""
    try:
        return model.model_validate(request.get_json())  # get_json: 415 / 400 first
    except ValidationError as error:
        fields = [{"field": ".".join(str(part) for part in e["loc"]) or "(body)",
                   "message": e["msg"], "type": e["type"]}
                  # include_input=False: never echo the submitted values (passwords!)
                  for e in error.errors(include_url=False, include_input=False)]
        response = jsonify(error="Validation failed", fields=fields)
        response.status_code = 422
        abort(response)


@app.post("/api/accounts")
def create_account():
    data = parse_body(SignupIn)  # a SignupIn instance: typed, stripped, checked
    account = {"id": len(ACCOUNTS) + 1, **data.model_dump(exclude={"password"})}
    ACCOUNTS.append(account)
    return AccountOut.model_validate(account).model_dump(mode="json"), 201
