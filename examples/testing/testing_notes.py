"""A small notes app to send test requests to: HTML, JSON, errors and a redirect."""
from flask import Flask, abort, redirect, request, url_for


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(config or {})
    notes: dict[int, str] = {}

    @app.get("/")
    def index():
        return f"<h1>Notes</h1><p>{len(notes)} saved</p>"

    @app.post("/api/notes")
    def create_note():
        data = request.get_json(silent=True)
        text = data.get("text") if isinstance(data, dict) else None
        if not isinstance(text, str) or not text.strip():
            return {"error": "text is required"}, 400
        note_id = len(notes) + 1
        notes[note_id] = text.strip()
        location = url_for("show_note", note_id=note_id)
        return {"id": note_id, "text": notes[note_id]}, 201, {"Location": location}

    @app.get("/api/notes/<int:note_id>")
    def show_note(note_id):
        if note_id not in notes:
            abort(404)
        return {"id": note_id, "text": notes[note_id]}

    @app.get("/notes")
    def old_list():
        return redirect(url_for("index"))

    return app
