"""Code to review (INSECURE, do not copy): a login view with four security bugs."""
import hashlib

from flask import Flask, redirect, request, session

USERS = {"ada@example.com": hashlib.sha256(b"plum tractor velvet").hexdigest()}


def create_app():
    app = Flask(__name__)
    app.secret_key = "test only"

    @app.post("/login")
    def login():
        email = request.form.get("email", "")
        password = request.form.get("password", "")
        stored = USERS.get(email)
        if stored is None:
            return {"error": "no account with that email"}, 401
        if hashlib.sha256(password.encode()).hexdigest() != stored:
            return {"error": "wrong password"}, 401
        session["user"] = email
        return redirect(request.args.get("next", "/"))

    return app
