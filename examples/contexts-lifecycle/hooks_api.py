"""before_request, after_request, teardown and after_this_request in one small API."""
import logging
import time

from flask import Blueprint, Flask, after_this_request, g, request
from werkzeug.middleware.proxy_fix import ProxyFix

log = logging.getLogger("hooks_api")
API_KEYS = {"k-123": "reporting-service"}


class Connection:
    """Stands in for a database connection."""

    opened = []

    def __init__(self):
        self.closed = False
        Connection.opened.append(self)

    def close(self):
        self.closed = True


def get_connection():
    if "conn" not in g:
        g.conn = Connection()  # opened lazily, at most once per context
    return g.conn


api = Blueprint("api", __name__, url_prefix="/api")


@api.before_request
def require_api_key():
    client = API_KEYS.get(request.headers.get("X-API-Key", ""))
    if client is None:
        return {"error": "missing or invalid API key"}, 401  # the view is skipped
    g.client = client


@api.get("/reports")
def reports():
    get_connection()
    return {"client": g.client, "reports": ["daily"]}


@api.post("/reports/export")
def export():
    @after_this_request
    def mark_download(response):  # only for this response
        response.headers["Content-Disposition"] = "attachment; filename=reports.csv"
        return response

    return "id,name\n1,daily\n", 200, {"Content-Type": "text/csv"}


def create_app():
    app = Flask(__name__)
    app.register_blueprint(api)
    # Whole-app concerns that must see the raw WSGI request: middleware, not hooks.
    app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1)

    @app.before_request
    def start_timer():
        g.started = time.perf_counter()

    @app.after_request
    def add_headers(response):  # must return a response
        response.headers["X-Content-Type-Options"] = "nosniff"
        elapsed_ms = (time.perf_counter() - g.started) * 1000
        log.info("%s %s %s from %s in %.1f ms", request.method, request.path,
                 response.status_code, request.remote_addr, elapsed_ms)
        return response

    @app.teardown_appcontext
    def close_connection(error):  # runs even after an unhandled exception
        conn = g.pop("conn", None)
        if conn is not None:
            conn.close()

    @app.get("/broken")
    def broken():
        get_connection()
        raise ValueError("bug in the view")

    return app
