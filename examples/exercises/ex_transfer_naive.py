"""Starter (naive): read, check, write, commit. Correct alone, wrong under concurrency."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Account(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    balance: Mapped[int]  # in cents: never floats for money


class InsufficientFunds(Exception):
    pass


def transfer_funds(source_id, target_id, amount):
    source = db.session.get(Account, source_id)
    target = db.session.get(Account, target_id)
    if source.balance < amount:
        raise InsufficientFunds
    source.balance -= amount  # computed from a value that may be stale by now
    target.balance += amount
    db.session.commit()


def create_app(database_uri):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri
    db.init_app(app)

    @app.post("/transfers")
    def create_transfer():
        data = request.get_json()
        try:
            transfer_funds(data["from"], data["to"], data["amount"])
        except InsufficientFunds:
            return {"error": "insufficient funds"}, 409
        return {"ok": True}, 201

    return app
