"""Custom tests and globals, next to filters and context processors."""
from flask import Flask, current_app, render_template

app = Flask(__name__)
app.config["FEATURES"] = {"reviews": True, "wishlist": False}

STOCK = [{"name": "grinder", "quantity": 2}, {"name": "kettle", "quantity": 8},
         {"name": "scale", "quantity": 0}]


@app.template_test("low_stock")  # used after "is": {% if qty is low_stock %}
def is_low_stock(quantity, threshold=5):
    return 0 < quantity < threshold


@app.template_global()  # a function any template (and any imported macro) can call
def feature_enabled(name):
    return current_app.config["FEATURES"].get(name, False)


@app.get("/stock")
def stock():
    return render_template("helpers/stock.html", items=STOCK)
