"""Before: a single-module app in the Flask 0.x/1.x style.

The routes still run on Flask 3.1; the setup code around them does not (see the tests).
"""
from flask import Flask, jsonify

app = Flask(__name__)  # a module-level global: one config, hard to test, import cycles

PRODUCTS = {1: "mug", 2: "tee"}


@app.route("/api/products")
def list_products():
    return jsonify(products=[{"id": i, "name": n} for i, n in sorted(PRODUCTS.items())])


@app.route("/api/products/<int:product_id>")
def get_product(product_id):
    if product_id not in PRODUCTS:
        return jsonify(error="not found"), 404
    return jsonify(id=product_id, name=PRODUCTS[product_id])


def load_extension_the_old_way():
    import flask.ext.sqlalchemy  # noqa: F401  deprecated in 0.11, removed in Flask 1.0


def build_flask_script_manager():
    from flask_script import Manager  # noqa: F401  needs flask._compat, gone since Flask 2.0


def warm_cache_on_first_request():
    app.before_first_request(lambda: None)  # deprecated in 2.2, removed in 2.3
