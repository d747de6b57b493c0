"""Routing basics: URL rules, converters, allowed methods and url_for."""
from flask import Flask, abort, request, url_for

app = Flask(__name__)

USERS = {1: "ada", 2: "linus"}


@app.route("/")
def index():
    # Build links from endpoint names instead of writing paths by hand.
    return {
        "profile": url_for("profile", username="ada"),
        "user": url_for("user_by_id", user_id=1),
    }


@app.route("/profile/<username>")  # default converter "string": one segment, no "/"
def profile(username):
    return f"Profile of {username}"


@app.route("/users/<int:user_id>")  # digits only; the view receives an int
def user_by_id(user_id):
    if user_id not in USERS:
        abort(404)  # plain Flask: no database helper needed
    return {"id": user_id, "name": USERS[user_id]}


@app.route("/prices/<float:amount>")  # needs a dot: "9.5" matches, "9" does not
def price(amount):
    return {"amount": amount}


@app.route("/files/<path:subpath>")  # like string, but slashes are allowed
def file(subpath):
    return {"subpath": subpath}


@app.route("/orders/<uuid:order_id>")  # the view receives a uuid.UUID
def order(order_id):
    return {"type": type(order_id).__name__, "hex": order_id.hex}


@app.route("/<any(about, contact):page>")  # one of a fixed set of values
def static_page(page):
    return {"page": page}


@app.route("/users", methods=["GET", "POST"])  # without methods= only GET is allowed
def users():
    if request.method == "POST":
        new_id = max(USERS) + 1
        USERS[new_id] = request.form["name"]
        return {"id": new_id}, 201
    return {"count": len(USERS)}
