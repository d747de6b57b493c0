"""The instance folder: machine-specific config and data, kept out of the package and git."""
import os

from flask import Flask


def create_app(test_config=None, instance_path=None):
    # instance_relative_config: relative config file names resolve in the instance folder.
    app = Flask(__name__, instance_path=instance_path, instance_relative_config=True)
    app.config.from_mapping(
        # No SECRET_KEY here: a "dev" default would silently sign production sessions.
        DATABASE=os.path.join(app.instance_path, "shop.sqlite"),
    )
    if test_config is None:
        app.config.from_pyfile("application.cfg", silent=True)  # optional local overrides
    else:
        app.config.from_mapping(test_config)
    os.makedirs(app.instance_path, exist_ok=True)  # Flask does not create it
    if not app.config.get("SECRET_KEY"):  # fail closed: no key, no app
        raise RuntimeError(
            f"SECRET_KEY is not set: add it to {os.path.join(app.instance_path, 'application.cfg')}"
            " (python -c 'import secrets; print(secrets.token_hex())'), or pass it in test_config"
        )
    return app
