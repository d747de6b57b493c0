import time

import pytest
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from werkzeug.security import check_password_hash, generate_password_hash

from user_auth import User, create_app, db

ANN = {"email": "ann@example.com", "password": "correct horse battery"}


@pytest.fixture
def app():
    app = create_app()
    yield app
    with app.app_context():
        db.drop_all()
        db.engine.dispose()


@pytest.fixture
def client(app):
    client = app.test_client()
    assert client.post("/signup", data=ANN).status_code == 201
    client.post("/logout")
    return client


def stored_hash(app):
    with app.app_context():
        return db.session.get(User, 1).password_hash


def test_passwords_are_stored_as_salted_scrypt_hashes(app, client):
    method, salt, digest = stored_hash(app).split("$")
    assert method == "scrypt:32768:8:1"  # Werkzeug 3.x default: n=2**15, r=8, p=1
    assert len(salt) == 16 and len(digest) == 128
    assert generate_password_hash(ANN["password"]) != stored_hash(app)  # new salt each time


def test_login_logout_and_a_protected_page(client):
    response = client.get("/me", follow_redirects=True)
    assert response.request.path == "/login" and response.text == "the login form"
    response = client.post("/login", data={**ANN, "email": "ANN@example.com "})  # normalized
    assert response.status_code == 303
    assert client.get("/me").json == {"email": "ann@example.com"}
    client.post("/logout")
    assert client.get("/me").status_code == 302


def test_unknown_email_and_wrong_password_look_the_same(client):
    wrong = client.post("/login", data={**ANN, "password": "guess"})
    unknown = client.post("/login", data={**ANN, "email": "bob@example.com"})
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json == unknown.json == {"error": "wrong email or password"}


def test_signup_rules(client):
    assert client.post("/signup", data=ANN).json == {"error": "cannot create this account"}
    assert client.post("/signup", data={"email": "bob@example.com",
                                        "password": "short"}).status_code == 400


def test_inactive_users_cannot_log_in(app, client):
    with app.app_context():
        db.session.get(User, 1).active = False
        db.session.commit()
    assert client.post("/login", data=ANN).status_code == 401
    assert client.post("/api/tokens", json=ANN).status_code == 401


def test_old_pbkdf2_hashes_are_upgraded_at_the_next_login(app, client):
    with app.app_context():
        db.session.get(User, 1).password_hash = generate_password_hash(
            ANN["password"], method="pbkdf2")  # as stored by an old deployment
        db.session.commit()
    assert stored_hash(app).startswith("pbkdf2:sha256:1000000$")
    assert client.post("/login", data=ANN).status_code == 303
    assert stored_hash(app).startswith("scrypt:")


def test_plain_sha256_hashes_from_before_werkzeug_2_3_raise():
    with pytest.raises(ValueError, match="Invalid hash method 'sha256'"):
        check_password_hash("sha256$salt$0123abcd", ANN["password"])  # a 500 at login
    with pytest.raises(ValueError):
        generate_password_hash(ANN["password"], method="sha256")


def test_api_clients_use_a_bearer_token(client):
    token = client.post("/api/tokens", json=ANN).json["token"]
    api = client.application.test_client()  # no cookies at all
    response = api.get("/api/me", headers={"Authorization": f"Bearer {token}"})
    assert response.json == {"email": "ann@example.com"}
    assert client.post("/api/tokens", json={**ANN, "password": "x"}).status_code == 401


def test_the_api_ignores_the_session_cookie(client):
    client.post("/login", data=ANN)
    assert client.get("/me").status_code == 200
    response = client.get("/api/me")  # a cross-site request would carry this cookie too
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"


class IssuedTwoHoursAgo(TimestampSigner):
    def get_timestamp(self):
        return int(time.time()) - 7200


@pytest.mark.parametrize("make_header", [
    lambda token, key: "Bearer Mg" + token[token.index("."):],  # user id 1 ("MQ") changed to 2
    lambda token, key: f"Bearer {URLSafeTimedSerializer('guessed', salt='api-token').dumps(1)}",
    lambda token, key: "Bearer " + URLSafeTimedSerializer(
        key, salt="api-token", signer=IssuedTwoHoursAgo).dumps(1),  # expired
    lambda token, key: f"Basic {token}",
    lambda token, key: "",
])
def test_bad_tokens_are_rejected(app, client, make_header):
    token = client.post("/api/tokens", json=ANN).json["token"]
    assert token.startswith("MQ.")  # the payload is readable base64 JSON: 1
    response = client.get("/api/me", headers={"Authorization": make_header(token, app.secret_key)})
    assert response.status_code == 401
