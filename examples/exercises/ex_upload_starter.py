"""Starter: implement POST /uploads (allowed: png, jpg, pdf; max 1 MB)."""
from flask import Flask


def create_app(upload_folder):
    app = Flask(__name__)
    app.config["UPLOAD_FOLDER"] = upload_folder
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024

    @app.post("/uploads")
    def upload_file():
        return {"error": "not implemented"}, 501

    return app
