"""Flask-SQLAlchemy 3.1 with SQLAlchemy 2.x: what the extension adds to Flask."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Author(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


def create_app(database_uri="sqlite://"):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri  # the engine comes from config
    db.init_app(app)  # registers app.extensions["sqlalchemy"] and a teardown handler

    @app.post("/authors")
    def add_author():
        author = Author(name=request.get_json()["name"])
        db.session.add(author)  # the session is scoped to the current app context
        db.session.commit()
        return {"id": author.id}, 201

    @app.get("/authors")
    def list_authors():
        page = db.paginate(db.select(Author).order_by(Author.name), per_page=2)
        return {"names": [a.name for a in page.items], "pages": page.pages}

    @app.get("/authors/<int:author_id>")
    def get_author(author_id):
        return {"name": db.get_or_404(Author, author_id).name}  # 404, not None

    with app.app_context():
        db.create_all()
    return app
