"""Rotating SECRET_KEY without logging everyone out: SECRET_KEY_FALLBACKS (Flask 3.1)."""
from flask import Flask, request, session


def create_app(secret_key, fallbacks=None):
    app = Flask(__name__)
    app.config["SECRET_KEY"] = secret_key  # signs every new cookie
    app.config["SECRET_KEY_FALLBACKS"] = fallbacks  # old keys: accepted, never used to sign

    @app.post("/login")
    def login():
        session["user_id"] = 42
        # A permanent session is re-sent (and so re-signed) on every request.
        session.permanent = "remember" in request.args
        return "ok"

    @app.get("/me")
    def me():
        return {"user_id": session.get("user_id")}

    return app
