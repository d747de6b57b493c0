"""Flask-Login basics: protect views, send visitors to the login page, bring them back safely."""
from urllib.parse import urlsplit

from flask import Flask, flash, redirect, render_template, request, url_for
from flask_login import (LoginManager, UserMixin, current_user, login_required, login_user,
                         logout_user)
from flask_wtf.csrf import CSRFProtect
from werkzeug.security import check_password_hash, generate_password_hash


class User(UserMixin):  # UserMixin: is_authenticated, is_active, get_id() -> str(self.id)
    def __init__(self, user_id, email, password):
        self.id = user_id
        self.email = email
        self.password_hash = generate_password_hash(password)


USERS = {"1": User("1", "ann@example.com", "correct horse battery")}
login_manager = LoginManager()
login_manager.login_view = "login"  # without it, @login_required answers 401


@login_manager.user_loader
def load_user(user_id):  # called with the id stored in the session, as a str
    return USERS.get(user_id)


def authenticate(email, password):
    user = next((u for u in USERS.values() if u.email == email), None)
    if user and check_password_hash(user.password_hash, password):
        return user
    return None


def is_safe_redirect(target):
    """True for a path on this site, or an absolute http(s) URL to this same host."""
    if not target or any(ord(c) < 33 or c in "\\\x7f" for c in target):
        return False  # browsers drop tabs/newlines and read "\" as "/"
    parts = urlsplit(target)
    if not parts.scheme and not parts.netloc:
        return target.startswith("/") and not target.startswith("//")  # "///x" is "//x"
    return parts.scheme in ("http", "https") and parts.netloc == request.host


def create_app(**config):
    app = Flask(__name__)
    app.config.update(SECRET_KEY="dev-only", **config)
    login_manager.init_app(app)
    CSRFProtect(app)  # the login form is a form too (login CSRF)

    @app.get("/")
    def index():
        return "home"

    @app.get("/account")
    @login_required  # below the route decorator, so the registered view is the wrapped one
    def account():
        return f"Signed in as {current_user.email}"

    @app.route("/login", methods=["GET", "POST"])
    def login():
        next_url = request.values.get("next", "")
        if request.method == "POST":
            user = authenticate(request.form["email"], request.form["password"])
            if user:
                login_user(user)
                target = next_url if is_safe_redirect(next_url) else url_for("index")
                return redirect(target, code=303)
            flash("Wrong email or password.", "error")
        return render_template("login_form.html", next_url=next_url)

    @app.post("/unsafe/login")
    def login_unsafe():
        user = authenticate(request.form["email"], request.form["password"])
        if user is None:
            return redirect(url_for("login"), code=303)
        login_user(user)
        return redirect(request.values.get("next", "/"), code=303)  # open redirect

    @app.post("/logout")  # POST: a GET logout can be triggered by any <img> on another site
    def logout():
        logout_user()
        return redirect(url_for("index"), code=303)

    return app
