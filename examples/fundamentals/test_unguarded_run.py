import importlib
import sys

import werkzeug.serving


def test_import_starts_a_server_outside_the_cli(monkeypatch):
    started = []
    monkeypatch.setattr(werkzeug.serving, "run_simple", lambda *a, **kw: started.append(a))
    monkeypatch.setenv("FLASK_SKIP_DOTENV", "1")
    monkeypatch.delenv("FLASK_RUN_FROM_CLI", raising=False)
    monkeypatch.delitem(sys.modules, "unguarded_run", raising=False)

    importlib.import_module("unguarded_run")  # e.g. a WSGI server or a test importing the app

    assert len(started) == 1  # the import would block here, serving on 127.0.0.1:5000


def test_flask_command_ignores_the_call(monkeypatch, capsys):
    monkeypatch.setenv("FLASK_RUN_FROM_CLI", "true")  # what the `flask` command sets
    monkeypatch.delitem(sys.modules, "unguarded_run", raising=False)

    importlib.import_module("unguarded_run")

    out = capsys.readouterr().out
    assert "Ignoring a call to 'app.run()' that would block the current 'flask' CLI command." in out
    assert sys.modules["unguarded_run"].app.test_client().get("/").text == "hello"
