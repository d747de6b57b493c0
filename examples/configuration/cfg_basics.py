"""app.config: a dict with Flask's defaults, filled in at startup and read everywhere."""
from flask import Flask, current_app, render_template_string, session

app = Flask(__name__)

app.config["ITEMS_PER_PAGE"] = 20  # set one key
app.config.update(SECRET_KEY="dev-only", SUPPORT_EMAIL="help@example.com")  # plain dict update
app.config.from_mapping(MAX_CONTENT_LENGTH=2 * 1024 * 1024, items_per_page=50)  # lowercase: skipped

# Typo in a built-in key: no error, the real SESSION_COOKIE_SECURE stays False.
app.config["SESSION_COOKIE_SECURED"] = True


@app.get("/settings")
def settings():
    config = current_app.config  # current_app: no import of `app` needed in blueprints
    return {
        "per_page": config["ITEMS_PER_PAGE"],
        "feature_x": config.get("FEATURE_X", False),  # optional key with a fallback
        "debug": current_app.debug,  # a few keys also have attributes: debug, testing, secret_key
    }


@app.get("/footer")
def footer():
    # Templates see the config as `config`.
    return render_template_string("Contact {{ config.SUPPORT_EMAIL }}")


@app.get("/login")
def login():
    session["user"] = "ada"
    return "ok"
