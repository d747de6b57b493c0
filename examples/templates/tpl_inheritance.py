"""Template inheritance: one base layout, children that fill in its blocks."""
from flask import Flask, render_template

app = Flask(__name__)


@app.get("/")
def home():
    return render_template("inheritance/home.html")


@app.get("/products/<int:product_id>")
def product(product_id):
    item = {"id": product_id, "name": "Burr grinder", "price": "89.50"}
    return render_template("inheritance/product.html", product=item)


@app.get("/broken")
def broken():
    # This child forgets the block that the base marks as required.
    return render_template("inheritance/broken.html")
