"""Where each part of a request ends up on the request object."""
from flask import Flask, request

app = Flask(__name__)


@app.post("/profile")
def update_profile():
    avatar = request.files.get("avatar")  # a FileStorage, or None
    return {
        "page": request.args.get("page", 1, type=int),  # query string
        "name": request.form.get("name", ""),  # urlencoded or multipart body
        "tags": request.form.getlist("tag"),  # repeated keys
        "avatar": avatar.filename if avatar else None,
        "agent": request.headers.get("User-Agent"),  # case-insensitive
        "theme": request.cookies.get("theme", "light"),
    }


@app.post("/api/items")
def create_item():
    item = request.get_json()  # 415 if not JSON, 400 if the JSON is malformed
    return {"received": item}, 201


@app.post("/api/items/lenient")
def create_item_lenient():
    item = request.get_json(silent=True)  # None instead of an error
    if not isinstance(item, dict) or "name" not in item:
        return {"error": "send a JSON object with a 'name'"}, 400
    return {"received": item}, 201


@app.post("/webhook")
def webhook():
    event = request.get_json(force=True)  # the sender labels JSON as text/plain
    raw = request.get_data()  # cached: still available, e.g. to check a signature
    return {"event": event["type"], "bytes": len(raw)}
