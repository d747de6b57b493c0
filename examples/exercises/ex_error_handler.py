"""Fixed: HTTP errors keep their status; only real exceptions become a logged 500."""
import json

from flask import Flask, abort
from werkzeug.exceptions import HTTPException


def create_app():
    app = Flask(__name__)

    @app.get("/reports/<int:report_id>")
    def report(report_id):
        if report_id != 1:
            abort(404)
        return {"id": 1}

    @app.get("/crash")
    def crash():
        raise ValueError("boom")

    @app.errorhandler(HTTPException)  # more specific: wins over Exception for 4xx/5xx
    def handle_http_error(error):
        response = error.get_response()  # keeps headers such as Allow on a 405
        response.data = json.dumps({"error": error.name, "detail": error.description})
        response.content_type = "application/json"
        return response

    @app.errorhandler(Exception)
    def handle_unexpected(error):
        app.logger.exception("Unhandled error")
        return {"error": "internal server error"}, 500

    return app
