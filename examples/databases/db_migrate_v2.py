"""Schema version 2: "name" renamed to "full_name", "email" added.

Run: flask --app db_migrate_v2 db ..."""
import os
from typing import Optional

from flask import Flask
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
migrate = Migrate()  # compare_type and render_as_batch are on by default since 4.0


class Customer(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(100))  # was "name"
    email: Mapped[Optional[str]] = mapped_column(String(120))  # new, nullable


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    db.init_app(app)
    migrate.init_app(app, db)  # adds the "flask db" command group
    return app
