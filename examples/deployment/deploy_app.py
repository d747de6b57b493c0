"""The service deployed on this page: an app factory with health checks, request IDs and
optional ProxyFix, configured from APP_* environment variables."""
from __future__ import annotations

import logging
import re
import uuid

import sqlalchemy as sa
from flask import Flask, g, request, url_for
from werkzeug.middleware.proxy_fix import ProxyFix

log = logging.getLogger(__name__)
_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.from_mapping(
        SECRET_KEY=None,
        DATABASE_URL="sqlite://",
        PROXY_HOPS=0,          # how many proxies append X-Forwarded-*: nginx alone is 1
        VERSION="dev",         # the image tag or git SHA, set by the pipeline
        SESSION_COOKIE_SECURE=True,
    )
    app.config.from_prefixed_env("APP")    # APP_SECRET_KEY, APP_DATABASE_URL, APP_VERSION, ...
    app.config.update(overrides or {})

    hops = app.config["PROXY_HOPS"]
    if hops:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    engine = sa.create_engine(app.config["DATABASE_URL"], pool_pre_ping=True)
    app.extensions["deploy_engine"] = engine

    @app.before_request
    def assign_request_id():
        # Reuse the proxy's ID (nginx: $request_id) so its logs and ours can be joined.
        incoming = request.headers.get("X-Request-ID", "")
        g.request_id = incoming if _REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex

    @app.after_request
    def return_request_id(response):
        response.headers["X-Request-ID"] = g.request_id
        return response

    @app.get("/healthz")
    def healthz():
        # Liveness: the process answers. No dependency checks: restarting it would not
        # bring the database back, it would only add a restart storm to the outage.
        return {"status": "ok", "version": str(app.config["VERSION"])}

    @app.get("/readyz")
    def readyz():
        # Readiness: can this instance do useful work right now? If not, the load
        # balancer stops sending traffic here until it can.
        try:
            with engine.connect() as conn:
                conn.execute(sa.text("SELECT 1"))
        except sa.exc.SQLAlchemyError as exc:
            log.warning("readiness check failed", extra={"error": type(exc).__name__})
            return {"status": "unavailable", "database": "unreachable"}, 503
        return {"status": "ready", "database": "ok"}

    @app.get("/request-info")
    def request_info():
        log.info("request info served")
        return {
            "scheme": request.scheme,
            "host": request.host,
            "remote_addr": request.remote_addr,
            "external_url": url_for("request_info", _external=True),
        }

    return app


# --8<-- [start:problems]
def production_problems(app: Flask) -> list[str]:
    """Settings that must never reach production; the WSGI entry point refuses to start."""
    problems = []
    if app.debug:
        problems.append("debug mode is on (is FLASK_DEBUG set?)")
    if app.testing:
        problems.append("TESTING is on")
    if len(app.config["SECRET_KEY"] or "") < 32:
        problems.append("SECRET_KEY is missing or shorter than 32 characters")
    if app.config["DATABASE_URL"].startswith("sqlite"):
        problems.append("DATABASE_URL is not set (still the SQLite default)")
    if not app.config["SESSION_COOKIE_SECURE"]:
        problems.append("SESSION_COOKIE_SECURE is off")
    return problems
# --8<-- [end:problems]
