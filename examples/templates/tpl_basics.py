"""Jinja basics: render_template, expressions, control flow, filters and escaping."""
from flask import Flask, render_template, request

app = Flask(__name__)

PRODUCTS = [
    {"name": "espresso machine", "price": 249, "tags": ["kitchen", "coffee"],
     "blurb": "Fifteen-bar pump, steam wand and a cup warmer on top."},
    {"name": "burr grinder", "price": 89.5, "tags": [],
     "blurb": "Forty grind settings."},
]


@app.get("/products")
def products():
    query = request.args.get("q", "")
    found = [p for p in PRODUCTS if query.lower() in p["name"]]
    # The template gets only data; it decides how to show it.
    return render_template("basics/catalog.html", products=found, query=query)
