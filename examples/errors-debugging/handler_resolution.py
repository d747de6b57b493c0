"""Which error handler runs: codes before classes, blueprints before the app."""
from flask import Blueprint, Flask, abort
from werkzeug.exceptions import HTTPException, InternalServerError

careless = Flask(__name__)


@careless.errorhandler(Exception)
def everything(error):
    return "Sorry, something went wrong.", 500  # also catches 404, 405...


careful = Flask(__name__)


@careful.errorhandler(Exception)
def unexpected(error):
    if isinstance(error, HTTPException):
        return error  # let 404, 405... keep their status and default page
    careful.logger.exception("unexpected error")
    return "Sorry, something went wrong.", 500


for broken_app in (careless, careful):
    broken_app.add_url_rule("/boom", "boom", lambda: 1 / 0)

app = Flask(__name__)
shop = Blueprint("shop", __name__, url_prefix="/shop")


@shop.errorhandler(404)
def shop_not_found(error):
    return "shop: no such product", 404


@shop.get("/products/<int:product_id>")
def product(product_id):
    abort(404)


@shop.get("/checkout")
def checkout():
    raise ValueError("bad basket")


@app.errorhandler(404)
def not_found(error):
    return "app: page not found", 404


@app.errorhandler(LookupError)
def lookup_error(error):
    return f"app: lookup failed ({type(error).__name__})", 400  # KeyError, IndexError too


@app.errorhandler(Exception)
def any_exception(error):
    return f"app: Exception handler got {type(error).__name__}", 500


@app.errorhandler(InternalServerError)
def internal_error(error):
    return "app: 500 handler", 500


@app.get("/items/<key>")
def item(key):
    return {"value": {"a": 1}[key]}


@app.get("/fail")
def fail():
    abort(500)


app.register_blueprint(shop)
