"""A production baseline: the settings Flask leaves to you, and errors that reveal nothing."""
import os
import secrets
from datetime import timedelta

from flask import Flask, request, session, url_for

SENT_EMAILS = []


def create_app(environ=os.environ, hardened=True):
    app = Flask(__name__)
    if not (secret := environ.get("SHOP_SECRET_KEY")):
        raise RuntimeError("SHOP_SECRET_KEY must be set")  # never a default in code
    app.config["SECRET_KEY"] = secret
    if hardened:
        app.config.update(
            SESSION_COOKIE_SECURE=True,  # default False: cookie also sent over plain HTTP
            SESSION_COOKIE_SAMESITE="Lax",  # default None: no SameSite attribute at all
            PERMANENT_SESSION_LIFETIME=timedelta(hours=12),  # default 31 days
            TRUSTED_HOSTS=["shop.example", ".shop.example"],  # Flask 3.1+; others get 400
            MAX_CONTENT_LENGTH=2 * 1024 * 1024,  # 413 for larger bodies
        )  # SESSION_COOKIE_HTTPONLY is already True by default

    @app.post("/login")
    def login():
        session["user"] = "ada"
        return "ok"

    @app.post("/forgot-password")
    def forgot_password():
        token = secrets.token_urlsafe(32)
        # _external=True takes the host from the request's Host header.
        link = url_for("reset_password", token=token, _external=True)
        SENT_EMAILS.append((request.form["email"], link))
        return "If the address exists, we sent a link."

    @app.get("/reset/<token>")
    def reset_password(token):
        return "choose a new password"

    @app.get("/report")
    def report():
        raise RuntimeError('relation "orders_2024" does not exist')

    @app.errorhandler(500)
    def server_error(error):
        # Flask has already logged the traceback; the client learns nothing from this.
        return {"error": "internal error"}, 500

    return app
