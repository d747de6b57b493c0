import flask
import flask.testing
import pytest
import werkzeug.wrappers
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import NotFound
from werkzeug.routing import Map
from werkzeug.security import check_password_hash, generate_password_hash
from werkzeug.test import Client
from werkzeug.utils import secure_filename

from werkzeug_parts import flask_app, werkzeug_app


def test_plain_werkzeug_app_routes_and_responds():
    client = Client(werkzeug_app)  # Werkzeug's own test client
    assert client.get("/users/1").text == "user ada"
    assert client.get("/users/2").status_code == 404
    assert client.get("/users/x").status_code == 404  # the int converter is Werkzeug's


def test_flask_builds_on_werkzeug_classes():
    assert issubclass(flask.Request, werkzeug.wrappers.Request)
    assert issubclass(flask.Response, werkzeug.wrappers.Response)
    assert isinstance(flask_app.url_map, Map)
    assert issubclass(flask.testing.FlaskClient, Client)
    client = flask_app.test_client()
    assert client.get("/users/1").text == "ada"
    assert client.get("/users/2").status_code == 404


def test_abort_raises_a_werkzeug_exception():
    with flask_app.test_request_context():
        with pytest.raises(NotFound) as caught:
            flask.abort(404)
    assert caught.value.code == 404


def test_request_data_structures_and_parsing():
    with flask_app.test_request_context("/?tag=a&tag=b",
                                        headers={"Accept-Language": "de;q=0.5, fr"}):
        assert isinstance(flask.request.args, MultiDict)
        assert flask.request.args.getlist("tag") == ["a", "b"]
        assert flask.request.accept_languages.best_match(["de", "fr"]) == "fr"


def test_utilities_used_in_flask_apps():
    assert secure_filename("../../etc/passwd") == "etc_passwd"
    hashed = generate_password_hash("s3cret")
    assert hashed.startswith("scrypt:")  # the default method in Werkzeug 3
    assert check_password_hash(hashed, "s3cret")
    assert not check_password_hash(hashed, "wrong")
