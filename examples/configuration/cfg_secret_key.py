"""SECRET_KEY: what it signs, how to generate one, and where it must come from."""
import os
import secrets

from flask import Flask, session


def generate_secret_key():
    # 32 random bytes from the OS, as 64 hex characters. Run once, store outside git.
    return secrets.token_hex(32)


def create_app(secret_key=None):
    app = Flask(__name__)
    # Production reads it from the environment (or a secrets manager), never from code.
    app.config["SECRET_KEY"] = secret_key or os.environ.get("SHOP_SECRET_KEY")

    @app.post("/login")
    def login():
        session["user_id"] = 42
        return "ok"

    @app.get("/me")
    def me():
        return {"user_id": session.get("user_id")}

    return app
