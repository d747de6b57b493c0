"""Flask-Login "remember me": the cookie and its flags, fresh logins, revoking stolen cookies."""
import hmac
import secrets
from datetime import timedelta

from flask import Flask, redirect, request, url_for
from flask_login import (LoginManager, UserMixin, confirm_login, current_user,
                         fresh_login_required, login_fresh, login_required, login_user,
                         logout_user)
from werkzeug.security import check_password_hash, generate_password_hash

from login_required_views import is_safe_redirect


class User(UserMixin):
    def __init__(self, user_id, password):
        self.id = user_id
        self.set_password(password)

    def set_password(self, password):
        self.password_hash = generate_password_hash(password)
        self.login_token = secrets.token_urlsafe(16)  # a new one on every password change


class RevocableUser(User):
    def get_id(self):  # stored in the session and, signed, in the remember cookie
        return f"{self.id}:{self.login_token}"  # old cookies stop matching after a change


def create_app(user_class=RevocableUser):
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY="dev-only",
        REMEMBER_COOKIE_DURATION=timedelta(days=14),  # default 365 days
        REMEMBER_COOKIE_SECURE=True,  # default False
        REMEMBER_COOKIE_SAMESITE="Lax",  # default None (no attribute)
        # REMEMBER_COOKIE_HTTPONLY is True by default since Flask-Login 0.6.0
    )
    users = {"1": user_class("1", "old password")}
    login_manager = LoginManager(app)
    login_manager.login_view = "login"
    login_manager.refresh_view = "reauthenticate"  # where @fresh_login_required sends users

    @login_manager.user_loader
    def load_user(session_id):
        user = users.get(session_id.partition(":")[0])
        if user is not None and hmac.compare_digest(user.get_id(), session_id):
            return user
        return None  # unknown user or outdated token: treated as logged out

    @app.post("/login")
    def login():
        user = users.get(request.form["user_id"])
        if user is None or not check_password_hash(user.password_hash, request.form["password"]):
            return "wrong credentials", 401
        login_user(user, remember=request.form.get("remember") == "on")
        return redirect(url_for("dashboard"), code=303)

    @app.get("/dashboard")
    @login_required
    def dashboard():
        return {"user": current_user.id, "fresh": login_fresh()}

    @app.route("/reauthenticate", methods=["GET", "POST"])
    @login_required
    def reauthenticate():
        if request.method == "GET":
            return "confirm your password"
        if not check_password_hash(current_user.password_hash, request.form["password"]):
            return "wrong password", 401
        confirm_login()  # marks the session fresh again
        target = request.args.get("next", "")
        return redirect(target if is_safe_redirect(target) else url_for("dashboard"), code=303)

    @app.post("/settings/password")
    @fresh_login_required  # a restored "remember me" login is not enough here
    def change_password():
        user = current_user._get_current_object()  # the User itself, not the proxy
        user.set_password(request.form["new_password"])
        login_user(user, remember=True)  # keep this browser in, with the new id
        return "password changed"

    @app.post("/logout")
    def logout():
        logout_user()  # also deletes this browser's remember cookie
        return redirect(url_for("login"), code=303)

    return app
