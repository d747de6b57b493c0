"""Flask gives routing, requests, templates and a CLI; you choose and wire the rest."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy  # the ORM is a choice, not part of Flask
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Note(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str]


def create_app(database_uri="sqlite:///notes.db"):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri
    db.init_app(app)  # explicit wiring: nothing is discovered or auto-installed
    with app.app_context():
        db.create_all()  # creates missing tables only; no migrations: Flask-Migrate is a choice

    @app.post("/notes")
    def add_note():
        note = Note(text=request.get_json()["text"])
        db.session.add(note)
        db.session.commit()
        return {"id": note.id, "text": note.text}, 201

    @app.get("/notes")
    def list_notes():
        notes = db.session.scalars(db.select(Note).order_by(Note.id))
        return [{"id": n.id, "text": n.text} for n in notes]

    return app
