"""Nested blueprints (Flask 2.0+) and one blueprint registered twice."""
from flask import Blueprint, Flask, request, url_for

order = []

shop = Blueprint("shop", __name__, url_prefix="/shop")
cart = Blueprint("cart", __name__, url_prefix="/cart")


@shop.before_request
def shop_hook():
    order.append("shop")


@cart.before_request
def cart_hook():
    order.append("cart")


@shop.get("/products")
def products():
    return {"endpoint": request.endpoint}


@cart.get("/")
def show_cart():
    return {
        "endpoint": request.endpoint,
        "blueprints": request.blueprints,  # innermost first
        "self": url_for(".show_cart"),  # relative: stays in this registration
        "products": url_for("shop.products"),  # absolute: always the "shop" one
    }


shop.register_blueprint(cart)  # prefixes and names combine: /shop/cart/, shop.cart.*

app = Flask(__name__)


@app.before_request
def app_hook():
    order.append("app")


app.register_blueprint(shop)
# The same blueprint again: needs a unique name (an error since Flask 2.1)
app.register_blueprint(shop, name="shop_eu", url_prefix="/eu/shop")
