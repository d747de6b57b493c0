"""Logging in Flask: the factory configures it before the app exists, and adds request data."""
import logging
from logging.config import dictConfig

from flask import Flask, has_request_context, request


class RequestFormatter(logging.Formatter):
    """Adds the URL and client address to records logged during a request."""

    def format(self, record):
        if has_request_context():
            record.url, record.remote_addr = request.url, request.remote_addr
        else:
            record.url = record.remote_addr = "-"
        return super().format(record)


def configure_logging(stream=None):  # None: sys.stderr
    dictConfig({
        "version": 1,
        "disable_existing_loggers": False,  # the default True silences existing loggers
        "formatters": {"request": {
            "()": RequestFormatter,
            "format": "%(levelname)s %(remote_addr)s %(url)s %(name)s: %(message)s",
        }},
        "handlers": {"main": {"class": "logging.StreamHandler", "stream": stream,
                              "formatter": "request"}},
        "root": {"level": "INFO", "handlers": ["main"]},
    })


def create_app(log_stream=None):
    # First, before Flask() exists: gunicorn and `flask run` call only the factory.
    configure_logging(log_stream)  # dictConfig replaces the root handlers: no duplicates
    app = Flask(__name__)  # app.logger is named after this: "logging_setup"

    @app.get("/checkout")
    def checkout():
        app.logger.info("checkout started")
        return "ok"

    return app


if __name__ == "__main__":
    create_app().run()
