import pytest

from cookie_views import app


def test_set_read_and_delete():
    client = app.test_client()
    response = client.put("/theme/dark")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith("theme=dark; Expires=")
    assert "Max-Age=31536000; Secure; HttpOnly; Path=/; SameSite=Lax" in cookie
    assert client.get("/theme").json == {"theme": "dark"}

    response = client.delete("/theme")
    expired = "theme=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Max-Age=0"
    assert response.headers["Set-Cookie"].startswith(expired)
    assert client.get("/theme").json == {"theme": "light"}


def test_a_cookie_over_the_size_limit_warns():
    with pytest.warns(UserWarning, match="The 'history' cookie is too large"):
        app.test_client().get("/big")
    assert app.config["MAX_COOKIE_SIZE"] == 4093


def test_raw_cookies_are_whatever_the_client_sends():
    client = app.test_client()
    assert client.get("/admin-unsafe").status_code == 403
    client.set_cookie("role", "admin")  # no login needed
    assert client.get("/admin-unsafe").text == "admin area"


def test_the_signed_session_cookie_cannot_be_forged():
    client = app.test_client()
    client.set_cookie("session", "eyJyb2xlIjoiYWRtaW4ifQ")  # {"role":"admin"}, unsigned
    assert client.get("/admin").status_code == 403
    with client.session_transaction() as session:  # the server signs this one
        session["role"] = "admin"
    assert client.get("/admin").text == "admin area"
