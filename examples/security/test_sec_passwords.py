import re
import time

import pytest
from werkzeug.security import check_password_hash, generate_password_hash

from sec_passwords import USERS, User, app, fast_hash_unsafe

client = app.test_client()
GOOD = "plum tractor velvet 42"


@pytest.fixture(autouse=True)
def empty_user_table():
    USERS.clear()


def register(email="ada@example.com", password=GOOD):
    return client.post("/register", data={"email": email, "password": password})


def login(email="ada@example.com", password=GOOD):
    return client.post("/login", data={"email": email, "password": password})


def test_default_hash_format_in_werkzeug_3_1():
    stored = generate_password_hash(GOOD)
    assert re.fullmatch(r"scrypt:32768:8:1\$[A-Za-z0-9]{16}\$[0-9a-f]{128}", stored)
    assert len(stored) == 162  # size the database column for it (and for changes)
    assert generate_password_hash(GOOD) != stored  # a new random salt every time
    assert check_password_hash(stored, GOOD) and not check_password_hash(stored, "plum")


def test_pbkdf2_default_iterations_were_raised_in_3_1():
    # Slow on purpose (about 0.2 s): one million rounds of HMAC-SHA256.
    assert generate_password_hash("x", method="pbkdf2").startswith("pbkdf2:sha256:1000000$")


def test_register_and_login_through_the_app():
    assert register().status_code == 201
    assert USERS["ada@example.com"].password_hash.startswith("scrypt:32768:8:1$")
    assert GOOD not in USERS["ada@example.com"].password_hash
    assert login().json == {"welcome": "ada@example.com"}


def test_wrong_password_and_unknown_user_look_the_same():
    register()
    wrong = login(password="plum tractor velvet 43")
    unknown = login(email="bob@example.com")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json == unknown.json == {"error": "wrong email or password"}


@pytest.mark.parametrize(
    ("password", "error"),
    [("short", "use 15 to 256 characters"),
     ("x" * 257, "use 15 to 256 characters"),
     ("CorrectHorseBatteryStaple", "this password is too easy to guess"),
     ("ada-loves-long-passwords", "this password is too easy to guess")],
)
def test_weak_passwords_are_refused(password, error):
    response = register(password=password)
    assert (response.status_code, response.json) == (400, {"error": error})


def test_old_hashes_are_upgraded_on_login():
    user = User("ada@example.com", GOOD)
    user.password_hash = generate_password_hash(GOOD, method="pbkdf2:sha256:260000")
    USERS[user.email] = user  # a row written by Werkzeug 2.x
    assert login().status_code == 200
    assert user.password_hash.startswith("scrypt:32768:8:1$")
    assert login().status_code == 200


def test_removed_plain_hash_methods_raise_so_catch_them():
    legacy = "sha256$salt$" + fast_hash_unsafe(GOOD, "salt")  # the pre-2.3 format
    with pytest.raises(ValueError, match="Invalid hash method 'sha256'"):
        check_password_hash(legacy, GOOD)
    user = User("ada@example.com", GOOD)
    user.password_hash = legacy
    USERS[user.email] = user
    assert login().status_code == 401  # not a 500


def test_a_fast_salted_hash_falls_to_a_dictionary_attack():
    salt = "f3Kq"  # stored next to the hash, so the attacker has it too
    leaked = fast_hash_unsafe("sunshine2024", salt)
    wordlist = [f"guess{i}" for i in range(100_000)] + ["sunshine2024"]
    start = time.perf_counter()
    cracked = next(word for word in wordlist if fast_hash_unsafe(word, salt) == leaked)
    fast_cost = (time.perf_counter() - start) / len(wordlist)
    assert cracked == "sunshine2024"

    stored = generate_password_hash("sunshine2024")
    start = time.perf_counter()
    check_password_hash(stored, "guess0")
    slow_cost = time.perf_counter() - start
    assert slow_cost > 1000 * fast_cost  # each guess costs the attacker that much more


def test_without_a_salt_equal_passwords_give_equal_hashes():
    assert fast_hash_unsafe("sunshine2024") == fast_hash_unsafe("sunshine2024")
    assert generate_password_hash("sunshine2024") != generate_password_hash("sunshine2024")
