"""Two feature blueprints registered on one app."""
from flask import Blueprint, Flask, redirect, request, url_for

auth = Blueprint("auth", __name__)  # name "auth" prefixes every endpoint: auth.login
admin = Blueprint("admin", __name__, url_prefix="/admin")


@auth.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "POST":
        return redirect(url_for("admin.dashboard"))  # full name: another blueprint
    return "login form"


@auth.get("/logout")
def logout():
    return redirect(url_for(".login"))  # leading dot: same blueprint as this view


@admin.get("/")
def dashboard():
    return "admin dashboard"


@admin.get("/users/<int:user_id>")
def user_detail(user_id):
    return {"user": user_id, "endpoint": request.endpoint, "blueprint": request.blueprint}


def create_app():
    app = Flask(__name__)
    app.register_blueprint(auth)
    # options given at registration override the blueprint's own defaults
    app.register_blueprint(admin, url_prefix="/staff")
    return app
