"""Serving user uploads without turning them into active content on your own origin."""
import mimetypes
import os
import uuid

from flask import Flask, abort, current_app, g, request, send_from_directory

from forms_uploads import detect_type

INLINE = {"png": "image/png", "jpg": "image/jpeg"}  # types safe to display in the page
FILES: dict[str, dict] = {}  # file id -> metadata; a database table in a real app


def create_app(upload_folder):
    app = Flask(__name__)
    app.config["UPLOAD_FOLDER"] = upload_folder

    @app.before_request
    def identify_user():
        g.user = request.headers.get("X-User")  # stands in for a real login

    @app.post("/files")
    def upload():
        upload = request.files["file"]
        file_id = uuid.uuid4().hex
        upload.save(os.path.join(current_app.config["UPLOAD_FOLDER"], file_id))
        with open(os.path.join(current_app.config["UPLOAD_FOLDER"], file_id), "rb") as f:
            kind = detect_type(f)  # decided once, from the content, at upload time
        FILES[file_id] = {"owner": g.user, "name": upload.filename, "kind": kind}
        return {"id": file_id}, 201

    @app.get("/unsafe/files/<file_id>")
    def download_unsafe(file_id):
        # Insecure: the type comes from the client's file name and the file is shown inline.
        meta = FILES.get(file_id) or abort(404)
        guessed = mimetypes.guess_type(meta["name"])[0] or "application/octet-stream"
        return send_from_directory(current_app.config["UPLOAD_FOLDER"], file_id,
                                   mimetype=guessed)

    @app.get("/files/<file_id>")
    def download(file_id):
        meta = FILES.get(file_id)
        if meta is None or meta["owner"] != g.user:
            abort(404)  # not 403: do not confirm that someone else's file exists
        inline_type = INLINE.get(meta["kind"])
        response = send_from_directory(
            current_app.config["UPLOAD_FOLDER"], file_id,
            mimetype=inline_type or "application/octet-stream",
            as_attachment=inline_type is None,  # everything else is a download
            download_name=meta["name"],
        )
        response.headers["X-Content-Type-Options"] = "nosniff"  # no guessing "text/html"
        response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
        response.headers["Cross-Origin-Resource-Policy"] = "same-origin"
        return response

    return app
