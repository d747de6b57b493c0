"""The N+1 query problem, eager loading, and making lazy loads visible."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from flask_sqlalchemy.record_queries import get_recorded_queries
from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import (DeclarativeBase, Mapped, joinedload, mapped_column, raiseload,
                            relationship, selectinload)


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Author(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    books: Mapped[list["Book"]] = relationship(back_populates="author", order_by="Book.id")


class Book(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    author_id: Mapped[int] = mapped_column(ForeignKey("author.id"), index=True)
    author: Mapped[Author] = relationship(back_populates="books")


LOADERS = {
    "lazy": [],  # default lazy="select": one more SELECT per author, on first access
    "selectin": [selectinload(Author.books)],  # 1 query for authors + 1 "WHERE IN" for books
    "joined": [joinedload(Author.books)],  # a single query with a LEFT OUTER JOIN
    "strict": [selectinload(Author.books), raiseload("*")],  # anything else lazy: error
}


def create_app(record_queries=True):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    app.config["SQLALCHEMY_RECORD_QUERIES"] = record_queries  # off by default since 3.0
    db.init_app(app)

    @app.get("/authors")
    def authors():
        stmt = select(Author).order_by(Author.id).options(*LOADERS[request.args["load"]])
        rows = db.session.scalars(stmt).unique()  # unique(): required with joinedload
        return [{"name": a.name, "books": [b.title for b in a.books]} for a in rows]

    @app.get("/books")
    def books():
        stmt = select(Book).options(raiseload(Book.author))
        return [{"title": b.title, "author": b.author.name} for b in db.session.scalars(stmt)]

    @app.after_request
    def count_queries(response):  # a development aid: see N+1 in every response
        response.headers["X-Query-Count"] = str(len(get_recorded_queries()))
        return response

    return app
