"""Flask-SQLAlchemy 3.1 with an application factory and SQLAlchemy 2.x-style models."""
import click
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)  # created once, bound to apps by init_app


class User(db.Model):  # table name "user", derived from the class name
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(120), unique=True)


def create_app(test_config=None, instance_path=None):
    app = Flask(__name__, instance_path=instance_path)
    app.config.from_mapping(
        # A relative SQLite path lives in the instance folder (Flask-SQLAlchemy 3.0+).
        SQLALCHEMY_DATABASE_URI="sqlite:///shop.db",
        # Pool and engine settings: keyword arguments for sqlalchemy.create_engine().
        SQLALCHEMY_ENGINE_OPTIONS={"pool_size": 10, "pool_pre_ping": True},
    )
    if test_config:
        app.config.update(test_config)
    db.init_app(app)  # reads the config now: set it before this line

    @app.cli.command("init-db")
    def init_db():
        """Create missing tables (development only: use migrations in production)."""
        db.create_all()
        click.echo("Created the tables.")

    @app.post("/users")
    def create_user():
        user = User(email=request.form["email"])
        db.session.add(user)
        db.session.commit()  # nothing is written until the commit
        return {"id": user.id}, 201

    @app.get("/users")
    def list_users():
        emails = db.session.scalars(select(User.email).order_by(User.id)).all()
        return {"emails": emails}

    return app
