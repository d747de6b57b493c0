import importlib.metadata

import pytest
from werkzeug.datastructures import MultiDict

from sec_mass_assign import Account, db
from sec_mass_assign_schemas import ProfileUpdate, apply_profile_form, apply_profile_update, app


@pytest.fixture
def client():
    with app.app_context():
        db.create_all()
    yield app.test_client()
    with app.app_context():
        db.drop_all()


def test_the_three_libraries_are_pinned_here():
    versions = {name: importlib.metadata.version(name)
                for name in ("marshmallow", "pydantic", "WTForms")}
    assert versions == {"marshmallow": "4.4.0", "pydantic": "2.14.3", "WTForms": "3.3.2"}


def test_marshmallow_rejects_unknown_and_dump_only_fields(client):
    response = client.post("/schema/signup", json={"email": "eve@example.com", "is_admin": True,
                                                   "id": 7})
    assert response.status_code == 400
    assert response.json == {"errors": {"is_admin": ["Unknown field."], "id": ["Unknown field."]}}
    response = client.post("/schema/signup", json={"email": "not-an-email"})
    assert response.json == {"errors": {"email": ["Not a valid email address."]}}


def test_marshmallow_loads_the_allowed_fields_and_dumps_the_public_ones(client):
    response = client.post("/schema/signup", json={"email": "eve@example.com"})
    assert response.status_code == 201
    assert response.json == {"id": 1, "email": "eve@example.com", "display_name": ""}
    with app.app_context():
        assert db.session.get(Account, 1).is_admin is False


def test_pydantic_forbids_extra_keys_and_wrong_types():
    account = Account(display_name="Eve", credit=0)
    assert apply_profile_update(account, {"display_name": "Eve", "credit": 10**6}) == [
        ("credit", "extra_forbidden")]
    assert apply_profile_update(account, {"display_name": 42}) == [("display_name", "string_type")]
    assert apply_profile_update(account, {"display_name": "Eve R."}) == []
    assert (account.display_name, account.credit) == ("Eve R.", 0)
    assert ProfileUpdate.model_json_schema()["additionalProperties"] is False


def test_wtforms_populate_obj_sets_only_the_form_fields():
    account = Account(display_name="Eve", is_admin=False)
    assert apply_profile_form(account, MultiDict({"display_name": "Eve R.", "is_admin": "y"}))
    assert (account.display_name, account.is_admin) == ("Eve R.", False)
    assert not apply_profile_form(account, MultiDict({"display_name": "x" * 81}))
    assert account.display_name == "Eve R."  # an invalid form changes nothing
