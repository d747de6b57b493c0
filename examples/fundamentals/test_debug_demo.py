import os
import pathlib
import re
import subprocess
import sys

import pytest
from flask.cli import ScriptInfo
from werkzeug.debug import DebuggedApplication
from werkzeug.test import Client

from debug_demo import create_app

HERE = pathlib.Path(__file__).parent


@pytest.fixture(autouse=True)
def clean_env(monkeypatch):
    for name in ("FLASK_DEBUG", "FLASK_ENV", "WERKZEUG_DEBUG_PIN"):
        monkeypatch.delenv(name, raising=False)


def test_debug_is_off_by_default_and_errors_are_a_plain_500():
    app = create_app()
    assert app.debug is False
    response = app.test_client().get("/divide/1/0")
    assert response.status_code == 500
    assert "Internal Server Error" in response.text
    assert "ZeroDivisionError" not in response.text  # no details leak out


def test_flask_debug_env_var_turns_it_on(monkeypatch):
    monkeypatch.setenv("FLASK_DEBUG", "1")
    app = create_app()
    assert app.debug is True
    # In debug mode exceptions propagate (PROPAGATE_EXCEPTIONS) so a debugger sees them.
    with pytest.raises(ZeroDivisionError):
        app.test_client().get("/divide/1/0")


def test_flask_env_is_gone(monkeypatch):
    monkeypatch.setenv("FLASK_ENV", "development")  # worked before Flask 2.3
    app = create_app()
    assert app.debug is False  # silently ignored today
    with pytest.raises(AttributeError):
        app.env


def test_debug_set_in_code_is_overwritten_by_the_flask_command():
    app = create_app()
    app.debug = True  # e.g. app.config["DEBUG"] = True inside the factory
    loaded = ScriptInfo(create_app=lambda: app).load_app()  # what `flask run` does
    assert loaded.debug is False  # reset from FLASK_DEBUG, which is unset


def test_debug_option_on_the_flask_command():
    env = {**os.environ, "FLASK_SKIP_DOTENV": "1"}
    env.pop("FLASK_DEBUG", None)
    result = subprocess.run(
        [sys.executable, "-m", "flask", "--app", "debug_demo", "--debug", "show-debug"],
        cwd=HERE, env=env, capture_output=True, text=True, timeout=30,
    )
    assert result.stdout == "debug=True\n", result.stderr


def test_show_debug_command_in_process():
    result = create_app().test_cli_runner().invoke(args=["show-debug"])
    assert result.output == "debug=False\n"


def test_the_debugger_runs_any_code_once_the_pin_is_known(monkeypatch):
    monkeypatch.setenv("WERKZEUG_DEBUG_PIN", "123-456-789")  # normally derived from the machine
    monkeypatch.setenv("FLASK_DEBUG", "1")  # without debug mode Flask swallows the error first
    app = create_app()
    # What `flask run --debug` does: wrap the app in Werkzeug's debugger middleware.
    client = Client(DebuggedApplication(app, evalex=True))

    page = client.get("/divide/1/0")
    assert page.status_code == 500
    assert "ZeroDivisionError: division by zero" in page.text  # full traceback, source lines
    secret = re.search(r'SECRET = "(\w+)"', page.text).group(1)
    frame = re.findall(r'id="frame-(\d+)"', page.text)[-1]  # the view's frame
    console = {"__debugger__": "yes", "cmd": "api_key.upper()", "frm": frame, "s": secret}

    assert "S3CR3T" not in client.get("/", query_string=console).text  # locked without the PIN

    login = {"__debugger__": "yes", "cmd": "pinauth", "pin": "123456789", "s": secret}
    assert client.get("/", query_string=login).json == {"auth": True, "exhausted": False}
    assert "S3CR3T" in client.get("/", query_string=console).text  # Python ran in the server

    # Werkzeug >= 3.0.3 only accepts debugger requests for localhost names.
    remote = client.get("/", query_string=login, headers={"Host": "myapp.example.com"})
    assert remote.status_code == 400
