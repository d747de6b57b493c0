"""Starter: /posts returns every post at once. Add ?page= and ?per_page= pagination."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Post(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db.init_app(app)

    @app.get("/posts")
    def list_posts():
        posts = db.session.scalars(select(Post).order_by(Post.id)).all()  # TODO: paginate
        return {"items": [{"id": p.id, "title": p.title} for p in posts]}

    return app
