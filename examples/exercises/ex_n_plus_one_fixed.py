"""After review: eager loading, pagination and a serialisation method on the model."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import ForeignKey, String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, selectinload


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class User(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    posts: Mapped[list["Post"]] = relationship(back_populates="author", order_by="Post.id")

    def to_dict(self):
        return {"id": self.id, "name": self.name, "posts": [p.title for p in self.posts]}


class Post(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id"), index=True)
    author: Mapped[User] = relationship(back_populates="posts")


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db.init_app(app)

    @app.get("/users")
    def list_users():
        query = select(User).options(selectinload(User.posts)).order_by(User.id)
        page = db.paginate(query, page=request.args.get("page", 1, type=int),
                           per_page=20, error_out=False)
        return {"items": [u.to_dict() for u in page.items], "total": page.total,
                "page": page.page, "pages": page.pages}

    return app
