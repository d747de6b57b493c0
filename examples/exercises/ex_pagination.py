"""Solution: paginate /posts with Flask-SQLAlchemy 3's db.paginate()."""
from flask import Flask, request, url_for
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
        page = request.args.get("page", 1, type=int)
        per_page = request.args.get("per_page", 10, type=int)
        pagination = db.paginate(
            select(Post).order_by(Post.id),  # a stable order, or pages overlap
            page=page, per_page=per_page, max_per_page=50, error_out=False,
        )

        def link(number):
            return url_for("list_posts", page=number, per_page=pagination.per_page)

        return {
            "items": [{"id": p.id, "title": p.title} for p in pagination.items],
            "page": pagination.page,
            "per_page": pagination.per_page,
            "total": pagination.total,
            "pages": pagination.pages,
            "next": link(pagination.next_num) if pagination.has_next else None,
            "prev": link(pagination.prev_num) if pagination.has_prev else None,
        }

    return app
