"""Solution: check the raw name and the content, store under a generated name, answer 201."""
import os
import pathlib
import uuid

from flask import Flask, current_app, request

# Allowed extension -> the bytes every such file starts with ("magic bytes").
SIGNATURES = {"png": b"\x89PNG\r\n\x1a\n", "jpg": b"\xff\xd8\xff", "pdf": b"%PDF-"}


def extension_of(filename):
    """The lower-cased last extension of the name the client sent, or None when the name holds a
    path separator or a control character (NUL, tab, DEL...) and is not a plain file name."""
    if any(c in "/\\" or ord(c) < 32 or ord(c) == 127 for c in filename):
        return None
    return os.path.splitext(filename)[1][1:].lower()  # "x.pdf.exe" -> "exe", ".pdf" -> ""


def create_app(upload_folder):
    app = Flask(__name__)
    app.config["UPLOAD_FOLDER"] = upload_folder
    app.config["MAX_CONTENT_LENGTH"] = 1024 * 1024  # reading a larger body raises 413

    @app.post("/uploads")
    def upload_file():
        file = request.files.get("file")
        if file is None:
            return {"error": "no 'file' part in the request"}, 400
        if not file.filename:
            return {"error": "no file selected"}, 400
        extension = extension_of(file.filename)
        if extension is None:
            return {"error": "invalid file name"}, 400
        if extension not in SIGNATURES:
            return {"error": "file type not allowed"}, 400
        signature = SIGNATURES[extension]
        head = file.stream.read(len(signature))
        file.stream.seek(0)  # save() must write the whole file
        if head != signature:
            return {"error": f"content does not match .{extension}"}, 400
        # Our name, not the client's: unique, fixed format, nothing to sanitise.
        stored = f"{uuid.uuid4().hex}.{extension}"
        file.save(pathlib.Path(current_app.config["UPLOAD_FOLDER"]) / stored)
        # The original name is data (store it in a database row), never a path.
        return {"filename": stored, "original": file.filename}, 201

    @app.errorhandler(413)
    def too_large(error):
        return {"error": "file too large (max 1 MB)"}, 413

    return app
