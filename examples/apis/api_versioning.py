"""URL-path versioning: one blueprint per version over one service layer, v1 deprecated."""
from datetime import datetime, timezone

from flask import Blueprint, Flask, abort
from werkzeug.http import http_date

# --- service layer: knows nothing about HTTP or versions -----------------------------
USERS = {1: {"id": 1, "given_name": "Ada", "family_name": "Lovelace"}}


def find_user(user_id):
    user = USERS.get(user_id)
    if user is None:
        abort(404)
    return user


# --- v1: the original contract, kept working but deprecated ---------------------------
v1 = Blueprint("v1", __name__, url_prefix="/v1")
DEPRECATED_ON = datetime(2026, 1, 1, tzinfo=timezone.utc)
SUNSET_ON = datetime(2026, 12, 31, tzinfo=timezone.utc)
MIGRATION_GUIDE = "https://docs.example.com/api/v1-to-v2"


@v1.get("/users/<int:user_id>")
def get_user(user_id):
    user = find_user(user_id)
    return {"id": user["id"], "name": f"{user['given_name']} {user['family_name']}"}


@v1.after_request
def announce_deprecation(response):
    response.headers["Deprecation"] = f"@{int(DEPRECATED_ON.timestamp())}"  # RFC 9745
    response.headers["Sunset"] = http_date(SUNSET_ON)  # RFC 8594: when it stops working
    response.headers["Link"] = f'<{MIGRATION_GUIDE}>; rel="deprecation"'  # what to do
    return response


# --- v2: the breaking change (name split in two) lives only here ----------------------
v2 = Blueprint("v2", __name__, url_prefix="/v2")


@v2.get("/users/<int:user_id>", endpoint="get_user")  # same endpoint name as v1
def get_user_v2(user_id):
    return find_user(user_id)


# --- wiring: /api/v1/..., /api/v2/... --------------------------------------------------
api = Blueprint("api", __name__, url_prefix="/api")
api.register_blueprint(v1)
api.register_blueprint(v2)

app = Flask(__name__)
app.register_blueprint(api)
