"""The built-in static route, and the two arguments that move it."""
from flask import Flask, render_template

# static/ next to this module is served at /static/<path:filename>.
app = Flask(__name__)


@app.get("/")
def home():
    return render_template("static_page.html")


# Same folder, different URL prefix (for example to match a CDN path).
assets_app = Flask(__name__, static_url_path="/assets")

# An API with no static files: no static route is registered at all.
api = Flask(__name__, static_folder=None)
