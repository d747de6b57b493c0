from datetime import datetime, timedelta, timezone

import flask_login.config
import pytest
from werkzeug.http import parse_date

from remember_me import User, create_app

ANN = {"user_id": "1", "password": "old password"}


def restart_browser(client):
    """A browser restart: session cookies are gone, persistent cookies stay."""
    client.delete_cookie("session")


def test_remember_me_sets_a_long_lived_httponly_cookie():
    client = create_app().test_client()
    response = client.post("/login", data={**ANN, "remember": "on"})
    header = next(h for h in response.headers.getlist("Set-Cookie")
                  if h.startswith("remember_token="))
    assert "HttpOnly" in header and "Secure" in header and "SameSite=Lax" in header
    expires = parse_date(header.split("Expires=")[1].split(";")[0])
    assert abs(expires - datetime.now(timezone.utc) - timedelta(days=14)) < timedelta(minutes=1)
    value = client.get_cookie("remember_token").value
    assert value.startswith("1:") and len(value.rpartition("|")[2]) == 128  # id|HMAC-SHA512


def test_without_remember_me_a_browser_restart_logs_out():
    client = create_app().test_client()
    client.post("/login", data=ANN)
    assert client.get_cookie("remember_token") is None
    restart_browser(client)
    assert client.get("/dashboard").status_code == 302


def test_a_remembered_login_is_not_fresh_until_the_password_is_confirmed():
    client = create_app().test_client()
    client.post("/login", data={**ANN, "remember": "on"})
    assert client.get("/dashboard").json == {"user": "1", "fresh": True}
    restart_browser(client)
    assert client.get("/dashboard").json == {"user": "1", "fresh": False}  # from the cookie

    response = client.post("/settings/password", data={"new_password": "new password"})
    assert response.status_code == 302
    assert response.headers["Location"] == "/reauthenticate?next=%2Fsettings%2Fpassword"

    response = client.post("/reauthenticate?next=%2Fsettings%2Fpassword", data=ANN)
    assert response.headers["Location"] == "/settings/password"
    assert client.post("/settings/password", data={"new_password": "new"}).status_code == 200
    assert client.get("/dashboard").json == {"user": "1", "fresh": True}  # still logged in


def test_flask_login_defaults():
    assert flask_login.config.COOKIE_DURATION == timedelta(days=365)
    assert flask_login.config.COOKIE_SECURE is False
    assert flask_login.config.COOKIE_HTTPONLY is True
    assert flask_login.config.COOKIE_SAMESITE is None


def steal_remember_cookie(app):
    victim = app.test_client()
    victim.post("/login", data={**ANN, "remember": "on"})
    attacker = app.test_client()
    attacker.set_cookie("remember_token", victim.get_cookie("remember_token").value)
    return victim, attacker


def test_with_a_plain_id_a_stolen_cookie_outlives_logout_and_password_change():
    victim, attacker = steal_remember_cookie(create_app(User))  # get_id() is just the id
    victim.post("/logout")
    victim.post("/login", data=ANN)
    victim.post("/settings/password", data={"new_password": "new password"})
    assert attacker.get("/dashboard").json == {"user": "1", "fresh": False}  # still in


def test_with_a_rotating_token_a_password_change_revokes_stolen_cookies():
    victim, attacker = steal_remember_cookie(create_app())
    assert attacker.get("/dashboard").status_code == 200  # works until the victim reacts
    victim.post("/settings/password", data={"new_password": "new password"})
    assert attacker.get("/dashboard").status_code == 302  # sent to the login page
    assert victim.get("/dashboard").status_code == 200  # the victim stays logged in


def test_logout_deletes_the_remember_cookie_in_this_browser():
    client = create_app().test_client()
    client.post("/login", data={**ANN, "remember": "on"})
    assert client.post("/logout").headers["Location"] == "/login"
    assert client.get_cookie("remember_token") is None
    assert client.get("/dashboard").status_code == 302


def test_wrong_passwords_are_rejected():
    client = create_app().test_client()
    assert client.post("/login", data={**ANN, "password": "x"}).status_code == 401
    client.post("/login", data={**ANN, "remember": "on"})
    restart_browser(client)
    assert client.get("/reauthenticate").status_code == 200
    assert client.post("/reauthenticate", data={"password": "x"}).status_code == 401
    response = client.post("/reauthenticate?next=https://evil.example/", data=ANN)
    assert response.headers["Location"] == "/dashboard"


def test_the_password_change_logs_in_the_real_user_not_the_current_user_proxy():
    app = create_app()
    seen = []

    def record_login(sender, user):  # an audit log, say, that reads the user's id
        seen.append((type(user).__name__, user.id))

    client = app.test_client()
    client.post("/login", data=ANN)
    with flask_login.user_logged_in.connected_to(record_login, app):
        assert client.post("/settings/password", data={"new_password": "n"}).status_code == 200
        assert client.get("/dashboard").json == {"user": "1", "fresh": True}
    assert seen == [("RevocableUser", "1")]


@pytest.mark.parametrize("query", [
    "next=/%09/evil.example",  # a tab once decoded: browsers drop it, leaving //evil.example
    "next=/%0A/evil.example",  # a newline
    "next=/%5Cevil.example",  # a backslash: browsers read /\ as //
    "next=//evil.example",  # scheme-relative
    "next=https://evil.example/",  # absolute, another host
    "next=https://localhost@evil.example/",  # user info "localhost", host evil.example
])
def test_reauthenticate_refuses_disguised_off_site_targets(query):
    client = create_app().test_client()
    client.post("/login", data=ANN)
    response = client.post(f"/reauthenticate?{query}", data=ANN)
    assert response.headers["Location"] == "/dashboard"
