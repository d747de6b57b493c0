"""Transactions with db.session: commit, rollback, flush, and the session after an error."""
from flask import Flask, abort, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, select
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


class AccountNotFound(LookupError):
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
    """Both balances change, or neither does, even with another transfer running at once."""
    if amount <= 0 or source_id == target_id:
        raise ValueError("invalid transfer")
    # SELECT ... FOR UPDATE: a concurrent transfer touching either row waits here until we
    # commit or roll back, then reads the new balance. Locking in primary-key order means
    # A->B and B->A never hold one lock each and wait for the other (a deadlock).
    # populate_existing: overwrite objects already in the session with the locked row's values.
    rows = db.session.scalars(
        select(Account).where(Account.id.in_([source_id, target_id]))
        .order_by(Account.id).with_for_update().execution_options(populate_existing=True)
    ).all()
    accounts = {account.id: account for account in rows}
    missing = [i for i in (source_id, target_id) if i not in accounts]
    if missing:
        db.session.rollback()  # releases the lock we did get
        raise AccountNotFound(missing[0])
    source, target = accounts[source_id], accounts[target_id]
    if source.balance < amount:
        db.session.rollback()
        raise InsufficientFunds(source.email)
    source.balance -= amount
    target.balance += amount
    db.session.commit()  # one transaction: both rows, and the locks end here


def whole_number(data, key):
    """A JSON integer (not a bool, a float or a string), or a 400."""
    value = data.get(key) if isinstance(data, dict) else None
    if type(value) is not int:
        abort(400, f"'{key}' must be a whole number")
    return value


@app.post("/transfers")
def create_transfer():
    data = request.get_json()
    source, target, amount = (whole_number(data, key) for key in ("from", "to", "amount"))
    try:
        transfer(source, target, amount)
    except AccountNotFound as error:
        return {"error": f"no account {error}"}, 404  # not an AttributeError on None: a 500
    except InsufficientFunds:
        return {"error": "insufficient funds"}, 409
    except ValueError:
        abort(400)
    return {"ok": True}, 201
