"""Fixed: create tables inside an app context, from a CLI command rather than on every start."""
import click
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Note(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)


def create_app(database_uri="sqlite://"):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri
    db.init_app(app)

    @app.cli.command("init-db")
    def init_db():
        """Create the tables (Flask CLI commands run inside an app context)."""
        db.create_all()
        click.echo("Created the tables.")

    return app


def create_test_app():
    """For tests and scripts: push a context explicitly."""
    app = create_app()
    with app.app_context():
        db.create_all()
    return app
