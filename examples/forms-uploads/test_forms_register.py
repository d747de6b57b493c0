import re

import pytest
from flask import Flask

from forms_register import USERS, RegistrationForm, create_app

GOOD = {"username": "ann_lee", "email": "ann@example.com",
        "password": "correct horse battery", "confirm": "correct horse battery"}


@pytest.fixture(autouse=True)
def users():
    USERS.clear()
    USERS["admin"] = "admin@example.com"


def token(client):
    return re.search(r'id="csrf_token" name="csrf_token" type="hidden" value="([^"]+)"',
                     client.get("/register").text).group(1)


def test_a_valid_submission_is_saved_flashed_and_redirected():
    client = create_app().test_client()
    response = client.post("/register", data={**GOOD, "csrf_token": token(client)})
    assert response.status_code == 303
    assert USERS["ann_lee"] == "ann@example.com"
    assert "Welcome, ann_lee!" in client.get("/register").text


@pytest.mark.parametrize(("change", "error"), [
    ({"username": "admin"}, "That username is taken."),
    ({"username": "Ann Lee"}, "Use lowercase letters, digits and underscores."),
    ({"username": "  ab  "}, "Field must be between 3 and 30 characters long."),
    ({"email": "ann@"}, "Invalid email address."),
    ({"password": "short", "confirm": "short"}, "Field must be at least 12 characters long."),
    ({"confirm": "something else"}, "Passwords must match."),
])
def test_each_validator_reports_its_error(change, error):
    client = create_app().test_client()
    response = client.post("/register", data={**GOOD, **change, "csrf_token": token(client)})
    assert response.status_code == 422
    assert error in response.text
    assert 'value="correct horse battery"' not in response.text  # passwords are not echoed
    assert list(USERS) == ["admin"]


def test_the_inline_validator_only_runs_after_the_chain_passes():
    app = create_app(WTF_CSRF_ENABLED=False)
    with app.test_request_context(method="POST", data={**GOOD, "username": ""}):
        form = RegistrationForm()
        assert not form.validate()
        assert form.errors["username"] == ["This field is required."]  # stopped there


def test_a_forged_post_without_the_token_fails_validation():
    client = create_app().test_client()
    client.get("/register")  # the victim has a session
    response = client.post("/register", data=GOOD)  # posted from another site
    assert response.status_code == 422
    assert "The CSRF token is missing." in response.text
    assert "ann_lee" not in USERS


def test_validate_on_submit_means_a_submit_method_and_valid_data():
    app = create_app(WTF_CSRF_ENABLED=False)  # the usual switch in unit tests
    with app.test_request_context("/register?username=ann_lee", method="GET"):
        assert not RegistrationForm().validate_on_submit()  # GET is never a submission
    for method in ("POST", "PUT", "PATCH", "DELETE"):
        with app.test_request_context(method=method, data=GOOD):
            assert RegistrationForm().validate_on_submit()


def test_without_a_secret_key_the_csrf_token_cannot_be_made():
    app = Flask(__name__)
    with app.test_request_context(), pytest.raises(RuntimeError, match="secret key is required"):
        RegistrationForm().csrf_token()
