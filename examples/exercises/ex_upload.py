"""Solution: validate, sanitise the name, store under a unique name, answer 201 with JSON."""
import pathlib
import uuid

from flask import Flask, current_app, request
from werkzeug.utils import secure_filename

ALLOWED_EXTENSIONS = {"png", "jpg", "pdf"}


def allowed_file(filename):
    return "." in filename and filename.rsplit(".", 1)[1].lower() in ALLOWED_EXTENSIONS


def create_app(upload_folder):
    app = Flask(__name__)
    app.config["UPLOAD_FOLDER"] = upload_folder
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024  # reading a larger body raises 413

    @app.post("/uploads")
    def upload_file():
        file = request.files.get("file")
        if file is None:
            return {"error": "no 'file' part in the request"}, 400
        name = secure_filename(file.filename or "")
        if not name:
            return {"error": "no file selected"}, 400
        if not allowed_file(name):
            return {"error": "file type not allowed"}, 400
        stored = f"{uuid.uuid4().hex}-{name}"  # never overwrite someone else's file
        file.save(pathlib.Path(current_app.config["UPLOAD_FOLDER"]) / stored)
        return {"filename": stored, "original": name}, 201

    @app.errorhandler(413)
    def too_large(error):
        return {"error": "file too large (max 1 MB)"}, 413

    return app
