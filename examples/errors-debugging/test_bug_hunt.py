import logging

import pytest
from flask.cli import run_command

from bug_hunt import create_app


@pytest.fixture(autouse=True)
def reset_logger_level():
    logging.getLogger("bug_hunt").setLevel(logging.NOTSET)  # loggers are process-global
    yield
    logging.getLogger("bug_hunt").setLevel(logging.NOTSET)


def test_production_view_of_the_bug_is_a_bare_500(caplog):
    app = create_app()
    assert app.test_client().get("/orders/1/total").json == {"total": 10.0}  # works here
    response = app.test_client().get("/orders/2/total")
    assert response.status_code == 500
    assert "KeyError" not in response.text  # the user sees nothing useful...
    record = caplog.records[-1]  # ...but the log has the whole traceback
    assert record.getMessage() == "Exception on /orders/2/total [GET]"
    assert record.exc_info[0] is KeyError


def test_reproduce_it_in_a_test_with_the_real_exception():
    app = create_app()
    app.testing = True  # exceptions propagate to the test instead of becoming a 500
    with pytest.raises(KeyError, match="qty"):
        app.test_client().get("/orders/2/total")


def test_debug_logging_shows_up_in_debug_mode(caplog):
    app = create_app()
    app.debug = True  # set before app.logger is first used: its level becomes DEBUG
    with pytest.raises(KeyError):
        app.test_client().get("/orders/2/total")
    assert "computing total for 2 with 2 items" in caplog.text


def test_run_options_for_an_external_debugger():
    result = create_app().test_cli_runner().invoke(run_command, ["--help"])  # flask run --help
    assert "--reload / --no-reload" in result.output
    assert "--debugger / --no-debugger" in result.output


def test_shell_context():
    assert "ORDERS" in create_app().make_shell_context()
