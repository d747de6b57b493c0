import io
import logging
import pathlib
import subprocess
import sys

import pytest
from flask import Flask
from flask.logging import default_handler

from logging_setup import create_app


def unconfigured_app():
    """The same app from a factory that leaves logging alone: the usual starting point."""
    app = Flask("logging_setup")

    @app.get("/checkout")
    def checkout():
        app.logger.info("checkout started")
        return "ok"

    return app


@pytest.fixture(autouse=True)
def restore_logging():
    """dictConfig changes process-wide state: put it back for the other tests."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    loggers = logging.root.manager.loggerDict.values()
    disabled = {lg: lg.disabled for lg in loggers if isinstance(lg, logging.Logger)}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for lg in logging.root.manager.loggerDict.values():
        if isinstance(lg, logging.Logger):
            lg.disabled = disabled.get(lg, False)
    app_logger = logging.getLogger("logging_setup")
    app_logger.handlers.clear()
    app_logger.setLevel(logging.NOTSET)


def test_the_factory_configures_logging_before_the_app_exists():
    stream = io.StringIO()
    app = create_app(stream)
    assert app.test_client().get("/checkout").text == "ok"
    app.logger.warning("no request here")
    assert stream.getvalue().splitlines() == [
        "INFO 127.0.0.1 http://localhost/checkout logging_setup: checkout started",
        "WARNING - - logging_setup: no request here",
    ]
    assert app.logger.handlers == []  # Flask saw a configured handler and added none


def test_calling_the_factory_again_does_not_duplicate_lines():
    stream = io.StringIO()
    create_app(stream)
    app = create_app(stream)  # as the tests of a factory do, once per test
    app.logger.warning("once")
    assert stream.getvalue() == "WARNING - - logging_setup: once\n"


def test_app_logger_used_before_dictconfig_is_silenced():
    logging.getLogger().handlers.clear()  # as in a fresh process (pytest adds its own)
    app = unconfigured_app()
    app.logger.info("starting up")  # creates the logger before logging is configured
    stream = io.StringIO()
    logging.config.dictConfig({  # a typical config that forgets the flag
        "version": 1,
        "handlers": {"main": {"class": "logging.StreamHandler", "stream": stream}},
        "root": {"level": "INFO", "handlers": ["main"]},
    })
    app.test_client().get("/checkout")
    assert app.logger.disabled is True
    assert stream.getvalue() == ""  # the checkout message went nowhere


def test_app_logger_used_before_basic_config_logs_twice(capsys):
    logging.getLogger().handlers.clear()  # as in a fresh process (pytest adds its own)
    app = unconfigured_app()
    app.logger.warning("first use")
    assert app.logger.handlers == [default_handler]  # Flask added its own handler
    stream = io.StringIO()
    logging.basicConfig(stream=stream, level=logging.INFO, format="%(message)s", force=True)
    app.logger.warning("duplicated")
    assert stream.getvalue() == "duplicated\n"  # once through the root handler...
    assert "duplicated" in capsys.readouterr().err  # ...and once through default_handler


SERVED = """
from logging_setup import create_app
app = create_app()  # what `flask --app logging_setup run` and gunicorn call: no __main__ block
app.test_client().get("/checkout")
"""


def test_the_factory_configures_logging_however_the_app_is_started():
    result = subprocess.run([sys.executable, "-W", "error", "-c", SERVED],
                            cwd=pathlib.Path(__file__).parent, capture_output=True, text=True,
                            timeout=60)
    assert result.stderr == "INFO 127.0.0.1 http://localhost/checkout logging_setup: checkout started\n"
