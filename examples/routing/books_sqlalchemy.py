"""Turning a missing row into a 404 with Flask-SQLAlchemy 3.x (SQLAlchemy 2.x style)."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Book(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    title: Mapped[str] = mapped_column(String(200))


app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"  # in-memory database
db.init_app(app)
with app.app_context():  # in-memory: the database lives as long as this process
    db.create_all()
    db.session.add(Book(slug="dune", title="Dune"))  # one row to try the URLs with
    db.session.commit()


@app.get("/books/<int:book_id>")
def book(book_id):
    # Session.get by primary key, or abort(404)
    found = db.get_or_404(Book, book_id, description="No book with that id.")
    return {"id": found.id, "title": found.title}


@app.get("/books/by-slug/<slug>")
def book_by_slug(slug):
    # exactly one row, or abort(404) (also when several rows match)
    found = db.one_or_404(select(Book).where(Book.slug == slug))
    return {"id": found.id, "title": found.title}


@app.get("/books/latest")
def latest_book():
    # the first row of the result, or abort(404) when there is none
    found = db.first_or_404(select(Book).order_by(Book.id.desc()))
    return {"id": found.id, "title": found.title}
