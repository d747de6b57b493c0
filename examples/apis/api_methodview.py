"""A REST resource with Flask-SQLAlchemy and two MethodView classes."""
from flask import Flask, abort, request, url_for
from flask.views import MethodView
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Book(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    author: Mapped[str] = mapped_column(String(100))

    def to_json(self):
        return {"id": self.id, "title": self.title, "author": self.author}


FIELDS = ("title", "author")


def book_fields(*, partial):
    """The JSON body as {field: value}; 400 or 422 when it cannot be used."""
    data = request.get_json()  # 415 for a non-JSON body, 400 for malformed JSON
    if not isinstance(data, dict):
        abort(400, "Send a JSON object.")
    wanted = [f for f in FIELDS if f in data] if partial else FIELDS
    bad = [f for f in wanted if not isinstance(data.get(f), str) or not data[f].strip()]
    if bad:
        abort(422, f"Invalid or missing: {', '.join(bad)}")
    return {f: data[f].strip() for f in wanted}  # only known fields: no mass assignment


class BookCollection(MethodView):
    init_every_request = False  # nothing per-request is stored on self

    def get(self):
        books = db.session.scalars(select(Book).order_by(Book.id))
        return [book.to_json() for book in books]

    def post(self):
        book = Book(**book_fields(partial=False))
        db.session.add(book)
        db.session.commit()
        return book.to_json(), 201, {"Location": url_for("book_item", book_id=book.id)}


class BookItem(MethodView):
    init_every_request = False

    def get(self, book_id):
        return db.get_or_404(Book, book_id).to_json()

    def put(self, book_id):  # replace: every field required
        book = db.get_or_404(Book, book_id)
        for name, value in book_fields(partial=False).items():
            setattr(book, name, value)
        db.session.commit()
        return book.to_json()

    def patch(self, book_id):  # partial update: only the fields sent
        book = db.get_or_404(Book, book_id)
        for name, value in book_fields(partial=True).items():
            setattr(book, name, value)
        db.session.commit()
        return book.to_json()

    def delete(self, book_id):
        db.session.delete(db.get_or_404(Book, book_id))
        db.session.commit()
        return "", 204


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db.init_app(app)
    with app.app_context():
        db.create_all()
    # as_view() turns each class into a view function; methods come from the class.
    app.add_url_rule("/api/books", view_func=BookCollection.as_view("book_collection"))
    app.add_url_rule("/api/books/<int:book_id>", view_func=BookItem.as_view("book_item"))
    return app
