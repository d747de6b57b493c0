"""Idempotency keys: a retried POST returns the first response instead of paying twice."""
import hashlib
import json

from flask import Flask, abort, request
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import String, Text, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class IdempotencyKey(db.Model):
    client_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # keys are per client
    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))  # hash of the request body
    status_code: Mapped[int | None]  # None while the first request is still running
    body: Mapped[str | None] = mapped_column(Text)


class Payment(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    amount_cents: Mapped[int]


def charge_card(amount_cents):
    """Stand-in for the payment provider (pass the idempotency key on to it, too)."""
    return {"provider_ref": f"ch_{amount_cents}"}


def problem(status, detail, **headers):
    return {"status": status, "detail": detail}, status, headers


def create_app():
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
    db.init_app(app)
    with app.app_context():
        db.create_all()

    @app.post("/api/payments")
    def create_payment():
        client_id = request.headers.get("X-Client-Id", "demo")  # really: the authenticated client
        key = request.headers.get("Idempotency-Key")
        if not key or len(key) > 255:
            return problem(400, "Send an Idempotency-Key header (at most 255 characters).")
        data = request.get_json()
        fingerprint = hashlib.sha256(request.get_data()).hexdigest()

        # Claim the key first. The primary key makes this atomic: of two concurrent
        # requests with the same key, exactly one INSERT succeeds.
        claim = IdempotencyKey(client_id=client_id, key=key, fingerprint=fingerprint)
        db.session.add(claim)
        try:
            db.session.commit()
        except IntegrityError:
            db.session.rollback()
            seen = db.session.get(IdempotencyKey, (client_id, key))
            if seen.fingerprint != fingerprint:
                return problem(422, "This key was used with a different request body.")
            if seen.status_code is None:
                return problem(409, "The first request is still running.", **{"Retry-After": "1"})
            return json.loads(seen.body), seen.status_code, {"Idempotent-Replayed": "true"}

        try:
            charge = charge_card(data["amount_cents"])
            payment = Payment(amount_cents=data["amount_cents"])
            db.session.add(payment)
            db.session.flush()
            body = {"id": payment.id, **charge}
            claim.status_code, claim.body = 201, json.dumps(body)  # same commit as the payment
            db.session.commit()
        except Exception:
            db.session.rollback()
            db.session.delete(claim)  # release the key, so the client can retry
            db.session.commit()
            raise
        return body, 201

    @app.get("/api/payments/count")
    def count_payments():
        return {"count": db.session.scalar(select(func.count(Payment.id)))}

    @app.post("/api/naive/payments")
    def create_payment_naive():
        # Every retry after a timeout charges the card again.
        data = request.get_json()
        charge_card(data["amount_cents"])
        db.session.add(Payment(amount_cents=data["amount_cents"]))
        db.session.commit()
        abort(504)  # the response is lost on the way back; the client will retry

    return app
