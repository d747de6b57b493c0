import hashlib
import hmac
import re

from sec_csrf import WEBHOOK_SECRET, create_app

EVIL_FORM = {"to": "mallory", "amount": "1000"}  # what a hidden form on evil.example posts


def logged_in(app, user="alice"):
    client = app.test_client()
    client.post("/login", data={"user": user})  # /login itself needs a token when protected
    return client


def token_from_page(client):
    html = client.get("/transfer").text
    return re.search(r'name="csrf_token" value="([^"]+)"', html)[1]


def test_without_csrf_protection_a_forged_post_succeeds():
    app = create_app(protect=False)
    victim = logged_in(app)
    # The browser attaches alice's session cookie to the cross-site form post.
    assert victim.post("/transfer", data=EVIL_FORM).text == "sent"
    assert app.transfers == [("alice", "mallory", "1000")]


def test_with_csrfprotect_a_post_without_token_is_rejected():
    app = create_app()
    client = app.test_client()
    response = client.post("/transfer", data=EVIL_FORM)
    assert response.status_code == 400
    assert response.json == {"error": "csrf", "reason": "The CSRF token is missing."}
    assert app.transfers == []


def test_the_real_form_works():
    app = create_app()
    client = app.test_client()
    token = token_from_page(client)
    anonymous = client.post("/transfer", data={"to": "bob", "amount": "5", "csrf_token": token})
    assert anonymous.status_code == 401  # a valid token is not a login
    assert client.post("/login", data={"user": "alice", "csrf_token": token}).text == "ok"
    sent = client.post("/transfer", data={"to": "bob", "amount": "5", "csrf_token": token})
    assert sent.text == "sent"
    assert app.transfers == [("alice", "bob", "5")]


def test_a_token_from_another_session_does_not_work():
    app = create_app()
    attacker, victim = app.test_client(), app.test_client()
    stolen = token_from_page(attacker)  # a valid token, but for the attacker's session
    token_from_page(victim)  # the victim has a session token of their own
    response = victim.post("/transfer", data={**EVIL_FORM, "csrf_token": stolen})
    assert response.json["reason"] == "The CSRF tokens do not match."


def test_javascript_sends_the_token_in_a_header():
    app = create_app()
    client = app.test_client()
    html = client.get("/transfer").text
    meta_token = re.search(r'<meta name="csrf-token" content="([^"]+)">', html)[1]
    response = client.post("/login", data={"user": "alice"},
                           headers={"X-CSRFToken": meta_token})
    assert response.text == "ok"


def test_over_https_the_referer_must_match_the_host():
    client = create_app().test_client()
    site = "https://bank.test"
    html = client.get("/transfer", base_url=site).text
    form = {"user": "alice", "csrf_token": re.search(r'value="([^"]+)"', html)[1]}

    def post(**headers):
        return client.post("/login", base_url=site, data=form, headers=headers)

    assert post().json["reason"] == "The referrer header is missing."
    evil = post(Referer="https://evil.example/")
    assert evil.json["reason"] == "The referrer does not match the host."
    assert post(Referer="https://bank.test/transfer").text == "ok"


def test_session_cookie_is_samesite_lax():
    response = create_app().test_client().get("/transfer")  # the token's secret is in the session
    assert "SameSite=Lax" in response.headers["Set-Cookie"]


def sign(body):
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def test_an_exempt_webhook_checks_its_own_signature():
    client = create_app().test_client()
    body = b'{"paid": 42}'
    ok = client.post("/webhooks/payments", data=body, headers={"X-Signature": sign(body)})
    assert ok.text == "accepted"
    forged = client.post("/webhooks/payments", data=body, headers={"X-Signature": "0" * 64})
    assert forged.status_code == 403


def test_tests_can_switch_it_off_with_wtf_csrf_enabled():
    app = create_app()
    app.config["WTF_CSRF_ENABLED"] = False  # for unit tests of form logic only
    victim = logged_in(app)
    assert victim.post("/transfer", data=EVIL_FORM).text == "sent"
