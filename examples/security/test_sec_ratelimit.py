import pytest
from flask import Flask
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address

from sec_ratelimit import create_app

RIGHT = {"email": "ada@example.com", "password": "plum tractor velvet"}
WRONG = {"email": "ada@example.com", "password": "guess"}


def from_ip(ip):
    return {"environ_base": {"REMOTE_ADDR": ip}}


def test_guessing_from_one_address_hits_429():
    client = create_app().test_client()  # a new app: a fresh in-memory counter
    codes = [client.post("/login", data=WRONG, **from_ip("203.0.113.7")).status_code
             for _ in range(6)]
    assert codes == [401] * 5 + [429]
    blocked = client.post("/login", data=RIGHT, **from_ip("203.0.113.7"))
    assert blocked.status_code == 429  # even the right password: the view does not run
    assert blocked.headers["Retry-After"] == "60"
    assert blocked.json == {"error": "too many requests", "limit": "5 per 1 minute"}


def test_the_real_user_elsewhere_is_not_affected():
    client = create_app().test_client()
    for _ in range(6):
        client.post("/login", data=WRONG, **from_ip("203.0.113.7"))
    assert client.post("/login", data=RIGHT, **from_ip("198.51.100.2")).status_code == 200


def test_successful_logins_do_not_count():
    client = create_app().test_client()
    codes = {client.post("/login", data=RIGHT).status_code for _ in range(10)}
    assert codes == {200}


def test_spreading_guesses_over_many_addresses_hits_the_account_limit():
    client = create_app().test_client()
    codes = [client.post("/login", data=WRONG, **from_ip(f"192.0.2.{n}")).status_code
             for n in range(1, 22)]
    assert codes == [401] * 20 + [429]  # 20 addresses, one guess each, then blocked
    other = {"email": "bob@example.com", "password": "guess"}
    assert client.post("/login", data=other, **from_ip("192.0.2.99")).status_code == 401


def test_blueprint_limit_and_exempt_route():
    client = create_app().test_client()
    assert [client.get("/api/search").status_code for _ in range(4)] == [200, 200, 200, 429]
    health = [client.get("/health") for _ in range(5)]
    assert {r.status_code for r in health} == {200}
    assert "X-RateLimit-Limit" not in health[0].headers


def test_the_old_constructor_signature_fails():
    with pytest.raises(TypeError, match="multiple values for argument 'key_func'"):
        Limiter(Flask(__name__), key_func=get_remote_address)  # Flask-Limiter < 3.0 style


def test_without_storage_uri_flask_limiter_warns():
    with pytest.warns(UserWarning, match="in-memory storage"):
        Limiter(get_remote_address, app=Flask(__name__))
