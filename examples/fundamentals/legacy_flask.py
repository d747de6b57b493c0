"""Idioms from Flask 1.x / 2.x tutorials. Each one breaks on Flask 3.1 (see the tests)."""
import io

import flask
from flask import Flask, send_file

app = Flask(__name__)


def create_tables():
    return "tables created"


def run_setup_before_first_request():
    app.before_first_request(create_tables)  # deprecated 2.2, removed 2.3


def read_app_env():
    return app.env  # app.env and FLASK_ENV: deprecated 2.2, removed 2.3


def import_json_encoder():
    from flask.json import JSONEncoder  # noqa: F401  deprecated 2.2, removed 2.3


def sort_json_keys_via_config():
    app.config["JSON_SORT_KEYS"] = False  # deprecated 2.2, removed 2.3: silently ignored
    with app.app_context():
        return flask.json.dumps({"b": 1, "a": 2})


def make_markup():
    return flask.Markup("<b>bold</b>")  # deprecated 2.3, removed 3.0


def escape_html():
    return flask.escape("<script>")  # deprecated 2.3, removed 3.0


def top_of_app_context_stack():
    return flask._app_ctx_stack.top  # deprecated 2.2, removed 3.0


def import_safe_join():
    from flask.helpers import safe_join  # noqa: F401  deprecated 2.0, removed 2.1


def download_with_old_argument_name():
    with app.test_request_context():
        # renamed to download_name in 2.0, old name removed in 2.2
        return send_file(io.BytesIO(b"data"), mimetype="text/plain",
                         as_attachment=True, attachment_filename="report.txt")


def import_werkzeug_url_quote():
    from werkzeug.urls import url_quote  # noqa: F401  Werkzeug: deprecated 2.3, removed 3.0


def flask_version():
    return flask.__version__  # deprecated 3.0, to be removed in 3.2
