"""Shared extension object and the models of the "orders" feature."""
from flask_sqlalchemy import SQLAlchemy
from sqlalchemy import CheckConstraint
from sqlalchemy.orm import Mapped, mapped_column

db = SQLAlchemy()  # created unbound; the factory calls db.init_app(app)


class Product(db.Model):
    __table_args__ = (CheckConstraint("stock >= 0", name="stock_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    stock: Mapped[int]


class Order(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(db.ForeignKey(Product.id))
    quantity: Mapped[int]

    def to_dict(self):
        return {"id": self.id, "product_id": self.product_id, "quantity": self.quantity}
