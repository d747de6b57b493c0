"""Starter (buggy): item 1 is in the catalog, yet GET /items/1 says 404."""
from flask import Flask, abort

CATALOG = {1: {"name": "Kettle", "price": 2500}, 2: {"name": "Teapot", "price": 1800}}


def create_app():
    app = Flask(__name__)

    @app.get("/items/<item_id>")
    def get_item(item_id):
        item = CATALOG.get(item_id)
        if item is None:
            abort(404)
        return item

    return app
