"""A Flask-WTF login form, a session and an avatar upload: the parts of an app that need
more than `client.get` to test."""
import pathlib

from flask import Flask, abort, redirect, render_template, request, session, url_for
from flask_wtf import FlaskForm
from flask_wtf.csrf import CSRFProtect
from werkzeug.security import check_password_hash, generate_password_hash
from wtforms import PasswordField, StringField
from wtforms.validators import DataRequired

USERS = {"ann": generate_password_hash("correct horse battery")}
AVATAR_TYPES = {".png", ".jpg"}
csrf = CSRFProtect()


class LoginForm(FlaskForm):
    username = StringField(validators=[DataRequired()])
    password = PasswordField(validators=[DataRequired()])


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(SECRET_KEY="dev-only", MAX_CONTENT_LENGTH=256 * 1024, UPLOAD_FOLDER="uploads")
    app.config.update(config or {})
    csrf.init_app(app)

    @app.route("/login", methods=["GET", "POST"])
    def login():
        form = LoginForm()
        if form.validate_on_submit():
            stored = USERS.get(form.username.data)
            if stored and check_password_hash(stored, form.password.data):
                session.clear()
                session["user"] = form.username.data
                return redirect(url_for("account"))
            form.password.errors.append("Wrong user name or password.")
            return render_template("testing_login.html", form=form), 401
        return render_template("testing_login.html", form=form)

    @app.get("/account")
    def account():
        if "user" not in session:
            return redirect(url_for("login"))
        return {"user": session["user"]}

    @app.post("/avatar")
    def upload_avatar():
        if "user" not in session:
            abort(401)
        upload = request.files.get("avatar")
        if upload is None or not upload.filename:
            return {"error": "no file"}, 400
        suffix = pathlib.Path(upload.filename).suffix.lower()
        if suffix not in AVATAR_TYPES:
            return {"error": "PNG or JPEG only"}, 400
        name = session["user"] + suffix              # never reuse the client's file name
        upload.save(pathlib.Path(app.config["UPLOAD_FOLDER"]) / name)
        return {"saved": name}, 201

    return app
