from flask import Response, redirect, url_for

from redirect_url_for import app

client = app.test_client()


def test_url_for_returns_a_string_and_redirect_a_response():
    with app.test_request_context():
        assert url_for("login") == "/login"
        response = redirect(url_for("login"))
    assert isinstance(response, Response)
    assert (response.status_code, response.headers["Location"]) == (302, "/login")


def test_anonymous_user_is_sent_to_login():
    response = client.get("/dashboard")
    assert response.status_code == 302  # temporary: the default in Flask 3.1
    assert response.headers["Location"] == "/login?next=/dashboard"
    assert client.get("/dashboard", follow_redirects=True).text == "login page"


def test_logged_in_user_sees_the_dashboard():
    with app.test_client() as logged_in:
        with logged_in.session_transaction() as session:
            session["user_id"] = 1
        assert logged_in.get("/dashboard").text == "dashboard"


def test_retired_url_redirects_permanently():
    response = client.get("/old-dashboard")
    assert (response.status_code, response.headers["Location"]) == (301, "/dashboard")
