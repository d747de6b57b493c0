import hashlib
import hmac
import re

import pytest
from flask import session
from flask_wtf.csrf import generate_csrf, validate_csrf
from wtforms import ValidationError

from forms_csrf import NOTES, create_app


@pytest.fixture
def app():
    NOTES.clear()
    return create_app()


def page_token(client, base_url="http://localhost"):
    page = client.get("/notes", base_url=base_url).text
    return re.search(r'<meta name="csrf-token" content="([^"]+)">', page).group(1)


def test_fetch_with_the_token_in_a_header_succeeds(app):
    client = app.test_client()
    token = page_token(client)
    response = client.post("/api/notes", json={"text": "hi"}, headers={"X-CSRFToken": token})
    assert response.status_code == 201
    assert NOTES == ["hi"]


def test_a_forged_request_without_the_token_fails(app):
    client = app.test_client()
    page_token(client)  # the victim is on the site: a session cookie exists
    response = client.post("/api/notes", json={"text": "pwned"})
    assert response.status_code == 400
    assert response.json == {"error": "The CSRF token is missing."}
    assert NOTES == []


def test_the_attackers_own_token_does_not_fit_the_victims_session(app):
    attacker_token = page_token(app.test_client())
    victim = app.test_client()
    page_token(victim)
    response = victim.post("/api/notes", json={"text": "pwned"},
                           headers={"X-CSRFToken": attacker_token})
    assert response.json == {"error": "The CSRF tokens do not match."}


def test_a_tampered_token_is_invalid(app):
    client = app.test_client()
    token = page_token(client)
    response = client.post("/api/notes", json={"text": "x"}, headers={"X-CSRFToken": token + "x"})
    assert response.json == {"error": "The CSRF token is invalid."}


def test_tokens_expire_after_the_time_limit(app):
    assert app.config["WTF_CSRF_TIME_LIMIT"] == 3600  # seconds; None means no limit
    with app.test_request_context():
        token = generate_csrf()
        assert "csrf_token" in session  # the raw value lives in the session
        validate_csrf(token)
        with pytest.raises(ValidationError, match="The CSRF token has expired."):
            validate_csrf(token, time_limit=-1)  # as if the form sat open too long


def test_over_https_the_referer_must_be_this_site(app):
    client = app.test_client()
    base = "https://shop.test"
    token = page_token(client, base)
    headers = {"X-CSRFToken": token}
    no_referer = client.post("/api/notes", json={"text": "x"}, headers=headers, base_url=base)
    assert no_referer.json == {"error": "The referrer header is missing."}
    foreign = client.post("/api/notes", json={"text": "x"}, base_url=base,
                          headers={**headers, "Referer": "https://evil.example/"})
    assert foreign.json == {"error": "The referrer does not match the host."}
    own = client.post("/api/notes", json={"text": "x"}, base_url=base,
                      headers={**headers, "Referer": "https://shop.test/notes"})
    assert own.status_code == 201


def test_the_exempt_webhook_checks_a_signature_instead(app):
    client = app.test_client()
    body = b'{"paid": true}'
    assert client.post("/webhooks/payments", data=body).status_code == 403
    signature = hmac.new(app.config["WEBHOOK_SECRET"], body, hashlib.sha256).hexdigest()
    response = client.post("/webhooks/payments", data=body, headers={"X-Signature": signature})
    assert response.status_code == 204


def test_the_session_cookie_is_samesite_lax(app):
    client = app.test_client()
    response = client.get("/notes")
    assert "SameSite=Lax" in response.headers["Set-Cookie"]


def test_the_methods_csrfprotect_checks_by_default(app):
    assert app.config["WTF_CSRF_METHODS"] == {"POST", "PUT", "PATCH", "DELETE"}
    assert app.test_client().get("/notes").status_code == 200  # GET needs no token
