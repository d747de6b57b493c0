"""The same allow-lists, declared with marshmallow, Pydantic and WTForms (all three pinned here)."""
import marshmallow
import pydantic
from flask import Flask, request
from marshmallow import fields, validate
from wtforms import Form, StringField
from wtforms.validators import Length

from sec_mass_assign import Account, db

app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db.init_app(app)


class SignupSchema(marshmallow.Schema):
    # Schema.load raises on keys the schema does not declare (the default, unknown=RAISE),
    # and treats dump_only fields as undeclared: a client cannot choose its id.
    id = fields.Integer(dump_only=True)
    email = fields.Email(required=True, validate=validate.Length(max=254))
    display_name = fields.String(load_default="", validate=validate.Length(max=80))


@app.post("/schema/signup")
def signup():
    schema = SignupSchema()
    try:
        data = schema.load(request.get_json())
    except marshmallow.ValidationError as error:
        return {"errors": error.messages}, 400
    account = Account(**data)  # only declared, validated keys
    db.session.add(account)
    db.session.commit()
    return schema.dump(account), 201  # the output side: declared fields only


class ProfileUpdate(pydantic.BaseModel):
    # extra="forbid": unknown keys are an error (the default, "ignore", drops them silently);
    # strict: 42 is not turned into "42".
    model_config = pydantic.ConfigDict(extra="forbid", strict=True)
    display_name: str = pydantic.Field(max_length=80)


def apply_profile_update(account, payload):
    """Set the validated fields on account; return (field, error type) pairs, empty when valid."""
    try:
        update = ProfileUpdate.model_validate(payload)
    except pydantic.ValidationError as error:
        return [(".".join(map(str, e["loc"])), e["type"]) for e in error.errors()]
    for key, value in update.model_dump(exclude_unset=True).items():
        setattr(account, key, value)
    return []


class ProfileForm(Form):
    # populate_obj copies every field declared here, and nothing else. Declaring is_admin
    # on a user-facing form would make it settable again.
    display_name = StringField(validators=[Length(max=80)])


def apply_profile_form(account, formdata):
    form = ProfileForm(formdata)  # in a view: request.form (Flask-WTF's FlaskForm adds CSRF)
    if not form.validate():
        return False
    form.populate_obj(account)
    return True
