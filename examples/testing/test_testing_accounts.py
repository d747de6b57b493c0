import io
import re

import pytest

from testing_accounts import create_app

PASSWORD = "correct horse battery"


@pytest.fixture
def app(tmp_path):
    # CSRF off for most tests; test_csrf_enabled_end_to_end keeps one path honest.
    return create_app({"TESTING": True, "WTF_CSRF_ENABLED": False, "UPLOAD_FOLDER": tmp_path})


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def logged_in(client):
    """Skip the login form: write the session directly."""
    with client.session_transaction() as session:
        session["user"] = "ann"
    return client


def test_login_through_the_form(client):
    response = client.post("/login", data={"username": "ann", "password": PASSWORD})
    assert response.status_code == 302 and response.headers["Location"] == "/account"
    with client.session_transaction() as session:      # read what the app stored
        assert session["user"] == "ann"
    cookie = client.get_cookie("session")               # Werkzeug 2.3+
    assert cookie is not None and cookie.http_only
    assert client.get("/account").get_json() == {"user": "ann"}


def test_wrong_password(client):
    response = client.post("/login", data={"username": "ann", "password": "guess"})
    assert response.status_code == 401
    assert "Wrong user name or password." in response.text
    with client.session_transaction() as session:
        assert "user" not in session


def test_session_transaction_skips_the_form(logged_in):
    assert logged_in.get("/account").get_json() == {"user": "ann"}


def test_upload_a_file(logged_in, tmp_path):
    png = b"\x89PNG\r\n\x1a\n fake image"
    response = logged_in.post("/avatar", data={"avatar": (io.BytesIO(png), "../../me.PNG")})
    assert response.status_code == 201                  # multipart chosen automatically
    assert response.get_json() == {"saved": "ann.png"}
    assert (tmp_path / "ann.png").read_bytes() == png


@pytest.mark.parametrize("data, status", [
    ({}, 400),                                           # no file at all
    ({"avatar": (io.BytesIO(b"MZ"), "setup.exe")}, 400),  # wrong type
    # Over MAX_CONTENT_LENGTH (256 KiB) but under 500 KB: the test client spools bigger
    # bodies to a temporary file it never closes, a ResourceWarning under -W error.
    ({"avatar": (io.BytesIO(b"x" * 300_000), "big.png")}, 413),
])
def test_rejected_uploads(logged_in, data, status):
    response = logged_in.post("/avatar", data=data, content_type="multipart/form-data")
    assert response.status_code == status


def test_pages_need_a_login(client):
    assert client.get("/account").headers["Location"] == "/login"
    assert client.post("/avatar", data={"avatar": (io.BytesIO(b"x"), "a.png")}).status_code == 401


def test_csrf_enabled_end_to_end(tmp_path):
    client = create_app({"TESTING": True, "UPLOAD_FOLDER": tmp_path}).test_client()
    refused = client.post("/login", data={"username": "ann", "password": PASSWORD})
    assert refused.status_code == 400 and "The CSRF token is missing." in refused.text
    page = client.get("/login").text                    # the token is bound to this session
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)[1]
    form = {"username": "ann", "password": PASSWORD, "csrf_token": token}
    accepted = client.post("/login", data=form)
    assert accepted.status_code == 302
