"""url_for: endpoint names, blueprints, query strings, anchors and static files."""
from flask import Blueprint, Flask, redirect, render_template, url_for

shop = Blueprint("shop", __name__, url_prefix="/shop")


@shop.get("/products/<int:product_id>")
def product(product_id):
    # ".cart" is relative: it means "cart in the blueprint handling this request".
    return {"cart": url_for(".cart"), "self": url_for("shop.product", product_id=product_id)}


@shop.get("/cart")
def cart():
    return "cart"


app = Flask(__name__)
app.register_blueprint(shop)


@app.get("/")
def home():
    return render_template("routing_nav.html", featured_id=42)


@app.get("/users/<name>")
def user(name):
    return name


@app.get("/buy/<int:product_id>")
def buy(product_id):
    # redirect() sends the response; url_for() only builds the string.
    return redirect(url_for("shop.product", product_id=product_id))
