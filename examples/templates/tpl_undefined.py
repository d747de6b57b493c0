"""Undefined variables: silent by default, an error with StrictUndefined."""
from flask import Flask, render_template
from jinja2 import StrictUndefined


def create_app(strict=False):
    app = Flask(__name__)
    if strict:
        # jinja_options is read once, when app.jinja_env is first created.
        app.jinja_options = {**app.jinja_options, "undefined": StrictUndefined}

    @app.get("/welcome")
    def welcome():
        # The template has a typo: it reads user.nmae.
        return render_template("undefined/welcome.html", user={"name": "Ada"})

    @app.get("/checkout")
    def checkout():
        return render_template("undefined/checkout.html", total=42)

    return app
