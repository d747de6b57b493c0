import re

import pytest

from forms_contact import MESSAGES, app


@pytest.fixture
def client():
    MESSAGES.clear()
    return app.test_client()


def csrf_token_from(client):
    page = client.get("/contact").text
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def test_get_renders_the_form_with_a_csrf_token(client):
    response = client.get("/contact")
    assert response.status_code == 200
    assert '<input type="hidden" name="csrf_token"' in response.text


def test_invalid_input_is_re_rendered_with_errors_and_values(client):
    token = csrf_token_from(client)
    response = client.post("/contact", data={
        "csrf_token": token, "name": "<b>Ann</b>", "email": "not-an-email", "message": "hi",
    })
    assert response.status_code == 422
    assert "Please enter a valid email address." in response.text
    assert "at least 10 characters" in response.text
    assert 'value="&lt;b&gt;Ann&lt;/b&gt;"' in response.text  # input kept, escaped
    assert MESSAGES == []


def test_a_blank_name_is_an_error(client):
    response = client.post("/contact", data={
        "csrf_token": csrf_token_from(client), "name": "   ", "email": "ann@example.com",
        "message": "Please call me back.",
    })
    assert response.status_code == 422
    assert '<p class="error" id="name-error">Please enter your name.</p>' in response.text


def test_valid_input_is_saved_then_redirected_and_flashed_once(client):
    token = csrf_token_from(client)
    response = client.post("/contact", data={
        "csrf_token": token, "name": "Ann", "email": "ann@example.com",
        "message": "Please call me back.",
    })
    assert response.status_code == 303
    assert response.headers["Location"] == "/contact"
    assert MESSAGES == [{"name": "Ann", "email": "ann@example.com",
                         "message": "Please call me back."}]

    page = client.get("/contact").text  # what the browser loads after the redirect
    assert '<p class="flash success">Thanks, your message was sent.</p>' in page
    assert "Thanks" not in client.get("/contact").text  # reload: the message is gone
    assert len(MESSAGES) == 1  # and reloading never re-submitted the POST


def test_a_cross_site_post_without_the_token_is_rejected(client):
    client.get("/contact")  # the victim has a session with this site
    response = client.post("/contact", data={  # what a form on another site would send
        "name": "Spam", "email": "spam@example.com", "message": "Buy cheap watches now",
    })
    assert response.status_code == 400
    assert "The CSRF token is missing." in response.text
    assert MESSAGES == []
