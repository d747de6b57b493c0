import pathlib
import runpy
import sys

import flask.cli
import pytest
import werkzeug.serving
from click.testing import CliRunner

import dev_server

HERE = pathlib.Path(__file__).parent


@pytest.fixture
def served(monkeypatch):
    """Replace Werkzeug's run_simple, which both paths end in, with a recorder."""
    calls = []

    def fake_run_simple(host, port, app, **options):
        calls.append({"host": host, "port": port, "app": app, **options})

    monkeypatch.setattr(flask.cli, "run_simple", fake_run_simple)  # used by `flask run`
    monkeypatch.setattr(werkzeug.serving, "run_simple", fake_run_simple)  # used by app.run()
    monkeypatch.chdir(HERE)
    monkeypatch.setattr(sys, "path", sys.path[:])
    monkeypatch.setenv("FLASK_SKIP_DOTENV", "1")
    for name in ("FLASK_APP", "FLASK_DEBUG", "FLASK_RUN_FROM_CLI"):  # the CLI sets these
        monkeypatch.setenv(name, "")  # record the current value so pytest restores it
        monkeypatch.delenv(name)
    monkeypatch.setattr(dev_server.app, "debug", False)  # the CLI sets app.debug too
    return calls


def flask_command(*args):
    return CliRunner().invoke(flask.cli.cli, ["--app", "dev_server", *args], prog_name="flask")


def test_the_app_itself():
    assert dev_server.app.test_client().get("/").text == "served by Werkzeug's development server"


def test_flask_run_defaults(served):
    result = flask_command("run")
    assert result.exit_code == 0, result.output
    assert result.output == " * Serving Flask app 'dev_server'\n * Debug mode: off\n"
    (call,) = served
    assert (call["host"], call["port"]) == ("127.0.0.1", 5000)
    assert call["app"] is dev_server.app
    assert not call["use_reloader"] and not call["use_debugger"]
    assert call["threaded"] is True


def test_flask_run_debug_turns_on_reloader_and_debugger(served):
    flask_command("run", "--debug", "--port", "8001")
    (call,) = served
    assert call["port"] == 8001
    assert call["use_reloader"] and call["use_debugger"]
    assert dev_server.app.debug is True


def test_each_part_can_be_switched_off(served):
    flask_command("run", "--debug", "--no-reload", "--no-debugger")
    (call,) = served
    assert not call["use_reloader"] and not call["use_debugger"]


def test_python_file_runs_app_run(served):
    runpy.run_path(str(HERE / "dev_server.py"), run_name="__main__")  # python dev_server.py
    (call,) = served
    assert (call["host"], call["port"]) == ("127.0.0.1", 8000)
    assert call["use_reloader"] and call["use_debugger"] and call["threaded"]
