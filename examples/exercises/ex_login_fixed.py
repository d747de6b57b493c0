"""After review: a slow salted hash, one error message, a safe `next`, and a rate limit."""
from flask import Flask, redirect, request, session
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.security import check_password_hash, generate_password_hash

USERS = {"ada@example.com": generate_password_hash("plum tractor velvet")}  # scrypt, salted
DUMMY_HASH = generate_password_hash("never a real password")


def safe_next(target):
    """Only a local path such as /account; not //evil.example, not https://evil.example."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target  # browsers read "/\\host" as "//host", another site
    return "/"


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
