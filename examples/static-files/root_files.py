"""Files at the site root: robots.txt, and a single-page app with client-side routes."""
from pathlib import Path

from flask import Flask, abort, send_from_directory
from werkzeug.security import safe_join

app = Flask(__name__)


@app.get("/robots.txt")  # crawlers only look at the root, not under /static/
def robots():
    return send_from_directory(app.static_folder, "robots.txt")


BUILD = Path(__file__).parent / "spa_build"  # the front-end bundler's output
spa = Flask(__name__, static_folder=None)  # this app serves the build folder itself


@spa.get("/api/health")
def health():
    return {"ok": True}


@spa.get("/", defaults={"path": ""})
@spa.get("/<path:path>")
def frontend(path):
    if path.startswith("api/"):
        abort(404)  # a mistyped API URL must not get the HTML page with a 200
    file = safe_join(str(BUILD), path) if path else None
    if file is not None and Path(file).is_file():
        return send_from_directory(BUILD, path)  # a real asset: JS, CSS, images
    return send_from_directory(BUILD, "spa_shell.html")  # a client-side route


# The tempting shortcut: serve the build folder at the root with the static route.
shortcut = Flask(__name__, static_folder="spa_build", static_url_path="")


@shortcut.get("/api/health")
def shortcut_health():  # static segments beat converters, so this still works
    return {"ok": True}


@shortcut.get("/<path:path>")
def shortcut_fallback(path):  # never called: the static rule was added first
    return send_from_directory(BUILD, "spa_shell.html")
