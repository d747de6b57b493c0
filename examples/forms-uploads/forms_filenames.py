"""secure_filename() cleans a name for the file system; it does not make it unique or trusted."""
import os
import uuid

from flask import Flask, abort, current_app, request
from werkzeug.utils import secure_filename

ALLOWED_EXTENSIONS = {"pdf", "png", "jpg"}


def create_app(upload_folder):
    app = Flask(__name__)
    app.config["UPLOAD_FOLDER"] = upload_folder  # our own key: Flask does not read it
    app.add_url_rule("/unsafe/reports", view_func=upload_keeping_name, methods=["POST"])
    app.add_url_rule("/reports", view_func=upload_with_generated_name, methods=["POST"])
    return app


def upload_keeping_name():
    # Insecure: the client chooses the file name on the server.
    name = secure_filename(request.files["report"].filename)
    if not name:
        abort(400)  # "../" or a name in another script can become ""
    request.files["report"].save(os.path.join(current_app.config["UPLOAD_FOLDER"], name))
    return {"stored_as": name}, 201


def upload_with_generated_name():
    upload = request.files["report"]
    # Check the extension on the raw name against an allow-list: secure_filename("отчёт.pdf")
    # would return "pdf" and lose it. The raw name is never used as a path.
    extension = upload.filename.rpartition(".")[2].lower() if "." in upload.filename else ""
    if extension not in ALLOWED_EXTENSIONS:
        abort(400)
    stored = f"{uuid.uuid4().hex}.{extension}"  # unique, fixed format, no user input
    upload.save(os.path.join(current_app.config["UPLOAD_FOLDER"], stored))
    # Keep the original name as data (a database column) for display and download_name.
    return {"stored_as": stored, "original": upload.filename}, 201
