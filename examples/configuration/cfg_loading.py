"""The Config loaders: each one updates app.config, and later calls win."""
import tomllib

from flask import Flask


class Defaults:
    ITEMS_PER_PAGE = 20
    MAIL_SERVER = "localhost"
    retries = 3  # lowercase: from_object skips it, so helpers can live here


def create_app():
    app = Flask(__name__)
    # 1. Defaults from a class (or a module, or an import string).
    app.config.from_object(Defaults)
    # 2. A data file: TOML needs a binary file handle, hence text=False.
    app.config.from_file("cfg_settings.toml", load=tomllib.load, text=False)
    # 3. An optional Python file named by an environment variable (deploy-time override).
    app.config.from_envvar("SHOP_SETTINGS", silent=True)
    return app
