import base64
import json
import zlib
from datetime import datetime, timedelta, timezone

import hashlib
import time

from flask import Flask
from flask.sessions import session_json_serializer
from itsdangerous import TimestampSigner, URLSafeTimedSerializer
from werkzeug.http import parse_date

from session_basics import app


def client():
    return app.test_client()  # (the test client sends Secure cookies over http too)


def read_payload(cookie_value):
    """What anyone holding the cookie can do: decode it, no key needed."""
    compressed = cookie_value.startswith(".")
    payload = cookie_value.lstrip(".").split(".")[0]
    data = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    return json.loads(zlib.decompress(data) if compressed else data)


def test_the_session_survives_between_requests():
    c = client()
    c.post("/cart/book")
    c.post("/cart/pen")
    assert c.get("/cart").json == {"cart": ["book", "pen"]}


def test_the_cookie_is_signed_but_readable_by_the_client():
    c = client()
    c.post("/cart/book")
    value = c.get_cookie("session").value
    assert read_payload(value) == {"cart": ["book"]}  # not encrypted
    c.post("/cart/" + "x" * 200)  # larger payloads are zlib-compressed, still readable
    value = c.get_cookie("session").value
    assert value.startswith(".") and read_payload(value)["cart"][0] == "book"


def test_changes_inside_a_mutable_value_are_lost_without_modified():
    c = client()
    c.post("/unsafe/cart/book")
    c.post("/unsafe/cart/pen")  # appended, but the session was not marked as modified
    assert c.get("/cart").json == {"cart": ["book"]}


def test_cookie_flags_from_config_and_defaults():
    header = client().post("/cart/book").headers["Set-Cookie"]
    assert "HttpOnly" in header and "Secure" in header and "SameSite=Lax" in header
    assert "Expires" not in header  # not permanent: a browser-session cookie
    assert client().get("/cart").headers["Vary"] == "Cookie"  # the session was read

    defaults = Flask("untouched").config  # what you get without configuring anything
    assert defaults["SESSION_COOKIE_HTTPONLY"] is True
    assert defaults["SESSION_COOKIE_SECURE"] is False
    assert defaults["SESSION_COOKIE_SAMESITE"] is None
    assert defaults["PERMANENT_SESSION_LIFETIME"] == timedelta(days=31)
    assert defaults["SESSION_REFRESH_EACH_REQUEST"] is True


def test_a_permanent_session_gets_an_expiry_date():
    c = client()
    c.post("/cart/book")
    header = c.post("/remember-me").headers["Set-Cookie"]
    expires = parse_date(header.split("Expires=")[1].split(";")[0])
    expected = datetime.now(timezone.utc) + timedelta(days=7)
    assert abs(expires - expected) < timedelta(minutes=1)
    # SESSION_REFRESH_EACH_REQUEST: every request re-sends a permanent session's cookie
    assert "Set-Cookie" in c.get("/cart").headers


def test_pop_removes_a_key_and_clear_deletes_the_cookie():
    c = client()
    c.post("/cart/book")
    c.delete("/cart")
    assert c.get("/cart").json == {"cart": []}
    c.post("/cart/book")
    header = c.post("/logout").headers["Set-Cookie"]
    assert header.startswith("session=;") and "Expires=Thu, 01 Jan 1970" in header
    assert c.get_cookie("session") is None


def cookie_signed_days_ago(days, data):
    class Backdated(TimestampSigner):
        def get_timestamp(self):
            return int(time.time() - days * 86400)

    serializer = URLSafeTimedSerializer(  # the same settings as Flask's session interface
        app.secret_key, salt="cookie-session", serializer=session_json_serializer,
        signer=Backdated, signer_kwargs={"key_derivation": "hmac", "digest_method": hashlib.sha1},
    )
    return serializer.dumps(data)


def test_the_server_rejects_cookies_older_than_the_lifetime_even_if_not_permanent():
    c = client()
    c.set_cookie("session", cookie_signed_days_ago(6, {"cart": ["book"]}))
    assert c.get("/cart").json == {"cart": ["book"]}
    c.set_cookie("session", cookie_signed_days_ago(8, {"cart": ["book"]}))  # lifetime: 7 days
    assert c.get("/cart").json == {"cart": []}
