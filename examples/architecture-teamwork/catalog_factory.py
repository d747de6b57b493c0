"""After, step one: a factory and a blueprint extracted, old URLs still served."""
import click
from flask import Blueprint, Flask, jsonify

CATALOG = {}
SEED = {1: "mug", 2: "tee"}

catalog = Blueprint("catalog", __name__)


@catalog.get("/products")
def list_products():
    """List products. 200: {"products": [{"id": 1, "name": "mug"}, ...]}."""
    return jsonify(products=[{"id": i, "name": n} for i, n in sorted(CATALOG.items())])


@catalog.get("/products/<int:product_id>")
def get_product(product_id):
    """One product. 200: {"id": 1, "name": "mug"}; 404: {"error": "not found"}."""
    if product_id not in CATALOG:
        return jsonify(error="not found"), 404
    return jsonify(id=product_id, name=CATALOG[product_id])


@click.command("init-db")
def init_db():
    """Replaces Flask-Script's @manager.command: flask --app catalog_factory init-db."""
    CATALOG.clear()
    CATALOG.update(SEED)
    click.echo(f"Seeded {len(CATALOG)} products.")


def create_app():
    app = Flask(__name__)
    app.register_blueprint(catalog, url_prefix="/api/v1")
    # Strangler step: the same views stay reachable at the old URLs until clients move.
    app.register_blueprint(catalog, url_prefix="/api", name="catalog_legacy")
    app.cli.add_command(init_db)
    return app
