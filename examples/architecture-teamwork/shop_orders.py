"""The "orders" feature's blueprint: thin views that parse, delegate, respond."""
from flask import Blueprint, request

from shop_services import InvalidQuantity, OutOfStock, ProductNotFound, place_order

bp = Blueprint("orders", __name__)


@bp.post("/")
def create_order():
    """Create an order. Body: {"product_id": int, "quantity": int}."""
    data = request.get_json()
    order = place_order(int(data["product_id"]), int(data["quantity"]))
    return order.to_dict(), 201


@bp.errorhandler(ProductNotFound)
def product_not_found(error):
    return {"error": str(error)}, 404


@bp.errorhandler(OutOfStock)
def out_of_stock(error):
    return {"error": str(error)}, 409


@bp.errorhandler(InvalidQuantity)
def invalid_quantity(error):
    return {"error": str(error)}, 400
