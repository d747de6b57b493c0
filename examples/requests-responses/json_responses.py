"""JSON responses: returning dicts, jsonify, and the app.json provider."""
from datetime import date
from decimal import Decimal

from flask import Flask, jsonify
from flask.json.provider import DefaultJSONProvider

USER = {"name": "Zoë", "id": 1, "joined": date(2026, 1, 5), "balance": Decimal("10.50")}

app = Flask(__name__)


@app.get("/api/user")
def user():
    return USER  # same as jsonify(USER): both call app.json.response()


@app.get("/api/tags")
def tags():
    return jsonify("flask", "jinja")  # several positional arguments: a list


@app.get("/api/count")
def count():
    return jsonify(3)  # any JSON value; "return 3" would be a TypeError


class ApiJSONProvider(DefaultJSONProvider):
    sort_keys = False  # keep insertion order
    ensure_ascii = False  # send "ë", not "\u00eb"

    @staticmethod
    def default(o):
        if isinstance(o, date):
            return o.isoformat()  # the default is an HTTP date string
        return DefaultJSONProvider.default(o)


api = Flask(__name__)
api.json = ApiJSONProvider(api)  # or set json_provider_class on a Flask subclass


@api.get("/api/user")
def api_user():
    return USER
