"""Storing and checking passwords with werkzeug.security (Werkzeug 3.1)."""
import hashlib

from flask import Flask, request
from werkzeug.security import check_password_hash, generate_password_hash

# A real hash of a throwaway password: checked when the email is unknown, so that
# "no such user" costs as much time as "wrong password".
DUMMY_HASH = generate_password_hash("no-such-user")
CURRENT_PARAMS = DUMMY_HASH.split("$", 1)[0]  # "scrypt:32768:8:1" in Werkzeug 3.1
MIN_LENGTH, MAX_LENGTH = 15, 256  # NIST SP 800-63B rev. 4: 15 when it is the only factor
COMMON = {"password12345678", "qwertyuiopasdfgh", "correcthorsebatterystaple"}

USERS: dict[str, "User"] = {}


class User:
    def __init__(self, email, password):
        self.email = email
        self.set_password(password)

    def set_password(self, password):
        self.password_hash = generate_password_hash(password)  # scrypt, 16-char salt

    def check_password(self, password):
        try:
            ok = check_password_hash(self.password_hash, password)
        except ValueError:  # a method Werkzeug 3 dropped, e.g. an old "sha256$salt$hash"
            return False  # the user has to reset the password
        if ok and not self.password_hash.startswith(CURRENT_PARAMS + "$"):
            self.set_password(password)  # upgrade old parameters while we know the password
        return ok


def password_problem(password, email):
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        return f"use {MIN_LENGTH} to {MAX_LENGTH} characters"
    name = email.split("@")[0]
    if password.lower() in COMMON or (len(name) > 2 and name in password.lower()):
        return "this password is too easy to guess"
    return None  # no "one digit, one symbol" rules: length and a blocklist work better


app = Flask(__name__)


@app.post("/register")
def register():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    if problem := password_problem(password, email):
        return {"error": problem}, 400
    USERS[email] = User(email, password)
    return {"registered": email}, 201


@app.post("/login")
def login():
    email = request.form["email"].strip().lower()
    password = request.form["password"]
    user = USERS.get(email)
    if user is None:
        check_password_hash(DUMMY_HASH, password)  # spend the same time, then fail
        ok = False
    else:
        ok = user.check_password(password)
    if not ok:
        return {"error": "wrong email or password"}, 401  # one message for both cases
    return {"welcome": email}


def fast_hash_unsafe(password, salt=""):
    # Anti-pattern: one round of a fast hash. A salt stops precomputed tables,
    # not guessing: a GPU tries billions of SHA-256 candidates per second.
    return hashlib.sha256((salt + password).encode()).hexdigest()
