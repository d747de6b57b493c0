import logging
from datetime import timedelta

import pytest
from flask import Flask

from sec_hardening import SENT_EMAILS, create_app

ENV = {"SHOP_SECRET_KEY": "from-the-secret-store"}
SITE = "https://shop.example"


def test_flask_cookie_defaults_leave_work_to_you():
    config = Flask(__name__).config
    assert config["SESSION_COOKIE_HTTPONLY"] is True
    assert config["SESSION_COOKIE_SECURE"] is False
    assert config["SESSION_COOKIE_SAMESITE"] is None
    assert config["PERMANENT_SESSION_LIFETIME"] == timedelta(days=31)
    assert config["TRUSTED_HOSTS"] is None and config["MAX_CONTENT_LENGTH"] is None


def test_hardened_session_cookie():
    client = create_app(ENV).test_client()
    cookie = client.post("/login", base_url=SITE).headers["Set-Cookie"]
    assert "; Secure" in cookie and "; HttpOnly" in cookie and "SameSite=Lax" in cookie
    plain = create_app(ENV, hardened=False).test_client()
    default_cookie = plain.post("/login").headers["Set-Cookie"]
    assert "Secure" not in default_cookie and "SameSite" not in default_cookie


def test_host_header_poisoning_sends_reset_links_to_the_attacker():
    SENT_EMAILS.clear()
    client = create_app(ENV, hardened=False).test_client()
    client.post("/forgot-password", data={"email": "ada@example.com"},
                headers={"Host": "evil.example"})
    assert SENT_EMAILS[0][1].startswith("http://evil.example/reset/")  # token goes to evil


def test_trusted_hosts_refuses_foreign_host_headers():
    SENT_EMAILS.clear()
    client = create_app(ENV).test_client()
    evil = client.post("/forgot-password", data={"email": "ada@example.com"},
                       headers={"Host": "evil.example"})
    assert evil.status_code == 400 and SENT_EMAILS == []
    ok = client.post("/forgot-password", base_url=SITE, data={"email": "ada@example.com"})
    assert ok.status_code == 200
    assert SENT_EMAILS[0][1].startswith("https://shop.example/reset/")
    assert client.get("/reset/abc", base_url="https://www.shop.example").status_code == 200


def test_errors_reveal_nothing_to_the_client(caplog):
    client = create_app(ENV).test_client()
    with caplog.at_level(logging.ERROR):
        response = client.get("/report", base_url=SITE)
    assert response.status_code == 500 and response.json == {"error": "internal error"}
    assert "orders_2024" not in response.text
    assert "Exception on /report [GET]" in caplog.text  # the details are in the log


def test_body_size_limit():
    client = create_app(ENV).test_client()
    big = client.post("/forgot-password", base_url=SITE, data={"email": "x" * 3_000_000})
    assert big.status_code == 413


def test_no_secret_no_start():
    with pytest.raises(RuntimeError, match="SHOP_SECRET_KEY must be set"):
        create_app({})
