"""Solution: lock both rows (in a fixed order), validate, apply, commit once; roll back on error."""
from flask import Flask, abort, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import CheckConstraint, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Account(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    balance: Mapped[int] = mapped_column(CheckConstraint("balance >= 0"))  # last line of defence


class InsufficientFunds(Exception):
    pass


def transfer_funds(source_id, target_id, amount):
    if amount <= 0 or source_id == target_id:
        raise ValueError("invalid transfer")
    try:
        # SELECT ... FOR UPDATE: a second transfer touching these rows waits here until we
        # commit, then reads the new balances. Locking in id order avoids deadlocks between
        # A->B and B->A running at the same time.
        rows = db.session.scalars(
            select(Account).where(Account.id.in_([source_id, target_id]))
            .order_by(Account.id).with_for_update()
        ).all()
        accounts = {a.id: a for a in rows}
        if len(accounts) != 2:
            raise LookupError("no such account")
        source, target = accounts[source_id], accounts[target_id]
        if source.balance < amount:
            raise InsufficientFunds
        source.balance -= amount
        target.balance += amount
        db.session.commit()  # both changes or neither
    except Exception:
        db.session.rollback()  # releases the locks and leaves the session usable
        raise


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
        except LookupError:
            abort(404)
        except ValueError:
            abort(400)
        return {"ok": True}, 201

    return app
