"""Why a 500 handler that touches the database should roll back first."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Customer(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(unique=True)


def create_app(rollback_in_handler=True):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db.init_app(app)

    @app.post("/customers/<email>")
    def add_customer(email):
        db.session.add(Customer(email=email))
        db.session.commit()  # a duplicate email raises IntegrityError here
        return {"email": email}, 201

    @app.errorhandler(500)
    def server_error(error):
        if rollback_in_handler:
            db.session.rollback()  # the failed transaction must be ended first
        # Typical handler work that needs the session: a count, the current user...
        count = db.session.scalar(select(func.count()).select_from(Customer))
        return {"error": "Internal Server Error", "customers": count}, 500

    with app.app_context():
        db.create_all()
    return app
