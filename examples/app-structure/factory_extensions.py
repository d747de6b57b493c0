"""Extension objects live in their own module, created without an app."""
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)  # no app yet: bound later with db.init_app(app)
