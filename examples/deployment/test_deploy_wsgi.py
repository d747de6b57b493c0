import importlib
import os
import pathlib
import subprocess
import sys

import pytest

from deploy_app import create_app, production_problems

HERE = pathlib.Path(__file__).parent
PRODUCTION_ENV = {
    "APP_SECRET_KEY": "k" * 48,
    "APP_DATABASE_URL": "postgresql+psycopg://shop@db.internal/shop",
}


@pytest.fixture
def clean_env(monkeypatch):
    for name in [*PRODUCTION_ENV, "FLASK_DEBUG"]:
        monkeypatch.delenv(name, raising=False)
    sys.modules.pop("deploy_wsgi", None)
    yield monkeypatch
    module = sys.modules.pop("deploy_wsgi", None)
    if module is not None:
        module.app.extensions["deploy_engine"].dispose()


def test_the_entry_point_refuses_development_settings(clean_env):
    with pytest.raises(RuntimeError, match="refusing to start") as error:
        importlib.import_module("deploy_wsgi")
    assert "SECRET_KEY is missing" in str(error.value)
    assert "DATABASE_URL is not set" in str(error.value)


def test_a_leaked_flask_debug_variable_is_caught(clean_env):
    for name, value in {**PRODUCTION_ENV, "FLASK_DEBUG": "1"}.items():
        clean_env.setenv(name, value)
    with pytest.raises(RuntimeError, match=r"debug mode is on \(is FLASK_DEBUG set\?\)$"):
        importlib.import_module("deploy_wsgi")


def test_the_entry_point_starts_with_production_settings(clean_env):
    for name, value in PRODUCTION_ENV.items():
        clean_env.setenv(name, value)
    app = importlib.import_module("deploy_wsgi").app
    assert not app.debug and not app.testing
    assert app.config["SESSION_COOKIE_SECURE"] is True


def test_test_settings_and_insecure_cookies_are_refused():
    app = create_app({**{k.removeprefix("APP_"): v for k, v in PRODUCTION_ENV.items()},
                      "TESTING": True, "SESSION_COOKIE_SECURE": False})
    assert production_problems(app) == ["TESTING is on", "SESSION_COOKIE_SECURE is off"]
    app.extensions["deploy_engine"].dispose()


def check_config(env):
    """gunicorn --check-config imports the app, so the guard runs before any traffic."""
    return subprocess.run(
        [sys.executable, "-m", "gunicorn", "--check-config",
         "-c", "gunicorn_conf.py", "deploy_wsgi:app"],
        cwd=HERE, env={**os.environ, **env, "PYTHONDONTWRITEBYTECODE": "1"},
        capture_output=True, text=True, check=False)


def test_gunicorn_check_config_fails_the_deploy_early(clean_env):
    result = check_config({})
    assert result.returncode == 1
    assert "RuntimeError: refusing to start: SECRET_KEY is missing" in result.stderr
    assert check_config(PRODUCTION_ENV).returncode == 0


def test_debug_propagates_errors_production_answers_500():
    app = create_app({"SECRET_KEY": "k" * 48})

    @app.get("/boom")
    def boom():
        raise ZeroDivisionError("division by zero")

    app.debug = True                   # development: the error reaches the debugger
    with pytest.raises(ZeroDivisionError):
        app.test_client().get("/boom")
    app.debug = False                  # production: a generic page, details in the log
    response = app.test_client().get("/boom")
    assert response.status_code == 500
    assert "ZeroDivisionError" not in response.text
    app.extensions["deploy_engine"].dispose()
