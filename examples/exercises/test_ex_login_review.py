import hashlib

from ex_login_review import USERS, create_app

RIGHT = {"email": "ada@example.com", "password": "plum tractor velvet"}


def test_legitimate_login_works():
    response = create_app().test_client().post("/login?next=/account", data=RIGHT)
    assert response.status_code == 302 and response.location == "/account"


def test_attack_user_enumeration():
    client = create_app().test_client()
    unknown = client.post("/login", data={"email": "bob@example.com", "password": "x"})
    known = client.post("/login", data={"email": "ada@example.com", "password": "x"})
    assert unknown.json != known.json  # the attacker learns which emails have accounts


def test_attack_open_redirect():
    response = create_app().test_client().post("/login?next=https://evil.example/", data=RIGHT)
    assert response.location == "https://evil.example/"  # phishing after a real login


def test_attack_unlimited_guessing():
    client = create_app().test_client()
    wrong = {"email": "ada@example.com", "password": "guess"}
    assert {client.post("/login", data=wrong).status_code for _ in range(50)} == {401}


def test_attack_fast_unsalted_hash():
    # A leaked table is one fast, unsalted SHA-256 per guess: same password, same digest.
    assert USERS["ada@example.com"] == hashlib.sha256(b"plum tractor velvet").hexdigest()
