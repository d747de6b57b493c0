"""Request size limits: MAX_CONTENT_LENGTH, MAX_FORM_MEMORY_SIZE, MAX_FORM_PARTS."""
from flask import Flask, request

app = Flask(__name__)
app.config.update(
    MAX_CONTENT_LENGTH=1024 * 1024,  # whole body: 1 MiB (default None: unlimited)
    MAX_FORM_MEMORY_SIZE=100_000,  # each multipart text field (default 500_000)
    MAX_FORM_PARTS=50,  # multipart fields + files (default 1_000)
)


@app.post("/comments")
def add_comment():
    return {"length": len(request.form["text"])}


@app.post("/api/items")
def add_items():
    return {"count": len(request.get_json())}


@app.post("/videos")
def upload_video():
    request.max_content_length = 20 * 1024 * 1024  # Flask 3.1+: this request only
    video = request.files["video"]  # the limit must be set before the body is read
    return {"filename": video.filename, "bytes": request.content_length}


@app.errorhandler(413)
def too_large(error):
    return {"error": "request body too large", "limit": request.max_content_length}, 413
