"""Strict slashes: which URL redirects, which 404s, and how to relax it."""
from flask import Flask, request

app = Flask(__name__)


@app.route("/projects/", methods=["GET", "POST"])  # a "folder": canonical URL ends in /
def projects():
    return f"{request.method} projects {request.get_data(as_text=True)}".strip()


@app.route("/about")  # a "file": canonical URL has no trailing slash
def about():
    return "about"


@app.route("/status", strict_slashes=False)  # both /status and /status/ answer
def status():
    return "ok"


@app.route("/items/<int:item_id>")
def item(item_id):
    return f"item {item_id}"


# merge_slashes is on by default: /items//3 redirects to /items/3.
strict = Flask(__name__)
strict.url_map.merge_slashes = False  # set before adding rules
strict.add_url_rule("/items/<int:item_id>", view_func=item)
