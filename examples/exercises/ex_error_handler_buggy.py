"""Starter (buggy): unknown URLs and wrong methods come back as 500."""
from flask import Flask, abort


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

    @app.errorhandler(Exception)
    def handle_everything(error):
        app.logger.exception("Unhandled error")
        return {"error": "internal server error"}, 500

    return app
