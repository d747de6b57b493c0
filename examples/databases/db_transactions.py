"""Transactions with db.session: commit, rollback, flush, and the session after an error."""
from flask import Flask, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Account(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(120), unique=True)
    balance: Mapped[int] = mapped_column(default=0)


class InsufficientFunds(Exception):
    pass


app = Flask(__name__)
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db.init_app(app)


@app.post("/accounts")
def open_account():
    account = Account(email=request.form["email"])
    db.session.add(account)
    try:
        db.session.commit()
    except IntegrityError:  # the UNIQUE constraint fired during the commit's flush
        db.session.rollback()  # required before this session can be used again
        return {"error": "email already registered"}, 409
    return {"id": account.id}, 201


def transfer(source_id, target_id, amount):
    """Both balances change, or neither does."""
    source = db.session.get(Account, source_id)
    target = db.session.get(Account, target_id)
    source.balance -= amount
    target.balance += amount
    if source.balance < 0:
        db.session.rollback()  # undoes both in-memory changes
        raise InsufficientFunds(source.email)
    db.session.commit()
