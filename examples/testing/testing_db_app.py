"""A small Flask-SQLAlchemy app whose views commit, and roll back on a duplicate."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

db = SQLAlchemy()


class Member(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)


def create_app(database_url: str) -> Flask:
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_url
    db.init_app(app)

    @app.post("/members")
    def join():
        db.session.add(Member(email=request.form["email"]))
        try:
            db.session.commit()
        except IntegrityError:
            db.session.rollback()
            return {"error": "already a member"}, 409
        return {"joined": request.form["email"]}, 201

    @app.get("/members/count")
    def count():
        return {"count": db.session.scalar(select(func.count()).select_from(Member))}

    return app
