"""IDOR: a logged-in user changes the id in the URL. Check ownership on every access."""
from flask import Flask, abort, session
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Invoice(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    owner_id: Mapped[int]
    total: Mapped[int]


app = Flask(__name__)
app.config["SECRET_KEY"] = "test-only-key"
app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite://"
db.init_app(app)


def current_user_id():
    user_id = session.get("user_id")
    if user_id is None:
        abort(401)
    return user_id


def own_invoice_or_404(invoice_id):
    # The owner is part of the query: someone else's invoice is simply "not found".
    query = select(Invoice).where(Invoice.id == invoice_id,
                                  Invoice.owner_id == current_user_id())
    return db.first_or_404(query)


@app.get("/unsafe/invoices/<int:invoice_id>")
def invoice_unsafe(invoice_id):
    current_user_id()  # Anti-pattern: logged in is checked, ownership is not.
    invoice = db.get_or_404(Invoice, invoice_id)
    return {"id": invoice.id, "total": invoice.total}


@app.get("/invoices/<int:invoice_id>")
def invoice_detail(invoice_id):
    invoice = own_invoice_or_404(invoice_id)
    return {"id": invoice.id, "total": invoice.total}


@app.delete("/invoices/<int:invoice_id>")
def invoice_delete(invoice_id):
    db.session.delete(own_invoice_or_404(invoice_id))  # writes need the same check
    db.session.commit()
    return "", 204


@app.get("/invoices")
def invoice_list():
    rows = db.session.scalars(select(Invoice).where(Invoice.owner_id == current_user_id()))
    return {"ids": [invoice.id for invoice in rows]}
