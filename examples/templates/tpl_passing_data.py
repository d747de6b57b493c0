"""Passing data to templates: keyword arguments become template variables."""
from dataclasses import dataclass
from datetime import date

from flask import Flask, abort, render_template

app = Flask(__name__)


@dataclass
class User:
    username: str
    display_name: str
    is_admin: bool = False


USERS = {"ada": User("ada", "Ada Lovelace", is_admin=True), "alan": User("alan", "Alan Turing")}
POSTS = {"ada": [{"title": "Notes on the Analytical Engine", "published": date(1843, 9, 1)}]}


@app.get("/users/<username>")
def profile(username):
    user = USERS.get(username)
    if user is None:
        abort(404)
    stats = {"items": 3, "followers": 12}
    # Each keyword argument becomes a variable in the template.
    return render_template(
        "profile/profile.html", user=user, posts=POSTS.get(username, []), stats=stats
    )


@app.get("/users/<username>/card")
def card(username):
    context = {"user": USERS[username], "posts": [], "stats": {}}
    return render_template("profile/profile.html", **context)  # a dict works too
