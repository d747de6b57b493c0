"""Throttling login attempts with Flask-Limiter 4.1, per client address and per account."""
import hmac

from flask import Blueprint, Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address


def credentials_ok(email, password):
    # Stand-in for a real password-hash check (see the password-hashing question).
    return email == "ada@example.com" and hmac.compare_digest(password, "plum tractor velvet")


def account_key():
    return "account:" + request.form.get("email", "").strip().lower()


def failed(response):
    return response.status_code == 401  # successful logins do not use up the limit


def create_app(storage_uri="memory://"):
    app = Flask(__name__)
    limiter = Limiter(
        get_remote_address,  # the key function: request.remote_addr
        app=app,
        storage_uri=storage_uri,  # memory:// is per process; use redis://... in production
        default_limits=["300 per hour"],  # for every route without its own limit
        headers_enabled=True,  # X-RateLimit-* and Retry-After headers
    )

    @app.post("/login")
    @limiter.limit("5 per minute", deduct_when=failed)  # one address guessing
    @limiter.limit("20 per hour", key_func=account_key, deduct_when=failed)  # many addresses
    def login():
        if not credentials_ok(request.form.get("email", ""), request.form.get("password", "")):
            return {"error": "wrong email or password"}, 401
        return {"ok": True}

    @app.get("/health")
    @limiter.exempt  # load balancers poll this constantly
    def health():
        return "ok"

    api = Blueprint("api", __name__, url_prefix="/api")

    @api.get("/search")
    def search():
        return {"results": []}

    limiter.limit("3 per minute")(api)  # one limit for every route of the blueprint
    app.register_blueprint(api)

    @app.errorhandler(429)
    def too_many_requests(error):
        return {"error": "too many requests", "limit": error.description}, 429

    return app
