"""Service layer: business rules only - no request, no HTTP status codes, no jsonify."""
from shop_models import Order, Product, db


class ProductNotFound(Exception):
    """Domain errors: the web layer decides which status code each one becomes."""


class OutOfStock(Exception):
    pass


def place_order(product_id: int, quantity: int) -> Order:
    product = db.session.get(Product, product_id)
    if product is None:
        raise ProductNotFound(f"no product {product_id}")
    if quantity > product.stock:
        raise OutOfStock(f"only {product.stock} left of {product.name}")
    product.stock -= quantity
    order = Order(product_id=product.id, quantity=quantity)
    db.session.add(order)
    db.session.commit()  # one commit: stock and order change together
    return order
