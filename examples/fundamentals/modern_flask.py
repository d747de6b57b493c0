"""The Flask 3.1 replacements for the idioms in legacy_flask.py."""
import io
from datetime import date
from importlib.metadata import version
from urllib.parse import quote

from flask import Flask, send_file
from flask.json.provider import DefaultJSONProvider
from markupsafe import Markup, escape  # not from flask
from werkzeug.utils import safe_join  # not from flask.helpers

FLASK_VERSION = version("flask")  # not flask.__version__


class ApiJSONProvider(DefaultJSONProvider):
    """Replaces app.json_encoder / JSONEncoder and the JSON_* config keys."""

    sort_keys = False  # was JSON_SORT_KEYS = False

    @staticmethod
    def default(o):
        if isinstance(o, date):  # datetime is a date too
            return o.isoformat()  # the built-in default would give an HTTP date string
        return DefaultJSONProvider.default(o)


def create_tables(app):
    app.extensions["tables_created"] = True


def create_app():
    app = Flask(__name__)
    app.json = ApiJSONProvider(app)
    with app.app_context():  # one-time setup at creation, not before_first_request
        create_tables(app)

    @app.get("/report")  # shortcut for @app.route(..., methods=["GET"]), added in 2.0
    def report():
        return {"title": Markup("<b>Q1</b>"), "due": date(2026, 3, 31)}

    @app.get("/report.txt")
    def download():
        return send_file(io.BytesIO(b"data"), mimetype="text/plain",
                         as_attachment=True, download_name="report.txt")

    return app


def render_comment(text):
    return Markup(f"<p>{escape(text)}</p>")  # escape user text, mark the result safe


def upload_path(filename):
    return safe_join("/srv/uploads", filename)  # None if the name escapes the folder


def search_url(term):
    return "/search?q=" + quote(term)  # werkzeug.urls.url_quote is gone: use urllib.parse
