"""Hooks and error handlers registered on a blueprint: local vs app-wide."""
from flask import Blueprint, Flask, abort, request

calls = []
api = Blueprint("api", __name__, url_prefix="/api")


@api.before_request
def api_only():
    calls.append("api.before_request")  # only for requests routed to this blueprint


@api.before_app_request
def every_request():
    calls.append("api.before_app_request")  # for every request the app handles


@api.errorhandler(404)
def api_not_found(error):
    # Runs for abort(404) inside an api view. It cannot run for /api/typo:
    # no rule matched, so Flask does not know the request belongs to "api".
    return {"error": "not found", "handled_by": "api.errorhandler"}, 404


@api.app_errorhandler(410)
def gone_everywhere(error):
    return {"error": "gone", "handled_by": "api.app_errorhandler"}, 410


@api.get("/items/<int:item_id>")
def item(item_id):
    if item_id > 100:
        abort(404)
    return {"id": item_id}


app = Flask(__name__)
app.register_blueprint(api)


@app.get("/old-page")
def old_page():
    abort(410)


@app.errorhandler(404)
def app_not_found(error):
    # The fix for unmatched /api/... URLs: decide by path at the app level.
    if request.path.startswith("/api/"):
        return {"error": "no such endpoint", "handled_by": "app.errorhandler"}, 404
    return "<h1>Page not found</h1>", 404
