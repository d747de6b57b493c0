import base64
import json

import pytest

from cfg_secret_key import create_app, generate_secret_key


def test_generated_keys_are_long_and_random():
    key = generate_secret_key()
    assert len(key) == 64 and int(key, 16) >= 0
    assert key != generate_secret_key()


def test_the_key_can_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("SHOP_SECRET_KEY", "from-env")
    assert create_app().secret_key == "from-env"


def test_without_a_key_writing_the_session_fails(monkeypatch):
    monkeypatch.delenv("SHOP_SECRET_KEY", raising=False)
    app = create_app()
    app.testing = True
    with pytest.raises(RuntimeError, match="no secret key was set"):
        app.test_client().post("/login")


def test_the_session_is_signed_not_encrypted():
    client = create_app("k" * 64).test_client()
    client.post("/login")
    payload = client.get_cookie("session").value.split(".")[0]
    decoded = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    assert json.loads(decoded) == {"user_id": 42}  # anyone can read it, without the key


def test_a_tampered_or_foreign_cookie_is_rejected():
    client = create_app("k" * 64).test_client()
    client.post("/login")
    cookie = client.get_cookie("session").value
    forged = base64.urlsafe_b64encode(b'{"user_id":1}').decode().rstrip("=")
    client.set_cookie("session", forged + cookie[cookie.index("."):])
    assert client.get("/me").json == {"user_id": None}  # bad signature: empty session

    other = create_app("another-key").test_client()
    other.set_cookie("session", cookie)
    assert other.get("/me").json == {"user_id": None}  # signed with a different key
