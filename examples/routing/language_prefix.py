"""URL processors: a /<lang_code>/ prefix that views never have to handle."""
from flask import Blueprint, Flask, g, redirect, request, url_for

LANGUAGES = ("en", "de", "fr")

site = Blueprint("site", __name__, url_prefix="/<any(en, de, fr):lang_code>")


@site.url_value_preprocessor
def pull_lang_code(endpoint, values):
    # Runs after matching, before the view: remove lang_code from the view arguments.
    g.lang_code = values.pop("lang_code")


@site.url_defaults
def add_lang_code(endpoint, values):
    # Runs inside url_for for this blueprint's endpoints: fill in the current language.
    values.setdefault("lang_code", g.get("lang_code", "en"))


@site.get("/")
def index():
    return {"lang": g.lang_code, "about": url_for(".about")}


@site.get("/about")
def about():
    return f"about ({g.lang_code})"


app = Flask(__name__)
app.register_blueprint(site)


@app.get("/")
def root():
    lang = request.accept_languages.best_match(LANGUAGES, default="en")
    return redirect(url_for("site.index", lang_code=lang))
