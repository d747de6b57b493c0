import io
import logging

import pytest
from flask.logging import default_handler

from logging_setup import configure_logging, create_app


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


def test_configure_first_then_create_the_app():
    stream = io.StringIO()
    configure_logging(stream)
    app = create_app()
    assert app.test_client().get("/checkout").text == "ok"
    app.logger.warning("no request here")
    assert stream.getvalue().splitlines() == [
        "INFO 127.0.0.1 http://localhost/checkout logging_setup: checkout started",
        "WARNING - - logging_setup: no request here",
    ]
    assert app.logger.handlers == []  # Flask saw a configured handler and added none


def test_app_logger_used_before_dictconfig_is_silenced():
    logging.getLogger().handlers.clear()  # as in a fresh process (pytest adds its own)
    app = create_app()
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
    app = create_app()
    app.logger.warning("first use")
    assert app.logger.handlers == [default_handler]  # Flask added its own handler
    stream = io.StringIO()
    logging.basicConfig(stream=stream, level=logging.INFO, format="%(message)s", force=True)
    app.logger.warning("duplicated")
    assert stream.getvalue() == "duplicated\n"  # once through the root handler...
    assert "duplicated" in capsys.readouterr().err  # ...and once through default_handler
