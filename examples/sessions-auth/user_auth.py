"""Session login with Flask-Login and hashed passwords, plus signed bearer tokens for APIs."""
from functools import wraps

from flask import Flask, current_app, g, jsonify, redirect, request, url_for
from flask_login import (LoginManager, UserMixin, current_user, login_required, login_user,
                         logout_user)
from flask_sqlalchemy import SQLAlchemy
from itsdangerous import BadSignature, URLSafeTimedSerializer
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from werkzeug.security import check_password_hash, generate_password_hash


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
login_manager = LoginManager()
DUMMY_HASH = generate_password_hash("compare against something when the user is unknown")


class User(UserMixin, db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(default=True)

    @property
    def is_active(self):  # Flask-Login refuses to log in inactive users
        return self.active

    def set_password(self, password):
        self.password_hash = generate_password_hash(password)  # scrypt since Werkzeug 3.0

    def check_password(self, password):
        return check_password_hash(self.password_hash, password)


def authenticate(email, password):
    user = db.session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        check_password_hash(DUMMY_HASH, password)  # same cost: response time reveals nothing
        return None
    if not user.check_password(password):
        return None
    if not user.password_hash.startswith("scrypt:"):  # an old pbkdf2 hash: upgrade it now
        user.set_password(password)
        db.session.commit()
    return user


@login_manager.user_loader
def load_user(user_id):
    return db.session.get(User, int(user_id))


def token_serializer():
    return URLSafeTimedSerializer(current_app.secret_key, salt="api-token")


def token_required(view):
    """API views: only an Authorization: Bearer token counts, never the session cookie."""
    @wraps(view)
    def wrapped(*args, **kwargs):
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        try:
            user_id = token_serializer().loads(token, max_age=current_app.config["TOKEN_MAX_AGE"])
        except BadSignature:  # also SignatureExpired, a subclass
            user_id = None
        user = db.session.get(User, user_id) if scheme.lower() == "bearer" and user_id else None
        if user is None or not user.is_active:
            response = jsonify(error="invalid or missing token")
            response.headers["WWW-Authenticate"] = "Bearer"
            return response, 401
        g.api_user = user
        return view(*args, **kwargs)
    return wrapped


def create_app(**config):
    app = Flask(__name__)
    app.config.update(SECRET_KEY="dev-only", SQLALCHEMY_DATABASE_URI="sqlite://",
                      TOKEN_MAX_AGE=3600, **config)
    db.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "login"
    with app.app_context():
        db.create_all()

    @app.post("/signup")
    def signup():
        email, password = request.form["email"].strip().lower(), request.form["password"]
        if len(password) < 12 or db.session.scalar(select(User).where(User.email == email)):
            return {"error": "cannot create this account"}, 400  # do not confirm the email
        user = User(email=email)
        user.set_password(password)
        db.session.add(user)
        db.session.commit()
        login_user(user)
        return {"id": user.id}, 201

    @app.route("/login", methods=["GET", "POST"])
    def login():
        if request.method == "GET":
            return "the login form"
        user = authenticate(request.form["email"], request.form["password"])
        if user is None or not login_user(user):  # False for inactive users
            return {"error": "wrong email or password"}, 401  # one message for every case
        return redirect(url_for("me"), code=303)

    @app.get("/me")
    @login_required
    def me():
        return {"email": current_user.email}

    @app.post("/logout")
    @login_required
    def logout():
        logout_user()
        return redirect(url_for("login"), code=303)

    @app.post("/api/tokens")
    def issue_token():  # API clients trade credentials for a short-lived token
        data = request.get_json()
        user = authenticate(data.get("email", ""), data.get("password", ""))
        if user is None or not user.is_active:
            return {"error": "wrong email or password"}, 401
        return {"token": token_serializer().dumps(user.id), "expires_in": 3600}, 201

    @app.get("/api/me")
    @token_required
    def api_me():
        return {"email": g.api_user.email}

    return app
