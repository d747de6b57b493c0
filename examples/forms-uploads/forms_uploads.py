"""Receiving an upload: is there a file, is it an allowed type (by content), where does it go."""
import os
import uuid

from flask import Flask, current_app, request

# Allowed types: the extensions a client may claim, and the bytes the file must start with.
ALLOWED = {
    "png": ({"png"}, b"\x89PNG\r\n\x1a\n"),
    "jpg": ({"jpg", "jpeg"}, b"\xff\xd8\xff"),
    "pdf": ({"pdf"}, b"%PDF-"),
}


def detect_type(stream):
    """Return the allowed type the content matches, or None. Leaves the stream at 0."""
    head = stream.read(16)
    stream.seek(0)
    return next((kind for kind, (_, magic) in ALLOWED.items() if head.startswith(magic)), None)


def create_app(upload_folder):
    app = Flask(__name__)
    app.config.update(
        UPLOAD_FOLDER=upload_folder,  # outside static/: files are served by a view, if at all
        MAX_CONTENT_LENGTH=5 * 1024 * 1024,  # the whole request; larger is a 413
    )

    @app.post("/documents")
    def upload_document():
        upload = request.files.get("document")
        if upload is None or upload.filename == "":  # no part, or "no file chosen"
            return {"error": "Choose a file."}, 400
        claimed = upload.filename.rpartition(".")[2].lower()
        kind = detect_type(upload.stream)
        if kind is None or claimed not in ALLOWED[kind][0]:
            return {"error": "Only PNG, JPEG or PDF files."}, 415
        stored = f"{uuid.uuid4().hex}.{kind}"
        upload.save(os.path.join(current_app.config["UPLOAD_FOLDER"], stored))
        return {"id": stored, "type": kind, "name": upload.filename}, 201

    @app.errorhandler(413)
    def too_large(error):
        return {"error": "The file is larger than 5 MB."}, 413

    return app
