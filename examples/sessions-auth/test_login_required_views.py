import re

import pytest

from login_required_views import create_app, is_safe_redirect

ANN = {"email": "ann@example.com", "password": "correct horse battery"}


@pytest.fixture
def app():
    return create_app(WTF_CSRF_ENABLED=False)  # the CSRF check itself is tested last


def test_anonymous_visitors_are_sent_to_the_login_page(app):
    client = app.test_client()
    response = client.get("/account?tab=orders")
    assert response.status_code == 302
    assert response.headers["Location"] == "/login?next=%2Faccount%3Ftab%3Dorders"
    page = client.get(response.headers["Location"]).text
    assert "Please log in to access this page." in page  # flashed by Flask-Login
    assert 'name="next" value="/account?tab=orders"' in page


def test_logging_in_returns_to_the_page_that_was_asked_for(app):
    client = app.test_client()
    response = client.post("/login?next=/account%3Ftab%3Dorders", data=ANN)
    assert response.status_code == 303
    assert response.headers["Location"] == "/account?tab=orders"
    assert client.get("/account").text == "Signed in as ann@example.com"


def test_a_wrong_password_does_not_log_in(app):
    client = app.test_client()
    response = client.post("/login", data={**ANN, "password": "guess"})
    assert "Wrong email or password." in response.text
    assert client.get("/account").status_code == 302


def test_logout_ends_the_login(app):
    client = app.test_client()
    client.post("/login", data=ANN)
    response = client.post("/logout", follow_redirects=True)
    assert response.request.path == "/" and response.text == "home"
    assert client.get("/account").status_code == 302


@pytest.mark.parametrize("target", [
    "https://evil.example/login",
    "//evil.example/",
    "///evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    " https://evil.example",
    "https:evil.example",
    "javascript:alert(document.cookie)",
    "http://localhost.evil.example/",
    "",
])
def test_the_open_redirect_attack_fails(app, target):
    client = app.test_client()
    with app.test_request_context():
        assert not is_safe_redirect(target)
    response = client.post("/login", data={**ANN, "next": target})
    assert response.headers["Location"] == "/"  # the fallback, not the attacker's page


@pytest.mark.parametrize("target", ["/account", "/account?tab=orders#top",
                                    "http://localhost/account"])
def test_local_targets_are_allowed(app, target):
    with app.test_request_context():
        assert is_safe_redirect(target)
    response = app.test_client().post("/login", data={**ANN, "next": target})
    assert response.headers["Location"] == target


def test_the_unchecked_redirect_sends_the_user_to_the_attacker(app):
    client = app.test_client()
    response = client.post("/unsafe/login?next=https://evil.example/login", data=ANN)
    assert response.headers["Location"] == "https://evil.example/login"  # a fake login page
    assert client.post("/unsafe/login", data={**ANN, "password": "x"}).status_code == 303


def test_the_login_form_needs_its_csrf_token():
    client = create_app().test_client()
    assert client.post("/login", data=ANN).status_code == 400  # forged login: rejected
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
    assert client.post("/login", data={**ANN, "csrf_token": token}).status_code == 303
