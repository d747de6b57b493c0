"""Code to review: GET /api/customers/<id>/summary is slow at peak times."""
from flask import Flask
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)


class Order(db.Model):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int]
    total: Mapped[int]


def create_app(database_uri="sqlite://"):
    app = Flask(__name__)
    app.config["SQLALCHEMY_DATABASE_URI"] = database_uri
    db.init_app(app)

    @app.get("/api/customers/<int:customer_id>/summary")
    def summary(customer_id):
        orders = db.session.scalars(select(Order)).all()  # every order of every customer
        mine = [o for o in orders if o.customer_id == customer_id]
        return {"orders": len(mine), "spent": sum(o.total for o in mine)}

    return app
