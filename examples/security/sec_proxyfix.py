"""Behind a reverse proxy: trust exactly as many X-Forwarded-* hops as you run proxies."""
from flask import Flask, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.middleware.proxy_fix import ProxyFix


def client_ip_unsafe():
    # Anti-pattern: the left-most X-Forwarded-For entry is whatever the client sent.
    forwarded = request.headers.get("X-Forwarded-For", request.remote_addr)
    return forwarded.split(",")[0].strip()


def create_app(trusted_hops, key_func=get_remote_address):
    app = Flask(__name__)
    if trusted_hops:
        # x_for, x_proto, x_host: how many values to take from the right of each header.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=trusted_hops, x_proto=trusted_hops,
                                x_host=trusted_hops)
    limiter = Limiter(key_func, app=app, storage_uri="memory://")

    @app.post("/login")
    @limiter.limit("3 per minute")
    def login():
        return {"error": "wrong password"}, 401

    @app.get("/whoami")
    def whoami():
        return {"ip": request.remote_addr, "url_root": request.url_root,
                "secure": request.is_secure}

    return app
