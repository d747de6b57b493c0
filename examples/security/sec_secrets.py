"""Secrets from the environment or a mounted file, checked at startup, kept out of logs."""
import logging
import os
from pathlib import Path

from flask import Flask


class MissingSecret(RuntimeError):
    pass


def read_secret(name, environ=os.environ):
    """NAME_FILE (a file mounted by Docker or Kubernetes) wins over NAME itself."""
    if path := environ.get(f"{name}_FILE"):
        return Path(path).read_text(encoding="utf-8").strip()  # drop the trailing newline
    if value := environ.get(name):
        return value
    raise MissingSecret(f"{name} or {name}_FILE must be set")  # fail at startup, not later


class RedactSecrets(logging.Filter):
    """Replace known secret values in log messages before any handler sees them."""

    def __init__(self, *values):
        super().__init__()
        self.values = [value for value in values if value]

    def filter(self, record):
        message = record.getMessage()
        for value in self.values:
            message = message.replace(value, "[redacted]")
        record.msg, record.args = message, None
        return True


def create_app(environ=os.environ):
    app = Flask(__name__)
    app.config["SECRET_KEY"] = read_secret("SHOP_SECRET_KEY", environ)
    app.config["PAYMENT_API_KEY"] = read_secret("SHOP_PAYMENT_API_KEY", environ)
    app.logger.addFilter(RedactSecrets(app.config["SECRET_KEY"], app.config["PAYMENT_API_KEY"]))

    @app.get("/pay")
    def pay():
        url = f"https://payments.example/charge?key={app.config['PAYMENT_API_KEY']}"
        app.logger.warning("payment call failed: %s", url)  # the kind of line that leaks keys
        return "queued"

    return app
