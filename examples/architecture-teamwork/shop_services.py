"""Service layer: business rules only - no request, no HTTP status codes, no jsonify."""
from sqlalchemy import update

from shop_models import Order, Product, db


class ProductNotFound(Exception):
    """Domain errors: the web layer decides which status code each one becomes."""


class OutOfStock(Exception):
    pass


class InvalidQuantity(ValueError):
    pass


def place_order(product_id: int, quantity: int) -> Order:
    if quantity < 1:  # -5 would pass "stock >= quantity" and add stock
        raise InvalidQuantity("quantity must be at least 1")
    # One conditional UPDATE instead of read, subtract in Python, write back: the database
    # computes stock - quantity on the current row, under its row lock, and only if the guard
    # holds. Two requests for the last mug cannot both get it.
    taken = db.session.execute(
        update(Product)
        .where(Product.id == product_id, Product.stock >= quantity)
        .values(stock=Product.stock - quantity)
    )
    if taken.rowcount != 1:  # no such product, or not enough stock: find out which
        db.session.rollback()
        product = db.session.get(Product, product_id)
        if product is None:
            raise ProductNotFound(f"no product {product_id}")
        raise OutOfStock(f"only {product.stock} left of {product.name}")
    order = Order(product_id=product_id, quantity=quantity)
    db.session.add(order)
    db.session.commit()  # one commit: stock and order change together
    return order
