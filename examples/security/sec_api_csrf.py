"""CSRF against a JSON API that uses the session cookie, and what stops it."""
from flask import Blueprint, Flask, abort, request, session

TRUSTED_ORIGINS = {"https://shop.example"}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
ORDERS = []


def is_cross_site():
    site = request.headers.get("Sec-Fetch-Site")  # Fetch Metadata, sent by current browsers
    if site is not None:
        return site not in ("same-origin", "none")  # "none": typed URL, bookmark
    origin = request.headers.get("Origin")  # older browsers: compare the Origin
    if origin is not None:
        return origin not in TRUSTED_ORIGINS
    return False  # neither header: not a browser, so no victim's cookie is involved


app = Flask(__name__)
app.config["SECRET_KEY"] = "test-only-key"
app.config["SESSION_COOKIE_SAMESITE"] = "Lax"

api = Blueprint("api", __name__, url_prefix="/api")


@api.before_request
def reject_cross_site_writes():
    if request.method not in SAFE_METHODS and is_cross_site():
        abort(403)


@api.post("/login")
def login():
    session["user"] = request.get_json()["user"]  # a real app checks a password here
    return {"ok": True}


@api.post("/orders")
def create_order():
    data = request.get_json()  # 415 unless Content-Type is application/json
    ORDERS.append((session["user"], data["item"], data["qty"]))
    return {"created": True}, 201


app.register_blueprint(api)


@app.post("/unsafe/orders")
def create_order_unsafe():
    data = request.get_json(force=True)  # Anti-pattern: any body is parsed as JSON
    ORDERS.append((session["user"], data["item"], data["qty"]))
    return {"created": True}, 201
