"""Fixed: the int converter turns "1" into 1 before the view runs."""
from flask import Flask, abort

CATALOG = {1: {"name": "Kettle", "price": 2500}, 2: {"name": "Teapot", "price": 1800}}


def create_app():
    app = Flask(__name__)

    @app.get("/items/<int:item_id>")
    def get_item(item_id):
        item = CATALOG.get(item_id)
        if item is None:
            abort(404)
        return item

    return app
