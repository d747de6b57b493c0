"""After review: a slow salted hash, one error message, a safe `next`, and a rate limit."""
from urllib.parse import quote, urlsplit

from flask import Flask, redirect, request, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.security import check_password_hash, generate_password_hash

USERS = {"ada@example.com": generate_password_hash("plum tractor velvet")}  # scrypt, salted
DUMMY_HASH = generate_password_hash("never a real password")


def safe_next(target):
    """Only a local path such as /account; never another site, however the URL is disguised.

    Browsers drop tabs and newlines and read a backslash as a slash before they resolve a URL,
    so a slash, a tab, a slash and a host means that host. Remove control characters, turn
    backslashes into slashes, then accept only a path with no scheme and no host that starts
    with exactly one slash. Quoting what is left keeps a header-breaking newline out too."""
    if not target:
        return "/"
    cleaned = "".join(ch for ch in target if ch.isprintable())
    cleaned = cleaned.replace("\\", "/")
    parts = urlsplit(cleaned)
    if parts.scheme or parts.netloc or not cleaned.startswith("/") or cleaned.startswith("//"):
        return "/"
    return quote(cleaned, safe="/?=&%#:@!$'()*+,;~-._")


def create_app(secret_key):
    app = Flask(__name__)
    app.secret_key = secret_key
    limiter = Limiter(get_remote_address, app=app, storage_uri="memory://")

    @app.post("/login")
    @limiter.limit("5 per minute", deduct_when=lambda response: response.status_code == 401)
    def login():
        email = request.form.get("email", "").strip().lower()
        password = request.form.get("password", "")
        stored = USERS.get(email)
        # Hash even for unknown emails, so the response time does not reveal them either.
        valid = check_password_hash(stored or DUMMY_HASH, password) and stored is not None
        if not valid:
            return {"error": "wrong email or password"}, 401
        session.clear()  # a fresh session on login
        session["user"] = email
        return redirect(safe_next(request.args.get("next")))

    return app
