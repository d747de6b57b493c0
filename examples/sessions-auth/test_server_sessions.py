from datetime import timedelta

from flask import Flask, session

from server_sessions import MemoryStore, create_app

ANN = {"user": "ann", "password": "correct horse battery"}


def sid(client):
    return client.get_cookie("session").value


def test_the_cookie_holds_only_a_random_id():
    client = create_app().test_client()
    client.post("/login", data=ANN)
    assert len(sid(client)) == 43 and "ann" not in sid(client)  # nothing to decode
    assert client.get("/").json == {"user": "ann", "visits": 1}
    assert client.get("/").json["visits"] == 2


def test_session_fixation_works_when_the_id_is_not_rotated():
    app = create_app()
    attacker = app.test_client()
    attacker.get("/")  # a valid, anonymous session id
    victim = app.test_client()
    victim.set_cookie("session", sid(attacker))  # planted: sibling subdomain, XSS, ...
    victim.post("/unsafe/login", data=ANN)
    assert attacker.get("/").json["user"] == "ann"  # the attacker is now logged in as Ann


def test_rotating_the_id_at_login_defeats_fixation():
    app = create_app()
    attacker = app.test_client()
    attacker.get("/")
    planted = sid(attacker)
    victim = app.test_client()
    victim.set_cookie("session", planted)
    assert victim.post("/login", data=ANN).json == {"user": "ann"}
    assert sid(victim) != planted
    assert victim.get("/").json == {"user": "ann", "visits": 2}  # data carried over
    assert attacker.get("/").json == {"user": None, "visits": 1}  # a fresh, empty session


def test_unknown_ids_are_never_adopted():
    client = create_app().test_client()
    client.set_cookie("session", "chosen-by-the-attacker")
    client.get("/")
    assert sid(client) != "chosen-by-the-attacker"


def test_wrong_passwords_are_rejected():
    client = create_app().test_client()
    assert client.post("/login", data={**ANN, "password": "x"}).status_code == 401
    assert client.post("/unsafe/login", data={**ANN, "password": "x"}).status_code == 401


def test_logout_revokes_a_copied_cookie():
    app = create_app()
    client = app.test_client()
    client.post("/login", data=ANN)
    thief = app.test_client()
    thief.set_cookie("session", sid(client))
    assert thief.get("/").json["user"] == "ann"
    client.post("/logout")
    assert client.get_cookie("session") is None
    assert thief.get("/").json["user"] is None  # the server forgot the id


def test_with_signed_cookie_sessions_a_copied_cookie_survives_logout():
    app = Flask(__name__)
    app.secret_key = "dev-only"

    @app.post("/login")
    def login():
        session["user_id"] = "ann"
        return ""

    @app.post("/logout")
    def logout():
        session.clear()
        return ""

    @app.get("/")
    def home():
        return {"user": session.get("user_id")}

    client = app.test_client()
    client.post("/login")
    thief = app.test_client()
    thief.set_cookie("session", client.get_cookie("session").value)
    client.post("/logout")
    assert client.get("/").json == {"user": None}
    assert thief.get("/").json == {"user": "ann"}  # valid until PERMANENT_SESSION_LIFETIME


def test_logout_everywhere_ends_every_session_of_the_user():
    app = create_app()
    laptop, phone = app.test_client(), app.test_client()
    laptop.post("/login", data=ANN)
    phone.post("/login", data=ANN)
    anonymous = app.test_client()
    anonymous.get("/")
    assert app.test_client().post("/logout-everywhere").status_code == 401
    laptop.post("/logout-everywhere")
    assert phone.get("/").json["user"] is None
    assert anonymous.get("/").json["visits"] == 2  # other people's sessions are untouched


def test_the_server_enforces_the_lifetime():
    now = [1_000_000.0]
    app = create_app(MemoryStore(clock=lambda: now[0]))
    app.permanent_session_lifetime = timedelta(hours=1)
    client = app.test_client()
    client.post("/login", data=ANN)
    now[0] += 3599
    assert client.get("/").json["user"] == "ann"  # activity slides the expiry
    now[0] += 3601
    assert client.get("/").json["user"] is None  # idle for more than an hour
