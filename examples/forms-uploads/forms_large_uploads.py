"""Large uploads: write the body to disk as it arrives, on the volume where it will stay."""
import hashlib
import os
import tempfile
import uuid

from flask import Flask, Request, current_app, request

CHUNK_SIZE = 64 * 1024


class UploadRequest(Request):
    def _get_file_stream(self, total_content_length, content_type, filename=None,
                         content_length=None):
        # Werkzeug's default is a SpooledTemporaryFile: memory up to 500 KB, then TMPDIR.
        # Put multipart file parts straight into the upload volume instead.
        return tempfile.NamedTemporaryFile("wb+", dir=current_app.config["UPLOAD_TMP"])


def create_app(upload_folder, max_bytes=10 * 1024 * 1024):
    app = Flask(__name__)
    app.request_class = UploadRequest
    incoming = os.path.join(upload_folder, ".incoming")
    os.makedirs(incoming, exist_ok=True)
    app.config.update(UPLOAD_FOLDER=upload_folder, UPLOAD_TMP=incoming,
                      MAX_CONTENT_LENGTH=max_bytes)

    @app.post("/videos")
    def upload_video():  # multipart/form-data from an HTML form
        upload = request.files["video"]
        stored = f"{uuid.uuid4().hex}.bin"
        # Same file system: a hard link is instant and copies nothing. The temporary
        # name is deleted when the request closes its files.
        os.link(upload.stream.name, os.path.join(upload_folder, stored))
        return {"id": stored}, 201

    @app.put("/blobs")
    def put_blob():  # a raw body: fetch(url, {method: "PUT", body: file}), curl -T
        stream = request.stream  # 413 here if Content-Length is over the limit
        digest, size = hashlib.sha256(), 0
        with tempfile.NamedTemporaryFile(dir=incoming, delete=False) as part:
            try:
                while chunk := stream.read(CHUNK_SIZE):  # memory use: one chunk
                    digest.update(chunk)
                    part.write(chunk)
                    size += len(chunk)
            except Exception:
                os.unlink(part.name)  # a 413 mid-stream or a client that went away
                raise
        name = digest.hexdigest()
        os.replace(part.name, os.path.join(upload_folder, name))  # atomic: all or nothing
        return {"sha256": name, "bytes": size}, 201

    return app
